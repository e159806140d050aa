"""Publication dates as Qala stores them: one time zone (UTC) for every outlet."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_iso(value: str | None) -> str | None:
    """A publication date as Qala stores it, one time zone for all: a moment in UTC
    (``2020-11-30T23:00:00+00:00``; a moment without a zone is taken as UTC), a date alone as
    ``YYYY-MM-DD``; None for anything that is not ISO 8601."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text).date().isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="seconds")
