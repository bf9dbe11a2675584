"""PenciDesign's Soledad WordPress theme: ``penci-*`` classes and a ``soledad-ver-*`` body class.

>>> from newsparse import parse
>>> page = b'''<body class="soledad-ver-8-3-4"><div class="penci-breadcrumb">
... <span><a class="crumb" href="https://x.li/">Startseite</a></span> <span>Wechsel</span></div>
... <div class="header-standard"><a class="penci-cat-name" href="https://x.li/c/">Gesellschaft</a>
... <h1 class="post-title single-post-title">Wechsel</h1></div>
... <div class="inner-post-entry" id="penci-post-entry-inner"><p>Text.</p></div></body>'''
>>> a = parse(page)
>>> [c.label for c in a.breadcrumb], a.section, a.provenance[0].adapter
(['Startseite'], 'Gesellschaft', 'soledad')
"""

from __future__ import annotations

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
)

__all__ = ["Soledad"]


class Soledad(Adapter):
    """Soledad: ``penci-breadcrumb``, ``penci-cat-name``, ``single-comment-o``, ``post-pagination``."""

    name = "soledad"
    description = "PenciDesign Soledad WordPress theme"
    threshold = 2.0
    fingerprints = (
        Fingerprint(body_class="soledad-ver-", label="body class soledad-ver-*"),
        Fingerprint(css="#penci-post-entry-inner", label="#penci-post-entry-inner"),
        Fingerprint(css=".penci-breadcrumb", weight=0.5, label=".penci-breadcrumb"),
        Fingerprint(css=".header-standard .penci-cat-name", weight=0.5, label=".penci-cat-name"),
        Fingerprint(
            css="link[href*='/themes/soledad/'], script[src*='/themes/soledad/']", label="Soledad stylesheet or script"
        ),
        Fingerprint(body_class="wp-theme-soledad"),
    )

    title = Text(".header-standard h1.post-title, h1.single-post-title")
    # Each crumb is a span (a link, or the title as plain text last).
    crumb_nodes = Nodes(".penci-breadcrumb > span")
    categories = Texts(".header-standard .penci-cat-name")
    author_text = Text(".post-box-meta-single .author-post")
    date_text = Attr(".post-box-meta-single time.published", "datetime")
    comments_text = Text(".post-box-meta-single .single-comment-o")
    # "no-comment-yet": the area is rendered with the reply form only, which means 0.
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node("#penci-post-entry-inner")
    content_skip = BOILERPLATE + ", .penci-single-link-pages"
    # Each side holds a thumbnail link, then the titled link; the label sits outside them.
    previous_link = Node(".post-pagination .prev-post")
    next_link = Node(".post-pagination .next-post")
    tag_texts = Texts(".post-tags a")
    image = Node(".post-image img")
    image_from_srcset = True  # its lazy loader may give only a data-srcset
    image_caption = Text(".post-image .penci-featured-caption")
