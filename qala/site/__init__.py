"""The Qala site as a Datasette plugin, registered under Datasette's ``datasette`` entry point.

With Qala installed, ``datasette qala.db`` serves the same site as ``qala serve``: the tables'
titles, descriptions, facets and canned queries (:mod:`.metadata`), Arabic-aware search
(:mod:`.search`), speaker pages and links (:mod:`.pages`), side-by-side facets (:mod:`.facets`) and
answers from memory until the database changes (:mod:`.cache`). Its templates and static files
live beside this module, where Datasette looks for a plugin's own.
"""

from .cache import asgi_wrapper
from .facets import register_facet_classes
from .metadata import extra_css_urls, get_metadata
from .pages import register_routes, render_cell
from .search import prepare_connection

__all__ = ["asgi_wrapper", "extra_css_urls", "get_metadata", "prepare_connection", "register_facet_classes",
           "register_routes", "render_cell"]
