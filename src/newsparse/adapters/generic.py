"""The generic adapter: structured data first, then page heuristics, for any news page.

It reads what every site publishes for search engines (JSON-LD, OpenGraph, microdata,
meta) and what most article templates share (one ``h1``, a main content block, a
breadcrumb, ``rel=prev/next`` links, a comment counter), so that a site no adapter
knows still gives a useful Article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsparse.adapters.base import Adapter, Text, Texts, field, ld_text
from newsparse.article import Byline, Day, Image, Source
from newsparse.document import compile_css
from newsparse.extract import (
    MAX_NESTED_MATCHES,
    byline_from_text,
    clean_text,
    parse_date,
    raw_text_of,
    text_of,
    without_deep_nesting,
)

__all__ = ["GenericAdapter", "main_content"]

# Containers sites mark as the article text, most explicit first.
CONTENT_SELECTORS = (
    "[itemprop=articleBody]",
    "article .entry-content",
    ".entry-content",
    ".post-content",
    ".article-body",
    ".article-content",
    ".story-body",
    "[class*=article-body]",
    "[class*=articleBody]",
    "[class*=story-body]",
    ".post-body",
)
_PARAGRAPHS = compile_css("p")
_MIN_CONTENT_CHARS = 200


def main_content(root: etree._Element) -> etree._Element | None:
    """The element that holds the article text.

    An element the site marks as the article body wins when it holds most of the
    paragraph text such elements hold (the first of the most explicit kind); else the
    element whose direct paragraphs carry the most text, links discounted (text density
    over link density). ``article`` and ``main`` are no markers: themes wrap whole
    templates, login boxes included, in them.
    """
    found = [el for selector in CONTENT_SELECTORS for el in compile_css(selector)(root)]
    chars = _paragraph_chars(found)
    marked = [(el, chars[el]) for el in found]
    most = max((chars for _, chars in marked), default=0)
    if most >= _MIN_CONTENT_CHARS:
        return next(el for el, chars in marked if chars >= 0.6 * most)
    scores: dict[etree._Element, float] = {}
    for p in without_deep_nesting(_PARAGRAPHS(root)):
        parent = p.getparent()
        if parent is None:
            continue
        text = clean_text(raw_text_of(p)) or ""
        if len(text) < 25:
            continue
        links = sum(len(raw_text_of(a)) for a in without_deep_nesting(list(p.iter("a"))))
        score = len(text) * (1.0 - min(1.0, links / max(1, len(text))))
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:  # a short page: its article or main element, if any
        return next(iter(compile_css("article, main, [role=main]")(root)), None)
    return max(scores, key=lambda el: scores[el])


def _paragraph_chars(elements: list[etree._Element]) -> dict[etree._Element, int]:
    """The paragraph characters inside each element (its own ``p`` included).

    Marked elements nest (a page can wrap 2,000 ``.entry-content`` divs in one another),
    so counting each one's paragraphs separately would cost depth x paragraphs. Instead
    each outermost element is walked once: an element's descendants are one contiguous
    run of the walk, so its count is the difference of a running total.
    """
    wanted = set(elements)
    chars: dict[etree._Element, int] = {}
    for top in elements:
        if top in chars:
            continue
        total = open_paragraphs = 0
        opened: dict[etree._Element, int] = {}
        for event, el in etree.iterwalk(top, events=("start", "end")):
            if event == "start":
                if el in wanted:
                    opened[el] = total
                if el.tag == "p":
                    # A p nested in MAX_NESTED_MATCHES others is in their text already
                    # (see without_deep_nesting).
                    if open_paragraphs < MAX_NESTED_MATCHES:
                        total += len(raw_text_of(el).strip())
                    open_paragraphs += 1
            else:
                if el.tag == "p":
                    open_paragraphs -= 1
                if el in opened:
                    chars[el] = total - opened.pop(el)
    return chars


_BREADCRUMB_CONTAINERS = (
    "nav[aria-label*=readcrumb], [class*=breadcrumb], [id*=breadcrumb], [itemtype$=BreadcrumbList], .crumbs"
)


class GenericAdapter(Adapter):
    """Structured data and page heuristics; the fallback for pages no adapter claims."""

    name = "generic"
    description = "Any page: JSON-LD, OpenGraph, microdata, meta and markup heuristics"
    byline_from_structured_data = True

    subtitle = Text("[itemprop=alternativeHeadline], .subtitle, .standfirst, .article-subtitle, .entry-sub-title")
    comments_text = Text(
        ".comments-link, .comment-count, .comments-count, [class*=comment-count], [class*=comments-count], .count-comments"
    )
    # WordPress prints category links as rel="category tag": those are sections, not tags.
    tag_texts = Texts("[rel~=tag]:not([rel~=category]), .tags a, .post-tags a, .article-tags a")

    @field
    def title(self) -> str | None:
        """The main heading: the ``h1`` that agrees with the structured headline, else the first."""
        headings = [t for t in (text_of(h) for h in without_deep_nesting(list(self.doc.root.iter("h1")))) if t]
        if not headings:
            return None
        wanted = {_fold(t) for t in (self.doc.meta_first("og:title"), ld_text(self.ld.get("headline"))) if t}
        for heading in headings:
            folded = _fold(heading)
            if any(folded and (folded == w or w.startswith(folded) or folded.startswith(w)) for w in wanted):
                return heading
        inside = self.doc.css_first("article h1, main h1, [role=main] h1")
        return text_of(inside) if inside is not None else headings[0]

    @field
    def content(self) -> etree._Element | None:
        return main_content(self.doc.root)

    @field
    def crumb_nodes(self) -> tuple[etree._Element, ...]:
        for container in compile_css(_BREADCRUMB_CONTAINERS)(self.doc.root):
            items = [li for li in container.iter("li")] or [a for a in container.iter("a")]
            if items:
                return tuple(items)
        return ()

    @field
    def author_text(self) -> str | None:
        for selector in _BYLINE_SELECTORS:
            for el in without_deep_nesting(compile_css(selector)(self.doc.root)):
                text = text_of(el)
                if text and len(text) <= 80 and not _not_a_name(text):
                    return text
        return None

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        yield byline_from_text(self.author_text), "markup"
        yield self.byline_from_json_ld(), "json-ld"
        yield (
            byline_from_text(
                self.doc.meta_first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
            ),
            "meta",
        )
        yield self.signoff[1], "heuristic"

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        yield parse_date(ld_text(self.ld.get("datePublished"))), "json-ld"
        yield parse_date(self.doc.meta_first("article:published_time", "og:published_time")), "opengraph"
        yield parse_date(self.doc.microdata_value("datePublished")), "microdata"
        for el in compile_css("article time[datetime], header time[datetime], time[datetime]")(self.doc.root):
            if not _marks_modified(el):
                yield parse_date(el.get("datetime")), "markup"
        yield (
            parse_date(
                self.doc.meta_first(
                    "date", "pubdate", "publishdate", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date"
                )
            ),
            "meta",
        )

    @field
    def previous_link(self) -> etree._Element | None:
        return _rel_link(self.doc.root, "prev")

    @field
    def next_link(self) -> etree._Element | None:
        return _rel_link(self.doc.root, "next")

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        yield from Adapter.section.compute(self)
        yield self.doc.meta_first("article:section"), "opengraph"

    @field
    def tags(self) -> Iterator[tuple[tuple[str, ...], Source]]:
        yield self.tag_texts, "markup"
        yield tuple(t for t in (clean_text(v) for v in self.doc.meta.get("article:tag", ())) if t), "opengraph"

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        figure = self.doc.css_first("article figure, main figure, [itemprop=image]")
        yield self.image_from(figure), "markup"
        url = self.doc.resolve(self.doc.meta_first("og:image", "og:image:url", "twitter:image"))
        yield (Image(url=url) if url else None), "opengraph"


_BYLINE_SELECTORS = (
    "article [rel~=author]",
    "[rel~=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    ".byline .author",
    ".byline",
    ".author-name",
    ".post-author",
    ".entry-author",
)
_NOT_NAMES = (
    "admin",
    "administrator",
    "posted by",
    "share",
    "follow",
    "subscribe",
    "login",
    "anonymous",
    "redaktion admin",
)


def _not_a_name(text: str) -> bool:
    lowered = text.casefold()
    return any(lowered == n or lowered.startswith(n + " ") for n in _NOT_NAMES) or "@" in text or "http" in lowered


def _marks_modified(el: etree._Element) -> bool:
    """True for a ``time`` element that holds the last-modified date, not the published one.

    WordPress prints ``<time class="entry-date published updated">`` for a post never
    edited, and a separate ``<time class="updated">`` once it is.
    """
    classes = set((el.get("class") or "").split())
    if "dateModified" in (el.get("itemprop") or "").split():
        return True
    return bool(classes & {"updated", "modified", "date-modified"}) and "published" not in classes


# Pages carry a handful of rel=prev/next links; looking further only lets a hostile
# page make us climb 2,000 ancestors for each of 100,000 links.
_MAX_REL_LINKS = 20


def _rel_link(root: etree._Element, rel: str) -> etree._Element | None:
    for a in compile_css(f"a[rel~={rel}]")(root)[:_MAX_REL_LINKS]:
        parent_classes = " ".join((anc.get("class") or "") for anc in a.iterancestors())
        if "pagination" in parent_classes or "page-numbers" in (a.get("class") or ""):
            continue
        return a
    return None


def _fold(text: str | None) -> str:
    return _NON_WORD.sub(" ", (text or "").casefold()).strip()


_NON_WORD = re.compile(r"[\W_]+")
