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
