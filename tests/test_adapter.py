"""The adapter base class: one-line inputs, computed once, lenient unless strict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lxml import html

from newsparse import Adapter, Attr, Byline, FieldError, Link, Neighbors, Node, Text, Texts, field, parse
from newsparse.adapters.base import BOILERPLATE, blocks_from
from newsparse.article import Source
from newsparse.document import Document

PAGE = """<html lang="de"><head>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-01T10:00:00+02:00","commentCount":7}</script>
</head><body>
<nav class="crumbs"><a href="/">Start</a> › <a href="/politik/">Politik</a> › <span>Die Schlagzeile</span></nav>
<h1 class="title">Die Schlagzeile</h1><p class="deck">Der Vorspann</p>
<span class="author">Von Max Muster</span><time class="date" datetime="2024-05-01T09:30:00+02:00">1. Mai</time>
<div class="text"><p>Erster Absatz.</p><figure><img src="/a.jpg"><figcaption>Bild | Foto: X</figcaption></figure>
<h2>Zwischentitel</h2><ul><li>Punkt eins</li><li>Punkt zwei</li></ul><blockquote><p>Ein Zitat.</p></blockquote>
<div class="share">Teilen</div><p>Letzter Absatz.</p></div>
<div class="tags"><a>Bahn</a><a>Mosel</a></div>
<a class="prev" href="/alt/">Ältere Meldung</a><a class="next" href="javascript:void(0)">Neuere</a>
</body></html>"""


class Site(Adapter):
    name = "test-site"
    title = Text("h1.title")
    subtitle = Text(".deck")
    content = Node(".text")
    author_text = Text(".author")
    date_text = Attr("time.date", "datetime")
    categories = Texts(".nothing")
    tag_texts = Texts(".tags a")
    previous_link = Node("a.prev")
    next_link = Node("a.next")

    @field
    def crumb_nodes(self) -> tuple[object, ...]:  # type: ignore[override]
        return tuple(self.doc.css(".crumbs a, .crumbs span"))


def test_a_table_of_selectors_gives_every_field() -> None:
    a = parse(PAGE, "https://zeitung.example/politik/schlagzeile/", adapter=Site)
    assert a.headline == "Die Schlagzeile" and a.kicker is None
    assert a.subheadline == "Der Vorspann"
    assert [(c.label, c.url) for c in a.breadcrumb] == [
        ("Start", "https://zeitung.example/"),
        ("Politik", "https://zeitung.example/politik/"),
    ]
    assert a.section == "Politik"
    assert a.byline == Byline(text="Max Muster", authors=("Max Muster",))
    assert a.published is not None and a.published.isoformat() == "2024-05-01T09:30:00+02:00"
    assert a.source_of("published").source == "markup"  # type: ignore[union-attr]
    assert a.comment_count == 7 and a.source_of("comment_count").source == "json-ld"  # type: ignore[union-attr]
    assert [(b.kind, b.text) for b in a.body] == [
        ("paragraph", "Erster Absatz."),
        ("heading", "Zwischentitel"),
        ("list_item", "Punkt eins"),
        ("list_item", "Punkt zwei"),
        ("quote", "Ein Zitat."),
        ("paragraph", "Letzter Absatz."),
    ]
    assert a.tags == ("Bahn", "Mosel")
    assert a.neighbors.previous is not None and a.neighbors.previous.url == "https://zeitung.example/alt/"
    assert a.neighbors.next is None  # a javascript: link is no link
    assert a.language == "de"


class Refined(Site):
    """A site that writes its deck in the title's second line: one line changes."""

    name = "test-site-refined"
    subtitle = Text(".nothing-here")


def test_a_refinement_changes_one_line() -> None:
    a = parse(PAGE, adapter=Refined)
    assert a.subheadline is None
    assert a.headline == "Die Schlagzeile"


class Broken(Site):
    name = "broken"

    @field
    def subtitle(self) -> str | None:  # type: ignore[override]
        raise ValueError("deck markup changed")


def test_a_failing_field_is_a_problem_not_an_exception() -> None:
    a = parse(PAGE, adapter=Broken)
    assert a.subheadline is None
    assert a.headline == "Die Schlagzeile"
    assert [(p.field, p.message) for p in a.problems] == [("subtitle", "ValueError: deck markup changed")]


def test_strict_parsing_raises_field_error_naming_field_and_adapter() -> None:
    with pytest.raises(FieldError, match="adapter 'broken' failed on field 'subtitle'") as info:
        parse(PAGE, adapter=Broken, strict=True)
    assert info.value.field == "subtitle" and info.value.adapter == "broken"


class Cyclic(Site):
    name = "cyclic"

    @field
    def subtitle(self) -> str | None:  # type: ignore[override]
        return self.headline  # type: ignore[no-any-return]

    @field
    def headline(self) -> str | None:  # type: ignore[override]
        return self.subheadline  # type: ignore[no-any-return]


def test_a_field_that_depends_on_itself_is_reported() -> None:
    with pytest.raises(FieldError, match="depends on itself"):
        parse(PAGE, adapter=Cyclic)


class Counting(Site):
    name = "counting"
    calls = 0

    @field
    def title(self) -> str | None:  # type: ignore[override]
        type(self).calls += 1
        return "Once"


def test_inputs_are_computed_once_per_page() -> None:
    Counting.calls = 0
    parse(PAGE, adapter=Counting)
    assert Counting.calls == 1


class Yielding(Site):
    name = "yielding"

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:  # type: ignore[override]
        yield None, "markup"
        yield "From meta", "meta"


def test_yielded_candidates_take_the_first_non_empty_and_its_source() -> None:
    a = parse(PAGE, adapter=Yielding)
    assert a.section == "From meta"
    assert a.source_of("section").source == "meta"  # type: ignore[union-attr]


def test_selectors_are_compiled_once_per_class() -> None:
    assert Site.title._compiled is Site.__dict__["title"]._compiled  # type: ignore[attr-defined]
    assert Site.__dict__["subtitle"]._compiled is Refined.__mro__[1].__dict__["subtitle"]._compiled


def test_supported_fields_come_from_the_declared_inputs() -> None:
    fields = Site.supported_fields()
    assert {"headline", "subheadline", "body", "byline", "published", "tags", "neighbors"} <= set(fields)
    assert "lead_image" not in fields


def test_signoff_paragraph_becomes_the_byline_only_without_author_element() -> None:
    page = "<h1>T</h1><div class='c'><p>Texte de l’article, assez long.</p><p>R. I.</p></div>"

    class Plain(Adapter):
        name = "plain"
        title = Text("h1")
        content = Node(".c")

    a = parse(page, adapter=Plain)
    assert a.byline == Byline(text="R. I.", authors=("R. I.",))
    assert [b.text for b in a.body] == ["Texte de l’article, assez long."]


def test_blocks_from_handles_loose_text_and_br() -> None:
    doc = Document.from_page(
        "<div id='c'>First line<br>same paragraph<br><br>Second <b>bold</b> one<p>Third</p>tail</div>"
    )
    blocks = blocks_from(doc.css_first("#c"))
    assert [b.text for b in blocks] == ["First line same paragraph", "Second bold one", "Third", "tail"]


def test_blocks_from_survives_deep_nesting() -> None:
    depth = 1500  # deeper than Python's recursion limit, within what libxml2 keeps
    doc = Document.from_page("<div id='c'>" + "<div>" * depth + "<p>deep</p>" + "</div>" * depth + "</div>")
    assert [b.text for b in blocks_from(doc.css_first("#c"))] == ["deep"]


def test_blocks_from_types_a_short_bold_line_as_a_heading_and_drops_ad_labels() -> None:
    content = html.fragment_fromstring(
        "<div><p>Erster Absatz.</p><p><strong>Hintergrund</strong></p><div><small>Anzeige</small></div>"
        "<p>- Anzeige -</p><p><strong>Ganz fett, aber ein Satz.</strong></p></div>"
    )
    blocks = blocks_from(content)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Erster Absatz."),
        ("heading", "Hintergrund"),
        ("paragraph", "Ganz fett, aber ein Satz."),
    ]


def test_blocks_from_skips_with_the_compiled_matcher_like_the_xpath_did() -> None:
    content = html.fragment_fromstring(
        "<div><p>Text.</p><div class='share-buttons'><p>Share</p></div><aside><p>Aside</p></aside>"
        "<div style='display:none'><p>Hidden</p></div><div class='x'><p class='keep'>Kept.</p></div></div>"
    )
    assert [b.text for b in blocks_from(content, BOILERPLATE)] == ["Text.", "Kept."]
    assert [b.text for b in blocks_from(content, "div.x p")] == ["Text.", "Share", "Aside", "Hidden"]


def test_empty_values_are_recognised_without_building_objects() -> None:
    from newsparse.adapters.base import _is_empty

    assert all(_is_empty(v) for v in (None, (), [], "", Neighbors()))
    assert not any(_is_empty(v) for v in (0, "x", (1,), Neighbors(next=Link(url="https://a.example/"))))
