"""Jegtheme's JNews WordPress theme: ``jeg_*`` classes throughout the single-post template.

Jegtheme's block classes (``jeg_post_title``, ``jeg_meta_date``) also appear on sites of
other themes through its Elementor/"Epic News" plugins, so the fingerprint rests on the
single-post template (``jeg_inner_content``, ``jeg_meta_container``) and the body classes.

>>> from newsparse import parse
>>> page = b'''<body class="jnews jeg_single_tpl_2"><div class="entry-header">
... <h1 class="jeg_post_title">Police blotters</h1><h2 class="jeg_post_subtitle">The week</h2>
... <div class="jeg_meta_container"><div class="jeg_meta_author">by <a>Staff</a></div>
... <div class="jeg_meta_comment"><a href="#comments">4</a></div></div></div>
... <div class="jeg_inner_content"><div class="content-inner"><p>Text.</p></div></div></body>'''
>>> a = parse(page)
>>> a.subheadline, a.byline.text, a.comment_count, a.provenance[0].adapter
('The week', 'Staff', 4, 'jnews')
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
)

__all__ = ["JNews"]


class JNews(Adapter):
    """JNews: ``jeg_breadcrumbs``, ``jeg_post_subtitle``, ``jeg_meta_*``, ``jeg_prevnext_post``."""

    name = "jnews"
    description = "Jegtheme JNews WordPress theme"
    threshold = 2.0
    fingerprints = (
        Fingerprint(body_class="jnews", label="body class jnews"),
        Fingerprint(css="body[class*=jeg_single_tpl_]", label="body class jeg_single_tpl_*"),
        Fingerprint(css=".jeg_inner_content", weight=0.5, label=".jeg_inner_content"),
        Fingerprint(css=".entry-header .jeg_meta_container", weight=0.5, label=".jeg_meta_container"),
        Fingerprint(
            css="link[href*='/themes/jnews/'], script[src*='/themes/jnews/']", label="JNews stylesheet or script"
        ),
        Fingerprint(body_class="wp-theme-jnews"),
    )

    title = Text(".entry-header h1.jeg_post_title")
    subtitle = Text(".entry-header .jeg_post_subtitle")
    # The last crumb links to the article itself; it repeats the title and is dropped.
    crumb_nodes = Nodes(".jeg_breadcrumbs a, .jeg_breadcrumbs .breadcrumb_last")
    categories = Texts(".entry-header .jeg_meta_category a")
    author_text = Text(".entry-header .jeg_meta_author")
    date_text = Text(".entry-header .jeg_meta_date")
    comments_text = Text(".entry-header .jeg_meta_comment")
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node(".jeg_inner_content .content-inner")
    content_skip = BOILERPLATE + ", .jeg_ad, .jeg_share_button, .jnews_inline_related_post, .jeg_post_tags"
    # Each link holds a "Previous Post" / "Next Post" caption and the title.
    previous_link = Node(".jeg_prevnext_post .prev-post")
    next_link = Node(".jeg_prevnext_post .next-post")
    neighbor_labels = ".caption"  # "Previous Post", "Artikel Sebelumnya"
    tag_texts = Texts(".jeg_post_tags a")
    image = Node(".jeg_featured img")
    image_caption = Text(".jeg_featured .wp-caption-text, .jeg_featured figcaption")
