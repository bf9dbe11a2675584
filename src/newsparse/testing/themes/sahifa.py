"""TieLabs Sahifa pages: the single post template (``article#the-post``).

The markup is the theme's own, as sw1.news prints it: ``body#top`` with WordPress's
single-post classes, the ``wrapper-outer``/``#wrapper``/``inner-wrapper`` frame, the
theme's stylesheet and scripts under ``/themes/sahifa/``, a Yoast SEO ``@graph`` in the
head and the theme's own ``NewsArticle`` JSON-LD inside the article, a header with a top
menu, a breaking-news ticker and a main menu, ``#related_posts`` set inside the text
(each related post with its own ``p.post-meta`` and ``tie-date``), Ad Inserter
``code-block`` banners between paragraphs, hidden ``vcard``/``updated``/tag spans after
the text, an author box, a sidebar of ``widget`` boxes and the site footer.

How the theme shows each field: the trail in ``#crumbs`` (``a.crumbs-home`` first,
``span.delimiter`` between crumbs, the title as ``span.current`` at the end); the kicker
in the title (``KICKER : Headline``; the theme has no kicker element); the author, the
date, the category and the comment counter in the ``p.post-meta`` row under the title
(``post-meta-author``, ``tie-date``, ``post-cats``, ``post-comments`` with
``Leave a comment`` / ``1 Comment`` / ``% Comments``); the lead image as
``.single-post-thumb`` with its caption in ``.single-post-caption``; tags in
``p.post-tag`` under the article; previous and next posts in ``.post-navigation``, each a
link holding the label (``<span>Previous</span> Title``).

The date is printed by ``tie_get_time()`` with the site's date format, which carries no
UTC offset: a plain date is shown as the day (``15. Oktober 2023``, as on sw1.news), a
time to the minute without an offset as the day and the time, and any other time (one
with an offset or with seconds) in the theme's "modern" form (``5 hours ago``), so that
its exact value is in the JSON-LD only. The
modified date is in the JSON-LD only, as on every Sahifa page.

What it leaves out: the deck (Sahifa has no subtitle field; ``subheadline`` is not
shown); and it cannot show a crumb without a link (the trail links every crumb but the
title), so :attr:`Renderer.can_show` refuses such articles.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.testing import chrome
from newsparse.testing.markup import (
    attr,
    blocks,
    caption,
    crumbs_linked,
    home_of,
    iso,
    json_ld,
    seeded,
    slug,
    text,
    title_with_kicker,
)
from newsparse.testing.render import Renderer
from newsparse.testing.themes.yoast import yoast_graph, yoast_meta
from newsparse.testing.words import Pick, Tongue, comments_label, date_label, sentence, tongue_of

__all__ = ["RENDERER", "write_sahifa"]


def _crumbs(article: Article, tongue: Tongue, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    parts = []
    for i, crumb in enumerate(article.breadcrumb):
        css = ' class="crumbs-home"' if i == 0 else ""
        parts.append(
            f'<span typeof="v:Breadcrumb"><a rel="v:url" property="v:title"{css} href="{attr(crumb.url or "")}">'
            f"{text(crumb.label, tongue)}</a></span>"
        )
    parts.append(f'<span class="current">{text(title or "", tongue, entities=True)}</span>')
    trail = ' <span class="delimiter">/</span> '.join(parts)
    return f'<div xmlns:v="http://rdf.data-vocabulary.org/#"  id="crumbs">{trail}</div>'


def _tie_date(article: Article, tongue: Tongue, pick: Pick) -> str:
    """``tie_get_time()``: the site's date format, or the "modern" age of the post."""
    day = article.published
    if day is None:
        return ""
    if isinstance(day, datetime) and (day.tzinfo is not None or day.second):
        # The date format shows neither an offset nor seconds: the JSON-LD has them.
        shown = tongue.ago.format(n=pick.number(2, 23))
    else:
        shown = date_label(tongue, day)
    return f'<span class="tie-date"><i class="fa fa-clock-o"></i>{text(shown, tongue)}</span>'


def _post_meta(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    parts = []
    if article.byline:
        name = article.byline.text
        parts.append(
            f'<span class="post-meta-author"><i class="fa fa-user"></i><a href="{attr(home)}author/'
            f'{slug(name, "redaktion")}/" title="">{text(name, tongue)} </a></span>'
        )
    parts.append(_tie_date(article, tongue, pick))
    if article.section:
        parts.append(
            f'<span class="post-cats"><i class="fa fa-folder"></i><a href="{attr(home)}category/'
            f'{slug(article.section, "news")}/" rel="category tag">{text(article.section, tongue)}</a></span>'
        )
    if article.comment_count is not None:
        anchor = "#respond" if article.comment_count == 0 else "#comments"
        parts.append(
            f'<span class="post-comments"><i class="fa fa-comments"></i><a href="{attr(article.url or home)}{anchor}">'
            f"{text(comments_label(tongue, article.comment_count), tongue)}</a></span>"
        )
    parts.append(f'<span class="post-views"><i class="fa fa-eye"></i>{pick.number(10, 9999)} Views</span>')
    return '<p class="post-meta">\n\t' + "\n\t".join(p for p in parts if p) + '\n</p>\n<div class="clear"></div>'


def _thumb(article: Article, tongue: Tongue) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    below = f'<div class="single-post-caption">{shown}</div>' if shown else ""
    return (
        f'<div class="single-post-thumb"><img width="660" height="330" src="{attr(image.url)}" '
        f'class="attachment-slider size-slider wp-post-image" alt="" decoding="async" fetchpriority="high" />'
        f"</div>{below}"
    )


def _related(pick: Pick, tongue: Tongue, home: str) -> str:
    """``#related_posts``: thumbnails, titles and each post's own ``tie-date``."""
    items = []
    for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, pick.number(2, 3))):
        day = datetime(pick.number(2019, 2025), pick.number(1, 12), pick.number(1, 28))
        items.append(
            f'<div class="related-item"><div class="post-thumbnail"><a href="{attr(url)}"><img width="310" height="165" '
            f'src="{attr(home)}wp-content/uploads/related-{i}-310x165.jpg" class="attachment-tie-medium" alt="" />'
            f'<span class="fa overlay-icon"></span></a></div><h3><a href="{attr(url)}" rel="bookmark">'
            f"{text(title, tongue, entities=True)}</a></h3>"
            f'<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>'
            f"{text(date_label(tongue, day.date()), tongue)}</span></p></div>"
        )
    return (
        f'<section id="related_posts"><div class="block-head"><h3>{text(tongue.read_also, tongue)}</h3>'
        f'<div class="stripe-line"></div></div><div class="post-listing">{"".join(items)}'
        '<div class="clear"></div></div></section>'
    )


def _code_block(tongue: Tongue, pick: Pick, home: str) -> str:
    """An Ad Inserter banner between two paragraphs, as sw1.news has them."""
    n = pick.number(1, 6)
    return (
        f"<div class='code-block code-block-{n}' style='margin: 8px 8px 8px 0; float: left;'>\n"
        "<!-- REGIONALFILTER -->\n"
        f'<div class="wp_bannerize_container"><div class="wp_bannerize_banner_box" data-title="{attr(tongue.advert)}" '
        f'id="wpbanner-{pick.number(1000, 99999)}"><a href="https://ads.invalid/{n}" target="_blank" rel="nofollow">'
        f'<img border="0" width="300" height="250" src="{attr(home)}wp-content/uploads/banner-{n}.gif" '
        f'alt="{attr(tongue.advert)}" /></a></div></div>\n</div>'
    )


def _share(tongue: Tongue, url: str | None) -> str:
    target = attr(url or "")
    return (
        f'<div class="share-post"><span class="share-text">{text(tongue.share, tongue)}</span><ul class="flat-social">'
        f'<li><a href="http://www.facebook.com/sharer.php?u={target}" class="social-facebook" rel="external" '
        'target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li>'
        f'<li><a href="https://twitter.com/intent/tweet?url={target}" class="social-twitter" rel="external" '
        'target="_blank"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li></ul><div class="clear"></div></div>'
    )


def _hidden_after_text(article: Article, home: str) -> str:
    """The spans Sahifa prints hidden after the text for microformats: tags, updated, vcard."""
    parts = []
    if article.tags:
        links = " ".join(f'<a href="{attr(home)}tag/{slug(t, "t")}/" rel="tag">{attr(t)}</a>' for t in article.tags)
        parts.append(f'<span style="display:none">{links}</span>')
    if article.published:
        parts.append(f'<span style="display:none" class="updated">{article.published.isoformat()[:10]}</span>')
    if article.byline:
        parts.append(
            '<span style="display:none" class="vcard author" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person"><strong class="fn" itemprop="name">'
            f'<a href="{attr(home)}author/x/" rel="author">{attr(article.byline.text)}</a></strong></span>'
        )
    return "".join(parts)


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = " ".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return f'<p class="post-tag">Tags {links}</p>'


def _author_box(article: Article, tongue: Tongue, pick: Pick) -> str:
    if not article.byline:
        return ""
    return (
        f'<section id="author-box"><div class="block-head"><h3>{text(tongue.by, tongue)} '
        f'{text(article.byline.text, tongue)} </h3><div class="stripe-line"></div></div>'
        f'<div class="post-listing"><div class="author-bio"><p>{text(sentence(pick, tongue), tongue)}</p></div>'
        "</div></section>"
    )


def _navigation(article: Article, tongue: Tongue) -> str:
    sides = []
    for link, css, rel, label in (
        (article.neighbors.previous, "post-previous", "prev", tongue.previous),
        (article.neighbors.next, "post-next", "next", tongue.next),
    ):
        inner = ""
        if link is not None:
            title = text(link.title, tongue, entities=True) if link.title else ""
            inner = f'<a href="{attr(link.url)}" rel="{rel}"><span>{text(label, tongue)}</span> {title}</a>'
        sides.append(f'<div class="{css}">{inner}</div>')
    if article.neighbors.previous is None and article.neighbors.next is None:
        return ""
    return f'<div class="post-navigation">{"".join(sides)}</div><!-- .post-navigation -->'


def _comments(pick: Pick, tongue: Tongue, count: int | None) -> str:
    if count is None:
        # Comments closed: the theme still prints the empty box (as on sw1.news).
        return '<div id="comments">\n<div class="clear"></div>\n</div><!-- #comments -->'
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{i + 1}"><div id="comment-{i + 1}" '
        f'class="comment-wrap"><div class="comment-avatar"></div><div class="author-comment">'
        f'<cite class="fn">{text(pick.one(tongue.people), tongue)}</cite></div><div class="comment-content">'
        f"<p>{text(sentence(pick, tongue), tongue)}</p></div></div></li>"
        for i in range(min(count, 3))
    )
    listing = (
        f'<div id="comments-box"><div class="block-head"><h3 id="comments-title">'
        f'{text(comments_label(tongue, count), tongue)} </h3><div class="stripe-line"></div></div>'
        f'<div class="post-listing"><ol class="commentlist">{items}</ol></div></div>'
        if count
        else ""
    )
    return (
        f'<div id="comments">{listing}<div class="clear"></div><div id="respond" class="comment-respond">'
        f'<h3 id="reply-title" class="comment-reply-title">{text(tongue.leave_comment, tongue)}</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<textarea id="comment" name="comment" cols="45" rows="8"></textarea></form></div></div><!-- #comments -->'
    )


def _schema(article: Article, title: str | None, home: str) -> dict[str, Any]:
    """The theme's own ``NewsArticle`` JSON-LD, printed inside the article (categories comma-joined)."""
    page = article.canonical_url or article.url
    data: dict[str, Any] = {"@context": "http://schema.org", "@type": "NewsArticle"}
    optional: dict[str, Any] = {
        "dateCreated": iso(article.published),
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "headline": title,
        "name": title,
        "keywords": list(article.tags),
        "url": page,
        "description": article.body[0].text[:100] if article.body else None,
        "articleSection": article.section,
    }
    data.update({key: value for key, value in optional.items() if value is not None})
    if article.site_name:
        data["publisher"] = {"@id": "#Publisher", "@type": "Organization", "name": article.site_name}
    if page:
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": page}
    if article.byline:
        data["author"] = {"@type": "Person", "name": article.byline.text, "url": f"{home}author/x/"}
    if article.lead_image:
        data["image"] = {"@type": "ImageObject", "url": article.lead_image.url, "width": 1110, "height": 626}
    return data


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    breaking = "".join(
        f'<li><a href="{attr(url)}" title="{attr(title)}">{text(title, tongue, entities=True)}</a></li>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    return (
        '<header id="theme-header" class="theme-header"><div id="top-nav" class="top-nav"><div class="container">'
        f'<span class="today-date">29. 11. 2025</span><div class="top-menu">{chrome.menu(pick, tongue, home)}</div>'
        f'<div class="search-block"><form method="get" id="searchform-header" action="{attr(home)}">'
        f'<input class="search-live" type="text" id="s-header" name="s" title="{attr(tongue.search)}" '
        f'value="{attr(tongue.search)}" /></form></div></div></div>'
        f'<div class="header-content"><div class="logo"><h2><a title="{attr(site or "")}" href="{attr(home)}">'
        f'<img src="{attr(home)}wp-content/uploads/logo.png" alt="{attr(site or "")}" /><strong>'
        f"{text(site or '', tongue)}</strong></a></h2></div></div>"
        f'<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu">'
        f"{chrome.menu(pick, tongue, home)}</div></div></nav></header>"
        f'<div class="clear"></div><div id="breaking-news" class="breaking-news"><span class="breaking-news-title">'
        f'<i class="fa fa-bolt"></i> <span>{text(tongue.breaking, tongue)}</span></span><ul>{breaking}</ul></div>'
    )


def _sidebar(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    popular = "".join(
        f'<li class="widget-post"><div class="post-thumbnail"><a href="{attr(url)}" rel="bookmark">'
        f'<img width="110" height="75" src="{attr(home)}wp-content/uploads/pop-{i}.jpg" alt="" /></a></div>'
        f'<h3><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></h3>'
        f'<span class="tie-date"><i class="fa fa-clock-o"></i>{text(tongue.ago.format(n=i + 2), tongue)}</span></li>'
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 4))
    )
    return (
        '<aside id="sidebar"><div class="theiaStickySidebar">'
        f'<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>'
        f'{text(tongue.most_read, tongue)}</h4><div class="stripe-line"></div></div>'
        f'<div class="widget-container"><ul>{popular}</ul></div></div>'
        f'<div id="execphp-4" class="widget widget_execphp"><div class="widget-top"><h4>{text(tongue.advert, tongue)}'
        f'</h4><div class="stripe-line"></div></div><div class="widget-container">{chrome.sidebar(pick, tongue, home, site)}'
        "</div></div></div></aside>"
    )


def write_sahifa(article: Article) -> str:
    """The Sahifa single post template (``article.post-listing#the-post``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "sahifa")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(10000, 399999)
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    h1 = (
        f'<h1 class="name post-title entry-title"><span itemprop="name">{text(title, tongue, entities=True)}</span></h1>'
        if title
        else ""
    )
    noise = (_code_block(tongue, pick, home), _code_block(tongue, pick, home))
    shown = blocks(pick, tongue, article.body, noise)
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    graph = json_ld(yoast_graph(article, title, home)).replace(
        '<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">'
    )
    return f"""<!DOCTYPE html>
<html{lang}{direction} prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{attr(home)}xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->
<title>{text(shown_title, tongue, entities=True)}</title>
{chr(10).join(yoast_meta(article, shown_title))}
{graph}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='tie-style-css' href='{attr(home)}wp-content/themes/sahifa/style.css' type='text/css' media='all' />
<link rel='stylesheet' id='tie-ilightbox-skin-css' href='{attr(home)}wp-content/themes/sahifa/css/ilightbox/dark-skin/skin.css' type='text/css' media='all' />
<script type='text/javascript'>
/* <![CDATA[ */
var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","reading_indicator":"","lang_no_results":"{attr(tongue.search)}","lang_results_found":"<p class=\\"results\\">…<\\/p>"}};
/* ]]> */
</script>
<!--[if lt IE 9]>
<script src="{attr(home)}wp-content/themes/sahifa/js/html5.js"></script>
<![endif]-->
<style type="text/css" media="screen">
body{{font-family: 'Abel';}}
.post-title{{font-family: 'Racing Sans One';font-size : 34px;font-weight: bold;}}
body.single .entry, body.page .entry{{font-family: 'Abel';color :#000000;font-size : 20px;}}
#related_posts .related-item{{height:250px;}}
</style>
{chrome.head_scripts(home)}
</head>
<body id="top" class="post-template-default single single-post postid-{post} single-format-standard">
<div class="wrapper-outer">
<div class="background-cover"></div>
<aside id="slide-out"><div id="mobile-menu" ></div></aside><!-- #slide-out /-->
<div id="wrapper" class="boxed"><div class="inner-wrapper">
{_header(pick, tongue, home, site)}
<div id="main-content" class="container">
<div class="content">
{_crumbs(article, tongue, title)}
<article class="post-listing post-{post} post type-post status-publish format-standard has-post-thumbnail" id="the-post">
{_thumb(article, tongue)}
<div class="post-inner">
{h1}
{_post_meta(article, tongue, pick, home)}
<div class="entry">
{_share(tongue, article.url)}
{_related(pick, tongue, home)}
{shown}
{chrome.inline_advert(tongue)}
</div><!-- .entry /-->
{_hidden_after_text(article, home)}
<div class="clear"></div>
</div><!-- .post-inner -->
{json_ld(_schema(article, title, home))}
</article><!-- .post-listing -->
{_tags(article, tongue, home)}
{_author_box(article, tongue, pick)}
{_navigation(article, tongue)}
{_comments(pick, tongue, article.comment_count)}
</div><!-- .content -->
{_sidebar(pick, tongue, home, site)}
<div class="clear"></div>
</div><!-- .container /-->
<footer id="theme-footer"><div id="footer-widget-area" class="footer-3c">{chrome.site_footer(pick, tongue, home, site, 2025)}</div></footer>
<div class="clear"></div>
<div class="footer-bottom"><div class="container"><div class="alignleft">© {text(site or "", tongue)}</div></div></div>
</div><!-- .inner-Wrapper -->
</div><!-- #Wrapper -->
</div><!-- .Wrapper-outer -->
{chrome.cookie_banner(tongue)}
<div id="topcontrol" class="fa fa-angle-up" title="Scroll To Top"></div>
<script type='text/javascript' src='{attr(home)}wp-content/themes/sahifa/js/tie-scripts.js' id='tie-scripts-js'></script>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="sahifa",
    adapter="sahifa",
    fields=tuple(name for name in CONTENT_FIELDS if name != "subheadline"),
    write=write_sahifa,
    description="TieLabs Sahifa, single post template",
    can_show=crumbs_linked,
)
