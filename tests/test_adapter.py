"""The adapter base class: one-line inputs, computed once, lenient unless strict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lxml import html

from newsparse import Adapter, Attr, Byline, FieldError, Link, Neighbors, Node, Text, Texts, field, parse
from newsparse.adapters.base import BOILERPLATE, blocks_from, leading_figure, text_without
from newsparse.adapters.generic import GenericAdapter
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


def test_a_heading_that_repeats_the_headline_is_not_part_of_the_body() -> None:
    # Drupal recipe and chart templates print the title again at the top of the text
    # (WCXB 4163, 4255); a paragraph that says the same stays.
    page = "<h1>Easy Everyday Sourdough Bread</h1><div class='c'><h2>Easy everyday sourdough bread</h2>"
    page += "<p>This bread is wonderfully tangy.</p><p>Easy Everyday Sourdough Bread</p></div>"

    class Plain(Adapter):
        name = "plain"
        title = Text("h1")
        content = Node(".c")

    class Subclassed(GenericAdapter):  # a CMS adapter reads its own blocks, the generic body is kept
        name = "subclassed"
        paragraphs = field(lambda self: blocks_from(self.doc.css_first(".c")))

    for adapter in (Plain, Subclassed):
        a = parse(page, adapter=adapter)
        assert [b.text for b in a.body] == ["This bread is wonderfully tangy.", "Easy Everyday Sourdough Bread"]


def test_blocks_from_handles_loose_text_and_br() -> None:
    doc = Document.from_page(
        "<div id='c'>First line<br>same paragraph<br><br>Second <b>bold</b> one<p>Third</p>tail</div>"
    )
    blocks = blocks_from(doc.css_first("#c"))
    assert [b.text for b in blocks] == ["First line same paragraph", "Second bold one", "Third", "tail"]


SIGNUP_BOX = (
    "<section><div>Awesome products and offers, hand-picked for you.</div>"
    "<div>Sign up now for the Mashable Deals newsletter.</div><form><input type='email' placeholder='Enter Email'>"
    "<button>Sign Me Up</button></form><p>By clicking Sign Me Up, you confirm you are 16+.</p></section>"
)


def test_blocks_from_leaves_out_a_newsletter_sign_up_box() -> None:
    # Mashable prints a sign-up box between two paragraphs of a story (wcxb 0477): its
    # pitch, its consent line and its button are no text of the article.
    story = [f"The story, paragraph {n}, tells what happened and why it matters to readers." for n in range(8)]
    paragraphs = [f"<p>{text}</p>" for text in story]
    doc = Document.from_page(f"<div id='c'>{''.join(paragraphs[:4])}{SIGNUP_BOX}{''.join(paragraphs[4:])}</div>")
    assert [b.text for b in blocks_from(doc.css_first("#c"))] == story
    # a field in a form that holds a part of the article's text takes none of it with it
    wrapped = f"<div id='c'>{''.join(paragraphs[:4])}<form>{''.join(paragraphs[4:])}<input type='email'></form></div>"
    assert [b.text for b in blocks_from(Document.from_page(wrapped).css_first("#c"))] == story


def test_the_generic_body_leaves_out_a_newsletter_sign_up_box() -> None:
    story = [f"A sentence of prose about the matter at hand, paragraph {n}, long enough to count." for n in range(8)]
    paragraphs = [f"<p>{text}</p>" for text in story]
    page = f"<main><h1>A deal on a laptop</h1>{''.join(paragraphs[:4])}{SIGNUP_BOX}{''.join(paragraphs[4:])}</main>"
    assert [b.text for b in parse(page).body] == story


def test_blocks_from_survives_deep_nesting() -> None:
    depth = 1500  # deeper than Python's recursion limit, within what libxml2 keeps
    doc = Document.from_page("<div id='c'>" + "<div>" * depth + "<p>deep</p>" + "</div>" * depth + "</div>")
    assert [b.text for b in blocks_from(doc.css_first("#c"))] == ["deep"]


class Neighbours(Adapter):
    name = "neighbours"
    previous_link = Node(".prev-post")
    next_link = Node(".next-post")


def test_link_takes_the_titled_anchor_after_a_thumbnail_link() -> None:
    page = """<div class="prev-post"><a class="post-thumb" href="/older/" rel="prev"><img src="/t.jpg"></a>
    <a href="/older/" rel="prev"><h3 class="post-title">Sandals expects occupancy to remain robust</h3></a></div>
    <div class="next-post"><a class="post-thumb" href="/newer/"><img src="/t.jpg"></a></div>"""
    a = parse(page, "https://news.example/story/", adapter=Neighbours)
    assert a.neighbors.previous is not None and a.neighbors.next is not None
    assert (a.neighbors.previous.title, a.neighbors.previous.url) == (
        "Sandals expects occupancy to remain robust",
        "https://news.example/older/",
    )
    assert (a.neighbors.next.title, a.neighbors.next.url) == (None, "https://news.example/newer/")


class Figured(Adapter):
    name = "figured"
    content = Node(".c")

    @field
    def image(self) -> object:
        return leading_figure(self.content)


def test_leading_figure_skips_an_empty_paragraph_and_reads_a_media_credit() -> None:
    page = """<div class="c"><p></p><figure><img src="/a-1024x803.jpg"><figcaption>
    <span class="media-credit">Speedo</span></figcaption></figure><p>Text.</p></div>"""
    a = parse(page, "https://swim.example/t/", adapter=Figured)
    assert a.lead_image is not None
    assert (a.lead_image.url, a.lead_image.caption, a.lead_image.credit) == (
        "https://swim.example/a-1024x803.jpg",
        None,
        "Speedo",
    )
    assert [b.text for b in a.body] == ["Text."]


def test_leading_figure_is_none_after_text() -> None:
    doc = Document.from_page("<div id='c'><p>Text first.</p><figure><img src='/a.jpg'></figure></div>")
    assert leading_figure(doc.css_first("#c")) is None


def test_media_credit_leaves_the_rest_of_the_caption() -> None:
    page = """<div class="c"><figure><img src="/a.jpg"><figcaption>Die Halle
    <span class="media-credit">Foto X</span></figcaption></figure><p>Text.</p></div>"""
    a = parse(page, "https://swim.example/t/", adapter=Figured)
    assert a.lead_image is not None and (a.lead_image.caption, a.lead_image.credit) == ("Die Halle", "Foto X")


def test_blocks_from_makes_one_block_per_table_row_cells_joined() -> None:
    doc = Document.from_page(
        "<div id='c'><table><thead><tr><th>Strecke</th><th>Pause</th></tr></thead>"
        "<tbody><tr><td>400 m</td><td></td></tr><tr><td>8 x 50 m</td><td>15 s</td></tr></tbody></table></div>"
    )
    assert [(b.kind, b.text) for b in blocks_from(doc.css_first("#c"))] == [
        ("paragraph", "Strecke Pause"),
        ("paragraph", "400 m"),
        ("paragraph", "8 x 50 m 15 s"),
    ]


def test_blocks_from_leaves_out_blocks_with_no_letter_or_digit() -> None:
    # A review's stars, an icon font's glyph, a separator (WCXB 0166, 0254, 0121 through
    # the WordPress adapter); a line of code set as a paragraph and a code listing stay.
    doc = Document.from_page(
        "<div id='c'><p>First.</p><p>\u2605\u2605\u2605\u2605\u2605</p><p><i class='fa'>\uf074</i></p>"
        "<p>\u2014</p>loose *** line<br><br>* * *<br><br><p>):</p><pre>}</pre><p>Second.</p></div>"
    )
    assert [b.text for b in blocks_from(doc.css_first("#c"))] == ["First.", "loose *** line", "):", "}", "Second."]


def test_blocks_from_walks_into_a_layout_table_row() -> None:
    doc = Document.from_page("<div id='c'><table><tr><td><p>First.</p><p>Second.</p></td></tr></table></div>")
    assert [b.text for b in blocks_from(doc.css_first("#c"))] == ["First.", "Second."]


def test_blocks_from_types_a_full_sentence_heading_as_paragraph() -> None:
    doc = Document.from_page(
        "<div id='c'><h5>Malgré les acquis réalisés au profit de la femme depuis l’indépendance, la participation "
        "de la femme à la vie économique a reculé.</h5><h4>Des actions à entreprendre</h4></div>"
    )
    assert [b.kind for b in blocks_from(doc.css_first("#c"))] == ["paragraph", "heading"]


@pytest.mark.parametrize(
    "plugin",
    [
        '<div class="code-block code-block-3"><b>ANZEIGE - Heute mal ausgehen?</b></div>',  # Ad Inserter
        '<div class="m-a-box"><p>Nothing special. We cover news items.</p></div>',  # Molongui author box
        '<div class="addtoany_share_save_container"><p>Share this</p></div>',  # AddToAny
    ],
)
def test_boilerplate_skips_wordpress_plugin_boxes(plugin: str) -> None:
    doc = Document.from_page(f"<div id='c'><p>Article text.</p>{plugin}</div>")
    assert [b.text for b in blocks_from(doc.css_first("#c"), BOILERPLATE)] == ["Article text."]


def test_blocks_from_types_a_short_all_bold_paragraph_as_a_heading() -> None:
    doc = Document.from_page(
        "<div id='c'><p><strong>Lead sentence in bold, ending with a stop.</strong></p>"
        "<p><strong>Hintergrund</strong></p><p>Text.</p></div>"
    )
    assert [b.kind for b in blocks_from(doc.css_first("#c"))] == ["paragraph", "heading", "paragraph"]


def test_text_without_leaves_out_screen_reader_labels_and_keeps_the_text_after_them() -> None:
    doc = Document.from_page(
        '<a id="a"><span class="screen-reader-text">Previous post:</span> Older <b>story</b> here</a>'
    )
    assert text_without(doc.css_first("#a"), ".screen-reader-text") == "Older story here"
    assert text_without(doc.css_first("#a"), ".absent") == "Previous post: Older story here"
    assert text_without(None, ".x") is None


def test_link_can_drop_the_label_inside_the_anchor() -> None:
    doc = Document.from_page(
        '<div class="nav"><a href="/old/"><span class="meta-nav">Vorheriger Beitrag</span> Alt</a></div>',
        url="https://example.de/neu/",
    )
    link = Site(doc).link(doc.css_first(".nav"), drop=".meta-nav")
    assert link is not None and (link.title, link.url) == ("Alt", "https://example.de/old/")


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
