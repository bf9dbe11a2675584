"""Fuzz: broken structured data, absurd comment counts and hostile URLs."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .strategies import comment_texts, hostile_urls, json_ld_blocks, page_urls
from .support import fuzz, parse_or_error

pytestmark = pytest.mark.fuzz

PAGE = (
    "<html><head><title>Title</title>{head}</head><body><article><h1>Headline</h1>"
    '<div class="entry-content"><p>{para}</p><p>{para}</p></div>{body}</article></body></html>'
)
PARA = "A paragraph long enough to look like article text to the generic adapter's heuristics."


def _escape_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@fuzz
@given(st.lists(json_ld_blocks(), min_size=1, max_size=3), page_urls)
def test_json_ld_of_wrong_types_huge_numbers_deep_nesting_and_id_cycles(blocks: list[str], url: str | None) -> None:
    head = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    parse_or_error(PAGE.format(head=head, para=PARA, body=""), url)


@fuzz
@given(st.lists(comment_texts, min_size=1, max_size=4), st.sampled_from(("1e400", "-3", "1e999", '"-3"', "9" * 30)))
def test_comment_counts_that_are_no_counts(texts: list[str], ld_count: str) -> None:
    counters = "".join(
        f'<span class="{cls}">{text.replace("<", "&lt;")}</span>'
        for cls, text in zip(
            ("comment-count", "comments-link", "td-post-comments", "comments-count"), texts, strict=False
        )
    )
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "commentCount": {ld_count}}}</script>'
    article = parse_or_error(PAGE.format(head=head, para=PARA, body=counters))
    if article is not None and article.comment_count is not None:
        assert 0 <= article.comment_count < 10**9


@fuzz
@given(st.lists(hostile_urls, min_size=12, max_size=12), st.one_of(st.none(), hostile_urls), page_urls)
def test_javascript_data_protocol_relative_and_malformed_urls(
    urls: list[str], base: str | None, url: str | None
) -> None:
    u = [_escape_attr(x) for x in urls]
    head = (
        (f'<base href="{_escape_attr(base)}">' if base is not None else "")
        + f'<link rel="canonical" href="{u[0]}"><meta property="og:url" content="{u[1]}">'
        + f'<meta property="og:image" content="{u[2]}">'
        + '<script type="application/ld+json">'
        + json.dumps(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": urls[3]},
                    {"@type": "ListItem", "position": 2, "name": "Section", "item": {"@id": urls[4]}},
                ],
            }
        ).replace("</", "<\\/")
        + "</script>"
    )
    body = (
        f'<nav class="breadcrumb"><a href="{u[5]}">Home</a><a href="{u[6]}">World</a></nav>'
        f'<figure><img src="{u[7]}" data-src="{u[8]}"><figcaption>Caption</figcaption></figure>'
        f'<a rel="prev" href="{u[9]}">Older</a><a rel="next" href="{u[10]}">Newer</a>'
        f'<a rel="tag" href="{u[11]}">Tag</a>'
    )
    parse_or_error(PAGE.format(head=head, para=PARA, body=body), url)


@fuzz
@given(
    st.sampled_from(("https://elsewhere.example/", "http://cdn.example.net/deep/path/", "//other.example/x/")),
    st.sampled_from(("/a.html", "b.html", "../c.html", "?d=1", "//e.example/f")),
    page_urls,
)
def test_base_href_pointing_elsewhere_is_where_links_resolve(base: str, href: str, url: str | None) -> None:
    from urllib.parse import urljoin

    body = f'<a rel="prev" href="{href}">Older</a>'
    article = parse_or_error(PAGE.format(head=f'<base href="{base}">', para=PARA, body=body), url)
    assert article is not None
    absolute_base = urljoin(url, base) if url else base
    expected = urljoin(absolute_base, href) if absolute_base.startswith("http") else None
    got = article.neighbors.previous.url if article.neighbors.previous else None
    assert got == expected
