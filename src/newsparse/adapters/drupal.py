"""Drupal: article nodes as Drupal core renders them (8 and later, and Drupal 7).

A Drupal page shows one *node*: ``<article class="node node--type-article
node--view-mode-full">`` (Drupal 7: ``<div class="node node-article">``). Its values are
*fields*, each printed in a wrapper named after it: ``field--name-body`` (the text),
``field--name-field-image``, ``field--name-field-tags``, ``field--name-uid`` and
``field--name-created`` in the submitted line. Sites that build the text from
`Paragraphs <https://www.drupal.org/project/paragraphs>`_ print one
``paragraph--type--<type>`` item per block of the body. The breadcrumb is
``nav.breadcrumb``, the site's name the branding block's ``site-name``.

:class:`DrupalAdapter` reads those inside the page's main node (never the teasers of
other nodes listed inside it) and keeps what the generic adapter finds where a custom
theme prints none of them.

>>> from newsparse import parse
>>> page = b'''<html lang="en"><head><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"></head>
... <body class="path-node page-node-type-article"><h1 class="page-title">Rain again</h1>
... <article class="node node--type-article node--view-mode-full">
... <div class="node__submitted">Submitted by <span class="field--name-uid">Jo Reporter</span></div>
... <div class="field field--name-body"><p>It rained.</p></div>
... <div class="field--name-field-tags"><div class="field__item"><a href="/t/1">Weather</a></div></div>
... </article></body></html>'''
>>> a = parse(page, "https://news.example/node/1")
>>> a.headline, a.byline.text, [b.text for b in a.body], a.tags
('Rain again', 'Jo Reporter', ['It rained.'], ('Weather',))
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsparse.adapters.base import BOILERPLATE, Fingerprint, Node, Nodes, Text, Texts, blocks_from, field, text_without
from newsparse.adapters.generic import GenericAdapter, main_content
from newsparse.article import Block, Byline, Day, Image, Source
from newsparse.document import compile_css
from newsparse.extract import byline_from_text, clean_text, parse_date, split_caption_credit

__all__ = ["DrupalAdapter"]

_NODES = (
    compile_css(".node--view-mode-full"),
    compile_css("article.node, div.node[id^='node-'], article[class*='node--type-']"),
)
# Paragraph types that hold the article's own text (``text``, ``simple-text``,
# ``text-with-image``, ``wysiwyg``, ``body``, ``heading``, ``list``, ``table``).
_TEXT_PARAGRAPH = re.compile(r"paragraph--type--[\w-]*(?:text|wysiwyg|body|copy|rich|heading|subhead|list|table)")
# ... and the ones that never do, even when their name says "text": embeds and their
# intros, pull quotes that repeat the text (amnesty.de's ``citation-widget``), teasers.
_OTHER_PARAGRAPH = re.compile(
    r"paragraph--type--[\w-]*(?:embed|tweet|social|citation|pull|quote|teaser|related|newsletter|cta|"
    r"call-to-action|petition|donat|banner|iframe|form)"
)
_BODY_FIELDS = compile_css(
    ".field--name-body, .field-name-body, .field--name-field-body, .field-name-field-body, "
    ".field--name-field-text, .field--name-field-article-body"
)
_PARAGRAPH_ITEMS = compile_css("[class*='paragraph--type--']")
# Other entities printed inside a node: listed nodes, custom blocks (``block_content``,
# an ad or a promo with its own ``field--name-body``) and views listing other content.
_OTHER_ENTITY_CLASSES = frozenset({"node", "block-block-content", "views-element-container", "view"})


def _owned_by(element: etree._Element, node: etree._Element) -> bool:
    """True when ``element`` belongs to ``node`` itself, not to another entity printed in it."""
    for ancestor in element.iterancestors():
        if ancestor is node:
            return True
        if _is_other_entity(ancestor):
            return False
    return False


def _is_other_entity(element: etree._Element) -> bool:
    classes = (element.get("class") or "").split()
    return bool(_OTHER_ENTITY_CLASSES.intersection(classes)) or any(c.startswith("node--type-") for c in classes)


def _is_text_paragraph(item: etree._Element) -> bool:
    classes = item.get("class") or ""
    return bool(_TEXT_PARAGRAPH.search(classes)) and not _OTHER_PARAGRAPH.search(classes)


def _in_other_paragraph(element: etree._Element, node: etree._Element) -> bool:
    """True when ``element`` sits in a paragraph item that is not text (an embed's intro)."""
    for ancestor in element.iterancestors():
        if ancestor is node:
            return False
        if "paragraph--type--" in (ancestor.get("class") or "") and not _is_text_paragraph(ancestor):
            return True
    return False


class DrupalAdapter(GenericAdapter):
    """Drupal core markup: the article node's fields, Paragraphs, breadcrumb and branding."""

    name = "drupal"
    description = "Drupal article nodes: node--type-article, field--name-body, Paragraphs, nav.breadcrumb"
    fingerprints = (
        Fingerprint(weight=1.0, meta="generator=^Drupal", label="generator Drupal"),
        Fingerprint(
            weight=0.5,
            css="script[data-drupal-selector='drupal-settings-json'], link[href*='/sites/default/files/'], "
            "script[src*='/core/misc/drupal'], [data-drupal-link-system-path]",
            label="Drupal assets",
        ),
        Fingerprint(
            weight=1.0,
            css="article.node, div.node[id^='node-'], [class*='node--type-'], body[class*='node-type-']",
            label="node template",
        ),
    )
    threshold = 1.5
    content_skip = (
        BOILERPLATE + ", .visually-hidden, .element-invisible, drupal-media, .media, [class*='media--type-'], "
        ".embedded-entity, [class*='third-party-services']"
    )

    # ------------------------------------------------------------------ the table
    node_title = Text("h1.page-title, h1.node__title, h1 .field--name-title, h1#page-title, h1.title")
    node_author = Text(
        ".node__meta .field--name-uid, .node__submitted .field--name-uid, .field--name-field-author, "
        ".field--name-field-authors, .field-name-field-author, .submitted .username, .node__author",
        within="node",
    )
    node_times = Nodes("time[datetime], [property~='dc:date'][content]", within="node")
    node_dates = Texts(
        ".field--name-created, .field--name-field-date, .field--name-field-publication-date, "
        ".field-name-field-date, [class$='-date'], [class*='date ']",
        within="node",
    )
    node_categories = Texts(
        "[class*='field--name-field-section'] .field__item, [class*='field--name-field-categor'] .field__item, "
        "[class*='field--name-field-channel'] .field__item, [class*='field--name-field-ressort'] .field__item, "
        "[class*='field-name-field-section'] .field-item, [class*='field-name-field-categor'] .field-item, "
        "[class$='-category'], [class*='-category ']",
        within="node",
    )
    tag_texts = Texts(
        "[class*='field--name-field-tags'] a, [class*='field--name-field-tags'] .field__item, "
        "[class*='field-name-field-tags'] a, [class*='field--name-field-keywords'] a, [class*='keywords'] a",
        within="node",
    )
    node_image = Node(
        "[class*='field--name-field-image'], [class*='field--name-field-media-image'], "
        "[class*='field--name-field-teaser-image'], [class*='field-name-field-image']",
        within="node",
    )
    comment_area = Node(".field--type-comment, section.comments, #comments", within="node")
    comments = Nodes("article.comment, .comment.js-comment, div.comment", within="node")
    site_title = Text(".site-name, .site-branding__name, #site-name")

    # ------------------------------------------------------------------ the hard parts

    def is_own(self, element: etree._Element) -> bool:
        """The generic heuristics leave out what the entities printed inside the node show
        (a teaser node's date, a custom block's author). Outside the node the page is read
        as the generic adapter reads it: a site may print the same node again there (King
        Arthur's recipe "quickview" with the author in the page header)."""
        inside_other = False
        for ancestor in element.iterancestors():
            if ancestor is self.node:
                return not inside_other
            inside_other = inside_other or _is_other_entity(ancestor)
        return True

    def belongs_to(self, element: etree._Element, within: str, scope: etree._Element) -> bool:
        """Inputs read inside the main node leave out the other entities printed in it
        (listed nodes, custom blocks, views)."""
        return within != "node" or _owned_by(element, scope)

    @field
    def node(self) -> etree._Element | None:
        """The page's main node: the full view of the node, else the first node."""
        for selector in _NODES:
            found = selector(self.doc.root)
            if found:
                return found[0]
        return None

    @field
    def comment_items(self) -> int:
        return len(self.comments)

    @field
    def title(self) -> Iterator[tuple[str | None, Source]]:
        yield self.node_title, "markup"
        yield GenericAdapter.title.compute(self), "markup"

    @field
    def text_parts(self) -> tuple[etree._Element, ...]:
        """The node's text fields in page order: the body field and the text paragraphs."""
        if self.node is None:
            return ()
        node = self.node
        parts = [el for el in _BODY_FIELDS(node) if _owned_by(el, node) and not _in_other_paragraph(el, node)]
        parts += [el for el in _PARAGRAPH_ITEMS(node) if _is_text_paragraph(el) and _owned_by(el, node)]
        # A part inside another part (a body field inside a text paragraph) is read once.
        kept = [p for p in parts if not any(a in parts for a in p.iterancestors())]
        order = {el: i for i, el in enumerate(self.node.iter())}
        return tuple(sorted(kept, key=lambda el: order.get(el, 0)))

    @field
    def content(self) -> etree._Element | None:
        return self.text_parts[0] if self.text_parts else main_content(self.doc.root)

    @field
    def paragraphs(self) -> tuple[Block, ...]:
        if not self.text_parts:
            return blocks_from(self.content, self.content_skip)
        return tuple(block for part in self.text_parts for block in blocks_from(part, self.content_skip))

    @field
    def author_text(self) -> Iterator[tuple[str | None, Source]]:
        yield self.node_author, "markup"
        yield GenericAdapter.author_text.compute(self), "markup"

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        yield byline_from_text(self.author_text), "markup"
        yield from GenericAdapter.byline.compute(self)

    @field
    def date_text(self) -> str | None:
        """The node's date: a machine-readable ``datetime``/RDF ``dc:date``, else the shown date."""
        for element in self.node_times:
            value = clean_text(element.get("datetime") or element.get("content"))
            if parse_date(value):
                return value
        for text in self.node_dates:
            if len(text) <= 60 and parse_date(text):
                return text
        return None

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        yield parse_date(self.date_text), "markup"
        yield from GenericAdapter.published.compute(self)

    @field
    def categories(self) -> tuple[str, ...]:
        return tuple(label for label in self.node_categories if len(label) <= 60)

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        yield self.field_image(self.node_image), "markup"
        yield from GenericAdapter.lead_image.compute(self)

    def field_image(self, wrapper: etree._Element | None) -> Image | None:
        """The image of an image field, with the caption and credit the field prints beside it."""
        image = self.image_from(wrapper)
        if wrapper is None or image is None or image.caption:
            return image
        # A field prints its label ("Caption", "Photo Credit") before its value, often only for screen readers.
        caption = text_without(next(iter(_CAPTIONS(wrapper)), None), _FIELD_LABELS)
        credit = text_without(next(iter(_CREDITS(wrapper)), None), _FIELD_LABELS)
        if credit:
            credit = split_caption_credit(credit)[1] or credit
        elif caption:
            caption, credit = split_caption_credit(caption)
        return Image(url=image.url, caption=caption, credit=credit)


_CAPTIONS = compile_css("figcaption, [class*=caption], [class*=description], [class*=legend]")
_CREDITS = compile_css("[class*=copyright], [class*=credit], [class*=source]")
_FIELD_LABELS = ".field__label, .visually-hidden, .element-invisible"
