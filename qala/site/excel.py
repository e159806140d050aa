"""ASGI middleware: a CSV from the site opens in Excel with its Arabic intact.

Datasette serves CSV as ``text/plain`` (``text/csv`` only with ``_dl``) and without a byte order
mark, and Excel reads a CSV without one in the computer's legacy code page, which garbles Arabic.
Every successful ``.csv`` answer therefore starts with a UTF-8 BOM, says ``text/csv`` and is
offered as a file named after the table or query. (``qala export --csv`` adds the BOM only with
``--excel``: a file made on the command line usually goes to other programs.)
"""

from __future__ import annotations

import re
from typing import Any

BOM = "\ufeff".encode()

Message = dict[str, Any]


class ExcelCsv:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "http" or not scope["path"].endswith(".csv"):
            await self.app(scope, receive, send)
            return
        name = re.sub(r"[^\w.-]", "_", scope["path"].rsplit("/", 1)[-1], flags=re.ASCII) or "qala.csv"
        pending = False

        async def marked(message: Message) -> None:
            nonlocal pending
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"content-type", b"content-length", b"content-disposition")]
                headers += [(b"content-type", b"text/csv; charset=utf-8"),
                            (b"content-disposition", f'attachment; filename="{name}"'.encode())]
                message = {**message, "headers": headers}
                pending = True
            elif message["type"] == "http.response.body" and pending:
                message = {**message, "body": BOM + message.get("body", b"")}
                pending = False
            await send(message)

        await self.app(scope, receive, marked)
