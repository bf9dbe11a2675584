"""Bad input gets an InputError that says what was received."""

from __future__ import annotations

import pytest

from newsparse import AdapterError, Document, InputError, NewsparseError, detect, parse


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (b"", "empty bytes"),
        (b"   \n\t ", "empty bytes"),
        ("", "empty string"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (b'{"headline": "json"}', "JSON"),
        (bytes(range(256)) * 4, "binary data"),
        (b"\x00" * 100 + b"<html>", "binary data"),
        (b"just some plain text without any markup at all", "plain text"),
        (12, "received a int"),
        (None, "received a NoneType"),
    ],
)
def test_bad_input_raises_input_error_naming_what_was_received(page: object, words: str) -> None:
    with pytest.raises(InputError, match=words) as info:
        parse(page)  # type: ignore[arg-type]
    assert isinstance(info.value, NewsparseError)


def test_size_limit_is_configurable() -> None:
    page = b"<p>" + b"x" * 2000 + b"</p>"
    with pytest.raises(InputError, match="more than the limit of 1,000"):
        parse(page, max_bytes=1000)
    assert parse(page, max_bytes=10_000).body


def test_url_must_be_http() -> None:
    with pytest.raises(InputError, match="url must be the http"):
        parse(b"<h1>x</h1>", url="file:///etc/passwd")


def test_url_bytes_that_were_not_utf8_are_percent_encoded() -> None:
    # A command-line argument holding the byte \xff reaches Python as U+DCFF (surrogateescape).
    article = parse(b"<h1>x</h1>", url="https://a.b/caf\udce9?q=\udcff")
    assert article.url == "https://a.b/caf%E9?q=%FF"
    article.to_json().encode("utf-8")


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_url_holding_a_lone_surrogate_is_refused(surrogate: str) -> None:
    with pytest.raises(InputError, match=f"url holds the lone surrogate U\\+{ord(surrogate):04X}"):
        parse(b"<h1>x</h1>", url=f"https://a.b/{surrogate}")


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"charset": 5}, InputError, "charset must be the name of the page's encoding as a str"),
        ({"charset": b"utf-8"}, InputError, "charset must be"),
        ({"max_bytes": None}, InputError, "max_bytes must be a positive int"),
        ({"max_bytes": "10"}, InputError, "max_bytes must be a positive int"),
        ({"max_bytes": 0}, InputError, "max_bytes must be a positive int"),
        ({"max_bytes": True}, InputError, "max_bytes must be a positive int"),
        ({"registry": 5}, AdapterError, "registry must be a newsparse.Registry"),
        ({"url": 5}, InputError, "url must be the http"),
    ],
)
def test_bad_arguments_raise_a_newsparse_error_naming_them(
    kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        parse(b"<h1>x</h1>", **kwargs)  # type: ignore[arg-type]
    if "max_bytes" not in kwargs:
        with pytest.raises(error, match=words):
            detect(b"<h1>x</h1>", **kwargs)  # type: ignore[arg-type]


def test_a_good_max_bytes_still_works() -> None:
    assert parse(b"<h1>x</h1>", max_bytes=10).headline == "x"


@pytest.mark.parametrize("url", ["garbage", "file:///etc/passwd", "https://", "/relative/path", 5])
def test_document_from_page_checks_the_url_as_parse_does(url: object) -> None:
    with pytest.raises(InputError, match="url must be the http"):
        Document.from_page(b"<h1>x</h1>", url)  # type: ignore[arg-type]


def test_document_from_page_cleans_the_url_as_parse_does() -> None:
    assert Document.from_page(b"<h1>x</h1>", "https://a.b/x y\x00\udcff").url == "https://a.b/x%20y%FF"


@pytest.mark.parametrize("url", ["garbage", "file:///etc/passwd", "https://", "/relative/path", 5, b"https://a.b/x"])
def test_detect_checks_the_url_given_with_a_built_document_as_with_bytes(url: object) -> None:
    doc = Document.from_page(b"<h1>x</h1>")
    for page in (doc, b"<h1>x</h1>"):
        with pytest.raises(InputError, match="url must be the http"):
            detect(page, url)  # type: ignore[arg-type]


def test_detect_matches_url_rules_on_the_cleaned_url_as_parse_does() -> None:
    from newsparse import Adapter, Registry, Text, UrlRule

    class Site(Adapter):
        name = "test-site"
        url_rules = (UrlRule(domain="site.example"),)
        title = Text("h1")

    registry = Registry([Site])
    url = "https://site.example\x00/story"  # a control character, which parse drops
    article = parse(b"<h1>x</h1>", url, registry=registry)
    assert article.url == "https://site.example/story" and {p.adapter for p in article.provenance} == {"test-site"}
    doc = Document.from_page(b"<h1>x</h1>", url)
    for page in (doc, b"<h1>x</h1>"):
        found = detect(page, url, registry=registry)
        assert (found.adapter, found.by) == (Site, "url")
