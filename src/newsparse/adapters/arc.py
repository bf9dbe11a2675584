"""Arc XP (Fusion): the story as its embedded ANS JSON gives it.

Sites built on Arc XP's Fusion renderer print, in an inline script, the story the page
was rendered from: ``Fusion.globalContent={...};``, in Arc's content format (ANS). It is
the reliable source on those sites, whose markup differs from one site to the next:

- ``headlines.basic``, ``subheadlines.basic``: the headline and the deck;
- ``label``: labels such as the kicker (``label.basic``, La Nación's ``label.volanta``);
- ``credits.by``: the authors (``distributor`` names the desk or agency otherwise);
- ``display_date``, ``first_publish_date``, ``last_updated_date``;
- ``taxonomy``: ``primary_section``, ``sections``, ``tags``;
- ``promo_items.basic``: the lead image with its caption and credits;
- ``content_elements``: the body, one element per paragraph, heading, list, quote,
  image, embed or interstitial link.

The JSON is found with a linear scan for ``Fusion.globalContent=`` and read with
:meth:`json.JSONDecoder.raw_decode` (never evaluated), once per page.

ANS holds values a page may not show (La Nación's ``volanta`` is not rendered); such a
value is only used when the page shows its text. Dates the page shows win over ANS
(the time shown gets the offset of ANS ``display_date``), as FIELDS.md says.

>>> from newsparse import parse
>>> page = '''<html lang="en"><body><h1>Rain again</h1><p class="deck">More tomorrow</p>
... <script>window.Fusion=window.Fusion||{};Fusion.globalContent={"type":"story",
... "headlines":{"basic":"Rain again"},"subheadlines":{"basic":"More tomorrow"},
... "credits":{"by":[{"type":"author","name":"Jo Reporter"}]},
... "content_elements":[{"type":"text","content":"It <b>rained</b>."},{"type":"header","content":"Why"}]};
... Fusion.globalContentConfig={};</script></body></html>'''
>>> a = parse(page, "https://news.example/2024/05/01/rain/")
>>> a.subheadline, a.byline.text, [(b.kind, b.text) for b in a.body]
('More tomorrow', 'Jo Reporter', [('paragraph', 'It rained.'), ('heading', 'Why')])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree, html

from newsparse.adapters.base import Fingerprint, field, ld_text
from newsparse.adapters.generic import GenericAdapter
from newsparse.article import Block, BlockKind, Byline, Day, Image, Problem, Source
from newsparse.document import compile_css
from newsparse.extract import (
    align_offset,
    byline_from_text,
    clean_text,
    parse_date,
    raw_text_of,
    split_kicker,
    text_of,
)

__all__ = ["ArcAdapter", "fusion_global_content"]

_GLOBAL_CONTENT = re.compile(r"Fusion\.globalContent\s*=\s*")
_DECODER = json.JSONDecoder(strict=False)


def fusion_global_content(script: str) -> dict[str, Any] | None:
    """The ANS object assigned to ``Fusion.globalContent`` in a script's text, or None.

    A linear scan finds the assignment; :meth:`json.JSONDecoder.raw_decode` reads the
    one JSON value that follows and stops there (the script goes on with other
    assignments). Nothing is evaluated. Raises :class:`ValueError` when the value is not
    valid JSON.

    >>> fusion_global_content('Fusion.arcSite="x";Fusion.globalContent={"type":"story"};Fusion.spa=false;')
    {'type': 'story'}
    >>> fusion_global_content("var a = 1;") is None
    True
    """
    match = _GLOBAL_CONTENT.search(script)
    if match is None or script[match.end() : match.end() + 1] != "{":
        return None
    try:
        value, _ = _DECODER.raw_decode(script, match.end())
    except RecursionError:
        raise ValueError("Fusion.globalContent is nested too deeply to read") from None
    return value if isinstance(value, dict) else None


# ANS content elements that are the story's own text, and the kind of block each gives.
_TEXT_ELEMENTS: dict[str, BlockKind] = {"text": "paragraph", "header": "heading", "code": "preformatted"}
# Label keys that hold a kicker: ANS's ``basic`` and the names sites give it.
_KICKER_LABELS = ("basic", "kicker", "volanta", "overline", "eyebrow", "antetitulo", "antetítulo")
_FIRST_DATE_KEYS = ("display_date", "first_publish_date", "publish_date")
_MAX_ELEMENTS = 5000
_IMG = compile_css("img")
# Page parts whose text is never the story's credit or label (the site's name as a widget title).
_OUTSIDE_THE_STORY = ("aside", "nav", "footer")
_TIMES = compile_css("time")


def _fragment_text(markup: object) -> str | None:
    """The visible text of an ANS HTML fragment (``It <b>rained</b>.``)."""
    if not isinstance(markup, str) or not markup.strip():
        return None
    if "<" not in markup and "&" not in markup:
        return clean_text(markup)
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(markup)
    return text_of(root)


def _text(value: object) -> str | None:
    return clean_text(value) if isinstance(value, str) else None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


class ArcAdapter(GenericAdapter):
    """Arc XP (Fusion) sites: the ANS story in ``Fusion.globalContent``, checked against the page."""

    name = "arc-xp"
    description = "Arc XP (Fusion) sites: the embedded ANS story (Fusion.globalContent), checked against the page"
    fingerprints = (
        Fingerprint(weight=1.5, script=r"Fusion\.globalContent\s{0,20}=\s{0,20}\{", label="Fusion.globalContent (ANS)"),
        Fingerprint(weight=0.5, css="script#fusion-metadata, [id^='fusion-static-enter']", label="Fusion markup"),
        Fingerprint(
            weight=0.5,
            css="script[src*='/pf/dist/'], link[href*='/pf/resources/'], script[src*='/pf/resources/'], "
            "img[src*='arcpublishing.com']",
            label="Fusion / Arc assets",
        ),
    )
    threshold = 1.5

    # ------------------------------------------------------------------ the story

    @field
    def ans(self) -> dict[str, Any]:
        """The page's ANS story (``Fusion.globalContent``), read once; empty when absent or broken."""
        for script in self.doc.root.iter("script"):
            text = script.text
            if not text or "Fusion.globalContent" not in text:
                continue
            try:
                return fusion_global_content(text) or {}
            except ValueError as exc:
                self.problems.append(Problem(field="ans", message=f"Fusion.globalContent is not JSON: {exc}"[:300]))
                return {}
        return {}

    @field
    def visible_text(self) -> str:
        """The page's visible text, case-folded, to check that an ANS value is shown."""
        body = self.doc.root.find("body")
        return (clean_text(raw_text_of(body if body is not None else self.doc.root)) or "").casefold()

    def shown(self, text: str | None) -> bool:
        """True when the page shows ``text`` (ANS holds values a template may not render)."""
        folded = (clean_text(text) or "").casefold()
        return bool(folded) and folded in self.visible_text

    def shown_as_element(self, text: str, *, unlinked: bool = False) -> bool:
        """True when an element of the page holds exactly ``text`` on its own (a credit, a label).

        A word set in bold inside a paragraph ("según pudo saber <b>LA NACION</b>") is
        not a credit, nor is the site's name as the title of a sidebar widget, a menu
        entry or a footer heading (inside ``aside``, ``nav`` or ``footer``). With
        ``unlinked``, text inside a link (a section label linking to its archive) does
        not count either.
        """
        wanted = clean_text(text)
        if not wanted:
            return False
        for node in self.doc.root.iter():
            if not isinstance(node.tag, str) or not node.text or wanted not in node.text or text_of(node) != wanted:
                continue
            if next(node.iterancestors(*_OUTSIDE_THE_STORY), None) is not None:
                continue
            if unlinked and (node.tag == "a" or next(node.iterancestors("a"), None) is not None):
                continue
            paragraph = next(node.iterancestors("p"), None)
            if paragraph is None or text_of(paragraph) == wanted:
                return True
        return False

    # ------------------------------------------------------------------ fields

    @field
    def kicker_text(self) -> str | None:
        labels = _dict(self.ans.get("label"))
        for key in _KICKER_LABELS:
            label = _dict(labels.get(key))
            text = _text(label.get("text"))
            # Shown on its own and not as a link: a label linking to an archive is a section.
            if text and label.get("display", True) is not False and self.shown_as_element(text, unlinked=True):
                return text
        return None

    @field
    def kicker(self) -> Iterator[tuple[str | None, Source]]:
        yield self.kicker_text, "markup"
        yield split_kicker(self.title)[0], "markup"

    @field
    def headline(self) -> Iterator[tuple[str | None, Source]]:
        headline = _text(_dict(self.ans.get("headlines")).get("basic"))
        if headline and self.shown(headline):
            yield headline, "markup"
        yield from GenericAdapter.headline.compute(self)

    @field
    def subtitle(self) -> Iterator[tuple[str | None, Source]]:
        deck = _text(_dict(self.ans.get("subheadlines")).get("basic"))
        if deck and self.shown(deck):
            yield deck, "markup"
        yield GenericAdapter.subtitle.compute(self), "markup"

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        names = [n for n in (_text(_dict(c).get("name")) for c in _list(_dict(self.ans.get("credits")).get("by"))) if n]
        if names:
            yield Byline(text=self.credit_line(names), authors=tuple(dict.fromkeys(names))), "markup"
        # No author: the desk or agency the story is distributed as, when the page prints
        # it as its credit (La Nación's ``span.com-partner`` "LA NACION").
        distributor = _text(_dict(self.ans.get("distributor")).get("name"))
        if distributor and self.shown_as_element(distributor):
            yield byline_from_text(distributor), "markup"
        yield from GenericAdapter.byline.compute(self)

    def credit_line(self, names: list[str]) -> str:
        """The credit as the page prints it (``A y B``), else the names joined by commas."""
        joined = ", ".join(dict.fromkeys(names))
        if len(names) < 2:
            return joined
        first = clean_text(names[0]) or ""
        for node in self.doc.root.iter():
            if isinstance(node.tag, str) and node.text and first in node.text:
                candidate = node
                for _ in range(3):
                    line = text_of(candidate) or ""
                    if all(n in line for n in names) and len(line) <= len(joined) + 30:
                        byline = byline_from_text(line)
                        return byline.text if byline is not None else line
                    parent = candidate.getparent()
                    if parent is None:
                        break
                    candidate = parent
        return joined

    @field
    def date_text(self) -> str | None:
        """The date and time the page shows: the ``time`` elements that sit together, joined."""
        first = next(iter(_TIMES(self.doc.root)), None)
        if first is None:
            return None
        parent = first.getparent()
        group = list(parent.iter("time")) if parent is not None else [first]
        return clean_text(" ".join(text_of(t) or "" for t in group))

    def ans_date(self, *keys: str) -> Day | None:
        for key in keys:
            day = parse_date(_text(self.ans.get(key)))
            if day is not None:
                return day
        return None

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        # The shown time wins, given the offset that makes it ANS display_date's instant;
        # a shown time that is another instant is not trusted.
        reference = self.ans_date(*_FIRST_DATE_KEYS)
        yield align_offset(parse_date(self.date_text), reference), "markup"
        yield reference, "markup"
        yield from GenericAdapter.published.compute(self)

    @field
    def modified(self) -> Iterator[tuple[Day | None, Source]]:
        yield parse_date(ld_text(self.ld.get("dateModified"))), "json-ld"
        yield self.ans_date("last_updated_date"), "markup"
        yield from GenericAdapter.modified.compute(self)

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        taxonomy = _dict(self.ans.get("taxonomy"))
        yield _text(_dict(taxonomy.get("primary_section")).get("name")), "markup"
        for section in _list(taxonomy.get("sections")):
            yield _text(_dict(section).get("name")), "markup"
        yield from GenericAdapter.section.compute(self)

    @field
    def tags(self) -> Iterator[tuple[tuple[str, ...], Source]]:
        labels = (_text(_dict(t).get("text")) for t in _list(_dict(self.ans.get("taxonomy")).get("tags")))
        yield tuple(dict.fromkeys(t for t in labels if t and self.shown(t))), "markup"
        yield from GenericAdapter.tags.compute(self)

    @field
    def paragraphs(self) -> tuple[Block, ...]:
        elements = _list(self.ans.get("content_elements"))
        if not elements:
            return GenericAdapter.paragraphs.compute(self)  # type: ignore[no-any-return]
        return tuple(_blocks(elements))

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        promo = _dict(_dict(self.ans.get("promo_items")).get("basic"))
        if promo.get("type", "image") == "image" and (promo.get("url") or promo.get("_id")):
            caption = _fragment_text(promo.get("caption"))
            credits = [_text(_dict(c).get("name")) for c in _list(_dict(promo.get("credits")).get("by"))]
            credit = ", ".join(c for c in credits if c) or None
            url = self.shown_image(promo) or self.doc.resolve(_text(promo.get("url")))
            if url:
                yield Image(url=url, caption=caption, credit=credit), "markup"
        yield from GenericAdapter.lead_image.compute(self)

    def shown_image(self, promo: dict[str, Any]) -> str | None:
        """The ``src`` of the page's rendition of an ANS image (Arc's resizer keeps its id in the URL)."""
        image_id = _text(promo.get("_id"))
        if not image_id:
            return None
        for img in _IMG(self.doc.root):
            for attr in ("src", "data-src"):
                src = img.get(attr)
                if src and image_id in src and not src.startswith("data:"):
                    return self.doc.resolve(src)
        return None


def _blocks(elements: list[Any]) -> Iterator[Block]:
    """Body blocks from ANS ``content_elements``: text, headers, lists, block quotes, tables.

    Images, galleries, videos, embeds (``oembed_response``, ``raw_html``), interstitial
    links to other stories and pull quotes are not the story's own text.
    """
    stack: list[Any] = list(reversed(elements[:_MAX_ELEMENTS]))
    while stack:
        element = _dict(stack.pop())
        kind = element.get("type")
        if kind in _TEXT_ELEMENTS:
            text = _fragment_text(element.get("content"))
            if text:
                yield Block(kind=_TEXT_ELEMENTS[kind], text=text)
        elif kind == "list":
            for entry in _list(element.get("items")):
                item = _dict(entry)
                if item.get("type") == "list":
                    stack.append(item)
                    continue
                text = _fragment_text(item.get("content"))
                if text:
                    yield Block(kind="list_item", text=text)
        elif kind == "quote" and element.get("subtype") != "pullquote":
            for inner in _list(element.get("content_elements")):
                text = _fragment_text(_dict(inner).get("content"))
                if text:
                    yield Block(kind="quote", text=text)
        elif kind == "table":
            for row in _list(element.get("rows")):
                cells = (_fragment_text(_dict(cell).get("content")) for cell in _list(row))
                text = clean_text(" ".join(c for c in cells if c))
                if text:
                    yield Block(kind="paragraph", text=text)
        elif kind == "correction":
            text = _fragment_text(element.get("text"))
            if text:
                yield Block(kind="paragraph", text=text)
        elif kind == "element_group":
            stack.extend(reversed(_list(element.get("content_elements"))))
