"""Fuzz: random bytes, random markup and hostile text never crash the parser.

Every test here asserts the invariants of :func:`support.parse_or_error`: an Article
that serialises, validates and holds only http(s) URLs and clean text, or a
NewsparseError with a message. The network guard of tests/conftest.py fails any
input that makes the parser reach for a socket.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .strategies import hostile_text, html_documents, page_urls
from .support import fuzz, parse_or_error

pytestmark = pytest.mark.fuzz


@fuzz
@given(st.binary(max_size=8192))
def test_random_bytes(page: bytes) -> None:
    parse_or_error(page)


@fuzz
@given(st.sampled_from((b"<html><body>", b"<!DOCTYPE html>", b"\xef\xbb\xbf<p>", b"<", b"")), st.binary(max_size=8192))
def test_random_bytes_behind_an_html_start(start: bytes, rest: bytes) -> None:
    parse_or_error(start + rest)


@fuzz
@given(html_documents(), page_urls, st.sampled_from(("str", "bytes", "bytes-utf16")))
def test_random_markup(page: str, url: str | None, as_type: str) -> None:
    if as_type == "str":
        parse_or_error(page, url)
    elif as_type == "bytes":
        parse_or_error(page.encode("utf-8", errors="surrogatepass"), url)
    else:
        parse_or_error(b"\xff\xfe" + page.encode("utf-16-le", errors="surrogatepass"), url)


@fuzz
@given(st.lists(hostile_text, min_size=8, max_size=8), st.booleans())
def test_control_and_bidi_characters_in_every_text_place(texts: list[str], as_bytes: bool) -> None:
    title, h1, kicker, byline, date, caption, para, tag = (t.replace("<", "&lt;") for t in texts)
    page = (
        f'<html lang="{kicker}"><head><title>{title}</title><meta property="og:title" content="{h1}">'
        f'<meta name="author" content="{byline}"><meta property="article:tag" content="{tag}"></head><body>'
        f'<nav class="breadcrumb"><a href="/">{kicker}</a><a href="/s/">{tag}</a></nav>'
        f'<article><h1 class="entry-title">{kicker} : {h1}</h1><span class="byline"><a rel="author">{byline}</a></span>'
        f'<time datetime="{date}">{date}</time><figure><img src="/i.jpg"><figcaption>{caption}</figcaption></figure>'
        f'<div class="entry-content"><p>{para}</p><p>{para} {para}</p><p>{byline}</p></div>'
        f'<a rel="tag" href="/t/">{tag}</a><a rel="prev" href="/p/">{title}</a></article></body></html>'
    )
    parse_or_error(page.encode("utf-8", errors="surrogatepass") if as_bytes else page, "https://example.org/a")
