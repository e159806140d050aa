"""Qala as a user installs it: the wheel, in a fresh venv with the pip that ``python3 -m venv``
gives (no upgrade), every command and page run from a folder outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from qala.demo import SampleSite
from tests.conftest import DATA, ROOT, free_port, wait_for


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the fresh venv's bin folder, a working folder elsewhere) with the wheel installed."""
    root = tmp_path_factory.mktemp("installed")
    dist = root / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(dist), str(ROOT)], check=True, capture_output=True, cwd=root, timeout=600)
    wheel = next(dist.glob("qala-*.whl"))
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], capture_output=True,
                             text=True, cwd=root, timeout=1800)
    assert install.returncode == 0, install.stderr[-3000:]
    # pip 23.2 warns that lxml 6 has no extra html_clean (a dependency still asks for it); Qala
    # depends on lxml_html_clean itself, so it is installed whatever the pip
    check = subprocess.run([str(venv / "bin" / "python"), "-c", "import lxml_html_clean, lxml.html.clean"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    work = root / "elsewhere"
    work.mkdir()
    return venv / "bin", work


def run(installed, *args: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    bin_dir, work = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run([str(bin_dir / args[0]), *args[1:]], cwd=work, env=env, input=input,
                            capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, f"{' '.join(args)}: {result.stderr[-3000:]}"
    return result


def test_the_wheel_holds_one_package_with_its_site_files(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(dist), str(ROOT)], check=True, capture_output=True, timeout=600)
    names = zipfile.ZipFile(next(dist.glob("qala-*.whl"))).namelist()
    top = {name.split("/", 1)[0] for name in names if not name.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"qala"}  # nothing generic (crawler, db, extractor) in site-packages
    for needed in ("qala/metadata.yml", "qala/site/templates/speaker.html", "qala/site/static/qala.css",
                   "qala/extractor/data/attribution_verbs.tsv", "qala/demo/pages/outlets.json",
                   "qala/crawler/spiders/outlets.py"):
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(next(dist.glob("qala-*.whl"))).read(entry_points).decode()
    assert "[datasette]" in text and "qala = qala.site" in text


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode("utf-8")


def served(installed, command: list[str], url: str):
    bin_dir, work = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.Popen([str(bin_dir / command[0]), *command[1:]], cwd=work, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(url + "/-/versions.json", timeout=60)
    except AssertionError:
        proc.kill()
        raise
    return proc


def check_site(base: str, db: str) -> None:
    status, body = get(f"{base}/{db}/statements.json?_shape=array&_search=" + urllib.parse.quote("وبوتين"))
    rows = json.loads(body)
    assert status == 200 and any("لبوتين" in r["text"] for r in rows)  # Arabic search: clitics folded
    speaker = next(r["speaker_id"] for r in rows if r["speaker_id"])
    status, page = get(f"{base}/speaker/{speaker}")
    assert status == 200 and "qala-statements" in page
    status, home = get(base + "/")
    assert status == 200 and "qala-counts" in home


def test_every_command_and_page_works_from_another_folder(installed):
    assert run(installed, "qala", "--version").stdout.startswith("qala, version")
    run(installed, "qala", "ingest", "--input", str(DATA / "articles_small.jsonl"), "--db", "qala.db", "--silent")
    port = free_port()
    proc = served(installed, ["qala", "serve", "--db", "qala.db", "--port", str(port)], f"http://127.0.0.1:{port}")
    try:
        check_site(f"http://127.0.0.1:{port}", "qala")
    finally:
        proc.terminate()
        proc.wait(10)
    # plain Datasette, with Qala installed, serves the same site
    port = free_port()
    proc = served(installed, ["datasette", "qala.db", "--port", str(port)], f"http://127.0.0.1:{port}")
    try:
        check_site(f"http://127.0.0.1:{port}", "qala")
    finally:
        proc.terminate()
        proc.wait(10)
    with SampleSite() as site:
        _, work = installed
        (work / "sources.yml").write_text(site.sources_yaml(), encoding="utf-8")
        run(installed, "qala", "crawl", "--sources", "sources.yml", "--db", "crawl.db", "--no-delay", "--quiet")
    out = run(installed, "qala", "export", "--db", "crawl.db", "--csv", "--excel", "-o", "out.csv")
    assert "statement(s)" in out.stderr
    text = (installed[1] / "out.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("id,speaker") and "قال" in text
    statements = run(installed, "qala", "extract", input=json.dumps({"id": "x", "text": "قال الوزير إن العمل مستمر."}))
    assert json.loads(statements.stdout)["speaker"] == "الوزير"
    run(installed, "qala", "demo", "--db", "demo.db", "--no-serve")
    run(installed, "qala", "sources", "check", "--offline", "sources.yml")
    missing = run(installed, "qala", "serve", "--db", "none.db", check=False)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
