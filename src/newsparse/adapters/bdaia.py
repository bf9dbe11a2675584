"""Themes built on Bdaia's WordPress framework (lapresse.tn): ``bdaia-*`` classes.

Sites rename the theme folder (lapresse.tn's is ``lapresse-1``), so the fingerprint rests
on the ``bdaia-*`` post template only. The post-template "style 5" shows the featured
image as the CSS background of the header, not as an ``img``.

>>> from newsparse import parse
>>> page = '''<div class="page-outer bdaia-post-template-style5"><header class="bdaia-post-header">
... <div class="bdaia-category"><a href="/c/la-une/">à la une</a><a href="/c/societe/">Société</a></div>
... <div class="bdaia-post-title"><h1 class="entry-title">Parité</h1></div>
... <div class="bdaia-meta-info"><div class="bdaia-post-author-name">Par <a>Chokri GHARBI</a></div>
... <div class="bdaia-post-date">Publié sur <span class="bdayh-date">18/02/2020</span></div></div>
... </header></div><div class="bdaia-post-content"><p>Texte.</p></div>'''
>>> a = parse(page)
>>> a.section, a.byline.text, str(a.published), a.provenance[0].adapter
('Société', 'Chokri GHARBI', '2020-02-18', 'bdaia')
"""

from __future__ import annotations

from collections.abc import Iterator

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
from newsparse.article import Image, Source
from newsparse.extract import css_background_url

__all__ = ["Bdaia"]


class Bdaia(Adapter):
    """Bdaia-based themes: ``bdaia-crumb-container``, ``bdaia-meta-info``, ``bdaia-post-next-prev``."""

    name = "bdaia"
    description = "WordPress themes on Bdaia's framework (bdaia-* post template)"
    threshold = 2.0
    fingerprints = (
        Fingerprint(css=".bdaia-post-content", label=".bdaia-post-content"),
        Fingerprint(css=".bdaia-post-header .bdaia-meta-info", weight=0.5, label=".bdaia-meta-info"),
        Fingerprint(css=".bdaia-crumb-container", weight=0.5, label=".bdaia-crumb-container"),
        Fingerprint(css=".bdaia-post-next-prev", weight=0.5, label=".bdaia-post-next-prev"),
        Fingerprint(css="[class*=bdaia-post-template]", weight=0.5, label="bdaia-post-template-*"),
    )

    title = Text(".bdaia-post-title h1, .bdaia-post-header h1.entry-title")
    crumb_nodes = Nodes(".bdaia-crumb-container a, .bdaia-crumb-container span.current")
    # The first label is often the front-page flag "à la une"; the section is the next one.
    categories = Texts(".bdaia-post-header .bdaia-category a")
    author_text = Text(".bdaia-meta-info .bdaia-post-author-name")
    date_text = Text(".bdaia-meta-info .bdaia-post-date")
    comments_text = Text(".bdaia-meta-info .bdaia-post-comment")
    comment_area = Node(WP_COMMENT_AREA)
    comment_items = Count(WP_COMMENTS)
    content = Node(".bdaia-post-content")
    content_skip = BOILERPLATE + ", .addthis_tool"
    # "Article Précedent" / "Article suivant" is a span inside the link.
    previous_link = Node(".bdaia-post-next-prev .bdaia-post-prev-post")
    next_link = Node(".bdaia-post-next-prev .bdaia-post-next-post")
    tag_texts = Texts("article footer .tagcloud a")
    cover = Node(".bdaia-featured-img-cover")

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        """The cover image set as the header's CSS background."""
        style = self.cover.get("style") if self.cover is not None else None
        url = self.doc.resolve(css_background_url(style))
        yield (Image(url=url) if url else None), "markup"
