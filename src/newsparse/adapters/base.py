"""The adapter base class: a table of where each field lives, plus the hard parts.

An adapter declares *inputs*, the places on the page a theme puts things, one line each
(``title = Text("h1.entry-title")``), and inherits the *fields* of :class:`Adapter`,
which turn those inputs into Article values with the shared helpers of
:mod:`newsparse.extract` and fall back on structured data (JSON-LD, OpenGraph, meta,
microdata). A refinement is a subclass that changes a line or overrides one field.

Inputs and fields are computed once per page, on first use, and cached. A field
method may ``return`` a value or ``yield`` ``(value, source)`` candidates in order of
preference: the first non-empty candidate wins and its source becomes the field's
provenance. A field that raises is recorded as a :class:`~newsparse.Problem` and left
empty, unless the parse is strict.

>>> from newsparse.adapters.base import Adapter, Text
>>> class MySite(Adapter):
...     name = "my-site"
...     title = Text("h1.story-title")
...     subheadline = Text("p.story-deck")
>>> from newsparse import parse
>>> page = b'<h1 class="story-title">ALGERIE : Hello</h1><p class="story-deck">A deck</p>'
>>> a = parse(page, adapter=MySite)
>>> a.kicker, a.headline, a.subheadline
('ALGERIE', 'Hello', 'A deck')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from types import GeneratorType
from typing import Any, ClassVar, Generic, TypeVar, cast, overload

import attrs
from lxml import etree

from newsparse.article import (
    CONTENT_FIELDS,
    Article,
    Block,
    Byline,
    Crumb,
    Day,
    Image,
    Link,
    Neighbors,
    Problem,
    Provenance,
    Source,
)
from newsparse.content import points_to_another_article, signup_boxes
from newsparse.cssmatch import Finder, Matcher, compile_finder, compile_matcher
from newsparse.document import INDEXED_TAGS, CompiledCss, Document, compile_css
from newsparse.errors import AdapterError, FieldError
from newsparse.extract import (
    BREAKING_TAGS,
    SKIPPED_TAGS,
    block_kind,
    byline_from_text,
    clean_breadcrumb,
    clean_text,
    comment_count_from_text,
    drop_signoff,
    is_ad_label,
    is_bold_heading,
    is_neighbor_label,
    is_placeholder_image,
    is_promotion_flag,
    is_site_image,
    is_small_image,
    is_textless,
    language_tag,
    neighbor_title,
    parse_date,
    raw_text_of,
    reads_as_paragraph,
    signs_with_a_name,
    split_caption_credit,
    split_kicker,
    text_of,
    widest_in_srcset,
    without_deep_nesting,
    without_title_headings,
)
from newsparse.heuristics import without_trailing_separators

__all__ = [
    "BOILERPLATE",
    "FIELD_INPUTS",
    "WP_COMMENTS",
    "WP_COMMENT_AREA",
    "Adapter",
    "Attr",
    "Count",
    "Fingerprint",
    "Node",
    "Nodes",
    "Sourced",
    "Text",
    "Texts",
    "UrlRule",
    "blocks_from",
    "field",
    "ld_count",
    "ld_name",
    "ld_names",
    "ld_sections",
    "ld_text",
    "leading_figure",
    "text_without",
]

T = TypeVar("T")
_COMPUTING = object()
#: Other meta tags that carry the publication date, most common first (after
#: ``article:published_time``): Dublin Core, Sailthru, Parse.ly and sites' own names.
PUBLISHED_META = (
    "date", "pubdate", "publishdate", "published-date", "published", "dc.date", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "article.published",
)  # fmt: skip
_LENIENT_ADVICE = (
    "; parse without strict=True to keep the other fields (this one is then left empty and listed in article.problems)"
)
_MISSING = object()


@attrs.frozen
class Sourced(Generic[T]):
    """A value together with the kind of source it was read from."""

    value: T
    source: Source


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, (tuple, list, str, Neighbors)):
        return not value  # Neighbors() is falsy when both sides are None
    return False


def _empty_for(name: str) -> Any:
    if name in ("breadcrumb", "body", "tags"):
        return ()
    if name == "neighbors":
        return Neighbors()
    return None


# --------------------------------------------------------------------------- cached members

_NOT_ITERATORS = (type(None), str, tuple, list, dict, int, etree._Element)


class _Member(Generic[T]):
    """A value computed once per adapter instance (per page), with problems recorded."""

    name: str = "?"
    source: Source = "markup"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def compute(self, adapter: Adapter) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    @overload
    def __get__(self, adapter: None, owner: type) -> _Member[T]: ...
    @overload
    def __get__(self, adapter: Adapter, owner: type) -> T: ...
    def __get__(self, adapter: Adapter | None, owner: type) -> Any:
        if adapter is None:
            return self
        name = self.name
        cache = adapter._values
        value = cache.get(name, _MISSING)
        if value is _COMPUTING:
            raise FieldError(
                f"{type(adapter).__name__}.{name} depends on itself: a bug in the adapter, break the cycle between its fields",
                field=name,
                adapter=adapter.name,
            )
        if value is not _MISSING:
            return value
        cache[name] = _COMPUTING
        try:
            value, source = self._settle(adapter)
        except FieldError:
            del cache[name]
            raise
        except Exception as exc:
            if adapter.strict:
                del cache[name]
                raise FieldError(
                    f"adapter {adapter.name!r} failed on field {name!r}: {type(exc).__name__}: {exc}{_LENIENT_ADVICE}",
                    field=name,
                    adapter=adapter.name,
                ) from exc
            adapter.problems.append(Problem(field=name, message=f"{type(exc).__name__}: {exc}"[:500]))
            value, source = _empty_for(name), None
        cache[name] = value
        # A non-data descriptor: from now on the instance attribute answers, without this call.
        adapter.__dict__[name] = value
        if source is not None and not _is_empty(value):
            adapter._sources[name] = source
        return value

    def _settle(self, adapter: Adapter) -> tuple[Any, Source | None]:
        result = self.compute(adapter)
        # A generator is the usual iterator; the ABC check costs more than the type check.
        if type(result) is GeneratorType or (not isinstance(result, _NOT_ITERATORS) and isinstance(result, Iterator)):
            for candidate in result:
                value, source = candidate if isinstance(candidate, tuple) else (candidate, self.source)
                if isinstance(value, Sourced):
                    value, source = value.value, value.source
                if not _is_empty(value):
                    return value, source
            return _empty_for(self.name), None
        if isinstance(result, Sourced):
            return result.value, result.source
        return result, self.source


class field(_Member[Any]):  # noqa: N801 - used as a decorator, reads like ``property``
    """Decorator: a method that computes one input or field of an adapter.

    The method may return the value, a :class:`Sourced` value, or yield
    ``(value, source)`` candidates; the first non-empty candidate wins.
    """

    def __init__(self, method: Callable[[Any], Any]) -> None:
        self.method = method
        self.__doc__ = method.__doc__

    def compute(self, adapter: Adapter) -> Any:
        return self.method(adapter)


class _Selector(_Member[T]):
    """An input read from the page by a CSS selector (compiled once, when the class is made)."""

    def __init__(self, selector: str | None, *, within: str | None = None) -> None:
        self.selector = selector
        self._compiled: CompiledCss | None = compile_css(selector) if selector else None
        self.within = within
        # A bare landmark tag ("article", "h1") is read from the document's tag index.
        self._indexed = selector if selector in INDEXED_TAGS and within is None else None
        # A search of the whole page skips the alternatives the page cannot match.
        searches_page = selector and within is None and self._indexed is None
        self._matcher: Matcher | None = compile_matcher(selector) if searches_page else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.selector!r})"

    def matches(self, adapter: Adapter) -> list[etree._Element]:
        if self._compiled is None:
            return []
        if self._indexed is not None:
            return adapter.doc.elements(self._indexed)
        if self.within:
            scope = getattr(adapter, self.within)
            if scope is None:
                return []
            found = adapter._found_within(self.within, scope, self._compiled)
            if type(adapter).belongs_to is Adapter.belongs_to:
                return found
            return [el for el in found if adapter.belongs_to(el, self.within, scope)]
        return cast(Matcher, self._matcher).select(adapter.doc, adapter.doc.root)


class Text(_Selector[str | None]):
    """The normalised text of the first element matching the selector that shows any."""

    def compute(self, adapter: Adapter) -> str | None:
        # A match nested in others shows no text they do not show: skipping deep ones
        # changes nothing and keeps 2,000 nested empty matches from costing 2,000 walks.
        for el in without_deep_nesting(self.matches(adapter)):
            text = text_of(el)
            if text:
                return text
        return None


class Texts(_Selector[tuple[str, ...]]):
    """The texts of every matching element, in page order, empty and repeated ones dropped."""

    def compute(self, adapter: Adapter) -> tuple[str, ...]:
        out: dict[str, None] = {}  # ordered and O(1) per lookup: a page may hold 100,000 matches
        for el in without_deep_nesting(self.matches(adapter)):
            text = text_of(el)
            if text:
                out[text] = None
        return tuple(out)


class Node(_Selector[etree._Element | None]):
    """The first element matching the selector."""

    def compute(self, adapter: Adapter) -> etree._Element | None:
        found = self.matches(adapter)
        return found[0] if found else None


class Nodes(_Selector[tuple[etree._Element, ...]]):
    """Every element matching the selector."""

    def compute(self, adapter: Adapter) -> tuple[etree._Element, ...]:
        return tuple(self.matches(adapter))


class Attr(_Selector[str | None]):
    """An attribute of the first matching element that has it (e.g. ``datetime``)."""

    def __init__(self, selector: str | None, attr: str, *, within: str | None = None) -> None:
        super().__init__(selector, within=within)
        self.attr = attr

    def compute(self, adapter: Adapter) -> str | None:
        for el in self.matches(adapter):
            value = clean_text(el.get(self.attr))
            if value:
                return value
        return None


class Count(_Selector[int | None]):
    """How many elements match (None when the selector is not declared)."""

    def compute(self, adapter: Adapter) -> int | None:
        return None if self._compiled is None else len(self.matches(adapter))


# --------------------------------------------------------------------------- selection rules


def _normal_domain(domain: str) -> str:
    return domain.strip().lower().lstrip(".")


@attrs.frozen(kw_only=True)
class UrlRule:
    """Choose an adapter for URLs of a domain (and its subdomains), optionally under a path.

    When several rules match a URL, the one with the higher ``priority`` wins, then the
    longer domain, then the longer path.

    >>> UrlRule(domain="example.dz", path="/news/").matches("https://www.example.dz/news/a")
    True
    """

    domain: str = attrs.field(converter=_normal_domain)
    path: str = "/"
    priority: int = 0

    def matches(self, url: str | None) -> bool:
        """Whether ``url`` is on the rule's domain (or a subdomain) and under its path."""
        if not url:
            return False
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        return (host == self.domain or host.endswith("." + self.domain)) and (parts.path or "/").startswith(self.path)

    def specificity(self) -> tuple[int, int, int]:
        """How specific the rule is, for ordering: priority, domain labels, path length."""
        return (self.priority, self.domain.count(".") + 1, len(self.path))


@attrs.frozen(kw_only=True)
class Fingerprint:
    """A markup trait of a theme and how much it counts towards recognising it.

    Exactly one test is given: ``body_class`` (a class on ``<body>``, or a prefix of
    one when it ends with ``-``), ``css`` (a selector that must match), ``script``
    (a regular expression searched in the page's inline scripts), or ``meta``
    (``name=regex`` for a meta tag's content, e.g. ``generator=^WordPress``).
    ``weight`` is what the trait adds to the adapter's score when the page shows it;
    ``label`` names the trait in :meth:`~newsparse.Detection.explain`.
    """

    weight: float = 1.0
    body_class: str | None = None
    css: str | None = None
    script: str | None = None
    meta: str | None = None
    label: str | None = None

    def __attrs_post_init__(self) -> None:
        given = [t for t in (self.body_class, self.css, self.script, self.meta) if t is not None]
        if len(given) != 1:
            raise AdapterError(
                f"a Fingerprint takes exactly one of body_class, css, script, meta; got {len(given)}: "
                "declare one Fingerprint per trait"
            )
        if self.css is not None:
            compile_css(self.css)  # an invalid selector raises AdapterError now, not when a page is read
        pattern = self.script if self.script is not None else (self.meta or "").partition("=")[2]
        if self.script is not None or self.meta is not None:
            try:
                _regex(pattern)
            except re.error as exc:
                kind = "script" if self.script is not None else "meta"
                raise AdapterError(f"invalid regular expression in Fingerprint({kind}={given[0]!r}): {exc}") from None

    def describe(self) -> str:
        """The trait as ``detect`` explains it: the ``label``, else the test."""
        if self.label:
            return self.label
        for kind in ("body_class", "css", "script", "meta"):
            value = getattr(self, kind)
            if value is not None:
                return f"{kind} {value!r}"
        return "?"  # pragma: no cover

    @property
    def cost(self) -> int:
        """Roughly how much of the page testing the trait reads, from 0 (least) to 4.

        0: the ``<body>`` classes; 1: a listed element or two (``body#x``,
        ``h1.y``); 2: the inline scripts; 3: the meta tags, or the attributes of every
        ``link``, ``script`` or ``meta``; 4: the whole tree (a CSS search, or every class
        and id value). :meth:`~newsparse.Registry.choose` tests cheap traits first, and
        costly ones only when the cheap ones leave the choice open.

        >>> Fingerprint(body_class="jnews").cost, Fingerprint(css=".jeg_inner_content").cost
        (0, 4)
        """
        if self.body_class is not None:
            return 0
        if self.css is not None:
            matcher = compile_matcher(self.css)
            if matcher.searches_tree:
                return 4
            return 3 if matcher.listed_tags & _MANY_PER_PAGE else 1
        return 2 if self.script is not None else 3

    def test(self, doc: Document) -> bool:
        """Whether the page shows this trait."""
        if self.body_class is not None:
            if self.body_class.endswith("-"):
                return any(c.startswith(self.body_class) for c in doc.body_classes)
            return self.body_class in doc.body_classes
        if self.css is not None:
            return compile_matcher(self.css).matches_in(doc)
        if self.script is not None:
            return doc.scripts_match(self.script)
        name, _, pattern = (self.meta or "").partition("=")
        regex = _regex(pattern)
        return any(regex.search(v) for v in doc.meta.get(name.lower(), ()))


# The listed tags a page has dozens of.
_MANY_PER_PAGE = frozenset({"meta", "link", "script"})
_REGEXES: dict[str, re.Pattern[str]] = {}


def _regex(pattern: str) -> re.Pattern[str]:
    compiled = _REGEXES.get(pattern)
    if compiled is None:
        compiled = _REGEXES[pattern] = re.compile(pattern)
    return compiled


# --------------------------------------------------------------------------- body blocks

# Never article text wherever they appear in a content block.
BOILERPLATE = (
    "figure, figcaption, .wp-caption-text, .wp-caption, [class*=caption], aside, nav, form, button, "
    ".sharedaddy, .share, [class*=share-], [class*=social], [class*=related], [class*=newsletter], "
    "[class*=advert], .ads, .ad, .adsbygoogle, [id*=div-gpt], [class*=sponsor], "
    "[class*=author-box], [class*=author-bio], [class*=read-also], [class*=readmore], "
    "[class*=read-more], [class*=comment], [class*=tags], [hidden], [style*='display:none'], "
    "[style*='display: none'], blockquote.twitter-tweet, blockquote.instagram-media, "
    ".tiktok-embed, .twitter-video, .fb-post, .fb-video, blockquote.fb-xfbml-parse-ignore, "
    "blockquote.wp-embedded-content, blockquote.bluesky-embed, blockquote.text-post-media, "
    "blockquote.reddit-embed-bq, header, footer, [class*=next-prev], [class*=prev-next], [class*=post-navigation], "
    "[class*=nav-links], [class*=breadcrumb], "
    # WordPress plugins found inside theme content: Ad Inserter blocks, the Molongui author
    # box, AddToAny share buttons.
    ".code-block[class*=code-block-], .m-a-box, [class*=addtoany]"
)


# WordPress's comment markup, which most themes keep: the area is rendered when it holds
# the comment list or the reply form (an empty ``#comments`` box is no area), and
# ``comment_class()`` gives every comment the class ``comment``.
WP_COMMENT_AREA = "#comments .commentlist, #comments .comment-list, #comments #respond, .comments-template #respond"
WP_COMMENTS = "#comments .comment, .comments-template .comment"


def leading_figure(content: etree._Element | None) -> etree._Element | None:
    """The figure (or image) that opens a content element, before any of its text.

    Themes that print no featured image of their own (Publisher with the block editor)
    leave the article's opening figure to stand as its lead image.

    >>> from newsparse.document import Document
    >>> doc = Document.from_page("<div id=c><p></p><figure><img src='/a.jpg'></figure><p>Text</p></div>")
    >>> leading_figure(doc.css_first("#c")).tag
    'figure'
    >>> leading_figure(Document.from_page("<div id=c><p>Text</p><figure></figure></div>").css_first("#c")) is None
    True
    """
    if content is None:
        return None
    for el in content.iterdescendants():
        if not isinstance(el.tag, str) or el.tag in SKIPPED_TAGS:
            continue
        if el.tag in ("figure", "img") or "wp-caption" in (el.get("class") or "").split():
            return el
        if el.tag in _BLOCK_TAGS and text_of(el):
            return None
    return None


def blocks_from(content: etree._Element | None, skip: str | None = None) -> tuple[Block, ...]:
    """The body blocks of a content element, in reading order.

    Paragraphs, headings, list items, quotes and preformatted text become blocks; text
    set loose in the container (separated by ``<br>``) becomes paragraphs. Elements
    matching ``skip`` (a CSS selector: captions, ads, share bars, ...), newsletter
    sign-up boxes (:func:`~newsparse.content.signup_boxes`) and scripts, styles and
    comments are left out.
    """
    if content is None:
        return ()
    skipped = compile_matcher(skip).bind(content) if skip else _never
    boxes = frozenset(signup_boxes(content))
    if boxes:
        skipped = _or_in(boxes, skipped)
    builder = _BlockBuilder(skipped, _holding_blocks(content))
    builder.walk(content, None, 0)
    builder.flush(None)
    blocks = builder.blocks
    # A writer's name set in bold as the last line is a sign-off, not a subheading
    # (``<p><strong>Rachid Ighil</strong></p>``): a paragraph again, for drop_signoff.
    if blocks and blocks[-1] is builder.bold_line and signs_with_a_name(blocks[-1].text):
        blocks[-1] = Block(kind="paragraph", text=blocks[-1].text)
    return tuple(blocks)


def _never(element: etree._Element) -> bool:
    return False


def _or_in(
    elements: frozenset[etree._Element], test: Callable[[etree._Element], bool]
) -> Callable[[etree._Element], bool]:
    return lambda element: element in elements or test(element)


_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "tr", "figcaption", "address"}
)
_MAX_DEPTH = 150
_CELLS = frozenset({"td", "th"})


def _holding_blocks(content: etree._Element) -> set[etree._Element]:
    """The elements of ``content`` with a block or line-breaking element somewhere inside.

    One pass, climbing from each block only until an ancestor already known: linear in
    the page, where asking each element in turn would scan its subtree again and again.
    """
    holding: set[etree._Element] = set()
    for el in content.iter():
        tag = el.tag
        if el is content or not isinstance(tag, str) or (tag not in _BLOCK_TAGS and tag not in BREAKING_TAGS):
            continue
        parent = el.getparent()
        while parent is not None and parent not in holding:
            holding.add(parent)
            if parent is content:
                break
            parent = parent.getparent()
    return holding


class _BlockBuilder:
    def __init__(self, skipped: Callable[[etree._Element], bool], holding: set[etree._Element]) -> None:
        self.skipped = skipped
        self.holding = holding
        self.blocks: list[Block] = []
        self.loose: list[str] = []
        #: The last bold paragraph read as a heading.
        self.bold_line: Block | None = None

    def flush(self, kind: str | None) -> None:
        if not self.loose:  # most calls: between two blocks with nothing loose in between
            return
        text = clean_text("".join(self.loose))
        self.loose = []
        if text and not is_ad_label(text):
            self._add(Block(kind="quote" if kind == "quote" else "paragraph", text=text))

    def _add(self, block: Block) -> None:
        # A "Lire aussi : <title>" line points to another article (FIELDS.md: read-also
        # links are no body), whatever markup the theme or the writer gave it.
        if not is_textless(block) and not (block.kind != "quote" and points_to_another_article(block.text)):
            self.blocks.append(block)

    def emit(self, element: etree._Element, kind: str, plain: bool = False) -> None:
        if element.tag == "tr":
            text = clean_text(" ".join(filter(None, (text_of(cell) for cell in element if cell.tag in _CELLS))))
        elif plain:  # no script, style or line break inside: lxml reads the text in one call
            text = clean_text(element.text if not len(element) else _plain_text(element))
        else:
            text = text_of(element)
        if not text or is_ad_label(text):
            return
        if kind == "heading" and reads_as_paragraph(text):
            kind = "paragraph"  # a chapô set as a heading (lapresse.tn's h5)
        bold = kind == "paragraph" and element.tag == "p" and is_bold_heading(element, text)
        block = Block(kind="heading" if bold else kind, text=text)  # type: ignore[arg-type]
        if bold:
            self.bold_line = block
        self._add(block)

    def walk(self, node: etree._Element, context: str | None, depth: int) -> None:
        if node.text:
            self.loose.append(node.text)
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED_TAGS or self.skipped(child):
                if child.tail:
                    self.loose.append(child.tail)
                continue
            if tag == "br":
                if self.loose and self.loose[-1] == "\n":
                    self.flush(context)  # two <br> in a row end a loose paragraph
                else:
                    self.loose.append("\n")
            elif tag in _BLOCK_TAGS or tag in BREAKING_TAGS or depth > _MAX_DEPTH:
                self.flush(context)
                kind = context or block_kind(tag)
                if tag == "tr":
                    # A table row whose cells hold only text is one block, its cells joined.
                    inside = _HOLDS_BLOCKS if self._row_has_blocks(child) else _TEXT_WITH_SKIPS
                elif tag in _BLOCK_TAGS:
                    inside = self._inside(child)
                else:
                    inside = _HOLDS_BLOCKS
                if depth > _MAX_DEPTH or inside != _HOLDS_BLOCKS:
                    self.emit(child, kind, plain=inside == _PLAIN_TEXT)
                else:
                    self.walk(child, "quote" if tag == "blockquote" else context, depth + 1)
                    self.flush(kind)
            elif self._has_blocks(child):
                self.walk(child, context, depth + 1)
            else:
                self.loose.append(raw_text_of(child))
            if child.tail:
                self.loose.append(child.tail)

    def _has_blocks(self, element: etree._Element) -> bool:
        return element in self.holding

    @staticmethod
    def _row_has_blocks(row: etree._Element) -> bool:
        """Whether a table row holds blocks other than its own cells (a row is small: scanned)."""
        for el in row.iterdescendants():
            tag = el.tag
            if isinstance(tag, str) and tag not in _CELLS and (tag in _BLOCK_TAGS or tag in BREAKING_TAGS):
                return True
        return False

    def _inside(self, element: etree._Element) -> int:
        """What a block element holds: plain text, text needing care (scripts...), or blocks.

        An element holding no blocks is read whole and not walked, so each element is
        scanned here at most once.
        """
        if not len(element):
            return _PLAIN_TEXT
        if element in self.holding:
            return _HOLDS_BLOCKS
        for el in element.iterdescendants():
            if not isinstance(el.tag, str) or el.tag in SKIPPED_TAGS:
                return _TEXT_WITH_SKIPS
        return _PLAIN_TEXT


_PLAIN_TEXT, _TEXT_WITH_SKIPS, _HOLDS_BLOCKS = 0, 1, 2


def _plain_text(element: etree._Element) -> str:
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def text_without(element: etree._Element | None, drop: str) -> str | None:
    """The element's visible text, leaving out the descendants that match ``drop``.

    For labels and screen-reader text set inside the element that carries a value:

    >>> from lxml import html
    >>> a = html.fromstring('<a>3 Comments<span class="screen-reader-text"> on Top 10 tips</span></a>')
    >>> text_without(a, ".screen-reader-text")
    '3 Comments'
    """
    if element is None:
        return None
    dropped = compile_css(drop)(element)
    if not dropped:
        return text_of(element)
    return clean_text(raw_text_of(element, skip=set(dropped)))


# --------------------------------------------------------------------------- the adapter


_FINDERS: dict[tuple[type[Adapter], str], Finder | None] = {}


def _finder_within(cls: type[Adapter], within: str) -> Finder | None:
    """The Finder of the selectors ``cls`` reads within the input ``within`` (None for fewer than two)."""
    key = (cls, within)
    if key not in _FINDERS:
        members = [getattr(cls, name) for name in dir(cls)]
        selectors = tuple(
            dict.fromkeys(m.selector for m in members if isinstance(m, _Selector) and m.within == within and m.selector)
        )
        _FINDERS[key] = compile_finder(selectors) if len(selectors) > 1 else None
    return _FINDERS[key]


@lru_cache(maxsize=4096)
def _provenance(field: str, adapter: str, source: Source) -> Provenance:
    # Frozen values from a small set: every page that reads a field the same way shares one.
    return Provenance(field=field, adapter=adapter, source=source)


_NOTHING = None


class Adapter:
    """Base class of every adapter. Subclasses declare inputs; fields are inherited.

    Class attributes:

    - ``name``: unique name (``tagdiv-newspaper``), used by the registry and the CLI;
    - ``description``: one line for ``newsparse adapters``;
    - ``url_rules``: the :class:`UrlRule` objects that choose this adapter by URL;
    - ``fingerprints``: the :class:`Fingerprint` objects whose weights add up to a
      score; ``threshold`` is the score a page must reach to be claimed.
    """

    name: ClassVar[str] = "base"
    description: ClassVar[str] = ""
    url_rules: ClassVar[tuple[UrlRule, ...]] = ()
    fingerprints: ClassVar[tuple[Fingerprint, ...]] = ()
    threshold: ClassVar[float] = 1.0
    #: Selector of things inside the content element that are never body text.
    content_skip: ClassVar[str | None] = BOILERPLATE
    #: Read the lead image's address from its ``srcset`` when no ``src`` gives it: for a
    #: theme whose featured image is a known element and whose lazy loader may name the
    #: picture only there (Soledad). Not for an image found by looking (the first figure).
    image_from_srcset: ClassVar[bool] = False
    #: Selector of the label elements inside a previous/next link (``span.caption``):
    #: left out of the neighbour's title whatever language the site writes them in.
    neighbor_labels: ClassVar[str | None] = None
    #: Read structured data (JSON-LD, meta) for a byline when the page shows none.
    byline_from_structured_data: ClassVar[bool] = False
    #: Inputs (and fields) this class declares itself, filled by ``__init_subclass__``.
    declared: ClassVar[frozenset[str]] = frozenset()

    # ------------------------------------------------------------------ inputs (the table)
    # Each theme adapter overrides these with the places its markup uses.

    #: the main heading text (kicker included when the theme prints it there)
    title: Text | field = Text(_NOTHING)
    #: a kicker printed in its own element
    kicker_text: Text | field = Text(_NOTHING)
    #: the deck under the headline
    subtitle: Text | field = Text(_NOTHING)
    #: the element holding the article text
    content: Node | field = Node(_NOTHING)
    #: the credit line or author names shown
    author_text: Text | field = Text(_NOTHING)
    #: the published date element's ``datetime`` or text
    date_text: Text | Attr | field = Text(_NOTHING)
    #: the modified date element's ``datetime`` or text
    modified_text: Text | Attr | field = Text(_NOTHING)
    #: the theme's comment counter
    comments_text: Text | field = Text(_NOTHING)
    #: the rendered comments (counted when there is no counter)
    comment_items: Count | field = Count(_NOTHING)
    #: the comment area (present means comments are shown, even if none)
    comment_area: Node | field = Node(_NOTHING)
    #: the breadcrumb's items (links, and the unlinked current item)
    crumb_nodes: Nodes | field = Nodes(_NOTHING)
    #: the "previous article" link (or a block holding it)
    previous_link: Node | field = Node(_NOTHING)
    #: the "next article" link (or a block holding it)
    next_link: Node | field = Node(_NOTHING)
    #: the category labels shown with the article
    categories: Texts | field = Texts(_NOTHING)
    #: the tag labels shown with the article
    tag_texts: Texts | field = Texts(_NOTHING)
    #: the lead image (an ``img``, or a ``figure`` holding one)
    image: Node | field = Node(_NOTHING)
    #: the lead image's caption
    image_caption: Text | field = Text(_NOTHING)
    #: the site's name shown in the header (logo text)
    site_title: Text | field = Text(_NOTHING)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = {name for name, value in vars(cls).items() if isinstance(value, _Member)}
        cls.declared = frozenset(own | set(getattr(cls, "declared", frozenset())))

    def __init__(self, doc: Document, *, url: str | None = None, strict: bool = False) -> None:
        self.doc = doc
        self._caller_url = url
        self.strict = strict
        self.problems: list[Problem] = []
        self._values: dict[str, Any] = {}  # every member computed so far, by name
        self._sources: dict[str, Source] = {}
        self._found: dict[str, dict[str, list[etree._Element]]] = {}  # see _found_within

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} on {self.doc!r}>"

    def belongs_to(self, element: etree._Element, within: str, scope: etree._Element) -> bool:
        """Whether ``element``, found inside the input ``within`` (``scope``), is that scope's own.

        Inputs declared ``within=`` keep only what this says yes to. The default keeps
        everything; an adapter whose scope can hold other items of its kind (related posts
        printed inside a WordPress post, nodes inside a Drupal node) overrides it.
        """
        return True

    def _found_within(self, within: str, scope: etree._Element, search: CompiledCss) -> list[etree._Element]:
        """What ``search`` finds in ``scope``, the value of the input ``within``.

        The inputs declared ``within`` the same input are found together, in one walk of
        the scope (:class:`~newsparse.cssmatch.Finder`): a theme's header, text and footer
        inside its ``article`` cost one walk instead of three searches.
        """
        found = self._found.get(within)
        if found is None:
            finder = _finder_within(type(self), within)
            if finder is None:
                return compile_matcher(search.selector).select(self.doc, scope)
            found = self._found[within] = dict(zip(finder.selectors, finder.find(scope, self.doc), strict=True))
        elements = found.get(search.selector)
        return compile_matcher(search.selector).select(self.doc, scope) if elements is None else elements

    # ------------------------------------------------------------------ class-level API

    @classmethod
    def score(cls, doc: Document) -> tuple[float, tuple[str, ...]]:
        """How well the page's markup matches this adapter: the score and the traits found."""
        total, reasons = 0.0, []
        for fp in cls.fingerprints:
            if fp.test(doc):
                total += fp.weight
                reasons.append(fp.describe())
        return total, tuple(reasons)

    @classmethod
    def supported_fields(cls) -> tuple[str, ...]:
        """The Article fields this adapter reads from the page's own markup."""
        out = []
        for name in CONTENT_FIELDS:
            inputs = FIELD_INPUTS.get(name, ())
            if name in cls.declared or any(i in cls.declared for i in inputs):
                out.append(name)
        return tuple(out)

    def sourced(self, name: str) -> tuple[Any, Source]:
        """A field's value and the kind of source it was read from (``markup`` when it has
        none: an empty value), for an adapter that hands the field to another: a field's
        candidate, as its generator yields them."""
        value = getattr(self, name)
        return value, self._sources.get(name, "markup")

    def article(self) -> Article:
        """Extract every field and build the Article."""
        values = {name: getattr(self, name) for name in CONTENT_FIELDS}
        problems = [*self.doc.problems, *self.problems]
        provenance = tuple(_provenance(n, self.name, self._sources[n]) for n in CONTENT_FIELDS if n in self._sources)
        # An adapter may produce values the model refuses: drop each one, named, and
        # never crash the batch. Each round empties one more field, so this ends.
        for _ in range(len(CONTENT_FIELDS) + 1):
            try:
                return Article(**values, provenance=provenance, problems=problems)
            except (TypeError, ValueError) as exc:
                name = str(exc).split(" ", 1)[0].split("[", 1)[0]
                if self.strict:
                    raise FieldError(
                        f"adapter {self.name!r} produced an invalid {name}: {exc}{_LENIENT_ADVICE}",
                        field=name,
                        adapter=self.name,
                    ) from exc
                if name not in values or _is_empty(values[name]):
                    raise  # not a field value: a bug in the model, not in the page
                values[name] = _empty_for(name)
                problems.append(Problem(field=name, message=f"invalid value dropped: {exc}"[:500]))
                provenance = tuple(p for p in provenance if p.field != name)
        raise AssertionError("unreachable: every field was emptied")  # pragma: no cover

    # ------------------------------------------------------------------ helpers for fields

    def link(self, node: etree._Element | None, *, drop: str | None = None) -> Link | None:
        """A :class:`Link` from an anchor, or from the first anchor inside ``node`` that shows a title.

        Themes often print a thumbnail link before the titled one (Jannah, Soledad); the
        titled anchor wins. A previous/next label inside the anchor (``Vorher``,
        ``Article suivant``) is left out of the title (:func:`~newsparse.extract.neighbor_title`);
        ``drop`` is a selector of further parts of the anchor that are labels, not the
        title (``<span class="meta-nav">Previous Post</span>``).
        """
        if node is None:
            return None
        untitled = None
        for anchor in [node] if node.tag == "a" else node.iter("a"):
            url = self.doc.resolve(anchor.get("href"))
            if url is None:
                continue
            title = neighbor_title(anchor, compile_css(drop)(anchor) if drop else ())
            # A link that shows only its label ("Next Post", which WordPress prints for a
            # post with no title) has no title.
            if title and not is_neighbor_label(title):
                return Link(title=title, url=url)
            untitled = untitled or Link(title=None, url=url)
        return untitled

    def crumb(self, node: etree._Element) -> Crumb | None:
        """A :class:`Crumb` from a breadcrumb item (an anchor, or an item holding one)."""
        label = text_of(node) or clean_text(node.get("title"))
        if not label:
            return None
        anchor = node if node.tag == "a" else next(node.iter("a"), None)
        url = self.doc.resolve(anchor.get("href")) if anchor is not None else None
        return Crumb(label=label.strip(" ›»>‹«</|").strip() or label, url=url)

    @property
    def ld(self) -> dict[str, Any]:
        """The page's main JSON-LD article object, or an empty dict."""
        return self.doc.article_ld or {}

    # ------------------------------------------------------------------ the fields

    @field
    def url(self) -> Iterator[tuple[str | None, Source]]:
        yield self.url_given, "caller"
        yield self.doc.canonical_link, "markup"

    @property
    def url_given(self) -> str | None:
        return self._caller_url

    @field
    def canonical_url(self) -> Iterator[tuple[str | None, Source]]:
        yield self.doc.canonical_link, "markup"

    @field
    def language(self) -> Iterator[tuple[str | None, Source]]:
        yield language_tag(self.doc.language_attr), "markup"
        yield language_tag(self.doc.meta_first("og:locale")), "opengraph"  # fr_FR is fr-FR
        yield language_tag(ld_text(self.ld.get("inLanguage"))), "json-ld"

    @field
    def site_name(self) -> Iterator[tuple[str | None, Source]]:
        # A template may leave its title separator at the end ("Ambient Air Solutions |").
        yield without_trailing_separators(self.doc.meta_first("og:site_name")), "opengraph"
        yield ld_name(self.ld.get("publisher")), "json-ld"
        for obj in self.doc.json_ld_of_type("WebSite", "Organization", "NewsMediaOrganization"):
            yield ld_text(obj.get("name")), "json-ld"
        yield self.site_title, "markup"

    @field
    def kicker(self) -> Iterator[tuple[str | None, Source]]:
        yield self.kicker_text, "markup"
        if not self.kicker_text:
            yield split_kicker(self.title)[0], "markup"

    @field
    def headline(self) -> Iterator[tuple[str | None, Source]]:
        if self.title:
            yield (self.title if self.kicker_text else split_kicker(self.title)[1]), "markup"
        yield ld_text(self.ld.get("headline")), "json-ld"
        yield self.doc.meta_first("og:title"), "opengraph"

    @field
    def subheadline(self) -> str | None:
        return self.subtitle

    @field
    def breadcrumb(self) -> Iterator[tuple[tuple[Crumb, ...], Source]]:
        crumbs = [c for c in map(self.crumb, without_deep_nesting(self.crumb_nodes)) if c is not None]
        titles = (self.title, self.headline, ld_text(self.ld.get("headline")))
        trail = clean_breadcrumb(crumbs, *titles)
        # A last crumb that links to this very page is the article, whatever its label says.
        yield (trail[:-1] if trail and self.is_this_page(trail[-1].url) else trail), "markup"
        if not self.crumb_nodes:
            yield self.breadcrumb_from_json_ld(), "json-ld"

    def is_this_page(self, url: str | None) -> bool:
        """Whether ``url`` is the page's own address (the caller's or the canonical one),
        its fragment and a last ``/`` aside."""
        if url is None:
            return False
        own = {_page_address(self.url_given), _page_address(self.doc.canonical_link)}
        return _page_address(url) in own

    def breadcrumb_from_json_ld(self) -> tuple[Crumb, ...]:
        """The JSON-LD ``BreadcrumbList``, minus its last item when that is the article."""
        for trail in self.doc.json_ld_of_type("BreadcrumbList"):
            items = trail.get("itemListElement")
            if not isinstance(items, list):
                continue
            ordered = sorted((i for i in items if isinstance(i, dict)), key=_ld_position)
            crumbs = []
            for item in ordered:
                thing = item.get("item")
                label = ld_text(item.get("name")) or (ld_text(thing.get("name")) if isinstance(thing, dict) else None)
                href = thing.get("@id") or thing.get("url") if isinstance(thing, dict) else thing
                if label:
                    crumbs.append(Crumb(label=label, url=self.doc.resolve(href if isinstance(href, str) else None)))
            if crumbs:
                if crumbs[-1].url is None or self.is_this_page(crumbs[-1].url):
                    crumbs.pop()
                return clean_breadcrumb(crumbs, self.title, self.headline)
        return ()

    @field
    def paragraphs(self) -> tuple[Block, ...]:
        """Every block of the content element, before the sign-off is taken out."""
        return blocks_from(self.content, self.content_skip)

    @field
    def signoff(self) -> tuple[tuple[Block, ...], Byline | None]:
        return drop_signoff(self.paragraphs)

    @field
    def body(self) -> tuple[Block, ...]:
        blocks, signoff = self.signoff
        if signoff is None or self.byline != signoff or self.author_text:
            blocks = self.paragraphs
        # A template that prints the headline again as the text's first heading (Drupal's
        # recipe and chart pages) does not make it part of the text.
        return tuple(without_title_headings(blocks, self.title, self.headline))

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        yield byline_from_text(self.author_text), "markup"
        yield self.signoff[1], "markup"
        if self.byline_from_structured_data:
            yield self.byline_from_json_ld(), "json-ld"

    def byline_from_json_ld(self) -> Byline | None:
        names = ld_names(self.ld.get("author"))
        if not names:
            return None
        return Byline(text=", ".join(names), authors=tuple(names))

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        yield parse_date(self.date_text), "markup"
        yield parse_date(ld_text(self.ld.get("datePublished"))), "json-ld"
        yield parse_date(self.doc.meta_first("article:published_time", "og:published_time")), "opengraph"
        yield parse_date(self.doc.microdata_value("datePublished")), "microdata"
        yield parse_date(self.doc.meta_first(*PUBLISHED_META)), "meta"

    @field
    def modified(self) -> Iterator[tuple[Day | None, Source]]:
        yield parse_date(self.modified_text), "markup"
        yield parse_date(ld_text(self.ld.get("dateModified"))), "json-ld"
        yield parse_date(self.doc.meta_first("article:modified_time", "og:updated_time")), "opengraph"
        yield parse_date(self.doc.microdata_value("dateModified")), "microdata"

    @field
    def comment_count(self) -> Iterator[tuple[int | None, Source]]:
        yield comment_count_from_text(self.comments_text), "markup"
        if self.comment_area is not None:
            yield self.comment_items or 0, "markup"
        yield ld_count(self.ld.get("commentCount")), "json-ld"

    @field
    def neighbors(self) -> Neighbors:
        labels = self.neighbor_labels
        return Neighbors(
            previous=self.link(self.previous_link, drop=labels), next=self.link(self.next_link, drop=labels)
        )

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        for label in self.categories:
            if not is_promotion_flag(label):
                yield label, "markup"
        for label in self.crumb_sections:
            if not is_promotion_flag(label):
                yield label, "markup"
        for label in ld_sections(self.ld.get("articleSection")):
            yield label, "json-ld"

    @field
    def crumb_sections(self) -> tuple[str, ...]:
        """The breadcrumb's labels under the home page, innermost first: the sections it names."""
        trail: tuple[Crumb, ...] = self.breadcrumb
        if trail and _is_home(trail[0]):
            trail = trail[1:]
        return tuple(crumb.label for crumb in reversed(trail))

    @field
    def tags(self) -> tuple[str, ...]:
        return self.tag_texts

    @field
    def lead_image(self) -> Image | None:
        return self.image_from(self.image, self.image_caption)

    def image_from(self, node: etree._Element | None, caption: str | None = None) -> Image | None:
        """An :class:`Image` from an ``img`` (or an element holding one) and its caption."""
        if node is None:
            return None
        img = node if node.tag == "img" else next(node.iter("img"), None)
        if img is None:
            return None
        src = self._image_address(img)
        if src is None:
            return None  # no address, or a lazy loader's placeholder ("lazy-placeholder.png", "blank.gif")
        # A writer's avatar (by its address, its class: ``avatar pp-user-avatar``, or its
        # size: a 64-pixel headshot), a theme's icon: not the article's picture.
        if is_site_image(src) or "avatar" in (img.get("class") or "").lower() or is_small_image(img):
            return None
        if caption is None and node.tag != "img":
            figcaption = next(node.iter("figcaption"), None)
            credits = _MEDIA_CREDIT(figcaption) if figcaption is not None else []
            if credits:
                # The Media Credit plugin prints the credit in its own span in the caption.
                full, credit = text_of(figcaption) or "", text_of(credits[0]) or ""
                return Image(url=src, caption=clean_text(full.replace(credit, "", 1)), credit=credit or None)
            caption = text_of(figcaption)
        text, credit_text = split_caption_credit(caption)
        return Image(url=src, caption=text, credit=credit_text)

    def _image_address(self, img: etree._Element) -> str | None:
        """The address a picture shows or will load (a lazy loader's ``data-src``), not a
        placeholder's."""
        for attr in ("data-src", "data-lazy-src", "data-original", "src"):
            value = img.get(attr)
            if value and not value.startswith("data:") and not is_placeholder_image(value):
                src = self.doc.resolve(value)
                if src:
                    return src
        if not self.image_from_srcset:
            return None
        # A lazy loader that names the picture only in a srcset (Soledad's ``data-srcset``).
        for attr in ("data-srcset", "data-lazy-srcset", "srcset"):
            widest = widest_in_srcset(img.get(attr))
            if widest and not widest.startswith("data:") and not is_placeholder_image(widest):
                src = self.doc.resolve(widest)
                if src:
                    return src
        return None


_MEDIA_CREDIT = compile_css(".media-credit")


# The inputs each field reads from markup, for :meth:`Adapter.supported_fields`.
FIELD_INPUTS: dict[str, tuple[str, ...]] = {
    "kicker": ("kicker_text", "title"),
    "headline": ("title",),
    "subheadline": ("subtitle",),
    "breadcrumb": ("crumb_nodes",),
    "body": ("content", "paragraphs"),
    "byline": ("author_text", "content"),
    "published": ("date_text",),
    "modified": ("modified_text",),
    "comment_count": ("comments_text", "comment_items", "comment_area"),
    "neighbors": ("previous_link", "next_link"),
    "section": ("categories", "crumb_nodes"),
    "tags": ("tag_texts",),
    "lead_image": ("image",),
    "site_name": ("site_title",),
}


# --------------------------------------------------------------------------- JSON-LD values


def ld_text(value: object) -> str | None:
    """A JSON-LD text value (a string, or the first of a list, or an ``@value``), entities decoded."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return None
    return clean_text(_unescape(str(value)))


def ld_sections(value: object) -> list[str]:
    """The labels of a JSON-LD ``articleSection``: no promotion flag (``Featured``), no URL
    (Yoast on ovolohotels.com gives the post's own address). A string that joins a flag to
    the categories with commas (``à la une,Société``) is read as the list it is; other
    commas stay, as a section's name may hold one (``Arts, Culture & Entertainment``).

    >>> ld_sections("à la une,Société"), ld_sections("Illinois, Local"), ld_sections(["Featured", "Tech"])
    (['Société'], ['Illinois, Local'], ['Tech'])
    """
    labels: list[str | None] = []
    for label in value if isinstance(value, list) else [value]:
        text = ld_text(label)
        parts = [part.strip() for part in text.split(",")] if text and "," in text else []
        labels.extend(parts if any(is_promotion_flag(part) for part in parts) else [text])
    return [label for label in labels if label and not is_promotion_flag(label) and not _ADDRESS.match(label)]


_ADDRESS = re.compile(r"(?:https?:)?//\S+$", re.IGNORECASE)


def _is_home(crumb: Crumb) -> bool:
    """Whether a breadcrumb's first crumb is the site's home page, not a section: it links to
    the site's root (``/``, ``/en/``, ``/us``), is labelled so, or shows no link to tell."""
    if crumb.url is None or crumb.label.casefold() in _HOME_LABELS:
        return True
    path = crumb.url.split("//", 1)[-1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    return _ROOT_PATH.fullmatch(path) is not None


_HOME_LABELS = frozenset(
    {"home", "homepage", "home page", "accueil", "inicio", "início", "portada", "startseite", "start", "الرئيسية"}
)
# The root, a language or region root ("en", "fr-fr", "us"), or the root's index page.
_ROOT_PATH = re.compile(r"(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index\.\w{2,4})?", re.IGNORECASE)


def _page_address(url: str | None) -> str | None:
    """``url`` without its fragment and a last ``/``, to compare two addresses of a page."""
    return url.split("#", 1)[0].rstrip("/") if url else None


def ld_name(value: object) -> str | None:
    """The ``name`` of a JSON-LD thing (or the thing itself when it is a string)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return ld_text(value.get("name"))
    return ld_text(value)


def ld_names(value: object) -> list[str]:
    """Every person or organisation name in a JSON-LD ``author`` value."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        name = ld_name(item)
        if name and name not in names and not name.startswith(("http://", "https://")):
            names.append(name)
    return names


def ld_count(value: object) -> int | None:
    """A non-negative JSON-LD count (``commentCount``), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return int(value.strip())
    if isinstance(value, int) and 0 <= value < 10**9:
        return value
    return None


def _ld_position(item: dict[str, Any]) -> float:
    position = item.get("position")
    try:
        return float(position) if position is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html

    return html.unescape(text)
