"""The Document: decoding, one tree, structured data read once, no script text leaking."""

from __future__ import annotations

import codecs
import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsparse import Document, parse
from newsparse.document import _lenient_json, decode, literal_prefix
from newsparse.errors import InputError

from .conftest import page_bytes

HEAD = '<html lang="fr"><head>{meta}<title>t</title></head><body><h1>{text}</h1><article><p>{text}</p></article></body></html>'


def page(text: str, meta: str = "") -> str:
    return HEAD.format(meta=meta, text=text)


def test_utf8_without_declaration() -> None:
    text, encoding = decode(page("Pâques à Sétif — « oui »").encode("utf-8"))
    assert encoding == "utf-8"
    assert "« oui »" in text


def test_windows_1252_declared_in_http_equiv_meta() -> None:
    data = page_bytes("seed/seed-latin1.html")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = Document.from_page(data)
    assert doc.encoding == "cp1252"
    assert parse(data).headline == "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne"


def test_meta_charset_is_honoured() -> None:
    data = page("Café", '<meta charset="iso-8859-15">').encode("iso-8859-15")
    text, encoding = decode(data)
    assert encoding == "iso8859-15"
    assert "Café" in text


def test_latin1_label_means_windows_1252() -> None:
    data = page("l’été", '<meta charset="iso-8859-1">').encode("cp1252")
    assert "l’été" in decode(data)[0]


def test_caller_charset_comes_before_meta() -> None:
    data = page("Grüße", '<meta charset="utf-8">').encode("cp1252")
    text, encoding = decode(data, charset="windows-1252")
    assert encoding == "cp1252"
    assert "Grüße" in text


def test_byte_order_mark_wins() -> None:
    data = codecs.BOM_UTF8 + page("naïve", '<meta charset="windows-1252">').encode("utf-8")
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert "naïve" in text
    utf16 = codecs.BOM_UTF16_LE + page("naïve").encode("utf-16-le")
    assert "naïve" in decode(utf16)[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("charset", [None, "named", "family"])
def test_utf16_and_utf32_without_byte_order_mark_are_read(codec: str, charset: str | None) -> None:
    # The caller's charset comes right after the BOM; without one, the NUL bytes of the
    # page's ASCII markup show the encoding (a page of Cyrillic text keeps its markup ASCII).
    data = page("Пасха в Сетифе — « oui »").encode(codec)
    given = {None: None, "named": codec.upper().replace("-LE", "LE").replace("-BE", "BE"), "family": codec[:6]}
    article = parse(data, charset=given[charset])
    assert article.headline == "Пасха в Сетифе — « oui »"
    assert Document.from_page(data, charset=given[charset]).encoding == codec
    assert decode(data, given[charset]) == (page("Пасха в Сетифе — « oui »"), codec)


def test_utf32_with_byte_order_mark_is_no_binary_data() -> None:
    data = codecs.BOM_UTF32_BE + page("naïve").encode("utf-32-be")
    assert parse(data).headline == "naïve"


@pytest.mark.parametrize("charset", ["utf-16", "utf-16le", "UTF-16BE", "utf-32"])
def test_a_utf16_charset_the_bytes_do_not_bear_out_means_utf8(charset: str) -> None:
    data = page("Pâques à Sétif").encode("utf-8")
    assert decode(data, charset) == (page("Pâques à Sétif"), "utf-8")
    assert parse(data, charset=charset).headline == "Pâques à Sétif"
    meta = page("Pâques", f'<meta charset="{charset}">').encode("utf-8")
    assert decode(meta)[1] == "utf-8"


@pytest.mark.parametrize(
    "data",
    [b"\x00" * 100 + b"<html>", b"<\x00" + b"\x01\x00" * 500, bytes(1000)],
)
def test_nul_bytes_that_are_no_utf16_page_stay_binary_data(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data"):
        parse(data, charset="utf-16")


def test_undeclared_windows_1252_is_guessed() -> None:
    data = page("Les élèves ont déjà réussi l’épreuve « difficile » à Noël").encode("cp1252")
    text, _ = decode(data)
    assert "élèves" in text and "« difficile »" in text


def test_a_wrong_declaration_falls_back_to_what_decodes() -> None:
    data = page("€ and é", '<meta charset="utf-8">').encode("cp1252")
    assert "é" in decode(data)[0]


def test_str_and_beautifulsoup_inputs_give_the_same_article() -> None:
    from bs4 import BeautifulSoup

    data = page_bytes("seed/seed-minimal.html")
    from_bytes = parse(data)
    assert parse(data.decode("utf-8")) == from_bytes
    assert parse(BeautifulSoup(data, "lxml")) == from_bytes


def test_scripts_styles_and_comments_never_leak_into_text() -> None:
    html = (
        "<h1>Title<script>var x = 'SCRIPT';</script><style>.a{color:red}</style><!-- COMMENT --></h1>"
        "<article><p>One <style>p { STYLE }</style>two<noscript>NOSCRIPT</noscript> three.</p>"
        "<p>Second paragraph that is long enough to count as article text here.</p></article>"
    )
    article = parse(html)
    assert article.headline == "Title"
    assert article.body[0].text == "One two three."
    assert "SCRIPT" not in article.to_json() and "STYLE" not in article.to_json()


def test_json_ld_graph_is_flattened_and_broken_blocks_are_problems() -> None:
    html = """<html><head>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"From graph","datePublished":"2024-01-02T03:04:05Z"}]}</script>
    <script type="application/ld+json">{ this is not json </script>
    <script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[]}]</script>
    <script type="application/ld+json">{"@type":"Person","name":"x",}</script>
    </head><body><p>x</p></body></html>"""
    doc = Document.from_page(html)
    types = [sorted(t for t in [o.get("@type")] if isinstance(t, str)) for o in doc.json_ld]
    assert types == [["WebSite"], ["NewsArticle"], ["BreadcrumbList"], ["Person"]]
    assert doc.article_ld is not None and doc.article_ld["headline"] == "From graph"
    assert len(doc.problems) == 1 and "invalid JSON-LD" in doc.problems[0].message
    article = parse(html)
    assert article.headline == "From graph"
    assert [p.field for p in article.problems] == ["json-ld"]


def test_json_ld_as_sites_print_it_javascript_comments_and_several_objects() -> None:
    # A block with JavaScript comments (2218 of WCXB: "// Current date/time in PKT
    # timezone"), and a block holding two objects one after the other (1222 of WCXB).
    html = """<html><head>
    <script type="application/ld+json">{
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      "headline": "Comments in JSON", // set by hand
      "url": "https://example.org/a//b", /* a URL keeps its slashes */
      "author": {"@type": "Person", "name": "Jeff Cobb"}, // Add his Twitter handle
    }</script>
    <script type="application/ld+json">{"@type":"Organization","name":"Example"}{"@type":"WebPage","datePublished":"2024-05-27"}</script>
    </head><body><p>x</p></body></html>"""
    doc = Document.from_page(html)
    assert doc.problems == []
    assert [o["@type"] for o in doc.json_ld] == ["BlogPosting", "Organization", "WebPage"]
    assert doc.json_ld[0]["url"] == "https://example.org/a//b"
    article = parse(html)
    assert article.headline == "Comments in JSON"
    assert article.published == date(2024, 5, 27)  # from the second object of its block


@pytest.mark.parametrize(
    "block",
    [
        '// the article\n{"@type": "NewsArticle", "datePublished": "2025-01-02"}',
        '/* the article */ {"@type": "NewsArticle", "datePublished": "2025-01-02"}',
        '{"@type": "NewsArticle", "datePublished": "2025-01-02"} // printed by the theme',
    ],
)
def test_json_ld_opening_or_closing_with_a_comment_is_read(block: str) -> None:
    doc = Document.from_page(f'<script type="application/ld+json">{block}</script><h1>T</h1>')
    assert doc.problems == []
    assert parse(f'<script type="application/ld+json">{block}</script><h1>T</h1>').published == date(2025, 1, 2)


def test_json_ld_that_stays_broken_after_the_second_chance_is_a_problem() -> None:
    for broken in ('{"a": 1 /* never closed', '{"a": 1} and words', '{"a": "x" "b": 2}'):
        doc = Document.from_page(f'<script type="application/ld+json">{broken}</script><p>x</p>')
        assert doc.json_ld == ()
        assert len(doc.problems) == 1 and "invalid JSON-LD" in doc.problems[0].message


_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(alphabet=st.sampled_from('ab/*"\\ ,:{}[]é\n'))
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=5), _JSON_VALUES, min_size=1, max_size=4), min_size=1, max_size=3))
def test_second_chance_reads_comments_and_several_objects_without_changing_a_value(
    objects: list[dict[str, object]],
) -> None:
    # A "//", "/*" or ", ]" inside a string is text: the strings here are full of them. The
    # structure's own line breaks are the only ones (json.dumps escapes a string's).
    printed = [json.dumps(o, indent=1) for o in objects]
    trailing = [re.sub(r"\n( *)([}\]])", r",\n\1\2", p) for p in printed]
    commented = [p.replace(",\n", ", // a comment, with a comma\n") for p in trailing]
    block = "<!--\n" + "\n/* several objects */\n".join(commented) + "\n-->"
    assert _lenient_json(block) == (objects[0] if len(objects) == 1 else objects)


def test_json_ld_with_wrong_types_does_not_crash() -> None:
    html = """<script type="application/ld+json">{"@type":"NewsArticle","headline":["A list"],
    "author":{"name":5},"datePublished":12,"commentCount":"many","articleSection":{"x":1}}</script><h1>H</h1>"""
    article = parse(html)
    assert article.headline == "H"
    assert article.comment_count is None


def test_structured_data_is_read_once() -> None:
    doc = Document.from_page(page_bytes("seed/seed-classic.html"))
    assert doc.json_ld is doc.json_ld
    assert doc.meta is doc.meta


def test_base_href_resolves_relative_links() -> None:
    html = '<html><head><base href="https://cdn.example.org/news/"></head><body><h1>t</h1><a rel="next" href="next-story">n</a></body></html>'
    article = parse(html, url="https://www.example.org/a/b")
    assert article.neighbors.next is not None
    assert article.neighbors.next.url == "https://cdn.example.org/news/next-story"


def test_language_takes_the_last_html_lang() -> None:
    assert Document.from_page(page_bytes("seed/seed-classic.html")).language_attr == "fr-FR"


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        # tagDiv's IE tags printed without their conditional comments (a minifier's work):
        # the parser keeps the first tag's attributes, FIELDS.md says the last lang wins.
        ('<html class="ie8" lang="en"><html class="ie9" lang="en"><html lang="fr-FR">', "fr-FR"),
        ('<html lang="de-DE"><html class="no-js">', "de-DE"),  # a later tag without a lang
        ("<p>early text</p><html lang='es'>", "es"),  # the lang of a tag the parser dropped
        ('<html lang="en"><!-- <html lang="pt"> --><script>w("<html lang=it>")</script><html lang="nl">', "nl"),
        ('<html xml:lang="en" lang="fr"><html class="second">', "fr"),  # lang before xml:lang, as in the tree
    ],
)
def test_the_last_of_several_html_tags_gives_the_language(head: str, lang: str) -> None:
    page = f"{head}<head><title>T</title></head><body><h1>T</h1><p>Text.</p></body></html>"
    assert Document.from_page(page.encode()).language_attr == lang
    assert Document.from_page(page).language_attr == lang  # str pages too
    assert parse(page.encode()).language == lang


def test_an_html_fragment_deep_in_the_text_does_not_give_the_language() -> None:
    # PHP's DOMDocument leaves "<?xml encoding="utf-8" ?><html><body>" in pasted text; a page
    # prints its own <html> tags at its top (read within its first 64 KiB).
    text = "<p>" + "Le texte de l’article. " * 4000 + "</p>"
    page = f'<html lang="fr"><body><h1>T</h1>{text}<?xml encoding="utf-8" ?><html lang="en"><body><p>Collé.</p></body></html>'
    assert len(page.encode()) > 65536
    assert parse(page.encode()).language == "fr"
    # ... and a page whose own tag comes after 64 KiB of something else keeps its language
    late = f"<!-- {'x' * 70000} --><html lang='de'><p>a</p><html class='second'><h1>T</h1>"
    assert parse(late.encode()).language == "de"


# --------------------------------------------------------------------------- the fast path (tagDiv issue)


def test_valid_utf8_bytes_are_parsed_as_they_are() -> None:
    data = page("Pâques à Sétif — « oui »").encode("utf-8")
    doc = Document.from_page(data)
    assert doc.encoding == "utf-8"
    assert doc.first_text("h1") == "Pâques à Sétif — « oui »"


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe9t\xe9"])
def test_invalid_utf8_goes_the_long_way_and_is_guessed(bad: bytes) -> None:
    # Undeclared bytes that are not UTF-8: the fast path must not keep libxml2's U+FFFD.
    data = page("Caf{}".format("\x00")).encode("utf-8").replace(b"\x00", bad)
    doc = Document.from_page(data)
    assert doc.encoding != "utf-8"
    assert "\ufffd" not in (doc.first_text("h1") or "")


def test_declared_utf8_with_a_bad_byte_falls_back_like_decode() -> None:
    data = page("Café", '<meta charset="utf-8">').encode("utf-8").replace("Café".encode(), b"Caf\xe9")
    doc = Document.from_page(data)
    _, encoding = decode(data)
    assert doc.encoding == encoding != "utf-8"
    assert doc.first_text("h1") == "Café"


def test_whitespace_only_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="empty bytes"):
        Document.from_page(b" \n\t ")


def test_elements_index_finds_landmarks_in_page_order() -> None:
    doc = Document.from_page(b"<html><head><meta name=a content=1><script>x</script></head>"
                             b"<body><article><h1>T</h1></article><meta name=b content=2><p>p</p></body></html>")  # fmt: skip
    assert [m.get("name") for m in doc.elements("meta")] == ["a", "b"]
    assert [e.tag for e in doc.elements("h1")] == ["h1"]
    assert [e.tag for e in doc.elements("p")] == ["p"]  # not indexed: searched on request
    assert doc.elements("table") == []


def test_scripts_match_searches_each_inline_script() -> None:
    doc = Document.from_page(
        b'<head><script>var tdThemeName="Newspaper";</script><script src="x.js">tdBlocksArray</script>'
        b'<script type="application/ld+json">{"tdLocalCache": 1}</script><script>var a = "\xc3\xa9";</script></head>'
    )
    assert doc.scripts_match(r"""tdThemeName\s*=\s*["']Newspaper""")
    assert not doc.scripts_match(r"""tdThemeName\s*=\s*["']Newsmag""")
    assert not doc.scripts_match("tdBlocksArray")  # only in an external script's element
    assert not doc.scripts_match("tdLocalCache")  # JSON is not script
    assert doc.scripts_match('a = "é')
    assert doc.scripts_match("(?i)TDTHEMENAME")  # no literal prefix: a plain search


def test_scripts_are_read_only_as_far_as_a_search_needs_and_kept_in_order() -> None:
    doc = Document.from_page(
        b"<script>var tdThemeName='Newspaper';</script><script src=x.js></script><script>b()</script>"
    )
    assert doc.scripts_match("tdThemeName")  # found in the first script: the others are not read yet
    assert doc._script_reading[0] == ["var tdThemeName='Newspaper';"]
    assert doc.scripts_match(r"b\(\)")  # a later search reads on from there
    assert doc.inline_script_texts == ("var tdThemeName='Newspaper';", "b()")


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        (r"tdThemeName\s*=", "tdThemeName"),
        ("ab*c", "a"),
        ("a|b", ""),
        ("abc+d", "abc"),
        (r"\btd", ""),
        ("abc?", "ab"),
        ("(?i)x", ""),
    ],
)
def test_literal_prefix(pattern: str, prefix: str) -> None:
    assert literal_prefix(pattern) == prefix


def test_what_follows_an_early_closing_html_tag_is_part_of_the_page() -> None:
    # escalon.services: the template closes the page after its header, then prints the post
    page = (
        "<html><head><title>T</title></head><body><header><nav><a href='/'>Home</a></nav></header></body></html>"
        "<div class='post'><h1>The real title</h1><p>The text of the post, after the early end of the page.</p></div>"
        '<script type=\'application/ld+json\'>{"@type": "Article", "headline": "The real title"}</script>'
    )
    doc = Document.from_page(page)
    assert doc.first_text("h1") == "The real title"
    assert doc.article_ld is not None and doc.article_ld["headline"] == "The real title"
    assert [p.text for p in doc.root.iter("p")] == ["The text of the post, after the early end of the page."]


# fool.com's guides (wcxb 4503), as React 18 streams them: the shell holds a pending
# boundary per block with a "Loading..." fallback, and the blocks arrive at the end of
# the page, hidden, one nested in another through a placeholder.
STREAMED = """<html><head><title>Index funds</title></head><body><main><h1>Index funds: how to invest</h1>
<div class="article-body"><!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->
<!--$?--><template id="B:1"></template><div>Loading paragraph...</div><!--/$--></div></main>
<footer>Site footer</footer>
<div hidden id="S:1"><p>Index funds track a financial index such as the S&amp;P 500.</p></div>
<div hidden id="S:0"><p>You don't need to be a stock market expert to be a good investor.</p>
<template id="P:2"></template></div>
<div hidden id="S:2"><h2>How do index funds work?</h2></div>
<script>$RC("B:1","S:1");$RC("B:0","S:0");$RS("S:2","P:2")</script></body></html>"""


def test_a_streamed_react_page_is_read_as_its_scripts_assemble_it() -> None:
    doc = Document.from_page(STREAMED.encode())
    body = doc.css_first("div.article-body")
    assert body is not None
    assert [" ".join(el.itertext()) for el in body] == [
        "You don't need to be a stock market expert to be a good investor.",
        "How do index funds work?",
        "Index funds track a financial index such as the S&P 500.",
    ]
    assert not doc.css("[hidden], template")  # every part placed, no fallback left
    article = parse(STREAMED, "https://example.org/investing/index-funds/")
    assert [b.text for b in article.body] == [
        "You don't need to be a stock market expert to be a good investor.",
        "How do index funds work?",
        "Index funds track a financial index such as the S&P 500.",
    ]
    assert "Loading" not in article.text


@pytest.mark.parametrize(
    "odd",
    [
        '<div hidden id="S:0"><template id="B:0"></template><p>A part holding its own boundary.</p></div>',
        '<template id="B:0"><div hidden id="S:0"><p>A part inside its boundary.</p></div></template>',
        '<!--$?--><template id="B:0"></template>Loading and never closed<div hidden id="S:0"><p>Part.</p></div>',
        '<div hidden id="S:7"><p>A part no boundary waits for stays hidden.</p></div>',
        # control characters the parser keeps but lxml's API refuses (found by the fuzz tests)
        '<TEMPLATE ID="P:0"></TEMPLATE>\x1f<DIV hidden id="S:0">\x01<p>Part.</p></DIV>\x02',
    ],
)
def test_odd_streamed_markup_is_read_without_error(odd: str) -> None:
    doc = Document.from_page(f"<html><body><h1>T</h1>{odd}</body></html>")
    assert doc.first_text("h1") == "T"
    assert not any(isinstance(node, etree._Comment) for node in doc.root.iter())
