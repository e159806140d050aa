"""The Qala site's own pages and links.

- ``/``: what the site holds (outlets, articles, statements, speakers, the newest crawl) and
  links to the common tasks: search a speaker, the latest day's statements, export;
- ``/speaker/<id>``: a speaker's page, their statements newest first with outlet, date, the
  sentence around each and a link to the article, and a chart of statements per month;
- ``/-/databases.json``: the databases without their paths on the server;
- in tables: speaker names link to their page, an article to its address, titles read as text.
Everything a page shows from the database is escaped by the templates (autoescape), and only
http(s) addresses ever become links.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from qala.crawler.urls import web_url

from .cache import stats_page
from .metadata import qala_databases

DATE_COLUMNS = frozenset({"published", "first_seen", "last_seen", "fetched_at", "started", "ended"})
MAX_STATEMENTS = 500  # shown on a speaker's page; the CSV link gives all of them
CHART_WIDTH, CHART_HEIGHT = 720, 160
MAX_BAR_WIDTH = 48


def _database(datasette):
    """The Qala database served (the first, if several)."""
    names = qala_databases(datasette) or [n for n in datasette.databases if n != "_internal"]
    if not names:
        raise NotFound("no database")
    return names[0], datasette.databases[names[0]]


def months_chart(counts: list[tuple[str, int]]) -> Markup:
    """An SVG bar chart of (month, count), drawn here so that the page needs no script."""
    if not counts:
        return Markup("")
    top = max(n for _, n in counts) or 1
    width = min(CHART_WIDTH / len(counts), MAX_BAR_WIDTH)
    bars = []
    for i, (month, n) in enumerate(counts):
        height = (CHART_HEIGHT - 30) * n / top
        x, y = i * width, CHART_HEIGHT - 20 - height
        bars.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(width - 2, 1):.1f}" height="{height:.1f}">'
                    f"<title>{escape(month)}: {n}</title></rect>")
        if len(counts) <= 24 or i % max(1, len(counts) // 12) == 0:
            bars.append(f'<text x="{x + 1:.1f}" y="{CHART_HEIGHT - 6}">{escape(month)}</text>')
    return Markup(f'<svg class="qala-chart" role="img" aria-label="statements per month" '
                  f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" width="100%">{"".join(bars)}</svg>')


def highlight(context: str | None, text: str) -> Markup:
    """The sentence around a statement with the statement marked."""
    context = context or text
    at = context.find(text)
    if at == -1:
        return escape(context)
    return Markup(f"{escape(context[:at])}<mark>{escape(text)}</mark>{escape(context[at + len(text):])}")


async def speaker_page(datasette, request):
    name, db = _database(datasette)
    speaker_id = request.url_vars["id"]
    rows = await db.execute("select id, name, titles, statements, first_seen, last_seen from speakers where id = ?",
                            [speaker_id])
    speaker = rows.first()
    if speaker is None:
        raise NotFound("no such speaker")
    aliases = await db.execute("select alias, evidence from speaker_aliases where speaker_id = ? order by alias",
                               [speaker_id])
    statements = await db.execute(
        "select s.id, s.text, s.type, s.context, s.published, s.outlet_id, coalesce(o.name, s.outlet_id) as outlet, "
        "a.url, a.title from statements s join articles a on a.id = s.article_id "
        "left join outlets o on o.id = s.outlet_id where s.speaker_id = ? "
        f"order by s.published desc, s.id desc limit {MAX_STATEMENTS}", [speaker_id])
    months = await db.execute(
        "select substr(published, 1, 7) as month, count(*) as n from statements where speaker_id = ? "
        "and published is not null group by month order by month", [speaker_id])
    items = [dict(r) | {"marked": highlight(r["context"], r["text"]), "url": web_url(r["url"])}
             for r in statements.rows]
    return Response.html(await datasette.render_template("speaker.html", {
        "database": name,
        "speaker": dict(speaker),
        "titles": json.loads(speaker["titles"] or "[]"),
        "aliases": [dict(a) for a in aliases.rows],
        "statements": items,
        "chart": months_chart([(r["month"], r["n"]) for r in months.rows]),
        "shown_all": speaker["statements"] is not None and len(items) >= speaker["statements"],
    }, request=request))


async def home_page(datasette, request):
    names = qala_databases(datasette)
    if not names:  # not a Qala site: the databases, as Datasette would list them
        others = [n for n in datasette.databases if n != "_internal"]
        return Response.html(await datasette.render_template("qala_home.html", {"databases": others},
                                                             request=request))
    name, db = names[0], datasette.databases[names[0]]
    counts = (await db.execute(
        "select (select count(*) from outlets) as outlets, (select count(*) from articles) as articles, "
        "(select count(*) from statements) as statements, (select count(*) from speakers) as speakers, "
        "(select max(published) from statements) as newest_statement")).first()
    crawl = (await db.execute("select ended, status from crawl_runs where ended is not null "
                              "order by ended desc limit 1")).first()
    top = await db.execute("select id, name, statements from speakers order by statements desc limit 12")
    newest_day = (counts["newest_statement"] or "")[:10]
    today = datetime.now(UTC).date().isoformat()
    return Response.html(await datasette.render_template("qala_home.html", {
        "database": name, "counts": dict(counts), "crawl": dict(crawl) if crawl else None,
        "top_speakers": [dict(r) for r in top.rows], "today": today, "newest_day": newest_day,
        "metadata": datasette.metadata() or {},
    }, request=request))


async def databases_page(datasette, request):
    """Datasette's list of databases without where their files are on the server."""
    return Response.json([{"name": name, "route": db.route, "is_mutable": db.is_mutable, "is_memory": db.is_memory}
                          for name, db in datasette.databases.items() if name != "_internal"])


ROUTES = [
    (r"^/$", home_page),
    (r"^/speaker/(?P<id>\d+)$", speaker_page),
    (r"^/-/databases(\.json)?$", databases_page),
    (r"^/-/qala-cache\.json$", stats_page),
]


def _plain(value):
    """A cell's value (Datasette gives expanded foreign keys as {"value", "label"})."""
    return value.get("value") if isinstance(value, dict) else value


def _link(href: str, text: str) -> Markup:
    return Markup(f'<a href="{escape(href)}" rel="noopener nofollow">{escape(text)}</a>')


async def cell(row, value, column, table, database, datasette):
    """How the site shows some cells (Datasette's ``render_cell`` hook); None: Datasette's own."""
    keys = row.keys()
    if value is None:
        return None
    if table == "statements" and column == "speaker" and "speaker_id" in keys and _plain(row["speaker_id"]):
        return Markup(f'<a href="/speaker/{int(_plain(row["speaker_id"]))}">{escape(str(value))}</a>')
    if table == "speakers" and column == "name" and "id" in keys:
        return Markup(f'<a href="/speaker/{int(_plain(row["id"]))}">{escape(str(value))}</a>')
    if table == "speakers" and column == "titles" and isinstance(value, str):
        try:
            titles = json.loads(value)
        except ValueError:
            return None
        if not isinstance(titles, list):
            return None
        # never empty: Datasette shows its own rendering for a falsy answer
        return Markup(f"<span>{escape('، '.join(str(t) for t in titles))}</span>")
    if table == "statements" and column == "article_id":
        found = (await datasette.databases[database].execute(
            "select url, title from articles where id = ?", [_plain(value)])).first()
        if found is not None:
            label = value.get("label") if isinstance(value, dict) else None
            url = web_url(found["url"])
            text = label or found["title"] or str(_plain(value))
            return _link(url, text) if url else Markup(escape(text))
    if column in DATE_COLUMNS and isinstance(value, str) and len(value) > 16 and value[10:11] == "T":
        return Markup(f'<time datetime="{escape(value)}">{escape(value[:16].replace("T", " "))}</time>')
    if column in ("url", "homepage", "atom_link"):
        url = web_url(value) if isinstance(value, str) else None
        return _link(url, url) if url else Markup(escape(str(value)))
    return None
