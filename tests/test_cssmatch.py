"""CSS selectors compiled to per-element tests give what the XPath search gives."""

from __future__ import annotations

import pytest
from lxml import etree

from newsparse.adapters.base import BOILERPLATE
from newsparse.cssmatch import compile_matcher
from newsparse.document import Document, compile_css, css_to_xpath

from .conftest import page_bytes

SELECTORS = [
    BOILERPLATE,
    "article p",
    "div > p",
    "div.td-post-content .td-a-rec",
    "a:not([href])",  # not compiled: answered by the XPath fallback
    "p + p",  # sibling combinator: fallback too
    "[class^=td-]",
    "[id$=ad], [lang|=en], [rel~=tag]",
    "li.menu-item > a, #comments",
    "blockquote.twitter-tweet, [hidden], [style*='display:none']",
]
PAGES_USED = [
    "seed/seed-classic.html",
    "themes/tagdiv-newspaper-composer/elpais.cr.html",
    "themes/drupal/amnesty.de.html",
]


@pytest.mark.parametrize("name", PAGES_USED)
@pytest.mark.parametrize("selector", SELECTORS)
def test_matcher_agrees_with_the_xpath_search(name: str, selector: str) -> None:
    root = Document.from_page(page_bytes(name)).root
    for scope in [root, *compile_css("article, div.td-post-content")(root)[:2]]:
        want = set(compile_css(selector)(scope))
        test = compile_matcher(selector).bind(scope)
        got = {el for el in scope.iter() if isinstance(el.tag, str) and test(el)}
        assert got == want


def test_descendant_combinators_stop_at_the_scope() -> None:
    root = etree.fromstring("<div class='a'><section><p>x</p></section></div>", etree.HTMLParser())
    section = root.find(".//section")
    p = root.find(".//p")
    assert compile_matcher(".a p").bind(root)(p)
    assert not compile_matcher(".a p").bind(section)(p)  # .a is outside the scope


def test_empty_attribute_values_match_nothing() -> None:
    root = etree.fromstring("<div class='x'><p class=''>y</p></div>", etree.HTMLParser())
    p = root.find(".//p")
    assert not compile_matcher("[class^='']").bind(root)(p)
    assert compile_matcher("[class='']").bind(root)(p)


@pytest.mark.parametrize(
    "selector",
    [
        "div.td-post-featured-image, div#td-full-screen-header-image",
        "a.x, a[rel~=tag], a#y",
        "div#a, span#b",
        "p, div > p",
    ],
)
def test_css_to_xpath_merges_simple_groups_without_changing_results(selector: str) -> None:
    root = Document.from_page(page_bytes("themes/tagdiv-newspaper-classic/theplanetarypress.com.html")).root
    merged = etree.XPath(css_to_xpath(selector))(root)
    from cssselect import HTMLTranslator

    plain = etree.XPath(HTMLTranslator().css_to_xpath(selector))(root)
    assert merged == plain


def test_css_to_xpath_merges_one_tag_groups_into_one_path() -> None:
    assert " | " not in css_to_xpath("div.a, div#b")
    assert " | " in css_to_xpath("div.a, span.b")
