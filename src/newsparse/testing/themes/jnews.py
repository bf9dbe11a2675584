"""Jegtheme JNews pages: the single post template 2 (``jeg_single_tpl_2``).

The markup is the theme's own, as heartlandnewsfeed.com prints it: the IE conditional
``<html>`` tags, the ``jnews`` / ``jeg_single_tpl_2`` body classes, the ``jeg_viewport``
frame, the theme's stylesheets and scripts under ``/themes/jnews/``, an All in One SEO
``@graph`` in the head, a header of ``jeg_nav_row`` menus with a news ticker, the
``entry-header`` above the columns, ``jeg_ad`` slots and a ``jnews_inline_related_post``
box inside the text, a share bar with share counts, a related-posts block of
``jeg_post_title`` headlines, and a sidebar of JNews widgets (popular posts with their
own ``jeg_post_title``).

How the theme shows each field: the trail in ``jeg_breadcrumbs`` (every crumb linked, the
last one linking the article itself with its title), or, as on heartlandnewsfeed.com,
no visible trail and the SEO plugin's ``BreadcrumbList`` only, drawn half the time each;
the kicker in the title (``KICKER : Headline``; JNews has no kicker element); the deck as
``h2.jeg_post_subtitle``; the author (``by`` then a linked name), the date, the
categories (``in`` then the links, the section first) and the comment counter (a bare
number) in ``jeg_meta_container``; the lead image as ``.jeg_featured`` (a lazy-loaded
``img`` whose ``src`` is a placeholder and ``data-src`` the picture, with its caption in
``p.wp-caption-text``); tags in ``jeg_post_tags`` at the end of the text; previous and
next posts in ``jeg_prevnext_post``, each link holding a caption and an ``h3`` title.

The date is printed with the site's date format, which carries no UTC offset: a plain
date is shown as the day (``October 27, 2023``, as on heartlandnewsfeed.com), a time to
the minute without an offset as the day and the time, and any other time in the theme's
"ago" form (``5 hours ago``), so that its exact value is in the JSON-LD only. The
modified date is in the JSON-LD only.

What it leaves out: nothing of the Article's fields, but it cannot show a crumb without a
link (JNews links every crumb, and the SEO plugin's trail without a URL reads as the
article itself), so :attr:`Renderer.can_show` refuses such articles.
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
from newsparse.testing.words import Pick, Tongue, comments_label, date_label, sentence, tongue_of

__all__ = ["RENDERER", "write_jnews"]

_VERSION = "11.1.3"
_PLACEHOLDER = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def _page_url(article: Article) -> str:
    return article.canonical_url or article.url or home_of(article)


# --------------------------------------------------------------------------- the head


def _seo_meta(article: Article, shown_title: str) -> list[str]:
    """All in One SEO's canonical link and OpenGraph tags."""
    tags: list[tuple[str, str | None]] = [
        ("og:locale", article.language.replace("-", "_") if article.language else None),
        ("og:site_name", article.site_name),
        ("og:type", "article"),
        ("og:title", shown_title or None),
        ("og:url", article.canonical_url),
        ("og:image", article.lead_image.url if article.lead_image else None),
        ("article:published_time", iso(article.published)),
        ("article:modified_time", iso(article.modified)),
    ]
    out = [f'<meta property="{name}" content="{attr(value)}" />' for name, value in tags if value]
    if article.canonical_url:
        out.insert(0, f'<link rel="canonical" href="{attr(article.canonical_url)}" />')
    return out


def _seo_graph(article: Article, title: str | None, home: str) -> dict[str, Any]:
    """All in One SEO's ``@graph``: the Article (author by reference), its trail, page and publisher."""
    page = _page_url(article)
    node: dict[str, Any] = {"@type": "Article", "@id": f"{page}#article"}
    optional: dict[str, Any] = {
        "name": " - ".join(t for t in (title, article.site_name) if t) or None,
        "headline": title,
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "inLanguage": article.language,
        "articleSection": article.section,
    }
    node.update({key: value for key, value in optional.items() if value is not None})
    graph: list[dict[str, Any]] = [node]
    if article.byline:
        person = f"{home}author/{slug(article.byline.text, 'staff')}/#author"
        node["author"] = {"@id": person}
        graph.append({"@type": "Person", "@id": person, "name": article.byline.text})
    if article.site_name:
        node["publisher"] = {"@id": f"{home}#organization"}
        graph.append({"@type": "Organization", "@id": f"{home}#organization", "name": article.site_name, "url": home})
    if article.lead_image:
        node["image"] = {"@type": "ImageObject", "url": article.lead_image.url, "width": 960, "height": 540}
    if article.breadcrumb:
        trail = [*((c.label, c.url) for c in article.breadcrumb), (title, page)]
        graph.append(
            {
                "@type": "BreadcrumbList",
                "@id": f"{page}#breadcrumblist",
                "itemListElement": [
                    {"@type": "ListItem", "@id": f"{url}#listItem", "position": i + 1, "name": label, "item": url}
                    for i, (label, url) in enumerate(trail)
                ],
            }
        )
    graph.append({"@type": "WebPage", "@id": f"{page}#webpage", "url": page, "name": node.get("name")})
    return {"@context": "https://schema.org", "@graph": graph}


# --------------------------------------------------------------------------- the post


def _breadcrumbs(article: Article, tongue: Tongue, title: str | None) -> str:
    crumbs = [(c.label, c.url or "") for c in article.breadcrumb]
    spans = [f'<span class="">\n<a href="{attr(url)}">{text(label, tongue)}</a>\n</span>' for label, url in crumbs]
    spans.append(
        f'<span class="breadcrumb_last_link">\n<a href="{attr(_page_url(article))}">'
        f"{text(title or '', tongue, entities=True)}</a>\n</span>"
    )
    separator = '<i class="fa fa-angle-right"></i>'
    return (
        '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">'
        f"{separator.join(spans)}</div></div>"
    )


def _shown_date(article: Article, tongue: Tongue, pick: Pick) -> str | None:
    day = article.published
    if day is None:
        return None
    if isinstance(day, datetime) and (day.tzinfo is not None or day.second):
        # The date format shows neither an offset nor seconds: the JSON-LD has them.
        return tongue.ago.format(n=pick.number(2, 23))
    return date_label(tongue, day)


def _meta(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    left = []
    if article.byline:
        name = article.byline.text
        left.append(
            f'<div class="jeg_meta_author"><img alt="{attr(name)}" src="{attr(home)}wp-content/uploads/avatar-80x80.jpg" '
            f'class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async"/>'
            f'<span class="meta_text">{text(tongue.by.lower(), tongue)}</span>\n'
            f'<a href="{attr(home)}author/{slug(name, "staff")}/">{text(name, tongue)}</a></div>'
        )
    shown = _shown_date(article, tongue, pick)
    if shown:
        left.append(f'<div class="jeg_meta_date"><a href="{attr(_page_url(article))}">{text(shown, tongue)}</a></div>')
    if article.section:
        others = [s for s in tongue.sections if s != article.section]
        labels = [article.section] + ([pick.one(others)] if others and pick.chance(40) else [])
        links = '<span class="category-separator">, </span>'.join(
            f'<a href="{attr(home)}category/{slug(label, "news")}/" rel="category tag">{text(label, tongue)}</a>'
            for label in labels
        )
        left.append(f'<div class="jeg_meta_category"><span><span class="meta_text">in</span>\n{links}</span></div>')
    left.append(f'<div class="jeg_meta_reading_time"><span>Reading Time: {pick.number(1, 9)} mins read</span></div>')
    right = []
    if article.comment_count is not None:
        right.append(
            f'<div class="jeg_meta_comment"><a href="{attr(_page_url(article))}#comments"><i class="fa fa-comment-o">'
            f"</i> {article.comment_count}</a></div>"
        )
    return (
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_2">'
        f'<div class="meta_left">{"".join(left)}</div><div class="meta_right">{"".join(right)}</div></div></div>'
    )


def _featured(article: Article, tongue: Tongue) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    below = f'<p class="wp-caption-text">{shown}</p>' if shown else ""
    return (
        f'<div class="jeg_featured featured_image "><a href="{attr(image.url)}"><div class="thumbnail-container '
        'animate-lazy" style="padding-bottom:50%"><img width="750" height="375" '
        f'src="{_PLACEHOLDER}" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="" '
        f'decoding="async" data-src="{attr(image.url)}" data-sizes="auto" data-expand="700" /></div></a>{below}</div>'
    )


def _inline_ad(pick: Pick, home: str) -> str:
    return (
        '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class="ads-wrapper align-right ">'
        f'<a href="https://ads.invalid/{pick.number(1, 99)}" rel="noopener" class="adlink ads_image align-right">'
        f'<img src="{attr(home)}wp-content/uploads/ad-300x250.jpg" alt="" width="300" height="250"></a></div></div>'
    )


def _inline_related(pick: Pick, tongue: Tongue, home: str) -> str:
    posts = "".join(
        f'<article class="jeg_post jeg_pl_xs format-standard"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></h3></div></article>'
        for title, url in chrome.stories(pick, tongue, home, 2)
    )
    return (
        '<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
        '<div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3">'
        f'<div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>'
        f'{text(tongue.read_also, tongue)}</span></h3></div><div class="jeg_block_container"><div class="jeg_posts">'
        f'<div class="jeg_postsmall">{posts}</div></div></div></div></div></div>'
    )


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return f'<div class="jeg_post_tags"><span>Tags:</span> {links}</div>'


def _share_bottom(pick: Pick, url: str) -> str:
    target = attr(url)
    return (
        '<div class="jeg_share_bottom_container"><div class="jeg_share_button share-bottom clearfix">'
        f'<div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={target}" rel="nofollow" '
        f'class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Share<span class="count">'
        f'{pick.number(0, 999)}</span></span></a><a href="https://twitter.com/intent/tweet?url={target}" rel="nofollow" '
        f'class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Tweet<span class="count">'
        f"{pick.number(0, 999)}</span></span></a></div></div></div>"
    )


def _prev_next(article: Article, tongue: Tongue) -> str:
    links = []
    for link, css, label in (
        (article.neighbors.previous, "prev-post", tongue.previous),
        (article.neighbors.next, "next-post", tongue.next),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        links.append(
            f'<a href="{attr(link.url)}" class="post {css}">\n<span class="caption">{text(label, tongue)}</span>\n'
            f'<h3 class="post-title">{title}</h3>\n</a>'
        )
    inner = f'<div class="jeg_prevnext_post">{"".join(links)}</div>' if links else ""
    return f'<div class="jnews_prev_next_container">{inner}</div>'


def _related(pick: Pick, tongue: Tongue, home: str) -> str:
    posts = "".join(
        f'<article class="jeg_post jeg_pl_md_box format-standard"><div class="jeg_thumb"><a href="{attr(url)}">'
        f'<div class="thumbnail-container animate-lazy size-715"><img src="{_PLACEHOLDER}" data-src="{attr(home)}'
        f'wp-content/uploads/related-{i}.jpg" class="lazyload" alt="" /></div></a></div><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{attr(url)}"><i class="fa fa-clock-o"></i> '
        f"{text(tongue.ago.format(n=i + 3), tongue)}</a></div></div></div></article>"
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3))
    )
    return (
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook '
        'jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 '
        f'class="jeg_block_title"><span>{text(tongue.read_also, tongue)}</span></h3></div>'
        f'<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">'
        f"{posts}</div></div></div></div></div>"
    )


def _comments(pick: Pick, tongue: Tongue, count: int | None) -> str:
    if count is None:
        return '<div class="jnews_comment_container"></div>'
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{i + 1}"><div id="div-comment-{i + 1}" '
        f'class="comment-body"><div class="comment-author vcard"><cite class="fn">{text(pick.one(tongue.people), tongue)}'
        f'</cite></div><div class="comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div></div></li>'
        for i in range(min(count, 3))
    )
    heading = (
        f'<h3 class="comment-heading">{text(comments_label(tongue, count), tongue)}</h3><div class="jeg_commentlist_container">'
        f'<ol class="commentlist">{items}</ol></div>'
        if count
        else ""
    )
    return (
        '<div class="jnews_comment_container"><div class="comment-container"><div id="comments" '
        f'class="comment-wrapper section">{heading}<div id="respond" class="comment-respond"><h3 id="reply-title" '
        f'class="comment-reply-title">{text(tongue.leave_comment, tongue)}</h3><form action="/wp-comments-post.php" '
        'method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea></form>'
        "</div></div></div></div>"
    )


# --------------------------------------------------------------------------- the frame


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    ticker = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated"><a href="{attr(url)}">'
        f"{text(title, tongue, entities=True)}</a></div>"
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    mega = "".join(
        f'<li class="menu-item menu-item-type-taxonomy jeg_megamenu category_1"><a href="{attr(home)}category/'
        f'{slug(section)}/">{text(section, tongue)}</a><div class="sub-menu"><div class="jeg_newsfeed clearfix">'
        + "".join(
            f'<div class="jeg_newsfeed_item"><h3 class="jeg_post_title"><a href="{attr(url)}">'
            f"{text(title, tongue, entities=True)}</a></h3></div>"
            for title, url in chrome.stories(pick, tongue, home, 2)
        )
        + "</div></div></li>"
        for section in tongue.sections[: pick.number(3, len(tongue.sections))]
    )
    return (
        '<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container '
        'jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left '
        f'jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_news_ticker">'
        f'<div class="jeg_news_ticker_arrow jeg_news_ticker_prev"></div><div class="jeg_news_ticker_items">{ticker}'
        "</div></div></div></div></div></div></div>"
        '<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">'
        f'<div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{attr(home)}" '
        f'aria-label="{attr(site or "")}"><img class="jeg_logo_img" src="{attr(home)}wp-content/uploads/logo.png" '
        f'alt="{attr(site or "")}"></a></h1></div></div></div></div>'
        '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container">'
        f'<div class="jeg_nav_row"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">'
        f'<ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{mega}</ul></div></div></div>'
        "</div></div></div></div>"
    )


def _sidebar(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    popular = "".join(
        f'<li class="popularpost_item format-standard"><div class="jeg_thumb"><a href="{attr(url)}">'
        '<div class="thumbnail-container animate-lazy size-715 "></div></a></div>'
        f'<h3 class="jeg_post_title"><a href="{attr(url)}" data-num="{i + 1:02d}">{text(title, tongue, entities=True)}'
        f'</a></h3><div class="popularpost_meta"><div class="jeg_socialshare"><span class="share_count">'
        f'<i class="fa fa-share-alt"></i> {pick.number(10, 3000)} shares</span></div></div></li>'
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 4))
    )
    return (
        '<div class="jeg_sidebar  jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">'
        f'<div class="widget widget_jnews_popular" id="jnews_popular-4"><ul class="popularpost_list">{popular}</ul></div>'
        f'<div class="widget widget_text">{chrome.sidebar(pick, tongue, home, site)}</div>'
        "</div></div></div>"
    )


def _footer(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark">'
        f'<div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container">'
        f"{chrome.site_footer(pick, tongue, home, site, 2025)}</div></div>"
        f'<div class="jeg_footer_bottom"><div class="container"><p class="copyright"> &copy; 2025 '
        f"{text(site or '', tongue)}</p></div></div></div></div></div>"
    )


def write_jnews(article: Article) -> str:
    """The JNews single post template 2 (``entry-header`` above ``jeg_inner_content``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "jnews")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(10000, 1999999)
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    # heartlandnewsfeed.com shows no trail and leaves it to the SEO plugin's JSON-LD.
    crumbs = _breadcrumbs(article, tongue, title) if article.breadcrumb and pick.chance(50) else ""
    h1 = f'<h1 class="jeg_post_title">{text(title, tongue, entities=True)}</h1>' if title else ""
    deck = f'<h2 class="jeg_post_subtitle">{text(article.subheadline, tongue)}</h2>' if article.subheadline else ""
    noise = (_inline_ad(pick, home), _inline_related(pick, tongue, home))
    shown = blocks(pick, tongue, article.body, noise)
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = "rtl" if tongue.rtl else "ltr"
    html_open = "\n".join(
        f'<!--[if {cond}]> <html class="no-js {classes}" dir="{direction}"{lang}> <![endif]-->'
        for cond, classes in (("lt IE 7", "lt-ie9 lt-ie8 lt-ie7"), ("IE 7", "lt-ie9 lt-ie8"), ("IE 8", "lt-ie9"))
    )
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard wp-embed-responsive "
        "theme-jnews non-logged-in jeg_toggle_light jeg_single_tpl_2 jnews jsc_normal"
    )
    stylesheets = "\n".join(
        f"<link rel='stylesheet' id='jnews-{name}-css' href='{attr(home)}wp-content/themes/jnews/assets/css/"
        f"{name}.css?ver={_VERSION}' type='text/css' media='all' />"
        for name in ("main", "pages", "single", "responsive")
    )
    return f"""<!doctype html>
{html_open}
<!--[if gt IE 8]><!--> <html class="no-js" dir="{direction}"{lang}> <!--<![endif]-->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{attr(home)}xmlrpc.php" />
<title>{text(shown_title, tongue, entities=True)}</title>
<!-- All in One SEO - aioseo.com -->
<meta name="robots" content="max-image-preview:large" />
{chr(10).join(_seo_meta(article, shown_title))}
{json_ld(_seo_graph(article, title, home)).replace('<script type="application/ld+json">', '<script type="application/ld+json" class="aioseo-schema">')}
<!-- All in One SEO -->
<script type="text/javascript">var jnews_ajax_url = '/?ajax-request=jnews'</script>
<script type="text/javascript">window.jnews = window.jnews || {{}}; window.jnews.library = window.jnews.library || {{}}; jnewsoption = {{"login_reload":"{home}","popup_script":"magnific","single_gallery":"","ismobile":false,"isIE":false,"sidefeed_ajax":false,"lang":"{attr(article.language or "en")}","module_prefix":"jnews_module_ajax_","live_search":"<div class=\\"jeg_search_result\\"><\\/div>"}};</script>
{stylesheets}
<link rel='stylesheet' id='jnews-style-css' href='{attr(home)}wp-content/themes/jnews/style.css?ver={_VERSION}' type='text/css' media='all' />
<style id="jeg_dynamic_css" type="text/css" data-type="jeg_custom-customizer">body {{ --j-body-color : #323232; --j-accent-color : #c91212; }} .entry-header .jeg_meta_comment a,#breadcrumbs a {{ color : #c91212; }}</style>
{chrome.head_scripts(home)}
</head>
<body class="{body_class}">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<!-- The Main Wrapper
============================================= -->
<div class="jeg_viewport">
{_header(pick, tongue, home, site)}
<div class="post-wrapper"><div class="post-wrap" >
<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article_top jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
{crumbs}
<div class="entry-header">
{h1}
{deck}
{_meta(article, tongue, pick, home)}
</div>
<div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
{_featured(article, tongue)}
<div class="jeg_share_top_container"></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{shown}
{_tags(article, tongue, home)}
</div>
</div>
{_share_bottom(pick, _page_url(article))}
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
{_prev_next(article, tongue)}
<div class="jnews_author_box_container "></div>
{_related(pick, tongue, home)}
<div class="jnews_popup_post_container"></div>
{_comments(pick, tongue, article.comment_count)}
</div>
</div>
{_sidebar(pick, tongue, home, site)}
</div>
</div></div></div></div>
</div></div>
{_footer(pick, tongue, home, site)}
</div>
{chrome.cookie_banner(tongue)}
<script type="text/javascript" src="{attr(home)}wp-content/themes/jnews/assets/js/lazysizes.js?ver={_VERSION}" id="lazysizes-js"></script>
<script type="text/javascript" src="{attr(home)}wp-content/themes/jnews/assets/js/main.js?ver={_VERSION}" id="jnews-main-js"></script>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="jnews",
    adapter="jnews",
    fields=CONTENT_FIELDS,
    write=write_jnews,
    description="Jegtheme JNews, single post template 2",
    can_show=crumbs_linked,
)
