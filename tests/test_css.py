"""Compiled CSS selectors: the linear matcher gives exactly what the plain XPath gives."""

from __future__ import annotations

from cssselect import HTMLTranslator
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html

from newsparse.document import CompiledCss, Document, compile_css

TAGS = ("div", "p", "a", "span", "article")
CLASSES = ("x", "y", "byline", "author")

compounds = st.one_of(
    st.sampled_from(TAGS),
    st.sampled_from(CLASSES).map(lambda c: "." + c),
    st.tuples(st.sampled_from(TAGS), st.sampled_from(CLASSES)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.tuples(st.sampled_from(CLASSES), st.sampled_from(CLASSES)).map(lambda t: f".{t[0]}.{t[1]}"),
    st.sampled_from(("*", "[rel~=tag]", "a[href]", ":first-child", "p:not(.x)", "div:nth-child(2)")),
)


@st.composite
def selectors(draw: st.DrawFn) -> str:
    alternatives = []
    for _ in range(draw(st.integers(1, 3))):
        parts = [draw(compounds)]
        for _ in range(draw(st.integers(0, 3))):
            parts.append(draw(st.sampled_from((" ", " > ", " + ", " ~ ", " "))))
            parts.append(draw(compounds))
        alternatives.append("".join(parts))
    return ", ".join(alternatives)


@st.composite
def trees(draw: st.DrawFn) -> etree._Element:
    root = etree.Element("div")
    nodes = [root]
    for _ in range(draw(st.integers(1, 40))):
        parent = draw(st.sampled_from(nodes))
        child = etree.SubElement(parent, draw(st.sampled_from(TAGS)))
        if draw(st.booleans()):
            spaces = draw(st.sampled_from((" ", "\t", "\n  ", "\xa0")))  # the last no separator in CSS
            child.set("class", spaces.join(draw(st.lists(st.sampled_from(CLASSES), max_size=3))))
        if draw(st.booleans()):
            child.set("rel", "tag")
            child.set("href", "/")
        nodes.append(child)
    return root


@settings(max_examples=300, derandomize=True, deadline=None)
@given(trees(), selectors(), st.data())
def test_compiled_css_matches_what_the_plain_xpath_matches(
    root: etree._Element, selector: str, data: st.DataObject
) -> None:
    context = data.draw(st.sampled_from(list(root.iter())), label="context")
    plain = etree.XPath(HTMLTranslator().css_to_xpath(selector))
    assert CompiledCss(selector)(context) == plain(context)


def test_descendant_combinator_under_nested_ancestors_gives_each_match_once_in_order() -> None:
    page = "<div class=byline><div class=byline><p><a class=author>1</a></p><a class=author>2</a></div></div>"
    doc = Document.from_page(f"<html><body>{page}<a class=author>3</a></body></html>")
    assert [a.text for a in doc.css(".byline .author")] == ["1", "2"]
    assert [a.text for a in doc.css(".byline .author, .author")] == ["1", "2", "3"]


def test_descendant_combinator_stays_within_the_context_element() -> None:
    root = html.fromstring("<div class=x><section><p>in</p></section></div>")
    section = root.find("section")
    assert compile_css(".x p")(section) == []  # the .x ancestor is outside the context
    assert [p.text for p in compile_css("section p")(section)] == ["in"]


def test_a_union_too_large_for_xpath_is_merged_in_document_order() -> None:
    cells = "".join(f"<p class=x>{i}</p><a class=y>{i}</a>" for i in range(400))  # 800 matches > _SMALL_UNION
    root = html.fromstring(f"<div><section>{cells}</section></div>")
    selector = "section p, section a"
    plain = etree.XPath(HTMLTranslator().css_to_xpath(selector))
    assert compile_css(selector)(root) == plain(root)
    assert len(compile_css(selector)(root)) == 800
