"""WordPress core: the markup of the default themes, classic and block.

Every WordPress theme derived from the default themes (Twenty Twelve to Twenty
Twenty-One, ``_s``/Underscores and its many children) prints the post with the same
classes: ``entry-title``, ``entry-content``, ``byline``/``author vcard``,
``posted-on``/``entry-date``, ``cat-links``, ``tags-links``, ``comments-link`` and the
``nav-previous``/``nav-next`` post navigation. Block themes (Twenty Twenty-Two on, and
every full-site-editing theme) print the core blocks instead: ``wp-block-post-title``,
``wp-block-post-content``, ``wp-block-post-date``, ``wp-block-post-author-name``,
``wp-block-post-terms``, ``wp-block-post-featured-image`` and
``wp-block-post-navigation-link``.

:class:`WordPressAdapter` reads those inside the post itself and, where a theme prints
none of them, keeps what the generic adapter finds, so any WordPress site with a
well-behaved theme gets at least what the generic adapter gives. Its fingerprint scores
at most 1.5, so that the adapter of a specific WordPress theme (2.0 or more) always
wins over it.

>>> from newsparse import parse
>>> page = b'''<html lang="en"><head><link rel="https://api.w.org/" href="/wp-json/"></head>
... <body class="post-template-default single single-post postid-7">
... <article id="post-7" class="post-7 post type-post hentry"><header class="entry-header">
... <h1 class="entry-title">Hello world</h1><span class="byline">by <span class="author vcard">
... <a class="url fn n" href="/author/ada/">Ada Lovelace</a></span></span></header>
... <div class="entry-content"><p>Welcome to WordPress.</p></div></article></body></html>'''
>>> a = parse(page, "https://blog.example/hello-world/")
>>> a.headline, a.byline.text, [b.text for b in a.body]
('Hello world', 'Ada Lovelace', ['Welcome to WordPress.'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, cast

from lxml import etree

from newsparse.adapters.base import (
    BOILERPLATE,
    Adapter,
    Attr,
    Fingerprint,
    Node,
    Nodes,
    Texts,
    field,
    ld_count,
    ld_text,
    text_without,
)
from newsparse.adapters.generic import GenericAdapter, main_content
from newsparse.article import Byline, Day, Image, Link, Neighbors, Source
from newsparse.cssmatch import class_tokens
from newsparse.document import compile_css, union_in_order
from newsparse.extract import (
    byline_from_text,
    clean_text,
    comment_count_from_text,
    in_comments,
    is_hidden,
    is_promotion_flag,
    parse_date,
    raw_text_of,
    text_of,
    without_deep_nesting,
)
from newsparse.heuristics import time_is_update

__all__ = ["LABELS", "WordPressAdapter"]

# Screen-reader labels and theme labels inside links and counters ("Previous Post",
# "Author", " on <title>"), which are not part of the value a reader sees.
LABELS = (
    ".screen-reader-text, .meta-nav, .nav-subtitle, .post-navigation-link__label, "
    "[class*=post-navigation-link__arrow], .arrow"
)
_TITLE_CLASSES = frozenset({"wp-block-post-title", "entry-title"})
# The element holding the title inside a post-navigation link, when the theme marks one.
_NEIGHBOR_TITLE = compile_css(".post-title, .nav-title, .title-inner")
# "article.type-post, article.hentry", then "main, [role=main]" (an attribute test on every
# element of the page costs several times more in XPath than reading the attribute's values).
_FALLBACK_POSTS = (compile_css("article.type-post, article.hentry"), etree.XPath("//main | //@role[. = 'main']/.."))
_POST_CLASSES = frozenset({"hentry", "type-post"})
_AUTHOR_ARCHIVE = compile_css("a[href*='/author/']")
_CATEGORY_ARCHIVE = compile_css("a[href*='/category/']")
# Rendered comments, replies included (classic ``comment-list`` and the comment-template block).
_COMMENTS = compile_css("li.comment, li.pingback, li.trackback")
_PARAGRAPHS = compile_css("p")
_MIN_CONTENT_CHARS = 200
# A marked text shorter than this may summarise a text set elsewhere on the page, when
# that text holds this many times as much (see WordPressAdapter.text_elsewhere).
_SUMMARY_CHARS = 1500
_SUMMARY_FACTOR = 4


# --------------------------------------------------------------------------- inputs


# The id and class values that may mark "#post-N, .post-N", in page order: the class token
# is checked in Python, as XPath's concat(normalize-space(@class)) costs a microsecond for
# every element of the page.
_POST_MARKS = etree.XPath("//@id[. = $name] | //@class[contains(., $name)]")


def _owner(element: etree._Element, post: etree._Element, *mine: etree._Element | None) -> bool:
    """True when ``element`` belongs to ``post``, not to a post listed inside or beside it.

    An ``article`` or ``.hentry`` on the way up is another post's, unless it holds one of
    ``mine`` (the title, the text: a theme may print the title above the post's ``article``).
    """
    for ancestor in element.iterancestors():
        if ancestor is post:
            return True
        if _other_post(ancestor, mine):
            return False
    return True


def _other_post(box: etree._Element, mine: tuple[etree._Element | None, ...]) -> bool:
    """Whether ``box`` is a post's box (``article``, ``.hentry``...) holding none of ``mine``."""
    if box.tag != "article" and _POST_CLASSES.isdisjoint((box.get("class") or "").split()):
        return False
    return not any(inner is not None and (inner is box or _holds(box, inner)) for inner in mine)


# --------------------------------------------------------------------------- the adapter


class WordPressAdapter(GenericAdapter):
    """WordPress core markup: the default classic themes and the block themes."""

    name = "wordpress"
    description = "WordPress core: classic default-theme markup (entry-*) and block themes (wp-block-post-*)"
    # Four WordPress traits of 0.375 each: two are needed, and all four add up to 1.5, the
    # most a WordPress-wide adapter may score (specific themes score 2.0 or more).
    fingerprints = (
        Fingerprint(weight=0.375, meta="generator=^WordPress", label="generator WordPress"),
        Fingerprint(
            weight=0.375,
            css="link[rel='https://api.w.org/'], link[href*='/wp-content/'], script[src*='/wp-content/'], "
            "script[src*='/wp-includes/'], img[src*='/wp-content/uploads/']",
            label="wp-content / wp-json assets",
        ),
        Fingerprint(weight=0.375, body_class="postid-", label="body class postid-*"),
        Fingerprint(
            weight=0.375,
            css=".wp-block-post-content, h1.wp-block-post-title, .hentry .entry-content, "
            ".type-post .entry-content, article.post .entry-content, h1.entry-title",
            label="post template (entry-content / wp-block-post-content)",
        ),
    )
    threshold = 0.75
    content_skip = (
        BOILERPLATE + ", .screen-reader-text, .page-links, .wp-block-embed, .wp-block-buttons, "
        ".wp-block-social-links, .wp-block-latest-posts, .wp-block-query, .wp-block-post-terms, "
        ".wp-block-post-navigation-link, .jp-relatedposts, .addtoany_share_save_container, "
        "[class*=ad-unit], [class*=ad-slot], .code-block"
    )

    # ------------------------------------------------------------------ the table
    post_content = Nodes(".wp-block-post-content, .entry-content", within="post")
    post_bylines = Nodes(
        ".wp-block-post-author-name, .wp-block-post-author__name, .byline, .author.vcard, .post-author .meta-text",
        within="post",
    )
    post_dates = Nodes(
        ".wp-block-post-date time[datetime], time.entry-date.published[datetime], time.published[datetime], "
        "time.entry-date[datetime], .posted-on time[datetime]",
        within="post",
    )
    # Printed only when the post was edited, and usually hidden by the theme's CSS.
    # The classic themes' update mark, which their style sheets hide (``.updated:not(.published)``):
    # after the structured data. The block themes' post-date block set to the modified
    # date is shown: before it.
    post_updated = Node("time.updated:not(.published):not(.entry-date)[datetime]", within="post")
    modified_text = Attr(".wp-block-post-date__modified-date time", "datetime", within="post")
    post_comments = Node(".comments-link", within="post")
    comment_area = Node(".comments-area, .wp-block-comments")
    # The post navigation's links; a comments area pages its comments with the same classes.
    post_previous_links = Nodes(".nav-previous, .wp-block-post-navigation-link.post-navigation-link-previous")
    post_next_links = Nodes(".nav-next, .wp-block-post-navigation-link.post-navigation-link-next")
    categories = Texts(
        ".wp-block-post-terms.taxonomy-category a, .cat-links a, .entry-categories a, .entry-meta a[rel~=category]",
        within="post",
    )
    tag_links = Nodes(
        ".wp-block-post-terms.taxonomy-post_tag a, .tags-links a, .tag-links a, .entry-tags a, a[rel=tag]",
        within="post",
    )
    featured_images = Nodes(".wp-block-post-featured-image, .post-thumbnail", within="post")

    # ------------------------------------------------------------------ where the post is

    def belongs_to(self, element: etree._Element, within: str, scope: etree._Element) -> bool:
        """Inputs read inside the post leave out the posts listed in it: related-post
        carousels and "more from" lists print their own ``entry-date``, ``author vcard``
        and ``post-thumbnail``."""
        return within != "post" or _owner(element, scope)

    @field
    def post(self) -> etree._Element:
        """The element holding the post: ``#post-N`` for the body's ``postid-N`` (not an item
        of a query loop listing posts, ``li.wp-block-post``), else the ``article``/``hentry``
        (or ``main``) around the title, else the whole page."""
        for name in self.doc.body_classes:
            if name.startswith("postid-") and name[7:].isdigit():
                mark = f"post-{name[7:]}"
                for value in cast(list[Any], _POST_MARKS(self.doc.root, name=mark)):
                    element = cast(etree._Element, value.getparent())
                    # A query loop's item (``li.wp-block-post``) lists a post, this one or another.
                    if "wp-block-post" in class_tokens(element.get("class") or ""):
                        continue
                    if value.attrname == "id" or mark in class_tokens(value):
                        return element
        heading = self.post_title_in(None)
        if heading is not None:
            for ancestor in heading.iterancestors():
                classes = set((ancestor.get("class") or "").split())
                if ancestor.tag in ("article", "main") or classes & _POST_CLASSES or ancestor.get("role") == "main":
                    return ancestor
        for search in _FALLBACK_POSTS:
            found = cast(list[etree._Element], search(self.doc.root))
            if found:
                return found[0]
        root: etree._Element = self.doc.root
        return root

    @field
    def post_titles(self) -> tuple[etree._Element, ...]:
        """The page's ``h1.entry-title`` and ``h1.wp-block-post-title``, from its ``h1`` index."""
        return tuple(
            h1 for h1 in self.doc.elements("h1") if not _TITLE_CLASSES.isdisjoint(class_tokens(h1.get("class") or ""))
        )

    def post_title_in(self, scope: etree._Element | None) -> etree._Element | None:
        """The first post title inside ``scope`` (anywhere with None)."""
        titles: tuple[etree._Element, ...] = self.post_titles
        for h1 in titles:
            if scope is None or h1 is scope or scope in h1.iterancestors():
                return h1
        return None

    @field
    def post_header(self) -> etree._Element | None:
        """The smallest block around the post title that also holds its meta line."""
        heading = self.post_title_in(self.post)
        if heading is None:
            heading = self.post_title_in(None)
        if heading is None:
            return None
        title_chars = len(raw_text_of(heading))
        node = heading.getparent()
        for _ in range(3):
            if node is None or len(raw_text_of(node)) > title_chars + 40:
                return node
            node = node.getparent()
        return node

    def is_own(self, element: etree._Element) -> bool:
        """The generic heuristics read only the post's own elements, not those of a post
        listed on the page (see :func:`_owner`).

        The heuristics ask about many elements of the same boxes: the answer for each box
        on the way up is kept, so each box is looked at once per page.
        """
        known: dict[etree._Element, bool] = self.__dict__.setdefault("_owned_below", {})
        mine = (self.post, self.title_element, self.content)
        path = []
        node, verdict = element.getparent(), True
        while node is not None:
            seen = known.get(node)
            if seen is not None:
                verdict = seen
                break
            path.append(node)
            if node is self.post:
                break
            if _other_post(node, mine):
                verdict = False
                break
            node = node.getparent()
        for box in path:
            known[box] = verdict
        return verdict

    # ------------------------------------------------------------------ fields

    @field
    def title(self) -> Iterator[tuple[str | None, Source]]:
        yield text_of(self.post_title_in(self.post)), "markup"
        yield text_of(self.post_title_in(None)), "markup"
        yield GenericAdapter.title.compute(self), "markup"

    @field
    def marked_content(self) -> tuple[etree._Element | None, int]:
        """The fullest ``entry-content``/``wp-block-post-content`` and its paragraphs' characters."""
        marked = [(el, _paragraph_chars(el)) for el in self.post_content]
        return max(marked, key=lambda pair: pair[1]) if marked else (None, 0)

    @field
    def text_elsewhere(self) -> etree._Element | None:
        """The page's text when the post's marked text is only a summary of it.

        A post type that shows its text outside the post (a podcast episode whose
        transcript fills a panel after a summary of a paragraph) marks a short
        ``entry-content``: when the generic choice is an element neither inside the
        marked text nor around it and holds, in paragraphs of its own, four times its
        paragraphs' text, it is the text, read after the summary (see
        :attr:`text_containers`). Paragraphs each in a box of their own are a list of
        items, not a text: readers' responses or teasers under a short post stay out.
        """
        element, chars = self.marked_content
        if element is None or not _MIN_CONTENT_CHARS <= chars < _SUMMARY_CHARS:
            return None
        found = main_content(self.doc.root)
        if found is None or found is element or found in element.iterancestors() or element in found.iterancestors():
            return None
        own = sum(len(raw_text_of(p).strip()) for p in found.iterchildren("p"))
        return found if own >= _SUMMARY_FACTOR * chars else None

    @field
    def text_containers(self) -> list[etree._Element]:
        elsewhere: etree._Element | None = self.text_elsewhere
        if elsewhere is None:
            containers: list[etree._Element] = GenericAdapter.text_containers.compute(self)
            return containers
        # The summary, then the text it summarises (in page order).
        return union_in_order([[self.marked_content[0]], [elsewhere]], self.doc.root)

    @field
    def content(self) -> etree._Element | None:
        """The post's text: the fullest ``entry-content``/``wp-block-post-content``, or the
        text it summarises (:attr:`text_elsewhere`).

        A theme that marks an almost empty element (an excerpt) gets the generic choice,
        widened to the Elementor post that holds it.
        """
        element, chars = self.marked_content
        if element is not None and chars >= _MIN_CONTENT_CHARS:
            elsewhere: etree._Element | None = self.text_elsewhere
            return elsewhere if elsewhere is not None else element
        found = main_content(self.doc.root)
        # The Elementor page builder cuts a post's text into containers, the chosen one
        # among them; the post's own root (``data-elementor-type="wp-post"``) holds them all.
        if found is not None:
            for ancestor in found.iterancestors():
                if ancestor.get("data-elementor-type") == "wp-post":
                    return ancestor
        return found

    @field
    def author_link(self) -> str | None:
        """The names linked to an author's archive (``/author/<slug>/``) in the post's
        header, joined by commas: a post with two writers shows two cards.

        Block themes that build their own author card (TechCrunch's ``tc23-author-card``)
        still link the name to the core author archive.
        """
        if self.post_header is None:
            return None
        names: dict[str, None] = {}  # an avatar's link and the name's point to one writer
        for anchor in _AUTHOR_ARCHIVE(self.post_header):
            text = text_of(anchor) if self.is_own(anchor) else None
            if text and len(text) <= 80:
                names[text] = None
        return ", ".join(names) or None

    @field
    def post_author(self) -> str | None:
        """The credit line as shown (``By Jared Newman and Sam Singleton``), labels left out.

        A meta line that also prints the date (digits) is passed over for the
        ``author vcard`` inside it.
        """
        for node in self.post_bylines:
            if is_hidden(node):
                continue
            text = text_without(node, LABELS)
            if text and len(text) <= 100 and not any(ch.isdigit() for ch in text):
                return text
        return None

    @field
    def author_text(self) -> Iterator[tuple[str | None, Source]]:
        yield self.post_author, "markup"
        yield self.author_link, "markup"
        yield GenericAdapter.author_text.compute(self), "markup"

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        yield byline_from_text(self.author_text), "markup"
        yield from GenericAdapter.byline.compute(self)

    @field
    def date_text(self) -> str | None:
        """The ``datetime`` of the post's date, not a comment's and not an "Updated" date.

        Many themes print the last-modified date in the ``entry-date published`` slot,
        under an "Updated" label or in an ``updated-on`` wrapper; that is not when the
        post was first published.
        """
        dates = [t for t in self.post_dates if not in_comments(t) and not time_is_update(t)]
        # The published date's own mark first: some themes print ``time.updated`` before it.
        dates.sort(key=lambda t: not _marked_published(t))
        return clean_text(dates[0].get("datetime")) if dates else None

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        # The date the theme shows (with its offset) first, then the generic sources;
        # but a shown date that is JSON-LD's dateModified and not its datePublished is
        # the theme showing the update date.
        shown = parse_date(self.date_text)
        structured = parse_date(ld_text(self.ld.get("datePublished")))
        modified = parse_date(ld_text(self.ld.get("dateModified")))
        if not (shown and structured and not _same_time(shown, structured) and _same_time(shown, modified)):
            yield shown, "markup"
        yield from GenericAdapter.published.compute(self)

    @field
    def modified(self) -> Iterator[tuple[Day | None, Source]]:
        yield from Adapter.modified.compute(self)  # modified_text, shown, first
        updated = self.post_updated
        yield parse_date(updated.get("datetime") if updated is not None else None), "markup"

    @field
    def comments_text(self) -> Iterator[tuple[str | None, Source]]:
        yield text_without(self.post_comments, LABELS), "markup"
        yield GenericAdapter.comments_text.compute(self), "markup"

    @field
    def comment_count(self) -> Iterator[tuple[int | None, Source]]:
        yield comment_count_from_text(self.comments_text), "markup"
        if self.comment_area is not None:
            yield len(_COMMENTS(self.comment_area)), "markup"
        yield ld_count(self.ld.get("commentCount")), "json-ld"

    @field
    def post_previous(self) -> etree._Element | None:
        return _outside_comments(self.post_previous_links)

    @field
    def post_next(self) -> etree._Element | None:
        return _outside_comments(self.post_next_links)

    @field
    def previous_link(self) -> etree._Element | None:
        found: etree._Element | None = self.post_previous
        return found if found is not None else GenericAdapter.previous_link.compute(self)

    @field
    def next_link(self) -> etree._Element | None:
        found: etree._Element | None = self.post_next
        return found if found is not None else GenericAdapter.next_link.compute(self)

    @field
    def neighbors(self) -> Neighbors:
        return Neighbors(previous=self.neighbor(self.previous_link), next=self.neighbor(self.next_link))

    def neighbor(self, node: etree._Element | None) -> Link | None:
        """A post-navigation link, its "Previous Post" / "Next Post" label left out."""
        if node is None:
            return None
        anchor = node if node.tag == "a" else next(node.iter("a"), None)
        link = self.link(anchor, drop=LABELS)
        titled = next(iter(_NEIGHBOR_TITLE(anchor)), None) if anchor is not None else None
        if link is not None and titled is not None:
            return Link(title=text_without(titled, LABELS) or link.title, url=link.url)
        return link

    @field
    def header_categories(self) -> tuple[str, ...]:
        """Category archive links (``/category/<slug>/``) in the post's header.

        A theme's own "primary category" label above the title still links to the core
        category archive (TechCrunch's ``wp-block-tenup-post-primary-term``).
        """
        if self.post_header is None:
            return ()
        labels = (text_of(a) for a in _CATEGORY_ARCHIVE(self.post_header) if self.is_own(a))
        return tuple(dict.fromkeys(t for t in labels if t and len(t) <= 60))

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        # Core category links, then the breadcrumb, then a category label in the header,
        # then the generic sources (JSON-LD articleSection, article:section).
        for label in self.categories:
            if not is_promotion_flag(label):
                yield label, "markup"
        for label in self.crumb_sections:
            if not is_promotion_flag(label):
                yield label, "markup"
        for label in self.header_categories:
            if not is_promotion_flag(label):
                yield label, "markup"
        yield from GenericAdapter.section.compute(self)

    @field
    def tag_texts(self) -> tuple[str, ...]:
        """The post's tag links, not its category terms: the post-terms block prints every
        taxonomy's links with ``rel="tag"`` (``in <a rel="tag">News</a>``)."""
        shown: dict[str, None] = {}
        for anchor in without_deep_nesting(self.tag_links):
            text = text_of(anchor)
            if text and not _in_other_taxonomy(anchor):
                shown[text] = None
        return tuple(shown)

    @field
    def tags(self) -> Iterator[tuple[tuple[str, ...], Source]]:
        yield self.tag_texts, "markup"
        yield from GenericAdapter.tags.compute(self)

    @field
    def image(self) -> etree._Element | None:
        """The featured image printed before the post's text (not a thumbnail linking elsewhere)."""
        for element in self.featured_images:
            if self.content is not None and not _precedes(element, self.content, self.doc.root):
                return None
            if not any(_links_to_a_page(a) for a in element.iter("a")):
                return element
        return None

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        yield self.image_from(self.image), "markup"
        yield from GenericAdapter.lead_image.compute(self)


# --------------------------------------------------------------------------- helpers


def _holds(element: etree._Element, inner: etree._Element | None) -> bool:
    return inner is not None and any(ancestor is element for ancestor in inner.iterancestors())


def _in_other_taxonomy(anchor: etree._Element) -> bool:
    """True for a link of a post-terms block that lists another taxonomy than tags."""
    for ancestor in anchor.iterancestors():
        classes = (ancestor.get("class") or "").split()
        if "wp-block-post-terms" in classes:
            return "taxonomy-post_tag" not in classes
    return False


def _outside_comments(nodes: Sequence[etree._Element]) -> etree._Element | None:
    return next((node for node in nodes if not in_comments(node)), None)


def _marked_published(time: etree._Element) -> bool:
    parent = time.getparent()
    return "published" in (time.get("class") or "").split() or (
        parent is not None and "wp-block-post-date" in (parent.get("class") or "").split()
    )


def _same_time(a: Day | None, b: Day | None) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, datetime) and isinstance(b, datetime):
        if (a.tzinfo is None) == (b.tzinfo is None):
            return a == b
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return (a.date() if isinstance(a, datetime) else a) == (b.date() if isinstance(b, datetime) else b)


def _precedes(first: etree._Element, second: etree._Element, root: etree._Element) -> bool:
    """True when ``first`` starts before ``second`` in document order."""
    for element in root.iter():
        if element is first:
            return True
        if element is second:
            return False
    return False


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.IGNORECASE)


def _links_to_a_page(anchor: etree._Element) -> bool:
    href = anchor.get("href") or ""
    return bool(href) and not href.startswith("#") and not _IMAGE_FILE.search(href)


def _paragraph_chars(element: etree._Element) -> int:
    return sum(len(raw_text_of(p).strip()) for p in _PARAGRAPHS(element))
