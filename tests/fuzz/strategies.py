"""Hypothesis strategies for hostile pages: broken markup, lying encodings, bad data."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import strategies as st

from .support import SeedPage, seed_pages

# --------------------------------------------------------------------------- text

# Characters scrapers meet in the wild and characters built to confuse: NUL, C0/C1
# controls, bidi overrides and isolates, zero-width marks, a BOM, surrogate halves,
# non-characters, combining marks, right-to-left scripts and wide characters.
HOSTILE_CHARS = (
    "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u2028\u2029\u2060\ufeff\ufffd\uffff\ud800\udfff\u0301\u0645\u05d0\u4e2d"
    "\U0001f600\xa0\t\n\r <>&\"':;/#?%=\\"
)
hostile_text = st.text(
    alphabet=st.one_of(st.characters(codec=None), st.sampled_from(HOSTILE_CHARS)),
    max_size=120,
)

# --------------------------------------------------------------------------- URLs

HOSTILE_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\x00script:alert(1)",
    "\x01javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "mailto:someone@example.org",
    "tel:+123",
    "about:blank",
    "blob:https://example.org/1",
    "//evil.example/path",
    "///evil.example/path",
    "\\\\evil.example\\share",
    "/\\evil.example",
    "https:evil.example",
    "http:/evil.example",
    "http://",
    "https://",
    "https:///path",
    "http://[::1",
    "http://[not-ipv6]/",
    "http://example.org:99999/",
    "http://example.org:-1/",
    "http://exa mple.org/",
    "http://example.org/a b",
    "http://example.org/\u202eevil",
    "http://user:pass@example.org/",
    "http://xn--80ak6aa92e.com/",
    "http://例え.jp/パス",
    "#fragment",
    "?query=only",
    "",
    " ",
    "relative/path.html",
    "../../../etc/passwd",
    "/absolute/path",
    "https://example.org/" + "a" * 5000,
    "https://example.org/%zz%00%",
)
hostile_urls = st.one_of(st.sampled_from(HOSTILE_URLS), hostile_text)
page_urls = st.one_of(
    st.none(),
    st.sampled_from(("https://news.example.org/2024/01/article.html", "http://example.dz/a?b=1#c")),
)

# --------------------------------------------------------------------------- markup

TAGS = (
    "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template",
    "article", "main", "section", "header", "footer", "nav", "aside", "div", "span", "p", "a", "h1", "h2",
    "h3", "ul", "ol", "li", "blockquote", "pre", "figure", "figcaption", "img", "time", "table", "tr",
    "td", "br", "hr", "form", "iframe", "svg", "math", "select", "textarea", "b", "em", "font", "center",
)  # fmt: skip
ATTRIBUTES = (
    "class", "id", "href", "src", "data-src", "rel", "property", "name", "content", "itemprop",
    "itemscope", "itemtype", "datetime", "lang", "charset", "http-equiv", "type", "style", "hidden",
    "title", "role", "aria-label",
)  # fmt: skip
CLASS_NAMES = (
    "entry-content", "post-content", "article-body", "td-post-content", "entry-title", "byline",
    "author", "comment-count", "comments-link", "breadcrumb", "tags", "td-category", "share",
    "pagination", "post-navigation", "wp-caption", "td-post-title", "tdb_single_content",
)  # fmt: skip
ATTRIBUTE_VALUES = st.one_of(
    st.sampled_from(CLASS_NAMES),
    st.sampled_from(("canonical", "prev", "next", "tag", "author", "application/ld+json", "og:url", "og:image")),
    st.sampled_from(("articleBody", "headline", "datePublished", "author", "name", "image")),
    st.sampled_from(HOSTILE_URLS),
    hostile_text,
)


@st.composite
def attributes(draw: st.DrawFn) -> str:
    out = []
    for name in draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=4)):
        value = draw(ATTRIBUTE_VALUES).replace('"', "&quot;")
        quote = draw(st.sampled_from(('"', "'", "")))
        out.append(f" {name}={quote}{value}{quote}" if quote or " " not in value else f' {name}="{value}"')
    return "".join(out)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def element(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(TAGS))
        inner = "".join(draw(st.lists(children, max_size=5)))
        close = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", "", "</div>", f"</{tag.upper()}>")))
        return f"<{tag}{draw(attributes())}>{inner}{close}"

    return element()


JUNK = (
    "&amp;", "&#0;", "&#x0;", "&#x202e;", "&#99999999999;", "&#xD800;", "&nbsp;", "&bogus;",
    "<!-- comment -->", "<!--", "<![CDATA[ x ]]>", "<?php echo 1 ?>", "<!DOCTYPE html>", "</p>",
    "<", ">", "</", "<a", "<p <p>", "<script>", "</script>",
    # React 18's streamed parts, boundaries and placeholders, in any order and nesting
    "<!--$?-->", "<!--/$-->", "<!--$-->", "<!--$!-->", '<template id="B:0"></template>', '<template id="B:1">',
    '<template id="P:1"></template>', '<div hidden id="S:0">', '<div hidden id="S:1">', "</template>",
)  # fmt: skip
LEAVES = st.one_of(hostile_text, st.sampled_from(JUNK))
html_fragments = st.recursive(LEAVES, _element, max_leaves=40)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """A page-shaped soup of random elements, attributes and text."""
    head = "".join(draw(st.lists(html_fragments, max_size=4)))
    body = "".join(draw(st.lists(html_fragments, max_size=8)))
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# --------------------------------------------------------------------------- real pages


real_pages = st.sampled_from(seed_pages())

_TAG_START = re.compile(rb"<[a-zA-Z/]")


def tag_positions(page: bytes) -> list[int]:
    """Where tags start in a page: the cut points for structural mutations."""
    return [m.start() for m in _TAG_START.finditer(page)] or [0]


class Mutated:
    """A mutated page; its repr names the seed page and the edits, not the bytes."""

    def __init__(self, seed: SeedPage) -> None:
        self.seed = seed
        self.data = seed.data
        self.edits: list[tuple[object, ...]] = []

    def __repr__(self) -> str:
        return f"Mutated({self.seed.name!r}, edits={self.edits!r})"


@st.composite
def mutated_pages(draw: st.DrawFn) -> Mutated:
    """A real page with a slice between two tags duplicated, deleted, moved or deeply nested."""
    out = Mutated(draw(real_pages))
    for _ in range(draw(st.integers(1, 3))):
        page = out.data
        positions = tag_positions(page)
        a = draw(st.sampled_from(positions))
        b = draw(st.sampled_from(positions))
        start, end = min(a, b), max(a, b)
        chunk = page[start:end]
        op = draw(st.sampled_from(("duplicate", "delete", "repeat", "nest", "nest-unclosed", "move")))
        edit: tuple[object, ...] = (op, start, end)
        if op == "duplicate":
            page = page[:end] + chunk + page[end:]
        elif op == "delete":
            page = page[:start] + page[end:]
        elif op == "repeat":
            times = draw(st.integers(2, 200))
            page = page[:end] + chunk[:2000] * times + page[end:]
            edit += (times,)
        elif op == "move":
            rest = page[:start] + page[end:]
            at = draw(st.integers(0, len(rest)))
            page = rest[:at] + chunk + rest[at:]
            edit += (at,)
        else:
            depth = draw(st.sampled_from((10, 150, 1000, 2100, 50_000)))
            tag = draw(st.sampled_from((b"div", b"span", b"blockquote", b"li", b"p", b"table", b"a")))
            opening = b"<%s>" % tag * depth
            closing = b"" if op == "nest-unclosed" else b"</%s>" % tag * depth
            page = page[:start] + opening + chunk + closing + page[end:]
            edit += (tag.decode(), depth)
        out.data = page
        out.edits.append(edit)
    return out


# --------------------------------------------------------------------------- encodings

ENCODINGS = (
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "iso8859-15", "cp1251",
    "koi8-r", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr", "cp1256", "iso8859-7", "utf-7",
)  # fmt: skip
DECLARED_CHARSETS = (
    *ENCODINGS, "x-unknown", "", "utf8mb4", "rot13", "base64", "zlib", "undefined", "unicode_escape",
    "punycode", "idna", "hex", "uu", "bz2", "mbcs", "utf-8\x00", "\u202eutf-8", "a" * 300,
)  # fmt: skip


# --------------------------------------------------------------------------- JSON-LD

LD_KEYS = (
    "@context", "@type", "@id", "@graph", "@value", "headline", "name", "author", "datePublished",
    "dateModified", "commentCount", "interactionStatistic", "userInteractionCount", "itemListElement",
    "item", "position", "url", "image", "publisher", "articleSection", "inLanguage", "keywords",
    "mainEntityOfPage", "description", "articleBody", "alternativeHeadline",
)  # fmt: skip
LD_TYPES = (
    "NewsArticle", "Article", "BlogPosting", "WebPage", "BreadcrumbList", "ListItem", "Person",
    "Organization", "WebSite", "ImageObject", "schema:NewsArticle", "http://schema.org/Article",
)  # fmt: skip
HUGE_NUMBERS = (
    "1e400", "-1e400", "1e-400", "-3", "-0", "0.5", "3.0", "NaN", "Infinity", "-Infinity",
    "99999999999999999999999999", "9" * 5000, "1" + "0" * 4400, "0x10", "1_000",
)  # fmt: skip

ld_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
    st.sampled_from(HOSTILE_URLS),
    st.sampled_from(LD_TYPES),
    st.sampled_from(("2024-01-31T10:00:00+01:00", "2024-02-30", "0000-00-00", "9999-12-31T99:99", "yesterday")),
)
ld_values = st.recursive(
    ld_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(LD_KEYS), hostile_text), children, max_size=5),
    ),
    max_leaves=30,
)


@st.composite
def id_cycles(draw: st.DrawFn) -> Any:
    """A ``@graph`` whose nodes point at each other (and themselves) by ``@id``."""
    count = draw(st.integers(1, 6))
    ids = [f"https://example.org/#node{i}" for i in range(count)]
    nodes = []
    for i, node_id in enumerate(ids):
        node: dict[str, Any] = {"@id": node_id, "@type": draw(st.sampled_from(LD_TYPES))}
        for key in draw(st.lists(st.sampled_from(("author", "publisher", "isPartOf", "item", "mainEntityOfPage")))):
            node[key] = {"@id": ids[draw(st.integers(0, count - 1))]}
        if i == 0:
            node["headline"] = draw(st.one_of(hostile_text, ld_values))
        nodes.append(node)
    return {"@context": "https://schema.org", "@graph": nodes}


@st.composite
def json_ld_blocks(draw: st.DrawFn) -> str:
    """The text of a JSON-LD script: valid-but-wrong data, huge numbers, deep nesting, junk."""
    kind = draw(st.sampled_from(("typed", "random", "cycle", "number", "deep", "broken")))
    if kind == "typed":
        obj = draw(st.dictionaries(st.sampled_from(LD_KEYS), ld_values, max_size=8))
        obj["@type"] = draw(st.one_of(st.sampled_from(LD_TYPES), ld_values))
        text = json.dumps(obj, ensure_ascii=draw(st.booleans()))
    elif kind == "random":
        text = json.dumps(draw(ld_values))
    elif kind == "cycle":
        text = json.dumps(draw(id_cycles()))
    elif kind == "number":
        key = draw(st.sampled_from(("commentCount", "position", "headline", "userInteractionCount", "datePublished")))
        text = f'{{"@type": "NewsArticle", "headline": "H", "{key}": {draw(st.sampled_from(HUGE_NUMBERS))}}}'
    elif kind == "deep":
        depth = draw(st.sampled_from((100, 1000, 5000, 50_000)))
        opener = draw(st.sampled_from(("[", '{"a":', '{"@graph":[', '{"@type":"NewsArticle","author":')))
        closer = {"[": "]", '{"a":': "}", '{"@graph":[': "]}", '{"@type":"NewsArticle","author":': "}"}[opener]
        text = opener * depth + "1" + closer * draw(st.sampled_from((depth, 0, depth // 2)))
    else:
        valid = json.dumps(draw(ld_values))
        cut = draw(st.integers(0, len(valid)))
        junk = draw(st.sampled_from(("", ",", ",]", "<!--", "-->", "//<![CDATA[", ";", "\x00", "</script>", "}")))
        text = valid[:cut] + junk + valid[cut:]
    return text


# --------------------------------------------------------------------------- comment counts

COMMENT_TEXTS = (
    "1e400", "-3", "- 3", "−3", "3.5", "1,000", "1.000", "1 000", "99999999999", "9" * 400, "NaN",
    "Infinity", "0x1F", "٣", "۳", "³", "Ⅻ", "１２", "3 Comments", "No comments", "Be the first",
    "12k", "1.2K", "-", "", "  ", "\u202e21", "2\x001",
)  # fmt: skip
comment_texts = st.one_of(st.sampled_from(COMMENT_TEXTS), hostile_text)
