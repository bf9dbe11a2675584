"""The Article model: validation, equality, serialisation, round trips and the schema."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import cast

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import (
    Article,
    Block,
    Byline,
    Crumb,
    DataError,
    Image,
    Link,
    Neighbors,
    Problem,
    Provenance,
    json_schema,
)
from newsparse.article import CONTENT_FIELDS
from newsparse.extract import clean_text

from .conftest import expected

# ----------------------------------------------------------------------------- strategies

texts = st.text(min_size=1, max_size=40).map(clean_text).filter(lambda t: t is not None)
urls = st.builds(
    lambda host, path: f"https://{host}.example/{path}",
    st.from_regex(r"[a-z]{1,10}", fullmatch=True),
    st.from_regex(r"[a-z0-9/_-]{0,20}", fullmatch=True),
)
aware = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=-3, minutes=-30))]),
).map(lambda d: d.replace(microsecond=0))
days = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1)), aware)
links = st.builds(Link, title=st.none() | texts, url=urls)
articles = st.builds(
    Article,
    url=st.none() | urls,
    canonical_url=st.none() | urls,
    language=st.none() | st.sampled_from(["fr", "de-DE", "ar", "en-US"]),
    site_name=st.none() | texts,
    breadcrumb=st.lists(st.builds(Crumb, label=texts, url=st.none() | urls), max_size=4).map(tuple),
    kicker=st.none() | texts,
    headline=st.none() | texts,
    subheadline=st.none() | texts,
    body=st.lists(
        st.builds(
            Block, kind=st.sampled_from(["paragraph", "heading", "quote", "list_item", "preformatted"]), text=texts
        ),
        max_size=6,
    ).map(tuple),
    byline=st.none() | st.builds(Byline, text=texts, authors=st.lists(texts, max_size=3).map(tuple)),
    published=days,
    modified=days,
    comment_count=st.none() | st.integers(min_value=0, max_value=10**6),
    neighbors=st.builds(Neighbors, previous=st.none() | links, next=st.none() | links),
    section=st.none() | texts,
    tags=st.lists(texts, max_size=4).map(tuple),
    lead_image=st.none() | st.builds(Image, url=urls, caption=st.none() | texts, credit=st.none() | texts),
)


@settings(max_examples=300)
@given(articles)
def test_round_trip_through_dict_and_json(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


@settings(max_examples=100)
@given(articles)
def test_to_dict_matches_the_json_schema(article: Article) -> None:
    jsonschema.validate(article.to_dict(), json_schema())


def test_reference_annotation_loads_and_dumps_identically() -> None:
    data = expected("seed/seed-classic.html")
    article = Article.from_dict(data)
    assert article.kicker == "LE PORTE-PAROLE DU KREMLIN L’A AFFIRME"
    assert article.published == datetime(2025, 11, 12, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert article.to_dict(meta=False) == data


def test_keys_keep_the_fields_md_order() -> None:
    keys = list(Article(headline="x").to_dict())
    assert keys[:6] == ["url", "canonical_url", "language", "site_name", "breadcrumb", "kicker"]
    assert keys[-2:] == ["provenance", "problems"]


def test_plain_dates_stay_dates() -> None:
    article = Article(published=date(2023, 10, 27))
    assert article.to_dict()["published"] == "2023-10-27"
    assert Article.from_dict(article.to_dict()).published == date(2023, 10, 27)


def test_provenance_and_problems_do_not_change_equality_or_hash() -> None:
    a = Article(headline="Same", provenance=[Provenance(field="headline", adapter="one", source="markup")])
    b = Article(headline="Same", problems=[Problem(field="body", message="nothing found")])
    assert a == b
    assert hash(a) == hash(b)
    assert a.source_of("headline") == Provenance(field="headline", adapter="one", source="markup")
    assert b.source_of("headline") is None


def test_articles_are_frozen_and_keyword_only() -> None:
    article = Article(headline="x")
    with pytest.raises(AttributeError):
        article.headline = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block("paragraph", "text")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"headline": ""}, "must not be empty"),
        ({"headline": " padded "}, "whitespace-normalised"),
        ({"headline": "two  spaces"}, "whitespace-normalised"),
        ({"headline": "nbsp\u00a0inside"}, "whitespace-normalised"),
        ({"comment_count": -1}, "must not be negative"),
        ({"comment_count": True}, "must be an int"),
        ({"canonical_url": "javascript:alert(1)"}, r"http\(s\) URL"),
        ({"published": "2023-10-27"}, "must be a datetime"),
    ],
)
def test_validators_refuse_bad_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        Article(**kwargs)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)  # what callers caught before it was a DataError
    assert caught.value.path == next(iter(kwargs))


@pytest.mark.parametrize(
    ("kwargs", "path", "message"),
    [
        ({"tags": "politics"}, "tags", "must be a tuple \\(or a list\\), not str"),
        ({"tags": 5}, "tags", "not int"),
        ({"tags": ["ok", " padded"]}, "tags[1]", "non-empty normalised string"),
        ({"body": [Block(kind="paragraph", text="a"), "b"]}, "body[1]", "must be a Block, not str"),
        ({"byline": Byline(text="A", authors=("A",))}, None, None),
    ],
)
def test_collections_are_checked_by_name(kwargs: dict[str, object], path: str | None, message: str | None) -> None:
    if path is None:
        assert Article(**kwargs).byline == kwargs["byline"]  # type: ignore[arg-type]
        return
    with pytest.raises(DataError, match=message) as caught:
        Article(**kwargs)  # type: ignore[arg-type]
    assert caught.value.path == path


@pytest.mark.parametrize(
    ("make", "path", "message"),
    [
        (lambda: Article(byline="Jane"), "byline", "must be a Byline or None, not str"),  # type: ignore[arg-type]
        (lambda: Article(lead_image="/a.jpg"), "lead_image", "must be an Image or None"),  # type: ignore[arg-type]
        (lambda: Article(neighbors=None), "neighbors", "must be a Neighbors, not NoneType"),  # type: ignore[arg-type]
        (lambda: Neighbors(previous="/a/"), "previous", "must be a Link or None"),  # type: ignore[arg-type]
    ],
)
def test_parts_of_the_wrong_type_raise_data_errors(make: object, path: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        make()  # type: ignore[operator]
    assert caught.value.path == path


def test_evolve_and_parts_raise_data_errors() -> None:
    article = Article(headline="Title", tags=["a", "b"])
    assert article.tags == ("a", "b")  # a list is taken as a tuple
    with pytest.raises(DataError, match=r"^headline must not be empty"):
        attrs.evolve(article, headline="")
    with pytest.raises(DataError, match=r"authors\[0\]"):
        Byline(text="A", authors=("",))
    with pytest.raises(DataError, match="url must be an absolute http"):
        Link(title="x", url="/relative")


def test_block_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="paragraph, heading"):
        Block(kind="caption", text="x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"body": [{"kind": "paragraph", "text": "ok"}, {"kind": "caption", "text": "x"}]}, "body[1]"),
        ({"body": [{"kind": "paragraph", "text": 3}]}, "body[0].text"),
        ({"breadcrumb": [{"label": "Home", "url": "ftp://x"}]}, "breadcrumb[0]"),
        ({"neighbors": {"previous": {"title": "t", "url": 5}, "next": None}}, "neighbors.previous.url"),
        ({"byline": {"text": "R. I.", "authors": ["R. I.", ""]}}, "byline.authors[1]"),
        ({"published": "yesterday"}, "published"),
        ({"comment_count": "3"}, "comment_count"),
        ({"tags": "a,b"}, "tags"),
    ],
)
def test_from_dict_names_the_path_of_a_bad_value(data: dict[str, object], path: str) -> None:
    with pytest.raises(DataError) as info:
        Article.from_dict(data)
    assert info.value.path.startswith(path), info.value.path
    assert str(info.value).startswith(path)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"headline": "a\x00b"}, "headline"),
        ({"headline": "a\u202eb"}, "headline"),
        ({"headline": "a\ud800b"}, "headline"),
        ({"kicker": "a\x85b"}, "kicker"),
        ({"tags": ["ok", "a\u2066b"]}, "tags[1]"),
        ({"body": [{"kind": "paragraph", "text": "a\x07b"}]}, "body[0].text"),
        ({"byline": {"text": "By A", "authors": ["A\x00"]}}, "byline.authors[0]"),
        ({"lead_image": {"url": "https://a.b/i.jpg", "caption": "a\udc80", "credit": None}}, "lead_image.caption"),
        ({"url": "https://"}, "url"),
        ({"url": "https://[::1"}, "url"),
        ({"canonical_url": "https://a.b/\x00"}, "canonical_url"),
        ({"url": "https://a.b/\u202e"}, "url"),
        ({"url": "https://a.b/\ud800"}, "url"),
        ({"breadcrumb": [{"label": "Home", "url": "http:///x"}]}, "breadcrumb[0].url"),
        ({"neighbors": {"previous": None, "next": {"title": None, "url": "https://[::1"}}}, "neighbors.next.url"),
    ],
)
def test_from_dict_refuses_what_an_article_never_holds(data: dict[str, object], path: str) -> None:
    # docs/input-policy.md: only absolute http(s) URLs with a host; no control, NUL,
    # bidi-override or surrogate character in any text.
    with pytest.raises(DataError) as info:
        Article.from_json(json.dumps(data))
    assert info.value.path == path, str(info.value)


@pytest.mark.parametrize(
    "kwargs",
    [{"headline": "a\x00b"}, {"site_name": "a\u202eb"}, {"url": "https://"}, {"tags": ("a\ud800",)}],
)
def test_the_model_refuses_what_an_article_never_holds(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"control|http"):
        Article(**kwargs)  # type: ignore[arg-type]


def test_from_dict_refuses_unknown_fields() -> None:
    with pytest.raises(DataError, match=r"unknown field.*headlines"):
        Article.from_dict({"headlines": "x"})


def test_from_json_reports_invalid_json() -> None:
    with pytest.raises(DataError, match="not valid JSON"):
        Article.from_json("{nope")


def test_repr_is_short_and_readable() -> None:
    article = Article(headline="Hello", body=[Block(text="a"), Block(text="b")], comment_count=0)
    assert repr(article) == "Article(headline='Hello', body=<2 blocks>, comment_count=0)"


def test_text_joins_blocks() -> None:
    assert Article(body=[Block(text="a"), Block(kind="heading", text="b")]).text == "a\n\nb"


def test_schema_is_valid_json_schema() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads(json.dumps(schema)) == schema


def test_other_whitespace_lists_every_isspace_character_but_the_space() -> None:
    from newsparse.article import OTHER_WHITESPACE

    every = {chr(c) for c in range(0x110000) if chr(c).isspace() and c != 32}
    assert set(OTHER_WHITESPACE) == every


@pytest.mark.parametrize(
    "text", ["a b", " a", "a ", "a  b", "a\u00a0b", "a\u200bb", "a\nb", "x\u3000y", "é’«»", "a\u2028b"]
)
def test_unnormalised_agrees_with_the_fields_rule(text: str) -> None:
    import re

    from newsparse.article import _unnormalised

    rule = re.compile(r"[^\S ]|  |^ | $|[\u200b\u200c\u200d\u2060\ufeff]")
    assert _unnormalised(text) is (rule.search(text) is not None)


def test_every_odd_space_is_unprintable() -> None:
    # _unnormalised skips its regex scan for printable text: that is only right while every
    # character the scan looks for is unprintable.
    from newsparse.article import OTHER_WHITESPACE, ZERO_WIDTH

    assert not [hex(ord(c)) for c in OTHER_WHITESPACE + ZERO_WIDTH if c.isprintable()]
    with pytest.raises(ValueError, match="whitespace-normalised"):
        Block(kind="paragraph", text="a\u00a0b")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (None, "expected JSON text"),
        (5, "expected JSON text"),
        ({"headline": "x"}, "use Article.from_dict"),
        ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
        ('{"headline": ' + "[" * 100_000 + "]" * 100_000 + "}", "nests too deeply"),
    ],
)
def test_from_json_of_what_is_no_json_text_raises_data_error(text: object, words: str) -> None:
    with pytest.raises(DataError, match=words):
        Article.from_json(text)  # type: ignore[arg-type]


def _deep(levels: int) -> list[object]:
    outer: list[object] = []
    inner = outer
    for _ in range(levels):
        inner.append([])
        inner = cast(list[object], inner[0])
    return outer


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({1: 2}, ""),
        ({"body": [{1: 2}]}, "body[0]"),
        ({"headline": _deep(100_000)}, "headline"),
        ({"provenance": {"headline": {"adapter": 5, "source": "meta"}}}, "provenance.headline.adapter"),
        ({"problems": [{"field": "headline", "message": None}]}, "problems[0].message"),
        ({"problems": [{1: 2}]}, "problems[0]"),
    ],
)
def test_from_dict_of_odd_data_raises_data_error(data: dict[object, object], path: str) -> None:
    with pytest.raises(DataError) as info:
        Article.from_dict(data)  # type: ignore[arg-type]
    assert info.value.path == path, str(info.value)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8) | st.integers(), children, max_size=3)
    ),
    max_leaves=12,
)
_KEYS = st.sampled_from([*CONTENT_FIELDS, "provenance", "problems", "kind", "text", "url"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, _JSONISH | st.dictionaries(_KEYS, _JSONISH, max_size=3), max_size=4))
def test_from_dict_raises_only_data_error(data: dict[str, object]) -> None:
    try:
        Article.from_dict(data)
    except DataError as exc:
        assert str(exc)


@pytest.mark.parametrize("name", ["headlin", "provenance", "problems", "", "text"])
def test_source_of_a_name_that_is_no_field_raises_data_error(name: str) -> None:
    article = Article(headline="x", provenance=(Provenance(field="headline", adapter="one", source="markup"),))
    with pytest.raises(
        DataError, match=r"no Article field has that name; pass one of url, canonical_url, .*, lead_image"
    ):
        article.source_of(name)
    assert article.source_of("headline") is not None
    assert article.source_of("kicker") is None
