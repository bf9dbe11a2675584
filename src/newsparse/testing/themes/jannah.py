"""TieLabs Jannah pages: the single post template (``post-layout-1``).

The markup is the theme's own, as thenassauguardian.com prints it: ``body#tie-body``
with Jannah's layout classes, ``#tie-container``/``#tie-wrapper``, the theme's
stylesheets under ``/themes/jannah/``, a Yoast SEO ``@graph``, a header with a mega menu
and a breaking-news ticker, ``stream-item`` ad slots inside the text, share buttons, a
related-posts box, a sidebar of widgets and the site footer.

How the theme shows each field: the trail in ``nav#breadcrumb`` (a home icon in the first
crumb, ``em.delimiter`` between crumbs, the title as ``span.current`` at the end) with its
own ``BreadcrumbList`` script; the section as the ``post-cat`` label above the title;
the kicker in the title (``KICKER : Headline``; the theme has no kicker element); the
deck as ``h2.entry-sub-title``; the author, the date and the comment counter in
``#single-post-meta`` (with the view counter and reading time beside them), where the
date is shown as its age (``20 hours ago``, the theme's default), so the published and
modified dates are in the JSON-LD only; the lead image as ``figure.single-featured-image``;
tags in ``post-bottom-meta``; previous and next posts, each a thumbnail link then a
titled link, in ``prev-next-post-nav``.

What it leaves out: nothing of the Article's fields, but it cannot show a crumb
without a link (Jannah links every crumb but the title), so :attr:`Renderer.can_show`
refuses such articles, as tagDiv's renderers do.
"""

from __future__ import annotations

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.testing import chrome
from newsparse.testing.markup import (
    attr,
    blocks,
    caption,
    crumbs_linked,
    home_of,
    json_ld,
    seeded,
    slug,
    text,
    title_with_kicker,
)
from newsparse.testing.render import Renderer
from newsparse.testing.themes.yoast import yoast_graph, yoast_meta
from newsparse.testing.words import Pick, Tongue, tongue_of

__all__ = ["RENDERER", "write_jannah"]


def _breadcrumb(article: Article, tongue: Tongue, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    links = []
    for i, crumb in enumerate(article.breadcrumb):
        icon = '<span class="tie-icon-home" aria-hidden="true"></span> ' if i == 0 else ""
        links.append(f'<a href="{attr(crumb.url or "")}">{icon}{text(crumb.label, tongue)}</a>')
    current = f'<span class="current">{text(title or "", tongue, entities=True)}</span>'
    trail = '<em class="delimiter">|</em>'.join([*links, current])
    items = [
        {"@type": "ListItem", "position": i + 1, "item": {"name": c.label, "@id": c.url}}
        for i, c in enumerate(article.breadcrumb)
    ]
    script = json_ld(
        {"@context": "http://schema.org", "@type": "BreadcrumbList", "@id": "#Breadcrumb", "itemListElement": items}
    )
    return f'<nav id="breadcrumb">{trail}</nav>{script}'


def _meta(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    parts = []
    if article.byline:
        name = article.byline.text
        parts.append(
            '<span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper">'
            f'<span class="meta-author"><a href="{attr(home)}author/{slug(name, "editor")}/" class="author-name tie-icon" '
            f'title="{attr(name)}">{text(name, tongue)}</a></span></span></span>'
        )
    if article.published:
        # Jannah's default shows the age of the post, as on thenassauguardian.com: the date is in the JSON-LD.
        ago = tongue.ago.format(n=pick.number(2, 23))
        parts.append(f'<span class="date meta-item tie-icon">{text(ago, tongue)}</span>')
    right = []
    if article.comment_count is not None:
        right.append(
            f'<span class="meta-comment tie-icon meta-item fa-before">'
            f'<a href="{attr(article.url or home)}#respond">{article.comment_count}</a></span>'
        )
    right.append(
        f'<span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> '
        f"{pick.number(10, 9999)} </span>"
    )
    right.append(
        f'<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> '
        f"{pick.number(1, 9)} min</span>"
    )
    return (
        f'<div id="single-post-meta" class="post-meta clearfix">{"".join(parts)}'
        f'<div class="tie-alignright">{"".join(right)}</div></div>'
    )


def _stream_item(tongue: Tongue, pick: Pick) -> str:
    return (
        f'<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
        f'<span class="stream-title">{text(tongue.advert, tongue)}</span>'
        f'<ins class="adsbygoogle" data-ad-slot="{pick.number(1000, 9999)}"></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
    )


def _featured(article: Article, tongue: Tongue) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    figcaption = (
        f'<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> {shown}'
        "</figcaption>"
        if shown
        else ""
    )
    return (
        '<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image">'
        f'<img width="780" height="470" src="{attr(image.url)}" class="attachment-jannah-image-post size-jannah-image-post '
        f'wp-post-image" alt="" />{figcaption}</figure></div></div>'
    )


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return (
        '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">'
        f'<span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud">{links}</span></div>'
    )


def _prev_next(article: Article, tongue: Tongue, home: str) -> str:
    sides = []
    for link, css, rel in (
        (article.neighbors.previous, "prev-post", "prev"),
        (article.neighbors.next, "next-post", "next"),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        sides.append(
            f'<div class="tie-col-xs-6 {css}"> <a href="{attr(link.url)}" style="background-image: url({attr(home)}'
            f'wp-content/uploads/{rel}-390x220.jpg)" class="post-thumb" rel="{rel}"><div class="post-thumb-overlay-wrap">'
            '<div class="post-thumb-overlay"> <span class="tie-icon tie-media-icon"></span></div></div> </a> '
            f'<a href="{attr(link.url)}" rel="{rel}"><h3 class="post-title">{title}</h3> </a></div>'
        )
    if not sides:
        return ""
    return f'<div class="prev-next-post-nav container-wrapper media-overlay">{"".join(sides)}</div>'


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark '
        'main-nav-below no-stream-item has-shadow is-stretch-header">'
        '<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper">'
        f'<div id="logo" class="image-logo"><a title="{attr(site or "")}" href="{attr(home)}">'
        f'<img src="{attr(home)}wp-content/uploads/logo.png" alt="{attr(site or "")}" class="logo_normal" /></a></div>'
        "</div></div></div>"
        f'<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav">{chrome.menu(pick, tongue, home)}'
        f'</nav></div><div id="top-nav" class="has-breaking-news top-nav header-nav">{chrome.ticker(pick, tongue, home)}'
        "</div></header>"
    )


def write_jannah(article: Article) -> str:
    """The Jannah single post template (``article#the-post``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "jannah")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(10000, 299999)
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    category = (
        f'<span class="post-cat-wrap"><a class="post-cat tie-cat-{pick.number(2, 40)}" '
        f'href="{attr(home)}category/{slug(article.section, "news")}/">{text(article.section, tongue)}</a></span>'
        if article.section
        else ""
    )
    h1 = f'<h1 class="post-title entry-title">{text(title, tongue, entities=True)}</h1>' if title else ""
    deck = f'<h2 class="entry-sub-title">{text(article.subheadline, tongue)}</h2>' if article.subheadline else ""
    noise = (_stream_item(tongue, pick), chrome.read_also(pick, tongue, home))
    shown = blocks(pick, tongue, article.body, noise)
    comments = (
        chrome.comment_thread(pick, tongue, article.comment_count, tongue.leave_comment)
        if article.comment_count is not None
        else ""
    )
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard tie-no-js "
        f"wrapper-has-shadow block-head-{pick.number(1, 8)} magazine1 is-desktop is-header-layout-3 sidebar-right "
        "has-sidebar post-layout-1 narrow-title-narrow-media is-standard-format has-mobile-share"
    )
    return f"""<!DOCTYPE html>
<html{lang} class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{text(shown_title, tongue, entities=True)}</title>
<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->
{chr(10).join(yoast_meta(article, shown_title))}
{json_ld(yoast_graph(article, title, home)).replace('<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">')}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='tie-css-base-css' href='{attr(home)}wp-content/themes/jannah/assets/css/base.min.css' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{attr(home)}wp-content/themes/jannah/assets/css/single.min.css' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>.brand-title,a:hover,.entry a{{color: #795548;}}.post-cat{{background-color:#795548;}}</style>
{chrome.head_scripts(home)}
<script type='text/javascript'>var tie = {{"is_rtl":"","ajaxurl":"{home}wp-admin/admin-ajax.php","is_taqyeem_active":""}};</script>
</head>
<body id="tie-body" class="{body_class}">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
{_header(pick, tongue, home, site)}
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">{_breadcrumb(article, tongue, title)}<div class="entry-header"> {category}{h1}{deck}
{_meta(article, tongue, pick, home)}</div></header>
<div id="share-buttons-top" class="share-buttons share-buttons-top">{chrome.share_bar(tongue, article.url)}</div>
{_featured(article, tongue)}
<div class="entry-content entry clearfix">
{shown}
{_tags(article, tongue, home)}
</div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom">{chrome.share_bar(tongue, article.url)}</div>
</article>
<div class="post-components">
{_prev_next(article, tongue, home)}
<div id="related-posts" class="container-wrapper has-extra-post">{chrome.related_list(pick, tongue, home)}</div>
{comments}
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky">{chrome.sidebar(pick, tongue, home, site)}</aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area">{chrome.site_footer(pick, tongue, home, site, 2025)}</footer>
</div></div></div>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="jannah",
    adapter="jannah",
    fields=CONTENT_FIELDS,
    write=write_jannah,
    description="TieLabs Jannah, single post template",
    can_show=crumbs_linked,
)
