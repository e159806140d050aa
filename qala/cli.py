"""The ``qala`` command: a thin layer over the crawler, extractor and db libraries."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from qala import output, records
from qala.crawler import sources
from qala.crawler.lock import Busy, crawl_lock
from qala.db import export as exporter
from qala.db.counts import Counts
from qala.db.store import Store, StoreError, can_share
from qala.demo import SampleSite
from qala.serve import datasette_command
from qala.site.metadata import SiteFileMissing, site_metadata

DEFAULT_DB = "qala.db"

# Exit statuses a cron job can rely on (README: "Exit codes"); click itself exits 1 on an
# error it reports in one line (ClickException) and 2 on a bad option.
EXIT_LOST = 3  # crawl: pages fetched but not stored
EXIT_UNREACHABLE = 4  # crawl: no outlet answered
EXIT_BUSY = 75  # another crawl holds the database (EX_TEMPFAIL: try again later)


def _open_store(path: str) -> Store:
    try:
        return Store(path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _open_existing(path: str) -> Store:
    """A database to read (export, serve): it must exist; it may be read-only."""
    if not Path(path).exists():
        raise click.ClickException(f"database {path} does not exist (run `qala crawl` or `qala ingest` first)")
    try:
        return Store(path, readonly=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


@contextlib.contextmanager
def _output(path: str) -> Iterator[TextIO]:
    """Where a command writes: stdout for ``-``, else ``path`` (see :func:`qala.output.writing`)."""
    if path == "-":
        yield sys.stdout
        return
    try:
        with output.writing(path) as out:
            yield out
    except output.OutputError as exc:
        raise click.ClickException(str(exc)) from None


def _read_input(path: str) -> list[str]:
    try:
        if path == "-":
            return sys.stdin.read().splitlines()
        return Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise click.ClickException(f"input file {path} does not exist") from None
    except UnicodeDecodeError:
        raise click.ClickException(f"input file {path} is not UTF-8 text") from None
    except IsADirectoryError:
        raise click.ClickException(f"input {path} is a directory") from None


def _records(path: str) -> list[dict]:
    try:
        return list(records.read_records(_read_input(path), "stdin" if path == "-" else path))
    except records.InputError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
@click.version_option(package_name="qala")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail to stderr.")
def cli(verbose: bool) -> None:
    """Qala: who said what in the Arabic press.

    Crawl Arabic outlets, find the statements in each article with their speakers, store them in
    SQLite and publish them as a searchable Datasette site.
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


class Exit(click.ClickException):
    """A failure with its own exit status (see the README's exit codes)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code


@cli.command()
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False),
              help="YAML file listing the outlets and their feeds or sitemaps.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--outlet", "only", multiple=True, help="Crawl only this outlet id (repeatable).")
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after this many downloaded pages in all.")
@click.option("--max-articles", type=click.IntRange(min=1),
              help="Article pages fetched per outlet in one run; the rest wait for the next run.  [default: 5000]")
@click.option("--max-page-mb", type=click.FloatRange(min=0.01),
              help="Largest page or sitemap, after decompression, in MB; larger ones are refused.  [default: 10]")
@click.option("--sitemap-depth", type=click.IntRange(min=0),
              help="How many levels of sitemap indexes are followed.  [default: 3]")
@click.option("--max-sitemaps", type=click.IntRange(min=1), help="Sitemaps read per outlet in one run.  [default: 200]")
@click.option("--no-delay", is_flag=True, help="No politeness delays (only for sites you run yourself).")
@click.option("--user-agent", help="User-Agent header, with a contact URL.")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds to wait for a page.  [default: 30]")
@click.option("--quiet", is_flag=True, help="Log only warnings and errors.")
def crawl(sources_path: str, db_path: str, only: tuple[str, ...], max_pages: int | None, max_articles: int | None,
          max_page_mb: float | None, sitemap_depth: int | None, max_sitemaps: int | None, no_delay: bool,
          user_agent: str | None, timeout: float | None, quiet: bool) -> None:
    """Crawl the outlets of a sources file into the database.

    Articles already stored are not fetched again unless their feed or sitemap says they changed;
    each article is stored with its statements in one transaction, so an interrupted crawl loses
    nothing and the next one carries on. One crawl at a time writes to a database.

    Exit status: 0 done (pages that failed to download are counted, not fatal); 3 pages were
    fetched but lost (not parsed or not stored); 4 no outlet could be reached; 75 another crawl
    is writing to the database; 1 any other error, 2 a bad option.

    Example:

    \b
        qala crawl --sources crawler/sources.yml --db qala.db
    """
    from qala.crawler.crawl import Limits, run

    outlets = _load_outlets(sources_path, only)
    _open_store(db_path).close()
    limits = Limits(max_pages=max_pages, max_articles_per_outlet=max_articles, sitemap_depth=sitemap_depth,
                    max_sitemaps=max_sitemaps,
                    max_page_bytes=int(max_page_mb * 1024 * 1024) if max_page_mb else None)
    try:
        with crawl_lock(db_path):
            reason, by_outlet = run(outlets, db_path, no_delay=no_delay, limits=limits, user_agent=user_agent,
                                    timeout=timeout, log_level="WARNING" if quiet else "INFO")
    except Busy as exc:
        raise Exit(str(exc), EXIT_BUSY) from None
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    total = sum(by_outlet.values(), Counts())
    click.echo(f"Crawled {len(outlets)} outlet(s): {total.articles_new} new article(s), {total.articles_updated} "
               f"updated, {total.articles_unchanged} unchanged, {total.articles_skipped} link(s) already stored, "
               f"{total.error_count} page(s) not fetched or not articles"
               + (f" ({total.describe('errors')})" if total.errors else "") + ".", err=True)
    unreachable = [o for o, c in by_outlet.items() if not c.pages_fetched]
    for outlet_id in unreachable:
        why = by_outlet[outlet_id].describe("errors") or "nothing answered"
        click.echo(f"qala: outlet {outlet_id} could not be reached ({why})", err=True)
    if total.pages_lost:
        raise Exit(f"{total.pages_lost} page(s) fetched but not stored ({total.describe('lost')}); "
                   f"the crawl ended: {reason}" + (" (see the errors above)" if reason != "finished" else ""),
                   EXIT_LOST)
    if len(unreachable) == len(by_outlet):
        raise Exit("no outlet could be reached; nothing was crawled", EXIT_UNREACHABLE)


@cli.command()
@click.option("-i", "--input", "input_path", default="-", show_default=True,
              help="Articles as JSON Lines ({\"id\", \"text\", ...}); - for stdin.")
@click.option("-o", "--output", "output_path", default="-", show_default=True,
              help="Statements as JSON Lines; - for stdout.")
@click.option("--explain", is_flag=True,
              help="Instead of JSON Lines, each statement with the sieves tried for its speaker, in order, "
                   "what each found and the phrases the grammar refused.")
def extract(input_path: str, output_path: str, explain: bool) -> None:
    """Find the statements in articles given as JSON Lines.

    Each output line is one statement: article_id, text, type (direct, mixed, indirect),
    speaker, speaker_title, cue, character offsets of text, speaker and cue, and the rule.

    Example:

    \b
        qala extract --input articles.jsonl --output statements.jsonl
        qala extract --input articles.jsonl --explain
    """
    articles = _records(input_path)
    _prepare_batch()
    lines = records.explained_lines(articles) if explain else records.statement_lines(articles)
    with _output(output_path) as out:
        for line in lines:
            out.write(line)


# objects made before the cyclic collector's youngest generation is walked; an article makes tens of
# thousands (tokens, phrases) and frees them at its end, so walking them every 700 is wasted work
BATCH_GC_THRESHOLD = 20_000


def _prepare_batch() -> None:
    """Load the lexicon and set the collector for extracting many articles in this process: what is
    loaded by now lives until the end (frozen: never walked again) and the youngest generation is
    collected less often (together about 4% fewer instructions than the defaults on 600 bulk articles)."""
    from qala.extractor.lexicon import load

    load()
    gc.freeze()
    gc.set_threshold(BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


def _load_outlets(path: str, only: tuple[str, ...] = ()) -> list[sources.Outlet]:
    try:
        outlets = sources.load(path)
    except sources.SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    if only:
        unknown = set(only) - {o.id for o in outlets}
        if unknown:
            raise click.ClickException(f"no outlet {', '.join(sorted(unknown))} in {path}")
        outlets = [o for o in outlets if o.id in only]
    return outlets


@cli.command()
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False),
              help="YAML file listing the outlets; each may set its own interval (30m, 2h, 1d).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--every", "default_interval", default="1h", show_default=True,
              help="Interval for outlets that set none.")
@click.option("--max-runs", type=click.IntRange(min=1), help="Stop after this many outlet runs (default: never).")
@click.option("--no-delay", is_flag=True, help="No politeness delays (only for sites you run yourself).")
def schedule(sources_path: str, db_path: str, default_interval: str, max_runs: int | None, no_delay: bool) -> None:
    """Crawl each outlet at its interval until stopped (Ctrl-C).

    Each run is its own process and is recorded in the crawl_runs table; one failing outlet does
    not stop the others. A cron line running `qala crawl` does the same job (see README).

    Example:

    \b
        qala schedule --sources crawler/sources.yml --db qala.db --every 2h
    """
    from qala.crawler.schedule import schedule as run_schedule

    outlets = _load_outlets(sources_path)
    try:
        every = sources.parse_interval(default_interval)
    except sources.SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    _open_store(db_path).close()
    extra = ["--quiet"] + (["--no-delay"] if no_delay else [])
    with contextlib.suppress(KeyboardInterrupt):
        runs = run_schedule(outlets, db_path, default_interval=every, max_runs=max_runs, extra=extra)
        click.echo(f"{runs} run(s) done.", err=True)


@cli.group(name="sources")
def sources_group() -> None:
    """Work with sources files."""


@sources_group.command(name="check")
@click.argument("sources_path", type=click.Path(dir_okay=False))
@click.option("--offline", is_flag=True, help="Only validate the file; fetch nothing.")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds to wait for each address.")
def sources_check(sources_path: str, offline: bool, timeout: float) -> None:
    """Validate a sources file and report whether each feed, sitemap and listing page answers.

    Example:

    \b
        qala sources check crawler/sources.yml
    """
    from qala.crawler.probe import check

    outlets = _load_outlets(sources_path)
    urls = sum(len(o.feeds) + len(o.sitemaps) + len(o.listings) for o in outlets)
    click.echo(f"{sources_path}: valid, {len(outlets)} outlet(s), {urls} address(es).")
    if offline:
        return
    bad = 0
    for st in check(outlets, timeout):
        ok = st.status.isdigit() and int(st.status) < 400
        bad += not ok
        click.echo(f"{'ok ' if ok else 'BAD'} {st.outlet:20} {st.kind:8} {st.status:11} {st.url}  {st.detail}")
    if bad:
        raise click.ClickException(f"{bad} address(es) did not answer well")


@cli.command()
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold statements (JSON Lines, one article a line, as in the project's gold sets).")
@click.option("--articles", "articles_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The gold set's articles as JSON Lines ({\"id\", \"text\"}).")
@click.option("--errors", "n_errors", default=0, show_default=True, help="Show this many errors of each kind.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def evaluate(gold_path: str, articles_path: str, n_errors: int, as_json: bool) -> None:
    """Score the extractor against a gold set, by track, rule and type.

    The figures are the referee's (precision, recall, F1, speaker accuracy, end-to-end F1, for all
    statements and for the quoted track); the tables break them down by the rule that made each
    statement and by the gold statement's type.

    Example:

    \b
        qala evaluate --gold tests/data/eval/dev.jsonl --articles tests/data/eval/dev_articles.jsonl
    """
    from qala.extractor import evaluate as ev

    try:
        gold = list(records.read_gold(_read_input(gold_path), gold_path))
    except records.InputError as exc:
        raise click.ClickException(str(exc)) from None
    report = ev.evaluate(gold, ev.predict(_records(articles_path)))
    if as_json:
        click.echo(json.dumps({"tracks": report.tracks, "by_rule": report.by_rule, "by_type": report.by_type},
                              ensure_ascii=False))
    else:
        click.echo(ev.format_report(report))
    if n_errors:
        click.echo(ev.format_errors(report, n_errors), err=True)


@cli.command()
@click.option("-i", "--input", "input_path", required=True,
              help="Articles as JSON Lines ({\"id\", \"text\", \"title\", \"outlet\", \"url\", \"published\"}).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--silent", is_flag=True, help="No progress bar.")
def ingest(input_path: str, db_path: str, silent: bool) -> None:
    """Store articles from JSON Lines with their statements, exactly as crawled articles are.

    The whole file is checked before anything is stored; storing the same file twice stores
    nothing twice.

    Example:

    \b
        qala ingest --input archive.jsonl --db qala.db
    """
    articles = _records(input_path)
    _prepare_batch()
    store = _open_store(db_path)
    counts = Counts()
    try:
        with click.progressbar(articles, label="Ingesting", file=sys.stderr, hidden=silent) as bar:
            records.ingest(bar, store, counts)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"{counts.articles_new} new, {counts.articles_updated} updated, {counts.articles_unchanged} "
               f"unchanged article(s); {counts.statements} statement(s) stored.", err=True)


def _serve(db_path: str, host: str, port: int) -> None:
    _open_existing(db_path).close()
    if os.access(db_path, os.W_OK) and os.access(Path(db_path).resolve().parent, os.W_OK):
        _open_store(db_path).close()  # brings an older database's tables up to date
    try:
        site_metadata()
    except SiteFileMissing as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    command = datasette_command(db_path, host, port, immutable=not can_share(db_path))
    sys.stderr.flush()
    os.execv(sys.executable, command)  # this process becomes Datasette: stopping it stops the site


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
def serve(db_path: str, host: str, port: int) -> None:
    """Publish the database as a Datasette site, read-only.

    Example:

    \b
        qala serve --db qala.db --port 8001
    """
    _serve(db_path, host, port)


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An option's date: ISO 8601 (YYYY-MM-DD), or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date as YYYY-MM-DD (ISO 8601)") from None


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--speaker", help="Statements by this speaker (any spelling; clitics ignored).")
@click.option("--outlet", help="Outlet id.")
@click.option("--since", callback=_iso_day, help="Published on or after this day (YYYY-MM-DD, UTC).")
@click.option("--until", callback=_iso_day, help="Published on or before this day (YYYY-MM-DD, UTC).")
@click.option("--type", "type_", type=click.Choice(["direct", "mixed", "indirect"]), help="Statement type.")
@click.option("--search", help="Words that must occur in the statement.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV output.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
@click.option("--nl", "as_nl", is_flag=True, help="JSON Lines (the default).")
@click.option("--excel", is_flag=True, help="With --csv: start with a UTF-8 BOM so that Excel reads Arabic.")
@click.option("-o", "--output", "output_path", default="-", show_default=True, help="File to write; - for stdout.")
def export(db_path: str, speaker: str | None, outlet: str | None, since: str | None, until: str | None,
           type_: str | None, search: str | None, as_csv: bool, as_json: bool, as_nl: bool, excel: bool,
           output_path: str) -> None:
    """Export statements with their speaker, outlet, date and article URL, newest first.

    Dates are UTC, as everywhere in Qala.

    Example:

    \b
        qala export --db qala.db --speaker بوتين --since 2024-01-01 --csv -o putin.csv
    """
    if as_csv + as_json + as_nl > 1:
        raise click.UsageError("choose one of --csv, --json and --nl")
    if excel and not as_csv:
        raise click.UsageError("--excel goes with --csv")
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    store = _open_existing(db_path)
    try:
        if outlet is not None and not store.db.execute("SELECT 1 FROM outlets WHERE id = ?", [outlet]).fetchone():
            known = [r[0] for r in store.db.execute("SELECT id FROM outlets ORDER BY id LIMIT 20")]
            raise click.BadParameter(f"no outlet {outlet!r} in {db_path}"
                                     + (f" (outlets: {', '.join(known)})" if known else " (it has no outlets)"),
                                     param_hint="'--outlet'")
        filters = exporter.Filters(speaker=speaker, outlet=outlet, since=since, until=until, type=type_,
                                   search=search)
        fmt = "csv" if as_csv else "json" if as_json else "nl"
        with _output(output_path) as out:
            n = exporter.write(exporter.rows(store.db, filters), out, fmt, excel=excel)
        if n == 0:
            why = " (no speaker by that name)" if speaker and not exporter.speaker_exists(store.db, speaker) else ""
            click.echo(f"0 statements match {filters.describe()}{why}.", err=True)
        else:
            click.echo(f"{n} statement(s)", err=True)
    finally:
        store.close()


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-serve", is_flag=True, help="Crawl and store only; do not start the site.")
def demo(db_path: str, port: int, no_serve: bool) -> None:
    """Crawl the bundled sample site on 127.0.0.1, extract, store and serve the result.

    Starts a real HTTP server with real Arabic article pages and an RSS feed, crawls it with the
    same spider a real outlet gets, and serves the database on http://127.0.0.1:PORT/.

    Example:

    \b
        qala demo
    """
    with SampleSite() as site, tempfile.TemporaryDirectory() as tmp:
        sources_path = Path(tmp) / "sources.yml"
        sources_path.write_text(site.demo_sources_yaml(), encoding="utf-8")
        outlets = len({info["outlet"] for info in site.outlets.values()})
        click.echo(f"Sample site with {len(site.names)} article pages of {outlets} outlets at {site.url}/", err=True)
        _open_store(db_path).close()
        result = subprocess.run([sys.executable, "-m", "qala", "crawl", "--sources", str(sources_path),
                                 "--db", db_path, "--no-delay", "--quiet"], check=False)
        if result.returncode != 0:
            raise click.ClickException("the demo crawl failed (see the messages above)")
    store = _open_store(db_path)
    click.echo(f"{db_path}: {store.count('articles')} article(s), {store.count('statements')} statement(s), "
               f"{store.count('speakers')} speaker(s).", err=True)
    store.close()
    if not no_serve:
        click.echo(f"Open http://127.0.0.1:{port}/ in your browser.", err=True)
        _serve(db_path, "127.0.0.1", port)

