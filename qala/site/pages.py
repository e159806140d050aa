"""Datasette plugin: the Qala site's own pages and links.

- ``/speaker/<id>``: a speaker's page, their statements newest first with outlet, date, the
  sentence around each and a link to the article, and a chart of statements per month;
- speaker names in tables link to that page.
Everything a page shows from the database is escaped by the templates (autoescape).
"""

from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

MAX_STATEMENTS = 500  # shown on a speaker's page; the CSV link gives all of them
CHART_WIDTH, CHART_HEIGHT = 720, 160
MAX_BAR_WIDTH = 48


def _database(datasette):
    for name, db in datasette.databases.items():
        if name != "_internal":
            return name, db
    raise NotFound("no database")


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
    items = [dict(r) | {"marked": highlight(r["context"], r["text"])} for r in statements.rows]
    return Response.html(await datasette.render_template("speaker.html", {
        "database": name,
        "speaker": dict(speaker),
        "titles": json.loads(speaker["titles"] or "[]"),
        "aliases": [dict(a) for a in aliases.rows],
        "statements": items,
        "chart": months_chart([(r["month"], r["n"]) for r in months.rows]),
        "shown_all": speaker["statements"] is not None and len(items) >= speaker["statements"],
    }, request=request))


@hookimpl
def register_routes():
    return [(r"^/speaker/(?P<id>\d+)$", speaker_page)]


def _plain(value):
    """A cell's value (Datasette gives expanded foreign keys as {"value", "label"})."""
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def render_cell(row, value, column, table):
    """Speaker names link to the speaker's page."""
    if value is None or not isinstance(value, str):
        return None
    keys = row.keys()
    if table == "statements" and column == "speaker" and "speaker_id" in keys and _plain(row["speaker_id"]):
        return Markup(f'<a href="/speaker/{int(_plain(row["speaker_id"]))}">{escape(value)}</a>')
    if table == "speakers" and column == "name" and "id" in keys:
        return Markup(f'<a href="/speaker/{int(_plain(row["id"]))}">{escape(value)}</a>')
    return None
