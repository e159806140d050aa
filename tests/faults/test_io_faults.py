"""Hostile input and awkward outputs for ingest, extract, export and evaluate: each case asserts
the exit status, the one line the user reads, and that nothing was stored half-way."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, qala, write_jsonl
from tests.faults.checks import last_line, sound, unprivileged

SMALL = DATA / "articles_small.jsonl"
SENTENCE = "وقال وزير الخارجية سامي الحداد إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."


def good(n: int, **fields) -> dict:
    return {"id": f"a{n}", "text": f"{SENTENCE} (الخبر {n})", "title": f"خبر {n}", "outlet": "Test",
            "url": f"https://example.com/{n}", "published": "2024-03-03T10:00:00+03:00", **fields}


# -- ingest: the whole file is checked first ----------------------------------------------

BAD_RECORDS = [
    ({"id": "x", "text": "\ud800 قال"}, "lone surrogate"),
    ({"id": "x", "text": SENTENCE, "title": "\udfff"}, "lone surrogate"),
    ({"id": "x", "text": SENTENCE, "title": 5}, "'title' must be a string or null, not int"),
    ({"id": "x", "text": SENTENCE, "url": ["https://a.b/"]}, "'url' must be a string or null, not list"),
    ({"id": "x", "text": SENTENCE, "published": {"y": 2024}}, "'published' must be a string or null, not dict"),
    ({"id": "x", "text": SENTENCE, "outlet": True}, "'outlet' must be a string or null, not bool"),
    ({"id": "x", "text": 12}, "'text' must be the article's text"),
    ({"id": "x", "text": "   "}, "'text' must be the article's text"),
    ({"id": "x"}, "'text' must be the article's text"),
    ({"id": True, "text": SENTENCE}, "'id' must be a non-empty string or a number"),
    ({"id": "", "text": SENTENCE}, "'id' must be a non-empty string or a number"),
    ({"id": 1.5e300, "text": SENTENCE}, "'id' must be a non-empty string or a number"),
    ({"id": "x", "text": SENTENCE, "url": "javascript:alert(1)"}, "'url' must be an http(s) address"),
    ({"id": "x", "text": SENTENCE, "url": "ftp://example.com/a"}, "'url' must be an http(s) address"),
    (["not", "an", "object"], "expected a JSON object"),
]


@pytest.mark.parametrize(("record", "message"), BAD_RECORDS, ids=[m[:24] for _, m in BAD_RECORDS])
def test_ingest_refuses_a_bad_record_before_storing_anything(tmp_path, record, message):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps(good(1)), json.dumps(good(2)), json.dumps(record)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = qala("ingest", "--input", str(path), "--db", str(db), "--silent")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "line 3: " in result.stderr and message in result.stderr
    assert not db.exists() or sound(db)["articles"] == 0
    extracted = qala("extract", "--input", str(path), "-o", str(tmp_path / "out.jsonl"))
    assert extracted.returncode == 1 and "line 3: " in extracted.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_ingest_accepts_numbers_as_ids_and_nulls(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": 7, "text": SENTENCE, "title": None, "url": None}])
    qala("ingest", "--input", str(path), "--db", str(tmp_path / "q.db"), "--silent", check=True)
    assert sound(tmp_path / "q.db")["articles"] == 1


def test_unreadable_dates_are_stored_as_unknown_and_moments_in_utc(tmp_path):
    records = [good(1, published="yesterday"), good(2, published="2024-02-30"), good(3),
               good(4, published="2024-03-03"), good(5, published="Mon, 12 Mar 2018 10:00:00 GMT")]
    qala("ingest", "--input", str(write_jsonl(tmp_path / "in.jsonl", records)), "--db", str(tmp_path / "q.db"),
         "--silent", check=True)
    import sqlite3
    conn = sqlite3.connect(tmp_path / "q.db")
    dates = dict(conn.execute("select id, published from articles"))
    assert dates == {"a1": None, "a2": None, "a3": "2024-03-03T07:00:00+00:00", "a4": "2024-03-03",
                     "a5": "2018-03-12T10:00:00+00:00"}
    assert {r[0] for r in conn.execute("select published from statements")} == set(dates.values())


def big_input(tmp_path: Path, n: int) -> Path:
    return write_jsonl(tmp_path / "big.jsonl", [good(i) for i in range(n)])


@pytest.mark.parametrize("moment", [0.3, 1.0, 2.0])
def test_a_killed_ingest_stores_whole_articles_and_the_next_one_finishes(tmp_path, moment):
    path = big_input(tmp_path, 3000)
    db = tmp_path / "q.db"
    proc = subprocess.Popen([sys.executable, "-m", "qala", "ingest", "--input", str(path), "--db", str(db),
                             "--silent"], cwd=ROOT, stderr=subprocess.DEVNULL)
    time.sleep(moment)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if db.exists():
        counts = sound(db)
        assert counts["statements"] == counts["articles"]  # one statement an article: none half-stored
    qala("ingest", "--input", str(path), "--db", str(db), "--silent", check=True)
    counts = sound(db)
    assert counts["articles"] == counts["statements"] == 3000


def test_a_full_disk_during_ingest_is_one_line_and_nothing_half_stored(tmp_path):
    path = big_input(tmp_path, 2000)
    db = tmp_path / "q.db"
    qala("ingest", "--input", "-", "--db", str(db), "--silent", input="", check=True)
    limit = db.stat().st_size + 150_000

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, "-m", "qala", "ingest", "--input", str(path), "--db", str(db),
                             "--silent"], cwd=ROOT, capture_output=True, text=True, preexec_fn=small_disk)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot write to" in last_line(result.stderr) and "full" in last_line(result.stderr)
    counts = sound(db)
    assert 0 < counts["articles"] < 2000 and counts["statements"] == counts["articles"]
    qala("ingest", "--input", str(path), "--db", str(db), "--silent", check=True)
    assert sound(db)["articles"] == 2000


def test_an_unwritable_database_is_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = write_jsonl(tmp_path / "in.jsonl", [good(1)])
    folder.chmod(0o555)
    try:
        result = subprocess.run([sys.executable, "-m", "qala", "ingest", "--input", str(path), "--db",
                                 str(folder / "q.db"), "--silent"], cwd=ROOT, capture_output=True, text=True,
                                preexec_fn=unprivileged(path, folder))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert last_line(result.stderr).startswith("Error: cannot use")


# -- extract ------------------------------------------------------------------------------

def test_unclosed_quote_marks_keep_the_extractor_linear():
    """Many « never closed: twice the text takes about twice the time, not four times."""
    code = ("import sys, time\nfrom qala.extractor import extract\n"
            "def t(n):\n text = ' '.join('«كلمة' if i % 7 == 0 else 'قال' for i in range(n))\n"
            " best = 9e9\n for _ in range(3):\n  s = time.perf_counter(); extract(text)\n"
            "  best = min(best, time.perf_counter() - s)\n return best\n"
            "print(t(16000) / t(4000))\n")
    ratio = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=ROOT).stdout)
    assert ratio < 8, ratio  # linear: ~4; the quadratic scanner it replaces: ~16


# -- outputs ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("io") / "q.db"
    qala("ingest", "--input", str(SMALL), "--db", str(db), "--silent", check=True)
    return db


def export(db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return qala("export", "--db", str(db), *args, **kwargs)


def test_output_to_the_null_device_leaves_it_a_device(small_db):
    result = export(small_db, "--csv", "-o", os.devnull)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(small_db, tmp_path):
    target = tmp_path / "target.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    export(small_db, "--csv", "-o", str(link), check=True)
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("id,speaker")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_output_keeps_a_files_mode_and_hard_links(small_db, tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    twin = tmp_path / "twin.jsonl"
    os.link(target, twin)
    export(small_db, "-o", str(target), check=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o604
    assert os.path.samefile(target, twin) and twin.read_text(encoding="utf-8") == target.read_text(encoding="utf-8")
    new = tmp_path / "new.jsonl"
    export(small_db, "-o", str(new), check=True)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask


def test_output_into_a_named_pipe(small_db, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = export(small_db, "--json", "-o", str(fifo))
    reader.join(30)
    assert result.returncode == 0 and stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(got[0])


@pytest.mark.parametrize("where", ["folder", "missing-folder", "read-only-folder", "read-only-file"])
def test_output_that_cannot_be_written_is_one_line_and_harms_nothing(small_db, tmp_path, where):
    target = {"folder": tmp_path, "missing-folder": tmp_path / "no" / "x.csv",
              "read-only-folder": tmp_path / "ro" / "x.csv", "read-only-file": tmp_path / "ro.csv"}[where]
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro").chmod(0o555)
    (tmp_path / "ro.csv").write_text("keep", encoding="utf-8")
    (tmp_path / "ro.csv").chmod(0o444)
    try:
        result = subprocess.run([sys.executable, "-m", "qala", "export", "--db", str(small_db), "--csv", "-o",
                                 str(target)], cwd=ROOT, capture_output=True, text=True,
                                preexec_fn=unprivileged(small_db, tmp_path / "ro", tmp_path / "ro.csv"))
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert last_line(result.stderr).startswith(f"Error: cannot write {target}")
    assert (tmp_path / "ro.csv").read_text(encoding="utf-8") == "keep" and not list((tmp_path / "ro").iterdir())


def test_a_failed_write_keeps_the_old_file(tmp_path):
    db = tmp_path / "q.db"
    qala("ingest", "--input", str(big_input(tmp_path, 400)), "--db", str(db), "--silent", check=True)
    (tmp_path / "big.jsonl").unlink()
    target = tmp_path / "out.csv"
    target.write_text("old contents", encoding="utf-8")
    limit = 60_000  # the export is larger: writing it fails as on a full disk

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, "-m", "qala", "export", "--db", str(db), "--csv", "-o",
                             str(target)], cwd=ROOT, capture_output=True, text=True, preexec_fn=small_disk)
    assert result.returncode == 1 and last_line(result.stderr).startswith(f"Error: cannot write {target}")
    assert target.read_text(encoding="utf-8") == "old contents"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.csv")]  # no temporary file left


def test_export_and_serve_read_a_read_only_database(small_db, tmp_path):
    import shutil
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "q.db"
    shutil.copy(small_db, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = subprocess.run([sys.executable, "-m", "qala", "export", "--db", str(db), "--json"], cwd=ROOT,
                                capture_output=True, text=True, preexec_fn=unprivileged(db))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == sound(small_db)["statements"]


# -- export options -------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["--since", "01/02/2024"], "'01/02/2024' is not a date as YYYY-MM-DD"),
    (["--until", "2024-02-30"], "'2024-02-30' is not a date"),
    (["--since", "yesterday"], "is not a date"),
    (["--since", "2024-05-01", "--until", "2024-04-01"], "--since 2024-05-01 is after --until 2024-04-01"),
    (["--excel"], "--excel goes with --csv"),
    (["--csv", "--json"], "choose one of --csv, --json and --nl"),
    (["--outlet", "nowhere"], "no outlet 'nowhere'"),
])
def test_export_refuses_bad_options_in_one_line(small_db, args, message):
    result = export(small_db, *args)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert result.stdout == ""


def test_an_empty_selection_says_so(small_db):
    result = export(small_db, "--speaker", "لا أحد بهذا الاسم")
    assert result.returncode == 0 and result.stdout == ""
    assert last_line(result.stderr) == "0 statements match speaker 'لا أحد بهذا الاسم' (no speaker by that name)."
    result = export(small_db, "--since", "2100-01-01")
    assert last_line(result.stderr) == "0 statements match since 2100-01-01."


def test_a_missing_database_is_not_created_by_export(tmp_path):
    result = export(tmp_path / "none.db")
    assert result.returncode == 1 and "does not exist" in result.stderr and not (tmp_path / "none.db").exists()


# -- evaluate ---------------------------------------------------------------------------------

@pytest.mark.parametrize("gold", ["not json\n", '{"id": "a"}\n', '{"id": "a", "quotes": [{"text": 1}]}\n', "[1]\n",
                                  '{"quotes": []}\n'])
def test_evaluate_refuses_a_malformed_gold_file_in_one_line(tmp_path, gold):
    (tmp_path / "gold.jsonl").write_text(gold, encoding="utf-8")
    result = qala("evaluate", "--gold", str(tmp_path / "gold.jsonl"), "--articles", str(SMALL))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "line 1" in result.stderr, result.stderr
