"""The generic adapter on the founding example, before any theme adapter is involved."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsparse import Article, parse
from newsparse.adapters.generic import GenericAdapter

from .conftest import expected, page_bytes


@pytest.mark.parametrize("name", ["seed/seed-classic.html", "seed/seed-composer.html"])
def test_generic_adapter_reads_the_core_fields_of_the_seed(name: str) -> None:
    want = Article.from_dict(expected(name))
    got = parse(page_bytes(name), want.url, adapter=GenericAdapter)
    assert got.headline == want.headline
    assert got.body == want.body
    assert got.language == want.language
    assert got.canonical_url == want.canonical_url
    assert got.published == want.published
    assert got.section == want.section
    assert got.comment_count == want.comment_count


def test_generic_adapter_takes_the_h1_that_agrees_with_structured_data() -> None:
    page = """<head><meta property="og:title" content="The real story - Site"></head>
    <body><h1>Site logo</h1><article><h1>The real story</h1><p>Text of the story, long enough.</p></article></body>"""
    assert parse(page).headline == "The real story"


def test_generic_adapter_does_not_invent_an_author() -> None:
    page = (
        "<h1>T</h1><div class='byline'>Posted by admin</div><article><p>Some text here that is the body.</p></article>"
    )
    assert parse(page).byline is None


def test_generic_adapter_reads_rel_prev_next_but_not_pagination() -> None:
    page = """<h1>T</h1><article><p>Body text of the article that is long enough.</p></article>
    <div class="pagination"><a rel="next" href="/page/2">2</a></div>
    <nav class="post-navigation"><a rel="prev" href="/older">Older story</a><a rel="next" href="/newer">Newer story</a></nav>"""
    a = parse(page, "https://news.example/story")
    assert a.neighbors.previous is not None and a.neighbors.previous.title == "Older story"
    assert a.neighbors.next is not None and a.neighbors.next.url == "https://news.example/newer"


def test_generic_adapter_does_not_take_wordpress_category_links_as_tags() -> None:
    page = """<h1>T</h1><a href="/category/monde/" rel="category tag">MONDE</a>
    <article><p>Body text of the article that is long enough to be the body.</p></article>
    <ul class="post-tags"><li><a href="/tag/syrie/" rel="tag">Syrie</a></li></ul>"""
    a = parse(page, "https://news.example/story")
    assert a.tags == ("Syrie",)


def test_generic_adapter_does_not_take_the_modified_time_as_the_published_date() -> None:
    # Found by the schema.org round trip: a page that shows only "Updated <time>" had it
    # read as the publication date.
    page = """<h1>T</h1><article><header><p>Updated <time class="updated" datetime="2024-05-02T10:00:00+02:00">
    2 May</time></p></header><p>Body text of the article that is long enough to be the body.</p></article>"""
    assert parse(page).published is None
    unedited = """<h1>T</h1><article><header><time class="entry-date published updated"
    datetime="2024-05-01T08:00:00+02:00">1 May</time></header><p>Body text long enough to be a body.</p></article>"""
    assert parse(unedited).published == datetime(2024, 5, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
