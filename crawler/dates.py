"""Publication dates to ISO 8601, whatever form a feed, page or archive gives them in."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from qala.extractor.normalize import fold

# Arabic month names, both the Egyptian/Gulf forms and the Levantine ones (dateparser misses the latter)
MONTHS = {fold(name): n for n, names in enumerate([
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "إبريل", "نيسان"),
    ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"), ("أغسطس", "آب"),
    ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول"),
], start=1) for name in names}
ARABIC_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
                         + r")\s+(\d{4})")


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(value: str | None) -> str | None:
    """``value`` as ISO 8601: a date alone as YYYY-MM-DD, a moment with its time zone when it has
    one; None when it cannot be read as a date (the store keeps moments in UTC, see
    :func:`qala.db.store.utc_iso`)."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if ISO_DAY.match(text):
        try:
            return datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()  # RSS: Mon, 12 Mar 2018 10:00:00 GMT
    except (TypeError, ValueError, IndexError):
        pass
    match = ARABIC_DATE.search(fold(text))
    if match:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
        try:
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            return None
    return None


def _moment(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def newer(changed: str | None, stored_at: str) -> bool:
    """Does a feed's or sitemap's date say the article changed after it was stored?"""
    when = iso_date(changed)
    a, b = (_moment(when) if when else None), _moment(stored_at)
    return a is not None and b is not None and a > b
