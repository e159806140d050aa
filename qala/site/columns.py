"""How a table page shows its columns: which, in what order, under what heading.

metadata.yml says it per table, under the plugin's settings::

    statements:
      plugins:
        qala:
          show: [speaker, text, outlet_id, published, type, article_id]
          labels: {text: statement, outlet_id: outlet, published: date (UTC), article_id: article}

The page shows those columns in that order under their labels (facets use the labels too); the
JSON and CSV of the same page keep every column, and a visitor's own ``_col``/``_nocol`` choice
is shown as asked. The descriptions of the columns move from a list above the rows to the
headings' tooltips and a fold below the table.
"""

from __future__ import annotations

from typing import Any


def template_vars(datasette, database: str | None, table: str | None, view_name: str) -> dict[str, Any]:
    if view_name != "table" or not table:
        return {}
    config = datasette.plugin_config("qala", database=database, table=table) or {}
    return {"qala_show": config.get("show"), "qala_labels": config.get("labels") or {}}
