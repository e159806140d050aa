"""What a person sees: a real headless Chromium (Debian's chromium) on the site on 127.0.0.1.

Screenshots are saved under tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import qala, serving

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# flags this machine needs (no sandbox as root, no background connections to a closed network)
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM:
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed (make test installs Debian's chromium)", pytrace=False)
    pytest.skip("chromium is not installed (make test installs it as root)", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def test_search_a_speaker_read_rtl_follow_to_their_page_and_download_csv(browser, served_db, tmp_path):
    base, db = served_db
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.goto(f"{base}/{db.stem}/statements")
    page.fill("input#_search", "وبوتين")
    page.press("input#_search", "Enter")
    page.wait_for_selector("table.rows-and-columns")
    page.screenshot(path=str(ARTIFACTS / "search-speaker.png"), full_page=True)

    cells = page.locator("table.rows-and-columns td.col-text")
    texts = cells.all_inner_texts()
    assert any("لبوتين" in t for t in texts) and any("وبوتين" in t for t in texts)
    assert page.input_value("input#_search") == "وبوتين"  # the box shows what was typed
    direction = cells.first.evaluate("el => getComputedStyle(el).direction")
    align = cells.first.evaluate("el => getComputedStyle(el).textAlign")
    assert direction == "rtl" and align == "right"

    page.click("td.col-speaker a:has-text('فلاديمير بوتين')")
    page.wait_for_selector("ol.qala-statements")
    page.screenshot(path=str(ARTIFACTS / "speaker-page.png"), full_page=True)
    assert page.inner_text("h1") == "فلاديمير بوتين"
    assert page.locator("ol.qala-statements li").count() == 2
    assert page.locator("svg.qala-chart rect").count() == 1

    with page.expect_download() as info:
        page.evaluate("""() => {  // the CSV link, downloaded as a file
            const a = [...document.querySelectorAll('a')].find(x => x.textContent.trim() === 'CSV');
            a.setAttribute('download', 'statements.csv'); a.click(); }""")
    path = tmp_path / "statements.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"فلاديمير بوتين"}
    page.close()


def test_script_in_an_article_is_shown_as_text(browser, served_db):
    base, db = served_db
    page = browser.new_page()
    alerts = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    page.goto(f"{base}/{db.stem}/statements?_search=script")
    page.wait_for_selector("table.rows-and-columns")
    assert alerts == []
    assert "<script>alert('x')</script>" in page.inner_text("table.rows-and-columns")
    page.close()


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """The demo's database (seven real outlets' pages, crawled from 127.0.0.1), served."""
    db = tmp_path_factory.mktemp("demo") / "qala.db"
    qala("demo", "--db", str(db), "--no-serve", check=True)
    with serving(db) as url:
        yield url, db


def shoot(page, name: str) -> None:
    """The whole page, and what a person sees first (the window's height)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-top.png"))


def open_table(browser, url: str, shot: str, **page_options):
    """A new page on a table of the site, loaded, its screenshots taken under ``shot``."""
    page = browser.new_page(**page_options)
    page.goto(url)
    page.wait_for_selector("table.rows-and-columns")
    shoot(page, shot)
    return page


def test_home_page_says_what_qala_holds_and_links_the_common_tasks(browser, demo_site):
    base, _ = demo_site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base + "/")
    shoot(page, "home")
    counts = page.inner_text("p.qala-counts")
    assert "7 outlets" in counts and "7 articles" in counts and "statements" in counts and "speakers" in counts
    assert "Newest crawl:" in page.inner_text("body")
    links = {a.inner_text().strip(): a.get_attribute("href") for a in page.locator("a").all()}
    assert any(label.startswith("Today's statements") for label in links)
    assert any("every statement as CSV" in label for label in links)
    page.fill("form.qala-search input[name=_search] >> nth=0", "بوتين")
    page.press("form.qala-search input[name=_search] >> nth=0", "Enter")
    page.wait_for_load_state()
    assert "/speakers" in page.url
    page.close()


def test_statements_table_reads_at_a_glance(browser, demo_site):
    base, db = demo_site
    page = open_table(browser, f"{base}/{db.stem}/statements", "statements", viewport={"width": 1440, "height": 1000})
    headings = [h.strip().rstrip("▼▲ \xa0") for h in page.locator("table.rows-and-columns th").all_inner_texts()]
    assert headings == ["speaker", "statement", "outlet", "date (UTC)", "type", "article"]
    facets = page.locator(".facet-info-name strong").all_inner_texts()
    assert facets and not any("concurrent" in f for f in facets)
    assert {f.split()[0] for f in facets} >= {"outlet", "speaker", "type", "date"}
    assert not page.locator("dl.column-descriptions").is_visible()
    assert page.locator("th.col-text").get_attribute("title")  # its description, as a tooltip
    outlets = {t.strip() for t in page.locator("td.col-outlet_id").all_inner_texts()}
    assert len(outlets) > 2  # each page under its own outlet
    hrefs = [a.get_attribute("href") for a in page.locator("td.col-article_id a").all()]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    page.goto(f"{base}/{db.stem}/statements?_size=12")
    page.locator("table.rows-and-columns").screenshot(path=str(ARTIFACTS / "statements-table.png"))
    # the JSON of the same page keeps every column
    data = page.request.get(f"{base}/{db.stem}/statements.json?_shape=array&_size=1").json()
    assert {"start", "end", "speaker_start", "cue", "rule", "group_key"} <= set(data[0])
    page.close()


def test_speakers_show_titles_as_text_and_csv_opens_in_excel(browser, demo_site, tmp_path):
    base, db = demo_site
    page = open_table(browser, f"{base}/{db.stem}/speakers", "speakers", viewport={"width": 1280, "height": 900},
                      accept_downloads=True)
    headings = page.locator("table.rows-and-columns th").all_inner_texts()
    assert not any(h.strip().startswith(("key", "surname_key")) for h in headings)
    titles = " ".join(page.locator("td.col-titles").all_inner_texts())
    assert titles.strip() and "[" not in titles and '"' not in titles
    page.goto(f"{base}/{db.stem}/statements")
    with page.expect_download() as info:
        page.click("a:text-is('CSV')")
    path = tmp_path / "statements.csv"
    info.value.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark by which Excel knows UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and any("قال" in (r["cue"] or "") or r["text"] for r in rows)
    assert {"speaker", "text", "outlet_id", "published", "start"} <= set(rows[0])
    page.close()


def test_a_speaker_page_and_the_articles(browser, demo_site):
    base, db = demo_site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/{db.stem}/speakers")
    page.click("td.col-name a >> nth=0")
    page.wait_for_selector("ol.qala-statements")
    shoot(page, "speaker-demo")
    assert page.locator("ol.qala-statements li").count() >= 1
    page.goto(f"{base}/{db.stem}/articles")
    page.wait_for_selector("table.rows-and-columns")
    shoot(page, "articles")
    assert "text" not in [h.strip() for h in page.locator("table.rows-and-columns th").all_inner_texts()]
    page.close()
