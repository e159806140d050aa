"""The published site: a real Datasette process on 127.0.0.1, queried over HTTP."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.conftest import DATA, qala, serving, write_jsonl


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def table_json(base: str, db: str, **params: str) -> list[dict]:
    query = urllib.parse.urlencode({**params, "_shape": "array"})
    status, body = get(f"{base}/{db}/statements.json?{query}")
    assert status == 200, body[:500]
    return json.loads(body)


@pytest.mark.parametrize("term", ["بوتين", "وبوتين", "بوتِين"])
def test_search_box_finds_clitic_and_diacritic_forms(served_db, term):
    base, db = served_db
    rows = table_json(base, db.stem, _search=term)
    texts = " ".join(r["text"] + " " + (r["speaker"] or "") for r in rows)
    assert "لبوتين" in texts and "وبوتين" in texts and "فلاديمير بوتين" in texts


@pytest.mark.parametrize("term", ["أردوغان", "اردوغان", "إردوغان"])
def test_search_folds_hamza_forms(served_db, term):
    base, db = served_db
    rows = table_json(base, db.stem, _search=term)
    speakers = {r["speaker"] for r in rows}
    assert "رجب طيب إردوغان" in speakers and any("اردوغان" in r["text"] for r in rows)


def test_speaker_canned_query(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/speaker_statements.json?speaker=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&_shape=array")
    assert status == 200, body[:300]
    rows = json.loads(body)
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"فلاديمير بوتين"}


def test_csv_download_of_a_search(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/statements.csv?_search=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&_size=max")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and all({"text", "speaker", "type"} <= set(r) for r in rows)


def test_metadata_describes_every_column(served_db):
    base, db = served_db
    status, body = get(f"{base}/-/metadata.json")
    assert status == 200
    tables = json.loads(body)["databases"][db.stem]["tables"]
    _status, body = get(f"{base}/{db.stem}.json")
    for table in json.loads(body)["tables"]:
        if table["hidden"]:
            continue
        described = tables[table["name"]]
        assert described.get("description"), table["name"]
        assert set(table["columns"]) <= set(described.get("columns", {})), table["name"]


def test_text_is_escaped_and_the_site_is_read_only(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/statements?_search=script")
    assert status == 200
    assert "<script>alert('x')</script>" not in body and "&lt;script&gt;" in body
    request = urllib.request.Request(f"{base}/{db.stem}/-/query", data=b"sql=delete+from+statements", method="POST")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=10)
    status, body = get(f"{base}/{db.stem}.json?sql=delete+from+statements")
    assert status >= 400


def test_facets_by_outlet_type_speaker_and_date(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/statements.json?_facet=outlet_id&_facet=type&_facet=speaker"
                       "&_facet_date=published")
    assert status == 200
    facets = json.loads(body)["facet_results"]
    assert {"outlet_id", "type", "speaker", "published"} <= set(facets)
    outlets = {f["value"]: f["count"] for f in facets["outlet_id"]["results"]}
    assert outlets["test-outlet"] > outlets["other-outlet"] > 0


def test_the_tables_own_facets_are_counted_side_by_side_and_match_sql(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/statements.json")
    assert status == 200
    facets = json.loads(body)["facet_results"]
    assert set(facets) == {"outlet_id", "speaker_id", "type", "published"}
    assert {facets[c]["type"] for c in ("outlet_id", "speaker_id", "type")} == {"concurrent"}
    with sqlite3.connect(db) as conn:
        for column in ("outlet_id", "speaker_id", "type"):
            expected = dict(conn.execute(f"select {column}, count(*) from statements group by {column}"))
            assert {f["value"]: f["count"] for f in facets[column]["results"]} == expected
    # a value's link filters the table on it
    direct = next(f for f in facets["type"]["results"] if f["value"] == "direct")
    status, body = get(direct["toggle_url"].replace(".json", "").replace("?", ".json?_shape=objects&", 1))
    assert status == 200 and {r["type"] for r in json.loads(body)["rows"]} == {"direct"}


def test_statements_are_newest_first(served_db):
    base, db = served_db
    rows = table_json(base, db.stem)
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_atom_feed_for_a_speaker(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/speaker_feed.atom?speaker=" + urllib.parse.quote("بوتين"))
    assert status == 200 and body.startswith("<?xml")
    assert body.count("<entry>") == 2 and "فلاديمير بوتين" in body


def test_speaker_page_lists_statements_with_links(served_db):
    base, db = served_db
    name = urllib.parse.quote("فلاديمير بوتين")
    status, body = get(f"{base}/{db.stem}/speakers.json?_shape=array&name__exact={name}")
    assert status == 200
    speaker = json.loads(body)[0]
    status, page = get(f"{base}/speaker/{speaker['id']}")
    assert status == 200
    assert page.count("<blockquote") == 2 and "https://example.org/news/1" in page and "<svg" in page
    assert get(f"{base}/speaker/999999")[0] == 404


def test_whole_csv_streams(served_db):
    base, db = served_db
    status, body = get(f"{base}/{db.stem}/statements.csv?_stream=on&_size=max")
    assert status == 200
    assert len(list(csv.DictReader(io.StringIO(body)))) == 8


def _fetch(url: str) -> tuple[str | None, dict]:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.headers.get("X-Qala-Cache"), json.loads(response.read())


def test_repeated_pages_come_from_memory_until_the_database_changes(tmp_path):
    db = tmp_path / "cached.db"
    first, second = (json.loads(line) for line in (DATA / "articles_small.jsonl").read_text("utf-8").splitlines()[:2])
    qala("ingest", "--input", str(write_jsonl(tmp_path / "one.jsonl", [first])), "--db", str(db), "--silent",
         check=True)
    with serving(db) as base:
        table = f"{base}/{db.stem}/statements.json"
        search = f"{table}?_search=%D8%A8%D9%88%D8%AA%D9%8A%D9%86"
        cache, page = _fetch(search)
        assert cache is None and page["filtered_table_rows_count"] > 0
        cache, again = _fetch(search)
        assert cache == "hit" and again["rows"] == page["rows"]
        total = _fetch(table)[1]["filtered_table_rows_count"]
        assert _fetch(table)[0] == "hit"
        # a write by another process (here an ingest) empties the cache: pages show the new rows
        qala("ingest", "--input", str(write_jsonl(tmp_path / "two.jsonl", [second])), "--db", str(db), "--silent",
             check=True)
        cache, after = _fetch(table)
        assert cache is None and after["filtered_table_rows_count"] > total
        assert _fetch(search)[0] is None
