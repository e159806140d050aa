"""The Qala site as a Datasette plugin, registered under Datasette's ``datasette`` entry point.

With Qala installed, ``datasette qala.db`` serves the same site as ``qala serve``. This module
joins the parts into Datasette's hooks: the tables' titles, descriptions, facets and canned
queries (:mod:`.metadata`), Arabic-aware search (:mod:`.search`), limits on a visitor's SQL
(:mod:`.guard`), the home and speaker pages and cell links (:mod:`.pages`), how tables show their
columns (:mod:`.columns`), side-by-side facets (:mod:`.facets`), Atom feeds (:mod:`.atom`), CSV
that Excel reads (:mod:`.excel`) and answers from memory until the database changes
(:mod:`.cache`). Its templates and static files live beside this module, where Datasette looks
for a plugin's own.
"""

from __future__ import annotations

from datasette import hookimpl

from . import cache, columns, guard, pages, search
from .atom import register_output_renderer
from .excel import ExcelCsv
from .facets import register_facet_classes
from .metadata import extra_css_urls, get_metadata

__all__ = ["asgi_wrapper", "extra_css_urls", "extra_template_vars", "get_metadata", "prepare_connection",
           "register_facet_classes", "register_output_renderer", "register_routes", "render_cell"]


@hookimpl(trylast=True)  # after Datasette's own functions: ours replace escape_fts
def prepare_connection(conn) -> None:
    search.register_functions(conn)
    guard.limit(conn)


@hookimpl
def asgi_wrapper(datasette):
    keep = cache.wrapper(datasette)
    return lambda app: keep(ExcelCsv(app))  # the cache keeps CSV with its byte order mark


@hookimpl
def register_routes():
    return pages.ROUTES


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return pages.cell(row, value, column, table, database, datasette)


@hookimpl
def extra_template_vars(datasette, database, table, view_name):
    return columns.template_vars(datasette, database, table, view_name)
