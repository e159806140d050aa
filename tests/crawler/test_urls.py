import pytest

from qala.crawler.urls import canonical


@pytest.mark.parametrize(("url", "expected"), [
    ("https://Example.org/news/1/?utm_source=x&id=3#top", "https://example.org/news/1?id=3"),
    ("https://example.org/news/1/amp", "https://example.org/news/1"),
    ("https://example.org/amp/news/1", "https://example.org/news/1"),
    ("http://example.org:80/a/", "http://example.org/a"),
    ("https://example.org/", "https://example.org/"),
])
def test_canonical(url, expected):
    assert canonical(url) == expected
