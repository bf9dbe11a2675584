"""BetterStudio's Publisher WordPress theme: ``bs-publisher`` body class, ``bf-breadcrumb``.

Publisher prints a kicker inside the title, as ``<small>`` before a ``<br>``; the deck
is ``.single-post-excerpt``.

>>> from newsparse import parse
>>> page = b'''<body class="bs-theme bs-publisher"><div class="post-header">
... <h1 class="single-post-title"><span class="post-title"><small>Einheit der Woche</small><br>GA2</span></h1>
... <div class="single-post-excerpt"><p>Eine Pyramide.</p></div></div>
... <div class="entry-content single-post-content"><p>Text.</p></div></body>'''
>>> a = parse(page)
>>> a.kicker, a.headline, a.subheadline, a.provenance[0].adapter
('Einheit der Woche', 'GA2', 'Eine Pyramide.', 'publisher')
"""

from __future__ import annotations

from lxml import etree

from newsparse.adapters.base import (
    BOILERPLATE,
    WP_COMMENT_AREA,
    WP_COMMENTS,
    Adapter,
    Attr,
    Count,
    Fingerprint,
    Node,
    Nodes,
    Text,
    Texts,
    field,
    leading_figure,
)
from newsparse.extract import split_heading_kicker

__all__ = ["Publisher"]


class Publisher(Adapter):
    """Publisher: ``bf-breadcrumb``, ``<small>`` kicker, ``single-post-excerpt``, ``next-prev-post``."""

    name = "publisher"
    description = "BetterStudio Publisher WordPress theme"
    threshold = 2.0
    fingerprints = (
        Fingerprint(body_class="bs-publisher", label="body class bs-publisher"),
        Fingerprint(body_class="bs-theme", weight=0.5, label="body class bs-theme"),
        Fingerprint(css=".bf-breadcrumb .bf-breadcrumb-item", weight=0.5, label=".bf-breadcrumb"),
        Fingerprint(css="h1.single-post-title > span.post-title", weight=0.5, label="h1.single-post-title"),
        Fingerprint(
            css="link[href*='/themes/publisher/'], script[src*='/themes/publisher/']",
            label="Publisher stylesheet or script",
        ),
        Fingerprint(body_class="wp-theme-publisher"),
    )

    heading = Node("h1.single-post-title")
    subtitle = Text(".single-post-excerpt")
    crumb_nodes = Nodes(".bf-breadcrumb li.bf-breadcrumb-item")
    categories = Texts(".post-header-title .term-badges a, .post-header .term-badges a")
    author_text = Text(".single-post-meta .post-author-name")
    date_text = Attr(".single-post-meta time.post-published", "datetime")
    comments_text = Text(".single-post-meta a.comments")
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node(".single-post-content.entry-content, .post-content .entry-content")
    # Better Ads Manager randomises its class prefix per site; these names survive it.
    content_skip = BOILERPLATE + ", .no-bg-box-model, [class*=-post-inline], .bs-irp"  # .bs-irp: inline related posts
    previous_link = Node(".next-prev-post .prev-post .title")
    next_link = Node(".next-prev-post .next-post .title")
    tag_texts = Texts(".post-tags a")
    featured = Node(".single-container .single-featured, .post-header .single-featured")

    @field
    def kicker_text(self) -> str | None:
        return split_heading_kicker(self.heading)[0]

    @field
    def title(self) -> str | None:
        return split_heading_kicker(self.heading)[1]

    @field
    def image(self) -> etree._Element | None:
        """The header's featured image, else the figure that opens the text (block-editor posts)."""
        return self.featured if self.featured is not None else leading_figure(self.content)
