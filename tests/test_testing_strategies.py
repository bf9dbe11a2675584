"""newsparse.testing.strategies: valid Articles with the text real newsrooms produce."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

from newsparse import Article, DataError
from newsparse.extract import signoff_byline, split_kicker
from newsparse.testing.strategies import articles, bodies, bylines, headlines

ARABIC = re.compile(r"[\u0600-\u06ff]")
INITIALS = re.compile(r"^(?:\w\. ?){1,3}$")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_articles_are_valid_and_serialise(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_articles_follow_the_fields_contract(article: Article) -> None:
    assert article.url is not None and article.headline is not None
    # A headline never reads as "KICKER : headline"; a kicker splits off its title.
    assert split_kicker(article.headline) == (None, article.headline)
    if article.kicker:
        assert split_kicker(f"{article.kicker} : {article.headline}") == (article.kicker, article.headline)
    # The section is the category the breadcrumb shows.
    if len(article.breadcrumb) > 1:
        assert article.section == article.breadcrumb[-1].label
    assert len(set(article.tags)) == len(article.tags)
    last = article.body[-1]
    assert last.kind != "paragraph" or signoff_byline(last.text) is None
    assert [b.kind for b in article.body[:2]] == ["paragraph", "paragraph"]


def found(predicate: Callable[[Article], bool]) -> Article:
    """An article the strategy draws that satisfies ``predicate`` (deterministic search)."""
    # No shrinking: the first article found will do, and shrinking these is slow.
    search = settings(database=None, derandomize=True, max_examples=3000, phases=[Phase.generate])
    return find(articles(), predicate, settings=search)


@pytest.mark.parametrize(
    ("what", "predicate"),
    [
        (
            "French typography: « », ’ and a space before the colon",
            lambda a: (a.language or "").startswith("fr") and any("« " in b.text and " : " in b.text for b in a.body),
        ),
        ("an apostrophe ’ in a French headline", lambda a: (a.language or "").startswith("fr") and "’" in a.headline),
        ("Arabic text", lambda a: (a.language or "").startswith("ar") and bool(ARABIC.search(a.headline or ""))),
        ("a capitalised kicker", lambda a: a.kicker is not None and a.kicker.upper() == a.kicker),
        ("a colon in a title with no kicker", lambda a: a.kicker is None and ":" in (a.headline or "")),
        (
            "an initials byline",
            lambda a: a.byline is not None and any(INITIALS.match(name) for name in a.byline.authors),
        ),
        ("an agency byline", lambda a: a.byline is not None and "AFP" in a.byline.authors),
        ("zero comments", lambda a: a.comment_count == 0),
        ("no neighbours", lambda a: not a.neighbors),
        (
            "a neighbour without a title",
            lambda a: a.neighbors.previous is not None and a.neighbors.previous.title is None,
        ),
        ("no language", lambda a: a.language is None),
        ("a plain date", lambda a: a.published is not None and not hasattr(a.published, "hour")),
        ("a list in the body", lambda a: any(b.kind == "list_item" for b in a.body)),
        (
            "a lead image with caption and credit",
            lambda a: bool(a.lead_image and a.lead_image.caption and a.lead_image.credit),
        ),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_articles_include_what_newsrooms_publish(what: str, predicate: Callable[[Article], bool]) -> None:
    assert predicate(found(predicate)), what


@settings(max_examples=40, deadline=None)
@given(articles(languages=["ar-DZ"]))
def test_languages_restricts_the_tags_drawn(article: Article) -> None:
    assert article.language == "ar-DZ"
    assert ARABIC.search(article.headline or "")


def test_a_language_without_text_is_refused() -> None:
    with pytest.raises(DataError, match="no newsroom text for the language 'tlh'"):
        articles(languages=["tlh"])


@settings(max_examples=30, deadline=None)
@given(headlines("de"), bodies("es"), bylines("fr"))
def test_the_part_strategies_draw_in_their_language(headline: str, body: tuple[object, ...], byline: object) -> None:
    assert headline and len(body) >= 2 and byline is not None
