"""tagDiv themes: Newspaper (classic single template and tagDiv Composer) and Newsmag.

tagDiv's Newspaper is one of the most used WordPress news themes; its single-post page
comes in two shapes. The *classic* template prints ``div.td-post-header`` (breadcrumb,
category labels, ``h1.entry-title``, meta row), ``div.td-post-content`` and a footer
(tags, previous/next, author box). A page built with *tagDiv Composer* lays the same
things out as ``tdb_*`` blocks (``tdb_title``, ``tdb_single_content``, ...) and says so
with ``tdb-template`` in the body class. Newsmag, tagDiv's older magazine theme, prints
the classic template with a different header.

The pages are recognised by traits that hold whatever the site's language, child-theme
folder or plugins: the ``global-block-template-N`` body class and the theme's other body
classes, and the inline script globals (``tdBlocksArray``, ``tdThemeName``). Selectors
start with a tag name and most search only the post's ``article``: class tests over a
whole page cost as much as parsing it.

The theme has no kicker element, so the kicker is split off the title (FIELDS.md's
rule). Labels ("Article précédent", "Vorheriger Artikel", "Por") are translated per
site: nothing here matches label text, only structure.

>>> from newsparse import parse
>>> page = b'''<body class="global-block-template-1 td-standard-pack td-boxed-layout">
... <article><div class="td-post-header"><h1 class="entry-title">ALGERIE : Le titre</h1></div>
... <div class="td-post-content"><p>Le texte.</p><p>APS</p></div></article></body>'''
>>> a = parse(page)
>>> a.kicker, a.headline, a.byline.text, [b.text for b in a.body]
('ALGERIE', 'Le titre', 'APS', ['Le texte.'])
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, cast

import attrs
from lxml import etree

from newsparse.adapters.base import (
    BOILERPLATE,
    Adapter,
    Attr,
    Count,
    Fingerprint,
    Node,
    Nodes,
    Text,
    Texts,
    blocks_from,
    field,
    ld_sections,
)
from newsparse.adapters.generic import GenericAdapter, main_content
from newsparse.article import Block, Byline, Day, Image, Source
from newsparse.document import Document, compile_css
from newsparse.extract import caption_paragraph, clean_text, drop_leading_credits, is_placement_flag, is_promotion_flag
from newsparse.heuristics import time_is_update

__all__ = ["TagdivComposer", "TagdivNewsmag", "TagdivNewspaper"]

_COMMENTS = compile_css("div#comments")
_CRUMBS_INSIDE = compile_css("div.entry-crumbs, div.tdb-breadcrumbs")
# Siblings of the post's containers only: no walk through the rest of the page.
_CRUMBS_BEFORE = etree.XPath(
    "ancestor::*/preceding-sibling::div[contains(concat(' ', normalize-space(@class), ' '), ' td-crumb-container ')]"
)

# Body classes and script globals every tagDiv theme prints (Newspaper and Newsmag).
_TAGDIV = (
    Fingerprint(body_class="global-block-template-", weight=1.0, label="body class global-block-template-N"),
    Fingerprint(body_class="td-animation-stack-", weight=0.5, label="body class td-animation-stack-*"),
    Fingerprint(body_class="td-boxed-layout", weight=0.5),
    Fingerprint(body_class="td-full-layout", weight=0.5),
    Fingerprint(script=r"tdBlocksArray\b", weight=0.5, label="script global tdBlocksArray"),
)
_NEWSPAPER_SCRIPT = r"""tdThemeName\s{0,20}=\s{0,20}["']Newspaper["']"""
_NEWSMAG_SCRIPT = r"""tdThemeName\s{0,20}=\s{0,20}["']Newsmag["']"""

# Inside the content: tagDiv's ad slots (td-a-rec, td-g-rec), inline blocks (related
# posts, "read also"), share bars (theme's and plugins'), the featured image, the slide
# gallery's title and counter, a smart list's pager and a paged post's page links.
_CLUTTER = (
    ".td-a-rec, .td-g-rec, .td-a-ad, .td_block_wrap, [class*=td-post-sharing], .td-post-featured-image, "
    ".shariff, .swp_social_panel, .author-box-wrap, .td-post-source-tags, .td-post-next-prev, "
    ".td-slider-gallery, .td-smart-list-pagination, .page-nav"
)


def _block(kind: str) -> field:
    """An input: the first Composer block of ``kind``, from :attr:`TagdivComposer.blocks`."""
    return field(lambda adapter: adapter.blocks.get(kind))


class TagdivNewspaper(Adapter):
    """tagDiv Newspaper, classic single-post template (``td-post-header`` / ``td-post-content``)."""

    name = "tagdiv-newspaper"
    description = "tagDiv Newspaper theme, classic single template (versions 8 to 12)"
    fingerprints: ClassVar[tuple[Fingerprint, ...]] = (
        *_TAGDIV,
        Fingerprint(script=_NEWSPAPER_SCRIPT, weight=0.5, label='script tdThemeName="Newspaper"'),
        Fingerprint(body_class="td-standard-pack", weight=0.5),
        # The template's own text block: it holds when an optimiser combined the inline
        # scripts away and an older version prints no td-standard-pack.
        Fingerprint(css="div.td-post-content", weight=0.5, label="the classic template's div.td-post-content"),
        # Composer renders this page, or it is Newsmag: the other adapters' pages.
        Fingerprint(body_class="tdb-template", weight=-3.0, label="not: body class tdb-template"),
        Fingerprint(script=_NEWSMAG_SCRIPT, weight=-3.0, label='not: script tdThemeName="Newsmag"'),
    )
    threshold = 2.0
    content_skip = f"{BOILERPLATE}, {_CLUTTER}"

    # The regions of the post, found once; the inputs below search only inside them.
    post = field(lambda self: _post(self.doc))
    header = Node("div.td-post-header", within="post")
    text_block = Node("div.td-post-content", within="post")
    footer = Node("footer", within="post")

    # The h1 as the theme prints it: the kicker, when there is one, is part of it.
    heading = Text("h1.entry-title", within="header")
    subtitle = Text("p.td-post-sub-title", within="header")
    author_name_block = Node("div.td-post-author-name", within="header")
    author_text = Text("a", within="author_name_block")
    # The header's dates: the publication's, and an update's when the page labels one so.
    header_times = Nodes("time", within="header")
    date_text = field(lambda self: _shown_datetime(self.header_times, update=False))
    modified_text = field(lambda self: _shown_datetime(self.header_times, update=True))
    comments_text = Text("div.td-post-comments", within="header")
    category_list = Node("ul.td-category", within="header")
    categories = Texts("a", within="category_list")
    # Templates 3 and 7 and Newsmag print the trail in the header, the default template before the column.
    crumb_nodes = Nodes("a.entry-crumb", within="crumb_trail")
    # The footer's boxes are found in one walk of it; each link is then read in its box.
    previous_box = Node("div.td-post-prev-post", within="footer")
    next_box = Node("div.td-post-next-post", within="footer")
    previous_link = Node("a", within="previous_box")
    next_link = Node("a", within="next_box")
    tag_list = Node("ul.td-tags", within="footer")
    tag_texts = Texts("a", within="tag_list")
    # Shown under the text when the meta row's author is switched off (worldtruth.tv);
    # a hidden vcard (display:none) elsewhere in the footer is not shown.
    author_box_wrap = Node("div.author-box-wrap", within="footer")
    author_box = Text("div.td-author-name", within="author_box_wrap")
    # Template 7 shows the featured image full-screen behind the title.
    image = Node("div.td-post-featured-image, div#td-full-screen-header-image", within="post")
    comment_items = Count("li.comment", within="comment_area")
    site_title = Text("a.td-main-logo span.td-visual-hidden, span.td-logo-text")

    @field
    def title(self) -> str | None:
        # A child theme's own single template prints neither: read the page as the
        # generic adapter does rather than give up (a tagDiv page is still recognised).
        return self.heading or GenericAdapter.title.compute(self)

    @field
    def content(self) -> etree._Element | None:
        return self.text_block if self.text_block is not None else main_content(self.doc.root)

    @field
    def crumb_trail(self) -> etree._Element | None:
        """The breadcrumb block: in the header, else the ``td-crumb-container`` before the post's column."""
        if self.header is not None:
            found = _CRUMBS_INSIDE(self.header)
            if found:
                return found[0]
        before = _elements(_CRUMBS_BEFORE, self.post)
        return before[0] if before else None

    @field
    def comment_area(self) -> etree._Element | None:
        """The comments block, when it shows a form or comments (an empty one shows nothing)."""
        # Beside the article in the default template, inside it in the others.
        parent = self.post.getparent()
        return _shown_comments(parent if parent is not None else self.post)

    # ------------------------------------------------------------------ text

    @field
    def content_blocks(self) -> tuple[Block, ...]:
        """Every block of the content element, credit and caption lines included."""
        return blocks_from(self.content, self.content_skip)

    @field
    def credit_lines(self) -> tuple[tuple[Block, ...], Byline | None]:
        """The text without the credit lines it opens with, and the writer they name."""
        return drop_leading_credits(self.content_blocks)

    @field
    def caption_line(self) -> tuple[str | None, str | None] | None:
        """The lead image's caption and credit when the text ends by printing them."""
        blocks = self.credit_lines[0]
        return caption_paragraph(blocks[-1].text) if len(blocks) > 1 else None

    @field
    def paragraphs(self) -> tuple[Block, ...]:
        blocks: tuple[Block, ...] = self.credit_lines[0]
        return blocks[:-1] if self.caption_line is not None else blocks

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        # The writer the text credits wins over the account that posted it.
        yield self.credit_lines[1], "markup"
        yield from Adapter.byline.compute(self)
        yield self.byline_box, "markup"
        if self.generic is not None:
            yield self.generic.sourced("byline")

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        yield from Adapter.published.compute(self)
        if self.generic is not None:
            yield self.generic.sourced("published")

    @field
    def modified(self) -> Iterator[tuple[Day | None, Source]]:
        yield from Adapter.modified.compute(self)
        if self.generic is not None:
            yield self.generic.sourced("modified")

    @field
    def generic(self) -> GenericAdapter | None:
        """The page as the generic adapter reads it, when the theme's single template does
        not print the post: a child theme's own template shows neither the theme's post
        header nor its text block, so its date and credit sit where no theme selector looks
        (thesoftwarereport.com: ``<h4>Published</h4><div class="single-post-date">``). A
        field the theme's template shows but the site switched off stays empty."""
        if self.header is not None or self.text_block is not None:
            return None
        return GenericAdapter(self.doc, url=self.url_given, strict=self.strict)

    @field
    def byline_box(self) -> Byline | None:
        text = self.author_box
        return Byline(text=text, authors=(text,)) if text else None

    # ------------------------------------------------------------------ the rest

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        # The breadcrumb names the primary category; the labels list every category.
        categories = list(self.crumb_sections)
        for label in (*categories, *self.categories):
            if not is_promotion_flag(label):
                yield label, "markup"
        for label in ld_sections(self.ld.get("articleSection")):
            yield label, "json-ld"
        # A catch-all such as "News" is still the section when it is all the page shows; a
        # placement flag ("Featured", "À LA UNE") never is.
        yield next((label for label in (*categories, *self.categories) if not is_placement_flag(label)), None), "markup"

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        image = self.image_from(self.image, self.image_caption)
        if image is not None and image.caption is None and image.credit is None and self.caption_line:
            caption, credit = self.caption_line
            image = attrs.evolve(image, caption=caption, credit=credit)
        yield image, "markup"
        if self.text_block is None:  # not the theme's template: as for the text, read it generically
            yield from GenericAdapter.lead_image.compute(self)


class TagdivComposer(TagdivNewspaper):
    """tagDiv Newspaper with a tagDiv Composer single template (``tdb_*`` blocks)."""

    name = "tagdiv-composer"
    description = "tagDiv Newspaper theme with a tagDiv Composer single template (tdb-template)"
    fingerprints: ClassVar[tuple[Fingerprint, ...]] = (
        *_TAGDIV,
        Fingerprint(body_class="tdb-template", weight=2.0),
    )
    # tdb-template is required: without it a page scores at most the shared traits' 2.5.
    threshold = 3.0

    @field
    def blocks(self) -> dict[str, etree._Element]:
        """The template's blocks by kind (``tdb_title``, ``tdb_single_content``, ...), the first of each.

        One search finds them all (every block carries ``data-td-block-uid``, else the
        ``td_block_wrap`` class); each input then looks inside its own small block.
        """
        found: dict[str, etree._Element] = {}
        for block in _elements(_BLOCKS, self.post) or _BLOCK_WRAPS(self.post):
            for name in (block.get("class") or "").split():
                if name.startswith("tdb_"):
                    found.setdefault(name, block)
        return found

    breadcrumb_block = _block("tdb_breadcrumbs")
    title_block = _block("tdb_title")
    subtitle_block = _block("tdb_single_subtitle")
    author_block = _block("tdb_single_author")
    date_block = _block("tdb_single_date")
    comments_block = _block("tdb_single_comments_count")
    categories_block = _block("tdb_single_categories")
    image_block = _block("tdb_single_featured_image")
    tags_block = _block("tdb_single_tags")
    next_prev_block = _block("tdb_single_next_prev")
    author_box_block = _block("tdb_single_author_box")
    comment_block = _block("tdb_single_comments")

    text_block = _block("tdb_single_content")
    image = _block("tdb_single_featured_image")
    heading = Text("h1", within="title_block")
    # The subtitle block prints an h2, a p or even a second h1: take the block's text.
    subtitle = Text("div.tdb-block-inner", within="subtitle_block")
    author_text = Text("div.tdb-author-name-wrap", within="author_block")
    date_times = Nodes("time", within="date_block")
    date_text = field(lambda self: _shown_datetime(self.date_times, update=False))
    # The template's own block for the update date, else a date the date block labels so.
    modified_block = _block("tdb_single_modified_date")
    modified_time = Attr("time", "datetime", within="modified_block")
    modified_text = field(lambda self: self.modified_time or _shown_datetime(self.date_times, update=True))
    comments_text = Text("div.tdb-block-inner", within="comments_block")
    crumb_nodes = Nodes("a.tdb-entry-crumb", within="breadcrumb_block")
    categories = Texts("a.tdb-entry-category", within="categories_block")
    tag_texts = Texts("a", within="tags_block")
    previous_box = Node("div.tdb-post-prev", within="next_prev_block")
    next_box = Node("div.tdb-post-next", within="next_prev_block")
    author_box = Text("a.tdb-author-name", within="author_box_block")
    site_title = Text("span.tdb-logo-text-title")

    @field
    def comment_area(self) -> etree._Element | None:
        block = self.comment_block
        return _shown_comments(block) if block is not None else None


class TagdivNewsmag(TagdivNewspaper):
    """tagDiv Newsmag: the classic single template under a magazine header."""

    name = "tagdiv-newsmag"
    description = "tagDiv Newsmag theme, single template"
    fingerprints: ClassVar[tuple[Fingerprint, ...]] = (
        *_TAGDIV,
        Fingerprint(script=_NEWSMAG_SCRIPT, weight=2.0, label='script tdThemeName="Newsmag"'),
    )
    # The Newsmag global is required, as tdb-template is for Composer.
    threshold = 3.0


def _post(doc: Document) -> etree._Element:
    """The post's ``article`` (a Composer template wraps itself in one), else the page."""
    for h1 in doc.elements("h1"):
        for ancestor in h1.iterancestors("article"):
            return ancestor
    return doc.root


def _shown_datetime(times: tuple[etree._Element, ...], *, update: bool) -> str | None:
    """The ``datetime`` of the first ``time`` shown as an update (``Mis à jour le``,
    ``Actualizado:``) when ``update``, else of the first one not shown so."""
    for time in times:
        value = clean_text(time.get("datetime"))
        if value and time_is_update(time) is update:
            return value
    return None


def _shown_comments(scope: etree._Element) -> etree._Element | None:
    for area in _COMMENTS(scope):
        if next(area.iter("form", "li"), None) is not None or any(d.get("id") == "respond" for d in area.iter("div")):
            return area
    return None


_BLOCKS = etree.XPath("descendant::div[@data-td-block-uid]")
_BLOCK_WRAPS = compile_css("div.td_block_wrap")  # for a template that prints no block ids


def _elements(xpath: etree.XPath, node: etree._Element) -> list[etree._Element]:
    return cast(list[etree._Element], xpath(node))
