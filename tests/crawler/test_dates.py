import pytest

from qala.crawler.dates import iso_date


@pytest.mark.parametrize(("given", "expected"), [
    ("2020-12-01T02:00:00+03:00", "2020-12-01T02:00:00+03:00"),
    ("2024-03-05", "2024-03-05"),
    ("2024-02-30", None),
    ("yesterday", None),
    ("2018-06-19T10:00:00Z", "2018-06-19T10:00:00+00:00"),
    ("Mon, 12 Mar 2018 10:00:00 GMT", "2018-03-12T10:00:00+00:00"),
    ("الأربعاء 3 يونيو 2020", "2020-06-03"),
    ("12 آذار 2019", "2019-03-12"),
    ("١٢ تشرين الأول ٢٠١٥", "2015-10-12"),
    ("not a date", None),
    ("", None),
    (None, None),
])
def test_iso_date(given, expected):
    assert iso_date(given) == expected
