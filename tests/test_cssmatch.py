"""CSS selectors compiled to per-element tests give what the XPath search gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsparse.adapters.base import BOILERPLATE
from newsparse.cssmatch import compile_finder, compile_matcher
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


FINGERPRINT_SELECTORS = [
    ".bdaia-post-content",
    ".bdaia-post-header .bdaia-meta-info",
    "[class*=bdaia-post-template]",
    "body#tie-body",
    "#tie-container, #tie-wrapper",
    "nav#breadcrumb em.delimiter",
    "link[href*='/themes/jannah/'], script[src*='/themes/jannah/']",
    "script#fusion-metadata, [id^='fusion-static-enter']",
    "article.node, div.node[id^='node-'], [class*='node--type-'], body[class*='node-type-']",
    "[data-drupal-link-system-path]",
    "img[src*='/wp-content/uploads/']",
    "[class^=td-], [class$=wrap], [id$=wrap], [id*=outer]",
    "a:not([href])",
    "meta[property='og:title'], html[lang]",
]


@pytest.mark.parametrize(
    "name", [*PAGES_USED, "themes/jannah/thenassauguardian.com.html", "themes/arc-xp/lanacion.com.ar.html"]
)
@pytest.mark.parametrize("selector", FINGERPRINT_SELECTORS)
def test_matches_in_answers_like_a_search_of_the_whole_page(name: str, selector: str) -> None:
    doc = Document.from_page(page_bytes(name))
    assert compile_matcher(selector).matches_in(doc) is bool(compile_css(selector)(doc.root))


def test_may_have_is_a_certain_no_and_a_maybe() -> None:
    doc = Document.from_page(b'<div class="a\tb c" id="main-1"><p class="x\xc2\xa0y">t</p></div>')
    assert doc.may_have(classes=("a", "b", "c"), ids=("main-1",))
    assert not doc.may_have(classes=("x",))  # NBSP does not separate class tokens
    assert doc.may_have(classes=("x\xa0y",))
    assert doc.may_have(id_parts=(" main",), class_parts=("b c",))
    assert not doc.may_have(ids=("main",))
    assert doc.attribute_text("div", "id") == "main-1"


FINDER_GROUPS = [
    # tagDiv's classic template: header, text, image and footer inside the post's article
    (
        "div.td-post-header",
        "div.td-post-content",
        "div.td-post-featured-image, div#td-full-screen-header-image",
        "footer",
    ),
    ("h1.entry-title", "time", "p.td-post-sub-title", "div.td-post-comments", "ul.td-category a"),
    (".media-credit", "[class*=caption]", "img", "a[href*='/category/'], a[rel~=tag]"),
    ("#comments", "[id^=div-gpt]", "li.comment, li.pingback", "a:not([href])", "p + p"),
    ("p", "div > p", "article p", "[class^=td-], [class$=wrap]", "[lang|=en], [hidden]"),
]


@pytest.mark.parametrize("name", PAGES_USED)
@pytest.mark.parametrize("selectors", FINDER_GROUPS)
def test_finder_agrees_with_the_xpath_search(name: str, selectors: tuple[str, ...]) -> None:
    root = Document.from_page(page_bytes(name)).root
    for scope in [root, *compile_css("article, div.td-post-content, div.td-post-header")(root)[:3]]:
        found = compile_finder(selectors).find(scope)
        assert found == [compile_css(selector)(scope) for selector in selectors]


@pytest.mark.parametrize("selector", [".a", "p.a", "[class~=a]", "#x p.a", "p[class='a\xa0b']"])
def test_class_tokens_split_where_xpath_splits_them(selector: str) -> None:
    # A no-break space is not a separator for XPath's normalize-space; a tab is.
    root = Document.from_page('<div id="x"><p class="a\xa0b">1</p><p class="b\ta">2</p></div>').root
    want = compile_css(selector)(root)
    test = compile_matcher(selector).bind(root)
    assert [el for el in root.iter() if test(el)] == want
    assert compile_finder((selector, "div")).find(root)[0] == want


def test_operators_not_compiled_are_left_to_xpath() -> None:
    root = Document.from_page('<div><p lang="fr">1</p><p>2</p><p lang="en">3</p></div>').root
    want = compile_css("p[lang!=fr]")(root)
    assert [p.text for p in want] == ["2", "3"]
    test = compile_matcher("p[lang!=fr]").bind(root)
    assert [el for el in root.iter("p") if test(el)] == want
    assert compile_finder(("p[lang!=fr]", "p")).find(root)[0] == want


_TAGS = ("div", "p", "span", "a", "section")
_TOKENS = ("a", "b", "c-d", "a\xa0b")


@st.composite
def _trees(draw: st.DrawFn) -> str:
    def element(depth: int) -> str:
        tag = draw(st.sampled_from(_TAGS))
        attrs = ""
        if draw(st.booleans()):
            classes = draw(st.lists(st.sampled_from(_TOKENS), max_size=3))
            spaces = draw(st.sampled_from([" ", "  ", "\t", "\n "]))
            attrs += f' class="{spaces.join(classes)}"'
        if draw(st.booleans()):
            attrs += f' id="{draw(st.sampled_from(_TOKENS))}"'
        children = draw(st.lists(st.just(None), max_size=3)) if depth < 4 else []
        inside = "".join(element(depth + 1) for _ in children)
        return f"<{tag}{attrs}>x{inside}</{tag}>"

    return "<html><body>" + element(0) + element(0) + "</body></html>"


_SIMPLE = st.builds(
    lambda tag, cls, ident: f"{tag}{'.' + cls if cls else ''}{'#' + ident if ident else ''}" or "*",
    st.sampled_from(("", *_TAGS)),
    st.sampled_from(("", "a", "b", "c-d")),
    st.sampled_from(("", "a", "b")),
)
_SELECTORS = st.one_of(
    _SIMPLE,
    st.builds(lambda a, b: f"{a} {b}", _SIMPLE, _SIMPLE),
    st.builds(lambda a, b: f"{a} > {b}", _SIMPLE, _SIMPLE),
    st.builds(lambda a, b: f"{a}, {b}", _SIMPLE, _SIMPLE),
    st.sampled_from(["[class*=a]", "[class^=b]", "[class$=d]", "[id|=c]", "[class~=a]", "[id]"]),
)


@given(_trees(), st.lists(_SELECTORS, min_size=1, max_size=5, unique=True))
@settings(max_examples=200, deadline=None)
def test_finder_and_matcher_answer_like_xpath_on_any_tree(page: str, selectors: list[str]) -> None:
    doc = Document.from_page(page)
    root = doc.root
    for scope in (root, *root.iter("section")):
        found = compile_finder(tuple(selectors)).find(scope)
        in_doc = compile_finder(tuple(selectors)).find(scope, doc)
        for selector, elements, elements_in_doc in zip(selectors, found, in_doc, strict=True):
            want = compile_css(selector)(scope)
            assert elements == want, selector
            assert elements_in_doc == want, selector
            assert compile_matcher(selector).select(doc, scope) == want, selector
            test = compile_matcher(selector).bind(scope)
            assert [el for el in scope.iter() if test(el)] == want, selector


def test_select_searches_only_the_alternatives_the_page_can_match() -> None:
    doc = Document.from_page('<div class="nav-previous"><a href="/p">P</a></div><p class="x">t</p>')
    matcher = compile_matcher(".wp-block-post-navigation-link, .nav-previous, .absent-everywhere a")
    assert [el.get("class") for el in matcher.select(doc, doc.root)] == ["nav-previous"]
    searched: list[str] = []
    for item in matcher._alternatives:
        search = item.search
        assert search is not None
        item.search = _Spy(search, searched)
    try:
        matcher.select(doc, doc.root)
    finally:
        for item in matcher._alternatives:
            item.search = item.search.inner  # type: ignore[union-attr]
    assert searched == [".nav-previous"]


class _Spy:
    def __init__(self, inner: object, log: list[str]) -> None:
        self.inner, self.log = inner, log

    def __call__(self, scope: object) -> object:
        self.log.append(self.inner.selector)  # type: ignore[attr-defined]
        return self.inner(scope)  # type: ignore[operator]
