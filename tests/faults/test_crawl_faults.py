"""The crawler against a misbehaving site on 127.0.0.1: cycles, bad links, other hosts, bombs,
broken connections, a full disk, dead workers, kills. Each case asserts the exit status, the
line the user reads and the database afterwards."""

from __future__ import annotations

import contextlib
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, qala
from tests.crawler.pages import article_html
from tests.faults.checks import last_line, runs, sound
from tests.faults.server import (
    FaultSite,
    article,
    bomb,
    gzipped,
    page,
    redirect,
    reset,
    rss,
    sitemap_index,
    stalled,
    urlset,
)


def crawl(sources: str, db, *extra: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return qala("crawl", "--sources", sources, "--db", str(db), "--no-delay", "--quiet", *extra, timeout=timeout)


# -- cycles and caps ------------------------------------------------------------------------

@pytest.mark.parametrize("length", [1, 2, 3])
def test_a_cycle_of_sitemap_indexes_ends(tmp_path, length):
    with FaultSite() as site:
        names = [f"/index{i}.xml" for i in range(length)]
        for i, name in enumerate(names):  # each index lists the next and, last, the first again
            site.routes[name] = page(sitemap_index([site.url + names[(i + 1) % length], site.url + "/urls.xml"]),
                                     "application/xml")
        site.routes["/urls.xml"] = page(urlset([site.url + "/a/1"]), "application/xml")
        site.routes["/a/1"] = article(1)
        result = crawl(site.sources(tmp_path / "s.yml", sitemaps=[names[0]]), tmp_path / "q.db")
    assert result.returncode == 0, result.stderr
    assert all(site.paths().count(name) == 1 for name in names) and site.paths().count("/urls.xml") == 1
    assert sound(tmp_path / "q.db")["articles"] == 1
    assert runs(tmp_path / "q.db")[0]["status"] == "finished"


def test_sitemap_depth_and_count_are_capped(tmp_path):
    with FaultSite() as site:
        for level in range(10):  # a chain of indexes ten deep
            site.routes[f"/deep{level}.xml"] = page(sitemap_index([f"{site.url}/deep{level + 1}.xml"]), "text/xml")
        site.routes["/wide.xml"] = page(sitemap_index([f"{site.url}/leaf{i}.xml" for i in range(300)]), "text/xml")
        for i in range(300):
            site.routes[f"/leaf{i}.xml"] = page(urlset([]), "text/xml")
        deep = crawl(site.sources(tmp_path / "deep.yml", sitemaps=["/deep0.xml"]), tmp_path / "q.db",
                     "--sitemap-depth", "2")
        wide = crawl(site.sources(tmp_path / "wide.yml", sitemaps=["/wide.xml"]), tmp_path / "q.db",
                     "--max-sitemaps", "20")
    assert deep.returncode == 0 and wide.returncode == 0, deep.stderr + wide.stderr
    assert [p for p in site.paths() if p.startswith("/deep")] == ["/deep0.xml", "/deep1.xml", "/deep2.xml"]
    assert len([p for p in site.paths() if p.startswith("/leaf")]) == 20 - 1  # /wide.xml is one of the 20
    deep_run, wide_run = runs(tmp_path / "q.db")
    assert deep_run["errors"] == {"sitemap_too_deep": 1}
    assert wide_run["errors"] == {"sitemap_cap": 300 - 19, "sitemap_without_urls": 19}


@pytest.mark.parametrize("length", [1, 2, 3, 8])
def test_a_redirect_cycle_is_one_counted_error(tmp_path, length):
    with FaultSite() as site:
        hops = [f"/hop{i}" for i in range(length)]
        for i, hop in enumerate(hops):
            site.routes[hop] = redirect(hops[(i + 1) % length] if length < 8 else f"/hop{i + 1}")
        site.routes["/hop8"] = redirect("/hop0")
        site.routes["/a/1"] = article(1)
        site.routes["/feed"] = page(rss([site.url + "/hop0", site.url + "/a/1"]), "application/rss+xml")
        result = crawl(site.sources(tmp_path / "s.yml", feeds=["/feed"]), tmp_path / "q.db")
    assert result.returncode == 0, result.stderr
    assert runs(tmp_path / "q.db")[0]["errors"] == {"redirect_loop": 1}
    assert len([p for p in site.paths() if p.startswith("/hop")]) <= 6  # REDIRECT_MAX_TIMES + 1
    assert sound(tmp_path / "q.db")["articles"] == 1


def test_a_long_feed_is_capped_per_outlet_and_the_rest_waits(tmp_path):
    with FaultSite() as site:
        sources = site.article_feed(tmp_path / "s.yml", 5000)
        first = crawl(sources, tmp_path / "q.db", "--max-articles", "30")
        second = crawl(sources, tmp_path / "q.db", "--max-articles", "30")
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert sound(tmp_path / "q.db")["articles"] == 60
    first_run, second_run = runs(tmp_path / "q.db")
    assert first_run["errors"] == {"article_cap": 4970} and first_run["articles_new"] == 30
    assert second_run["articles_skipped"] == 30 and second_run["articles_new"] == 30


# -- links --------------------------------------------------------------------------------

BAD_LINKS = ["javascript:alert(1)", "mailto:desk@example.com", "ftp://127.0.0.1/a", "data:text/html,<p>x</p>",
             "file:///etc/passwd", "http://[::1", "http://", "http://127.0.0.1:99999/x", "tel:+9611",
             "about:blank", "http:/no-host", "  ", "http://exa mple.com/x"]


def test_every_bad_link_in_a_feed_is_counted_and_the_rest_are_crawled(tmp_path):
    with FaultSite() as site:
        links = [BAD_LINKS[0], site.url + "/a/1", *BAD_LINKS[1:], site.url + "/a/2"]
        site.routes["/feed"] = page(rss(links), "application/rss+xml")
        site.routes["/a/1"], site.routes["/a/2"] = article(1), article(2)
        result = crawl(site.sources(tmp_path / "s.yml", feeds=["/feed"]), tmp_path / "q.db")
    assert result.returncode == 0, result.stderr
    assert sound(tmp_path / "q.db")["articles"] == 2
    errors = runs(tmp_path / "q.db")[0]["errors"]
    assert errors == {"bad_link": len(BAD_LINKS) - 1}  # the blank one is no link at all
    assert {p for p in site.paths()} == {"/robots.txt", "/feed", "/a/1", "/a/2"}


def test_links_and_redirects_to_other_hosts_are_refused(tmp_path):
    with FaultSite() as site:
        other = f"http://localhost:{site.port}"  # the same server under another host name
        links = [other + "/a/1", site.url + "/moved", site.url + "/a/2"]
        site.routes["/feed"] = page(rss(links), "application/rss+xml")
        site.routes["/moved"] = redirect(other + "/a/1")
        site.routes["/a/1"], site.routes["/a/2"] = article(1), article(2)
        site.routes["/gone"] = redirect("ftp://127.0.0.1/a")
        result = crawl(site.sources(tmp_path / "s.yml", feeds=["/feed"]), tmp_path / "q.db")
    assert result.returncode == 0, result.stderr
    assert not [p for host, p in site.requests if host.startswith("localhost") and p != "/robots.txt"]
    assert runs(tmp_path / "q.db")[0]["errors"] == {"offsite_link": 1, "offsite": 1}
    assert sound(tmp_path / "q.db")["articles"] == 1


# -- what comes back ------------------------------------------------------------------------

def peak_child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_bomb_is_refused_within_the_size_cap(tmp_path, encoding):
    body = bomb(256 << 20, encoding)  # 256 MB of spaces in about 250 KB
    with FaultSite() as site:
        site.routes["/bomb"] = page(body, headers={"Content-Encoding": encoding})
        site.routes["/a/1"] = article(1)
        site.routes["/feed"] = page(rss([site.url + "/bomb", site.url + "/a/1"]), "application/rss+xml")
        result = crawl(site.sources(tmp_path / "s.yml", feeds=["/feed"]), tmp_path / "q.db", "--max-page-mb", "5")
    assert result.returncode == 0, result.stderr
    assert runs(tmp_path / "q.db")[0]["errors"] == {"too_large": 1}
    assert sound(tmp_path / "q.db")["articles"] == 1
    assert peak_child_rss_mb() < 256


@pytest.mark.parametrize("how", ["file", "content-encoding"])
def test_a_gzipped_sitemap_bomb_is_refused(tmp_path, how):
    body = bomb(256 << 20, "gzip")
    with FaultSite() as site:
        headers = {"Content-Encoding": "gzip"} if how == "content-encoding" else {}
        site.routes["/sitemap.xml.gz"] = page(body, "application/x-gzip", headers=headers)
        site.routes["/urls.xml.gz"] = page(gzipped(urlset([site.url + "/a/1"]).encode()), "application/x-gzip")
        site.routes["/a/1"] = article(1)
        sources = site.sources(tmp_path / "s.yml", sitemaps=["/sitemap.xml.gz", "/urls.xml.gz"])
        result = crawl(sources, tmp_path / "q.db", "--max-page-mb", "5")
    assert result.returncode == 0, result.stderr
    errors = runs(tmp_path / "q.db")[0]["errors"]
    assert errors == ({"bad_gzip": 1} if how == "file" else {"too_large": 1})
    assert sound(tmp_path / "q.db")["articles"] == 1
    assert peak_child_rss_mb() < 256


def test_broken_answers_are_counted_and_never_fatal(tmp_path):
    big = b"<html><body>" + b"<p>" + "نص ".encode() * (7 << 20) + b"</p></body></html>"  # 20+ MB
    text = article_html(5).encode()
    with FaultSite() as site:
        routes = {
            "/stall": stalled(text, 200, 6), "/reset": reset(text, 300), "/huge": page(big),
            "/binary": page(random.Random(7).randbytes(200_000)),
            "/empty-gzip": page(b"", headers={"Content-Encoding": "gzip"}),
            "/bad-gzip": page(b"\x1f\x8b\x08not gzip at all", headers={"Content-Encoding": "gzip"}),
            "/utf8-as-cp1256": page(article_html(6, title="صفحة بترميز خاطئ").encode(),
                                    "text/html; charset=windows-1256"),
            "/pdf": page(b"%PDF-1.4 binary", "application/pdf"), "/a/1": article(1),
        }
        site.routes.update(routes)
        site.routes["/feed"] = page(rss([site.url + p for p in routes]), "application/rss+xml")
        result = crawl(site.sources(tmp_path / "s.yml", feeds=["/feed"]), tmp_path / "q.db", "--timeout", "3")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    errors = runs(tmp_path / "q.db")[0]["errors"]
    assert errors.get("timeout") == 1 and errors.get("connection_lost") == 1 and errors.get("too_large") == 1
    assert sum(errors.values()) == len(routes) - 2  # all but /a/1 and the mislabelled page
    assert sound(tmp_path / "q.db")["articles"] == 2
    conn = sqlite3.connect(tmp_path / "q.db")
    title, found = conn.execute("select title, (select count(*) from statements s where s.article_id = a.id) "
                                "from articles a where url like '%cp1256'").fetchone()
    assert title == "صفحة بترميز خاطئ" and found > 0


def test_malformed_feeds_and_sitemaps_are_counted(tmp_path):
    with FaultSite() as site:
        site.routes["/truncated"] = page(rss([site.url + "/a/1", site.url + "/a/2"])[:-20], "application/rss+xml")
        site.routes["/not-xml"] = page("<html><body>nothing</body></html>", "application/rss+xml")
        site.routes["/entities"] = page('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
                                        '"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><link>&b;</link>'
                                        "</item></channel></rss>", "application/rss+xml")
        site.routes["/bad-sitemap"] = page("<urlset><url><loc>", "application/xml")
        site.routes["/a/1"] = article(1)
        sources = site.sources(tmp_path / "s.yml", feeds=["/truncated", "/not-xml", "/entities"],
                               sitemaps=["/bad-sitemap"])
        result = crawl(sources, tmp_path / "q.db")
    assert result.returncode == 0, result.stderr
    # the entities are not expanded (no "billion laughs"): that feed has no link
    errors = runs(tmp_path / "q.db")[0]["errors"]
    assert errors == {"feed_without_items": 2, "sitemap_without_urls": 1, "http_404": 1}
    assert sound(tmp_path / "q.db")["articles"] == 1  # what the truncated feed still lists


# -- lost pages ---------------------------------------------------------------------------

def limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_loses_pages_and_says_so(tmp_path):
    db = tmp_path / "q.db"
    qala("ingest", "--input", "-", "--db", str(db), "--silent", input="", check=True)  # the empty database
    with FaultSite() as site:
        sources = site.article_feed(tmp_path / "s.yml", 60)
        command = [sys.executable, "-m", "qala", "crawl", "--sources", sources, "--db", str(db), "--no-delay",
                   "--quiet"]
        # no file may grow past 200 KB: SQLite's writes fail as on a full disk
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180,
                                preexec_fn=limit_file_size(db.stat().st_size + 200_000))
        assert result.returncode == 3, result.stderr
        line = last_line(result.stderr)
        assert "fetched but not stored" in line and "store_failed" in line
        assert "Traceback" not in result.stderr
        stored = sound(db)["articles"]
        assert 0 < stored < 60
        again = crawl(sources, db)  # the disk has room again: the next crawl stores the rest
    assert again.returncode == 0, again.stderr
    assert sound(db)["articles"] == 60
    statuses = [run["status"] for run in runs(db)]
    assert statuses[0] in ("store_failed", "interrupted") and statuses[-1] == "finished"


def test_a_dead_parsing_worker_loses_no_page(tmp_path):
    total = 40

    with FaultSite() as site:
        sources = site.article_feed(tmp_path / "s.yml", total, delay=0.05)
        command = [sys.executable, "-m", "qala", "crawl", "--sources", sources, "--db", str(tmp_path / "q.db"),
                   "--no-delay", "--quiet"]
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = 0
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and killed < 3:
            for child in workers_of(proc.pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGKILL)
                    killed += 1
            time.sleep(0.7)
        _, stderr = proc.communicate(timeout=180)
    assert killed > 0
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert sound(tmp_path / "q.db")["articles"] == total


def workers_of(pid: int) -> list[int]:
    """The crawl's parsing workers: processes whose parent is ``pid`` started by multiprocessing's
    spawn (not its resource tracker)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    command = f.read()
            except OSError:
                continue
            if parent == pid and b"spawn_main" in command:
                found.append(int(entry))
    return found


# -- nothing reachable, kills, locks --------------------------------------------------------

def closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_no_reachable_outlet_is_exit_4_in_a_few_lines(tmp_path):
    sources = tmp_path / "s.yml"
    sources.write_text("outlets:\n" + "".join(
        f"  - id: down{n}\n    name: Down {n}\n    feeds: [http://127.0.0.1:{closed_port()}/feed]\n"
        f"    sitemaps: [http://127.0.0.1:{closed_port()}/sitemap.xml]\n" for n in range(3)), encoding="utf-8")
    result = crawl(str(sources), tmp_path / "q.db", "--timeout", "2")
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) <= 3 * 2 + 6, result.stderr  # one warning an address, the summary, a line an outlet
    assert last_line(result.stderr) == "Error: no outlet could be reached; nothing was crawled"
    assert sum("could not be reached (" in line for line in lines) == 3
    assert [run["status"] for run in runs(tmp_path / "q.db")] == ["unreachable"] * 3


def test_one_reachable_outlet_of_two_is_success_with_a_line_for_the_other(tmp_path):
    with FaultSite() as site:
        site.routes["/feed"] = page(rss([site.url + "/a/1"]), "application/rss+xml")
        site.routes["/a/1"] = article(1)
        path = tmp_path / "s.yml"
        site.sources(path, feeds=["/feed"],
                     extra=f"  - id: down\n    name: Down\n    feeds: [http://127.0.0.1:{closed_port()}/f]\n")
        result = crawl(str(path), tmp_path / "q.db", "--timeout", "2")
    assert result.returncode == 0, result.stderr
    assert "qala: outlet down could not be reached (1 connection_refused)" in result.stderr
    assert [run["status"] for run in runs(tmp_path / "q.db")] == ["finished", "unreachable"]


@pytest.mark.parametrize("moment", ["start", "mid", "late"])
def test_a_crawl_killed_at_any_moment_loses_nothing_and_its_run_is_marked(tmp_path, moment):
    total = 24

    db = tmp_path / "q.db"
    with FaultSite() as site:
        sources = site.article_feed(tmp_path / "s.yml", total, delay=0.2)
        command = [sys.executable, "-m", "qala", "crawl", "--sources", sources, "--db", str(db), "--no-delay",
                   "--quiet"]
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wanted = {"start": 0, "mid": total // 3, "late": total - 3}[moment]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and stored(db) >= wanted and (wanted or len(site.requests) >= 1):
                break
            time.sleep(0.05)
        proc.kill()
        proc.wait()
        before = sound(db)["articles"] if db.exists() else 0
        again = crawl(sources, db)
    assert again.returncode == 0, again.stderr
    assert before <= total and sound(db)["articles"] == total  # "late" may kill a crawl as it ends
    statuses = [run["status"] for run in runs(db)]
    assert statuses[-1] == "finished" and all(s in ("interrupted", "finished") for s in statuses)
    assert "running" not in statuses
    assert not (tmp_path / "q.db.crawl.lock").exists()


def stored(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_the_lock_holds_whatever_the_path_is_called(tmp_path):
    from qala.crawler.lock import crawl_lock

    with FaultSite() as site:
        site.routes["/feed"] = page(rss([site.url + "/a/1"]), "application/rss+xml")
        site.routes["/a/1"] = article(1)
        sources = site.sources(tmp_path / "s.yml", feeds=["/feed"])
        db = tmp_path / "q.db"
        crawl(sources, db)
        (tmp_path / "link.db").symlink_to(db)
        (tmp_path / "sub").mkdir()
        with crawl_lock(db):
            for other in (tmp_path / "link.db", tmp_path / "sub" / ".." / "q.db"):
                result = crawl(sources, other)
                assert result.returncode == 75 and "another crawl is writing" in last_line(result.stderr)
        assert not list(tmp_path.glob("*.lock"))  # released and removed
        assert crawl(sources, tmp_path / "link.db").returncode == 0
    assert not list(tmp_path.glob("*.lock"))


def test_an_address_that_redirected_is_not_fetched_again(tmp_path):
    with FaultSite() as site:
        site.routes["/feed"] = page(rss([site.url + "/old/1"]), "application/rss+xml")
        site.routes["/old/1"] = redirect("/a/1")
        site.routes["/a/1"] = article(1)
        sources = site.sources(tmp_path / "s.yml", feeds=["/feed"])
        crawl(sources, tmp_path / "q.db")
        site.requests.clear()
        result = crawl(sources, tmp_path / "q.db")
    assert result.returncode == 0
    assert site.paths() == ["/robots.txt", "/feed"]
    assert runs(tmp_path / "q.db")[1]["articles_skipped"] == 1
