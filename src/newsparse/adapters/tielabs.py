"""TieLabs' WordPress news themes: Jannah and its predecessor Sahifa.

Both print a breadcrumb whose last item is the title in ``span.current``, a meta row
under the title (author, date, comment counter) and previous/next links that carry
``rel=prev`` / ``rel=next``; the markup around them differs, so each has its own table.

>>> from newsparse import parse
>>> page = b'''<body id="tie-body"><div id="tie-container"><article id="the-post">
... <header class="entry-header"><h1 class="post-title entry-title">Prices rise</h1>
... <h2 class="entry-sub-title">Stores cannot say when it ends</h2></header>
... <div class="entry-content entry"><p>Text.</p></div></article></div></body>'''
>>> a = parse(page)
>>> a.headline, a.subheadline, a.provenance[0].adapter
('Prices rise', 'Stores cannot say when it ends', 'jannah')
"""

from __future__ import annotations

from newsparse.adapters.base import (
    BOILERPLATE,
    WP_COMMENT_AREA,
    WP_COMMENTS,
    Adapter,
    Count,
    Fingerprint,
    Node,
    Nodes,
    Text,
    Texts,
    field,
)

__all__ = ["Jannah", "Sahifa"]


class Jannah(Adapter):
    """TieLabs Jannah: ``body#tie-body``, ``nav#breadcrumb``, ``#single-post-meta``."""

    name = "jannah"
    description = "TieLabs Jannah WordPress theme"
    threshold = 2.0
    fingerprints = (
        Fingerprint(css="body#tie-body", label="body#tie-body"),
        Fingerprint(css="#tie-container, #tie-wrapper", label="#tie-container"),
        Fingerprint(css="#single-post-meta .meta-item", weight=0.5, label="#single-post-meta items"),
        Fingerprint(css="nav#breadcrumb em.delimiter", weight=0.5, label="nav#breadcrumb"),
        Fingerprint(
            css="link[href*='/themes/jannah/'], script[src*='/themes/jannah/']", label="Jannah stylesheet or script"
        ),
        Fingerprint(body_class="wp-theme-jannah"),
    )

    title = Text(".entry-header h1.post-title, h1.entry-title")
    subtitle = Text(".entry-header .entry-sub-title")
    crumb_nodes = Nodes("nav#breadcrumb a, nav#breadcrumb span.current")
    categories = Texts(".entry-header .post-cat-wrap a.post-cat")
    # The date shown is often relative ("20 hours ago"): no date, the structured data is used.
    date_text = Text("#single-post-meta .date")
    modified_text = Text("#single-post-meta .last-updated")
    # One .meta-author a writer (Co-Authors Plus prints one for each).
    author_names = Texts("#single-post-meta .meta-author")
    author_text = field(lambda self: ", ".join(self.author_names) or None)
    comments_text = Text("#single-post-meta .meta-comment")
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node("#the-post .entry-content")
    # .stream-item: Jannah's ad slots inside the text; #inline-related-post: its related
    # posts set inside the text.
    content_skip = BOILERPLATE + ", .stream-item, .post-bottom-meta, #inline-related-post"
    # Each side holds a thumbnail link, then the titled link.
    previous_link = Node(".prev-next-post-nav .prev-post")
    next_link = Node(".prev-next-post-nav .next-post")
    tag_texts = Texts(".post-bottom-meta .tagcloud a")
    image = Node(".featured-area figure.single-featured-image, .featured-area .single-featured-image")


class Sahifa(Adapter):
    """TieLabs Sahifa: ``#crumbs``, ``.post-inner h1.name``, the ``.tie-date`` meta row."""

    name = "sahifa"
    description = "TieLabs Sahifa WordPress theme"
    threshold = 2.0
    fingerprints = (
        Fingerprint(css=".post-inner h1.name.post-title", label="h1.name.post-title"),
        Fingerprint(css=".post-meta span.tie-date", label="span.tie-date"),
        Fingerprint(css="#crumbs a.crumbs-home", weight=0.5, label="#crumbs"),
        Fingerprint(
            css=".post-navigation .post-previous, .post-navigation .post-next", weight=0.5, label=".post-navigation"
        ),
        Fingerprint(
            css="link[href*='/themes/sahifa/'], script[src*='/themes/sahifa/']", label="Sahifa stylesheet or script"
        ),
        Fingerprint(body_class="wp-theme-sahifa"),
    )

    title = Text(".post-inner h1.post-title")
    crumb_nodes = Nodes("#crumbs a, #crumbs span.current")
    # The post's own meta row is a child of .post-inner: the related posts set inside the
    # text (#related_posts in .entry, as on sw1.news) print a p.post-meta with a date each.
    categories = Texts(".post-inner > .post-meta .post-cats a")
    date_text = Text(".post-inner > .post-meta .tie-date")
    author_text = Text(".post-inner > .post-meta .post-meta-author")
    comments_text = Text(".post-inner > .post-meta .post-comments")
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node(".post-inner .entry")
    # Inside .entry: the "related posts" box, the share bar and the tag row.
    content_skip = BOILERPLATE + ", #related_posts, .share-post, .post-tag"
    # The label ("Vorher", "Previous", "Önceki") is a span inside the link.
    previous_link = Node(".post-navigation .post-previous")
    next_link = Node(".post-navigation .post-next")
    neighbor_labels = "span"
    tag_texts = Texts(".post-tag a")
    image = Node(".single-post-thumb img")
    image_caption = Text(".single-post-caption")
