"""Hypothesis strategies for :class:`~newsparse.Article` values with real newsroom text.

``articles()`` draws valid Articles in French, English, German, Spanish and Arabic:
French typography (``« »``, ``’``, a space before ``:``, which a rendered page sets as a
non-breaking space), right-to-left Arabic text and Arabic-Indic digits in counters,
capitalised kickers, colons in titles (``DGB: …``, ``Emmanuel Macron : « … »``),
initials and agency bylines (``R. I.``, ``APS``), zero comments, missing neighbours,
relative-free dates with and without offsets, and every optional field missing.

Each Article is one a careful reader could have written down from a page, so it obeys
FIELDS.md's rules: a kicker is capitalised and a headline never looks like
``KICKER : headline``; the section is the last crumb of the breadcrumb when there is
one; the last paragraph is not a sign-off; tags are distinct; no paragraph is printed
twice and no long block repeats the one before it; bodies have at least two paragraphs of real
length, as articles do.

Needs Hypothesis (``pip install 'newsparse[testing]'``); nothing else in newsparse
imports it.

.. code-block:: python

    from hypothesis import given
    from newsparse.testing.strategies import articles

    @given(articles())
    def test_cards_show_the_headline(article):
        assert article.headline in make_card(article)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from typing import Any, TypeVar
from urllib.parse import quote

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised in a venv without the extra
    from newsparse.errors import missing_extra

    raise missing_extra("newsparse.testing.strategies", "hypothesis", "testing") from None

from newsparse.article import Article, Block, Byline, Crumb, Day, Image, Link, Neighbors
from newsparse.content import REPEATABLE_CHARS
from newsparse.extract import signoff_byline, split_kicker
from newsparse.testing import words
from newsparse.testing.markup import slug
from newsparse.testing.words import TONGUES, Tongue, tongue_of

__all__ = ["LANGUAGE_TAGS", "articles", "bodies", "bylines", "headlines"]

T = TypeVar("T")

#: The language tags articles are drawn with (``None``, no language, is drawn too).
LANGUAGE_TAGS: tuple[str, ...] = (
    "fr",
    "fr-FR",
    "fr-DZ",
    "en",
    "en-GB",
    "de-DE",
    "es",
    "es-CR",
    "ar",
    "ar-DZ",
)

_OFFSETS = tuple(timezone(timedelta(minutes=m)) for m in (60, 0, 120, -300, 330, -180, 60 * 3, -240, 600, 545))


class _DrawPick:
    """:class:`~newsparse.testing.words.Pick` that draws from Hypothesis (so examples shrink)."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def one(self, items: Sequence[T]) -> T:
        return self.draw(st.sampled_from(items))

    def number(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def chance(self, percent: int) -> bool:
        # Shrinks towards "no": minimal failing examples leave optional fields out.
        return self.draw(st.integers(0, 99)) >= 100 - percent


def _tongue(draw: st.DrawFn, language: str | None) -> Tongue:
    if language is not None:
        return tongue_of(language)
    return draw(st.sampled_from(list(TONGUES.values())))


# --------------------------------------------------------------------------- parts


def _headline(pick: _DrawPick, tongue: Tongue) -> str:
    text = words.headline(pick, tongue)
    assume(split_kicker(text) == (None, text))  # a headline never reads as KICKER : headline
    return text


def _body(pick: _DrawPick, tongue: Tongue) -> tuple[Block, ...]:
    blocks = [Block(text=words.paragraph(pick, tongue)), Block(text=words.paragraph(pick, tongue))]
    while sum(len(b.text) for b in blocks) < 200:
        blocks.append(Block(text=words.paragraph(pick, tongue)))
    for _ in range(pick.number(0, 6)):
        kind = pick.one(("paragraph", "paragraph", "heading", "list_item", "quote", "preformatted"))
        if kind == "heading":
            blocks.append(Block(kind="heading", text=words.phrase(pick, tongue)))
        elif kind == "list_item":
            blocks.extend(Block(kind="list_item", text=words.phrase(pick, tongue)) for _ in range(pick.number(2, 4)))
        elif kind == "quote":
            blocks.append(Block(kind="quote", text=words.quotation(pick, tongue)))
        elif kind == "preformatted":
            blocks.append(Block(kind="preformatted", text=words.sentence(pick, tongue)))
        else:
            blocks.append(Block(text=words.paragraph(pick, tongue)))
    # A heading heads text: one that would end the body gets a paragraph after it (the
    # generic adapter leaves out headings that end a page's text, as widgets' titles).
    if blocks[-1].kind == "heading":
        blocks.append(Block(text=words.paragraph(pick, tongue)))
    # A last paragraph that is only a sign-off (R. I., APS) is the byline, not the body.
    assume(blocks[-1].kind != "paragraph" or signoff_byline(blocks[-1].text) is None)
    # An article does not print a paragraph twice: a page that does prints a copy of its
    # text, which the generic adapter leaves out.
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    assume(len(set(paragraphs)) == len(paragraphs))
    # Nor a long block right after itself (two equal preformatted lines): a page that does
    # says a passage again (a dek printed twice), which is read once. Short ones repeat
    # (two list items that say "Yes").
    assume(all(a.text != b.text or len(b.text) < REPEATABLE_CHARS for a, b in pairwise(blocks)))
    return tuple(blocks)


def _byline(pick: _DrawPick, tongue: Tongue) -> Byline:
    authors: list[str] = []
    for _ in range(pick.number(1, 3)):
        name = words.person(pick, tongue)
        if name not in authors:
            authors.append(name)
    text = words.credit_line(tongue, authors)
    assume(len(text) <= 70)
    return Byline(text=text, authors=tuple(authors))


def _day(draw: st.DrawFn, pick: _DrawPick) -> Day:
    moment = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)))
    moment = moment.replace(microsecond=0)
    roll = pick.number(0, 9)
    if roll < 6:
        return moment.replace(tzinfo=pick.one(_OFFSETS))
    if roll < 8:
        return moment
    return moment.date()


def _later(pick: _DrawPick, day: Day) -> Day:
    if isinstance(day, datetime):
        return day + timedelta(minutes=pick.number(1, 20000))
    return day + timedelta(days=pick.number(0, 30))


# --------------------------------------------------------------------------- strategies


@st.composite
def headlines(draw: st.DrawFn, language: str | None = None) -> str:
    """A headline in ``language`` (any language when None)."""
    return _headline(_DrawPick(draw), _tongue(draw, language))


@st.composite
def bodies(draw: st.DrawFn, language: str | None = None) -> tuple[Block, ...]:
    """An article body: two or more paragraphs, then headings, lists, quotes, more paragraphs."""
    return _body(_DrawPick(draw), _tongue(draw, language))


@st.composite
def bylines(draw: st.DrawFn, language: str | None = None) -> Byline:
    """A byline of one to three names, initials or agencies, joined as the language joins them."""
    return _byline(_DrawPick(draw), _tongue(draw, language))


def articles(*, languages: Sequence[str] | None = None) -> st.SearchStrategy[Article]:
    """Valid Articles with newsroom text; ``languages`` restricts the language tags drawn.

    Every optional field is sometimes missing. With ``languages`` given, every Article
    has one of those tags; otherwise some have no language at all.
    """
    tags = tuple(languages) if languages else None
    if tags is not None:
        for tag in tags:
            if tag.split("-")[0].lower() not in TONGUES:
                from newsparse.errors import DataError

                known = ", ".join(sorted(TONGUES))
                raise DataError(f"no newsroom text for the language {tag!r}; languages with text: {known}")
    return _articles(tags)


@st.composite
def _articles(draw: st.DrawFn, tags: tuple[str, ...] | None) -> Article:
    pick = _DrawPick(draw)
    language = pick.one(tags) if tags is not None else None if pick.chance(10) else pick.one(LANGUAGE_TAGS)
    tongue = _tongue(draw, language)
    site, host = pick.one(tongue.sites)
    home = f"https://{host}/"
    values: dict[str, Any] = {"language": language}
    values["site_name"] = None if pick.chance(15) else site

    headline = _headline(pick, tongue)
    values["headline"] = headline
    if pick.chance(35):
        kicker = words.kicker(pick, tongue)
        assume(split_kicker(f"{kicker} : {headline}") == (kicker, headline))
        values["kicker"] = kicker
    if pick.chance(40):
        values["subheadline"] = words.sentence(pick, tongue)

    section: str | None = None
    if pick.chance(70):
        trail = [Crumb(label=tongue.home, url=home)]
        for _ in range(pick.number(0, 2)):
            label = pick.one(tongue.sections)
            if all(c.label != label for c in trail):
                trail.append(Crumb(label=label, url=f"{home}category/{slug(label, 'rubrique')}/"))
        if len(trail) > 1 and pick.chance(15):
            trail[-1] = Crumb(label=trail[-1].label)  # the section shown without a link
        values["breadcrumb"] = tuple(trail)
        # FIELDS.md: the section is the category the breadcrumb shows.
        section = trail[-1].label if len(trail) > 1 else None
    if section is None and pick.chance(60):
        section = pick.one(tongue.sections)
    values["section"] = section

    values["body"] = _body(pick, tongue)
    if pick.chance(75):
        values["byline"] = _byline(pick, tongue)

    published = _day(draw, pick) if pick.chance(85) else None
    values["published"] = published
    if pick.chance(40):
        values["modified"] = _later(pick, published) if published is not None else _day(draw, pick)

    roll = pick.number(0, 99)
    values["comment_count"] = None if roll < 35 else 0 if roll < 60 else pick.number(1, 2000)

    def neighbour() -> Link:
        title = None if pick.chance(10) else _headline(pick, tongue)
        return Link(title=title, url=f"{home}{slug(title or 'article', 'article')}-{pick.number(1000, 99999)}/")

    values["neighbors"] = Neighbors(
        previous=neighbour() if pick.chance(70) else None, next=neighbour() if pick.chance(60) else None
    )

    labels: list[str] = []
    for _ in range(pick.number(0, 5)):
        tag = pick.one(tongue.tags)
        if tag not in labels:
            labels.append(tag)
    values["tags"] = tuple(labels)

    stamp = published if published is not None else date(2025, 11, 12)
    words_slug = slug(headline, "") or quote("-".join(headline.split(" ")[:6]))
    if pick.chance(60):
        values["lead_image"] = Image(
            url=f"{home}wp-content/uploads/{stamp.year}/{stamp.month:02d}/{words_slug[:40]}.jpg",
            caption=words.caption(pick, tongue) if pick.chance(70) else None,
            credit=words.person(pick, tongue) if pick.chance(60) else None,
        )

    path = pick.one(
        (
            f"{stamp.year}/{stamp.month:02d}/{stamp.day:02d}/{words_slug}/",
            f"{slug(section or 'news', 'news')}/{words_slug}-{pick.number(100000, 999999)}.html",
            f"?p={pick.number(1000, 999999)}",
        )
    )
    canonical = f"{home}{path}"
    tracking = ("&" if "?" in canonical else "?") + "utm_source=newsletter&utm_medium=email"
    values["url"] = canonical + (tracking if pick.chance(15) else "")
    values["canonical_url"] = None if pick.chance(15) else canonical
    return Article(**values)
