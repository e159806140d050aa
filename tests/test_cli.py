"""The qala command as a user runs it: real processes, real files."""

from __future__ import annotations

import csv
import io
import json

import pytest
import sqlite_utils

from tests.conftest import DATA, qala, write_jsonl

SMALL = DATA / "articles_small.jsonl"


@pytest.mark.parametrize("command", ["crawl", "extract", "ingest", "serve", "export", "demo", "evaluate", None])
def test_every_command_has_help_with_an_example(command):
    result = qala(*([command] if command else []), "--help", check=True)
    assert "Usage:" in result.stdout
    if command:
        assert "Example:" in result.stdout
        # each example command stands on a line of its own, as written (not rewrapped into one paragraph)
        example = result.stdout.split("Example:", 1)[1].split("Options:", 1)[0]
        lines = [line.strip() for line in example.splitlines() if line.strip()]
        assert lines and all(line.startswith("qala ") and line.count("qala ") == 1 for line in lines)


def test_extract_writes_the_contract_fields(tmp_path):
    out = tmp_path / "out.jsonl"
    qala("extract", "--input", str(SMALL), "--output", str(out), check=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 6
    keys = {"article_id", "text", "type", "speaker", "speaker_title", "cue", "start", "end", "speaker_start",
            "speaker_end", "cue_start", "cue_end", "rule"}
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in SMALL.read_text().splitlines()}
    for row in rows:
        assert keys <= set(row)
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]


def test_extract_reads_stdin_and_writes_stdout():
    line = json.dumps({"id": "x", "text": "وقال الوزير سامي: «سنبدأ العمل غدا في كل المدن»."}, ensure_ascii=False)
    result = qala("extract", "--input", "-", "--output", "-", input=line + "\n", check=True)
    assert json.loads(result.stdout)["text"] == "سنبدأ العمل غدا في كل المدن"


def test_a_bad_json_line_is_a_one_line_error_and_writes_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "قال الوزير إن العمل مستمر."}\n{"id": "b", "text": \n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = qala("extract", "--input", str(src), "--output", str(out))
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {src} line 2: not valid JSON (Expecting value)"
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


def test_missing_input_file(tmp_path):
    result = qala("ingest", "--input", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "q.db"))
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_ingest_is_idempotent_and_a_bad_file_stores_nothing(tmp_path):
    db_path = tmp_path / "q.db"
    qala("ingest", "--input", str(SMALL), "--db", str(db_path), "--silent", check=True)
    db = sqlite_utils.Database(db_path)
    counts = (db["articles"].count, db["statements"].count)
    assert counts[0] == 3 and counts[1] >= 6
    again = qala("ingest", "--input", str(SMALL), "--db", str(db_path), "--silent", check=True)
    assert "0 new, 0 updated, 3 unchanged" in again.stderr
    assert (db["articles"].count, db["statements"].count) == counts
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "new-1", "text": "قال الوزير إن كل شيء بخير."}, {"text": "x"}])
    result = qala("ingest", "--input", str(bad), "--db", str(db_path))
    assert result.returncode == 1 and "line 2: 'id' must be a non-empty string" in result.stderr
    assert db["articles"].count == counts[0]


def test_ingest_into_an_unwritable_place(tmp_path):
    result = qala("ingest", "--input", str(SMALL), "--db", str(tmp_path / "no" / "such" / "q.db"))
    assert result.returncode == 1 and result.stderr.startswith("Error: folder")


def test_export_filters_and_excel_csv(tmp_path):
    db_path = tmp_path / "q.db"
    qala("ingest", "--input", str(SMALL), "--db", str(db_path), "--silent", check=True)
    out = tmp_path / "putin.csv"
    qala("export", "--db", str(db_path), "--speaker", "بوتين", "--csv", "--excel", "-o", str(out), check=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"فلاديمير بوتين"}
    assert rows[0]["url"] == "https://example.org/news/1" and rows[0]["outlet"] == "test-outlet"
    since = qala("export", "--db", str(db_path), "--since", "2024-03-03", "--json", check=True)
    assert {r["article_id"] for r in json.loads(since.stdout)} == {"t-erdogan"}
    direct = qala("export", "--db", str(db_path), "--type", "direct", check=True)
    assert all(json.loads(line)["type"] == "direct" for line in direct.stdout.splitlines())


def test_demo_without_serving_builds_the_database(tmp_path):
    db_path = tmp_path / "demo.db"
    result = qala("demo", "--db", str(db_path), "--no-serve", check=True)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 7 and db["statements"].count > 10
    assert "7 article(s)" in result.stderr
    # each page under its real outlet, with its real date (in UTC)
    outlets = dict(db.execute("select id, name from outlets").fetchall())
    assert len(outlets) == 7 and outlets["youm7"] == "اليوم السابع"
    dates = dict(db.execute("select outlet_id, published from articles").fetchall())
    assert dates["cnn-arabic"] == "2013-08-03T00:00:00+00:00" and dates["albayan"] == "2020-06-02T23:01:00+00:00"
    assert len({r[0] for r in db.execute("select outlet_id from statements")}) > 3


def test_evaluate_prints_the_referees_figures_by_rule_and_type():
    result = qala("evaluate", "--gold", str(DATA / "eval" / "dev.jsonl"), "--articles",
                  str(DATA / "eval" / "dev_articles.jsonl"), check=True)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("all     P=") and lines[1].startswith("quoted  P=")
    assert any(line.startswith("verb-clause") for line in lines)
    assert any(line.startswith("indirect") for line in lines)


def test_readme_documents_every_command():
    from qala.cli import cli

    readme = (DATA.parent.parent / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"qala {name}" in readme, name


def test_extract_explain_shows_the_sieves_tried_for_each_speaker():
    line = json.dumps({"id": "x", "text": "قالت الوزيرة سلمى حداد إن الخطة جاهزة.\n"
                                          "وقال الناقد طارق سالم إن الحكم قاس.\nوأضافت أن الفن مرآة المجتمع."},
                      ensure_ascii=False)
    result = qala("extract", "--explain", input=line + "\n", check=True)
    blocks = result.stdout.split("\nx ")
    assert len(blocks) == 3 and "verb-clause/previous" in blocks[2]
    last = blocks[2]
    assert "speaker: سلمى حداد" in last
    assert "previous: «طارق سالم» (speaker of «وقال», m) passed over: the verb is f" in last
    assert last.index("subject: nothing") < last.index("previous: «سلمى حداد»")
