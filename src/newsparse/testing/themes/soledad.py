"""PenciDesign Soledad pages: the single post template with the classic header.

The markup is the theme's own, as landesspiegel.li prints it: a ``soledad-ver-*`` body
class, the ``#soledad_wrapper`` frame, the header builder (``penci-header-wrap``) with a
mega menu and a news ticker, the theme's stylesheet and scripts under ``/themes/soledad/``,
Rank Math's OpenGraph tags (``article:section``, ``og:updated_time``) and the theme's own
``organization`` and ``NewsArticle`` JSON-LD (a date without time, ``datemodified`` in
lower case), a hidden view counter and ad banners inside the text, an inline "related
posts" list, share boxes, a related-posts carousel whose items carry their own
``time.entry-date.published``, the comment area and a sidebar of block widgets.

How the theme shows each field: the trail in ``.penci-breadcrumb`` (a span per crumb,
each holding an ``a.crumb``, ``fa-angle-right`` icons between them, the title as the last
plain span); the section as the ``penci-cat-name`` label above the title (the section
first, sometimes another category after it); the kicker in the title (``KICKER :
Headline``; the theme has no kicker element); the author (``by`` then a linked name) and
the published date (``time.entry-date.published`` with its ``datetime``) in
``post-box-meta-single``, with the comment counter (``0 comments``, ``% comments``) there
too, or switched off, as on landesspiegel.li, when the comment area shows every comment
(none, or up to three); the lead image as ``.post-image`` (a lazy ``img`` with an SVG
placeholder and ``data-src``) with its caption in ``.penci-featured-caption``; tags in
``.post-tags`` at the end of the text; previous and next posts in ``.post-pagination``,
each side a thumbnail link, a label outside the links, then the titled link. The modified
date is in the OpenGraph tags only (``article:modified_time``, ``og:updated_time``).

What it leaves out: the deck (the classic single header has no deck element: a lead is
the first paragraph of the text, as on landesspiegel.li, so ``subheadline`` is not
shown); and it cannot show a crumb without a link (the trail links every category), so
:attr:`Renderer.can_show` refuses such articles.
"""

from __future__ import annotations

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
from newsparse.testing.words import Pick, Tongue, date_label, sentence, tongue_of

__all__ = ["RENDERER", "write_soledad"]

_VERSION = "8.3.4"
_ICON = '<i class="penci-faicon fa fa-angle-right" ></i>'


def _counter(tongue: Tongue, count: int) -> str:
    """``comments_number()`` with Soledad's ``% comments`` wording, in the page's digits."""
    return tongue.comments.format(n=str(count).translate(str.maketrans("0123456789", tongue.digits)))


# --------------------------------------------------------------------------- the head


def _rank_math(article: Article, shown_title: str) -> list[str]:
    """Rank Math's canonical link and OpenGraph tags."""
    tags: list[tuple[str, str | None]] = [
        ("og:locale", article.language.replace("-", "_") if article.language else None),
        ("og:type", "article"),
        ("og:title", shown_title or None),
        ("og:description", article.body[0].text[:150] if article.body else None),
        ("og:url", article.canonical_url),
        ("og:site_name", article.site_name),
        *(("article:tag", tag) for tag in article.tags),
        ("article:section", article.section),
        ("og:updated_time", iso(article.modified)),
        ("og:image", article.lead_image.url if article.lead_image else None),
        ("article:published_time", iso(article.published)),
        ("article:modified_time", iso(article.modified)),
    ]
    out = [f'<meta property="{name}" content="{attr(value)}" />' for name, value in tags if value]
    if article.canonical_url:
        out.insert(0, f'<link rel="canonical" href="{attr(article.canonical_url)}" />')
    return out


def _schema(article: Article, title: str | None, home: str) -> list[dict[str, Any]]:
    """The theme's own JSON-LD: the organization, and a ``NewsArticle`` with dates as days."""
    organization: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "organization",
        "@id": "#organization",
        "logo": {"@type": "ImageObject", "url": f"{home}wp-content/uploads/512.jpg"},
        "url": home,
    }
    news: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    optional: dict[str, Any] = {
        "headline": title,
        "image": article.lead_image.url if article.lead_image else None,
        # get_the_date('Y-m-d'): the day only, and the theme's key in lower case.
        "datePublished": article.published.isoformat()[:10] if article.published else None,
        "datemodified": article.modified.isoformat()[:10] if article.modified else None,
        "mainEntityOfPage": article.canonical_url or article.url,
    }
    news.update({key: value for key, value in optional.items() if value is not None})
    if article.site_name:
        organization["name"] = article.site_name
        news["publisher"] = {"@type": "Organization", "name": article.site_name}
    if article.byline:
        news["author"] = {
            "@type": "Person",
            "@id": f"#person-{slug(article.byline.text, 'author')}",
            "name": article.byline.text,
        }
    return [organization, news]


# --------------------------------------------------------------------------- the post


def _breadcrumb(article: Article, tongue: Tongue, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    links = [
        f'<span><a class="crumb" href="{attr(c.url or "")}">{text(c.label, tongue)}</a></span>{_ICON}'
        for c in article.breadcrumb
    ]
    # The theme closes the category chain with a stray </i>, as on landesspiegel.li.
    return (
        f'<div class="container penci-breadcrumb single-breadcrumb">{"".join(links)}</i>'
        f"<span>{text(title or '', tongue, entities=True)}</span></div>"
    )


def _categories(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    if not article.section:
        return ""
    others = [s for s in tongue.sections if s != article.section]
    labels = [article.section] + ([pick.one(others)] if others and pick.chance(30) else [])
    links = " ".join(
        f'<a style="" class="penci-cat-name penci-cat-{pick.number(2, 40)}" href="{attr(home)}category/'
        f'{slug(label, "news")}/"  rel="category tag"><span style="">{text(label, tongue)}</span></a>'
        for label in labels
    )
    return f'<div class="penci-standard-cat"><span class="cat">{links}</span></div>'


def _meta(article: Article, tongue: Tongue, home: str, counter: bool) -> str:
    parts = []
    if article.byline:
        parts.append(
            f'<span class="author-post byline"><span class="author vcard">{text(tongue.by.lower(), tongue)} '
            f'<a class="author-url url fn n" href="{attr(home)}author/{slug(article.byline.text, "redaktion")}/">'
            f"{text(article.byline.text, tongue)}</a></span></span>"
        )
    if article.published:
        parts.append(
            f'<span><time class="entry-date published" datetime="{iso(article.published)}">'
            f"{text(date_label(tongue, article.published), tongue)}</time></span>"
        )
    if counter and article.comment_count is not None:
        parts.append(
            f'<span class="single-comment-o"><i class="penci-faicon fa fa-comment-o" ></i>'
            f"{text(_counter(tongue, article.comment_count), tongue)}</span>"
        )
    if not parts:
        return ""
    return f'<div class="post-box-meta-single">{"".join(parts)}</div>'


def _share(tongue: Tongue, url: str | None, where: str) -> str:
    target = attr(url or "")
    return (
        f'<div class="tags-share-box{where} single-post-share tags-share-box-s2 post-share hide-like-count">'
        f'<span class="penci-social-share-text">{text(tongue.share, tongue)}</span>'
        f'<a class="post-share-item post-share-facebook" aria-label="Share on Facebook" target="_blank" rel="noreferrer" '
        f'href="https://www.facebook.com/sharer/sharer.php?u={target}"><i class="penci-faicon fa fa-facebook" ></i>'
        '<span class="dt-share">Facebook</span></a></div>'
    )


def _image(article: Article, tongue: Tongue) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    below = f'<div class="penci-featured-caption">{shown}</div>' if shown else ""
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns=&#039;http://www.w3.org/2000/svg&#039;%20viewBox=&#039;0%200%20585%20439"
        "&#039;%3E%3C/svg%3E"
    )
    return (
        f'<div class="post-image"><a href="{attr(image.url)}" data-rel="penci-gallery-image-content">'
        '<img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image pc-singlep-img" '
        f'width="585" height="439" src="{placeholder}" alt="{attr(image.caption or "")}" '
        f'data-src="{attr(image.url)}"></a>{below}</div>'
    )


def _banner(pick: Pick, home: str) -> str:
    n = pick.number(100000000, 999999999)
    return (
        f'<div class="lande-mitte" id="lande-{n}"><a href="{attr(home)}werbung/" target="_blank" aria-label="werbung_3">'
        f'<img src="{attr(home)}wp-content/uploads/werbung_3.jpg" alt="werbung_3" width="1187" height="335" /></a></div>'
    )


def _inline_related(pick: Pick, tongue: Tongue, home: str) -> str:
    items = "".join(
        f'<li class="pcilrp-item pcilrp-item-list"><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></li>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    return (
        '<div class="penci-ilrltpost-beaf"><div class="penci-ilrelated-posts pcilrt-list pcilrt-none pcilrt-col-2">'
        f'<div class="pcilrp-heading pcilrph-align-left"><span>{text(tongue.most_read, tongue)}</span></div>'
        f'<ul class="pcilrp-content">{items}</ul></div></div>'
    )


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return f'<div class="post-tags">{links}</div>'


def _pagination(article: Article, tongue: Tongue, home: str) -> str:
    sides = []
    for link, css, label, heading in (
        (article.neighbors.previous, "prev-post", tongue.previous, "prev-title"),
        (article.neighbors.next, "next-post", tongue.next, "next-title"),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        label_css = "prev-post-title" if css == "prev-post" else "prev-post-title next-post-title"
        sides.append(
            f'<div class="{css}"><a class="penci-post-nav-thumb penci-holder-load penci-lazy" href="{attr(link.url)}" '
            f'data-bgset="{attr(home)}wp-content/uploads/{css}-150x150.jpg"></a><div class="{css}-inner">'
            f'<div class="{label_css}"><span>{text(label, tongue)}</span></div><a href="{attr(link.url)}">'
            f'<div class="pagi-text"><h5 class="{heading}">{title}</h5></div></a></div></div>'
        )
    if not sides:
        return ""
    return f'<div class="post-pagination">{"".join(sides)}</div>'


def _related(pick: Pick, tongue: Tongue, home: str) -> str:
    items = []
    for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3)):
        day = (
            f"{pick.number(2019, 2025)}-{pick.number(1, 12):02d}-{pick.number(10, 28)}T0{pick.number(1, 9)}:15:00+02:00"
        )
        items.append(
            f'<div class="item-related"><a class="related-thumb penci-image-holder penci-lazy" '
            f'data-bgset="{attr(home)}wp-content/uploads/related-{i}-585x390.jpg" href="{attr(url)}" '
            f'title="{attr(title)}"></a><h3><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></h3>'
            f'<span class="date"><time class="entry-date published" datetime="{day}">'
            f"{text(tongue.ago.format(n=i + 2), tongue)}</time></span></div>"
        )
    return (
        f'<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">{text(tongue.read_also, tongue)}'
        f'</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel">{"".join(items)}'
        "</div></div>"
    )


def _comments(pick: Pick, tongue: Tongue, count: int | None) -> str:
    if count is None:
        return ""  # comments closed: Soledad prints no area
    shown = min(count, 3)
    items = "".join(
        f'<div class="comment even thread-even depth-1" id="comment-{i + 1}"><div class="thecomment">'
        f'<div class="comment-text"><span class="author">{text(pick.one(tongue.people), tongue)}</span>'
        f'<span class="date"><i class="penci-faicon fa fa-clock-o" ></i>{text(tongue.ago.format(n=i + 1), tongue)}</span>'
        f'<div class="comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div></div></div></div>'
        for i in range(shown)
    )
    if count:
        heading = (
            f'<div class="post-title-box"><h4 class="post-box-title">{text(_counter(tongue, count), tongue)}</h4></div>'
        )
        head = f'<div class="post-comments penci-comments-hide-0" id="comments">{heading}<div class="comments">{items}</div>'
    else:
        head = '<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">'
    return (
        f'{head}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>'
        f"{text(tongue.leave_comment, tongue)}</span></h3>"
        f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        "</form></div><!-- #respond --></div> <!-- end comments div -->"
    )


# --------------------------------------------------------------------------- the frame


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    mega = "".join(
        f'<li class="menu-item menu-item-type-taxonomy penci-mega-menu"><a href="{attr(home)}category/{slug(section)}/">'
        f'{text(section, tongue)}</a><ul class="sub-menu"><li><div class="penci-megamenu"><div class="penci-mega-latest-posts">'
        + "".join(
            f'<div class="penci-mega-post"><div class="penci-mega-thumbnail"><a class="penci-image-holder penci-lazy" '
            f'data-bgset="{attr(home)}wp-content/uploads/mega-{i}.jpg" href="{attr(url)}"></a></div>'
            f'<div class="penci-mega-meta"><h3 class="post-mega-title"><a href="{attr(url)}">'
            f"{text(title, tongue, entities=True)}</a></h3></div></div>"
            for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 2))
        )
        + "</div></div></li></ul></li>"
        for section in tongue.sections[: pick.number(3, len(tongue.sections))]
    )
    ticker = "".join(
        f'<div class="penci-topbar-title"><a href="{attr(url)}">{text(title, tongue, entities=True)}</a></div>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    return (
        '<div class="penci-header-wrap pc-wrapbuilder-header"><div class="pc-wrapbuilder-header-inner">'
        '<div class="penci_header penci-header-builder penci_builder_sticky_header_desktop shadow-enable">'
        f'<div class="penci_container"><div class="penci-top-bar"><span class="headline-title">'
        f'{text(tongue.breaking, tongue)}</span><div class="penci-owl-carousel penci-headline-posts">{ticker}</div></div>'
        f'<div class="penci_navbar"><div id="logo"><a href="{attr(home)}"><img class="penci-mainlogo" '
        f'src="{attr(home)}wp-content/uploads/logo.png" alt="{attr(site or "")}" width="320" height="80"></a></div>'
        f'<nav id="navigation" class="penci-navigation"><ul id="menu-main" class="menu">{mega}</ul></nav>'
        "</div></div></div></div></div>"
    )


def _sidebar(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-15 pcalign-left penci-sticky-sidebar">'
        '<div class="theiaStickySidebar"><aside id="block-25" class="widget widget_block"><div class="wp-block-group">'
        f'<h2 class="wp-block-heading">{text(tongue.advert, tongue)}</h2><p><a href="{attr(home)}werbung/">'
        f'<img src="{attr(home)}wp-content/uploads/300.jpg" alt="" width="320" height="250" /></a></p></div></aside>'
        f'<aside id="block-2" class="widget widget_block">{chrome.sidebar(pick, tongue, home, site)}</aside>'
        "</div></div>"
    )


def _footer(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<div class="clear-footer"></div><div id="widget-area"><div class="container"><div class="footer-widget-wrapper '
        f'footer-widget-style-1"><aside id="block-22" class="widget widget_block widget_text"><p>'
        f"{text(sentence(pick, tongue), tongue)}</p></aside></div></div></div>"
        f'<footer id="footer-section" class="penci-footer-social-media"><div class="container">'
        f"{chrome.site_footer(pick, tongue, home, site, 2025)}</div></footer>"
    )


def write_soledad(article: Article) -> str:
    """The Soledad single post template (classic ``header-standard``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "soledad")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(10000, 99999)
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    count = article.comment_count
    # landesspiegel.li switches the counter off; the area then shows every comment (or none).
    counter = count is not None and not (count <= 3 and pick.chance(50))
    h1 = (
        f'<h1 class="post-title single-post-title entry-title">{text(title, tongue, entities=True)}</h1>'
        if title
        else ""
    )
    noise = (_banner(pick, home), _inline_related(pick, tongue, home))
    shown = blocks(pick, tongue, article.body, noise)
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard wp-custom-logo "
        f"soledad-ver-{_VERSION.replace('.', '-')} pclight-mode pcmn-drdw-style-slide_down pchds-showup"
        + (" rtl" if tongue.rtl else "")
    )
    schema = "\n".join(json_ld(data) for data in _schema(article, title, home))
    return f"""<!DOCTYPE html>
<html{lang}{direction}>
<head>
<meta name="distribution" content="global" />
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"/>
<link rel="pingback" href="{attr(home)}xmlrpc.php"/>
<!--[if lt IE 9]>
<script src="{attr(home)}wp-content/themes/soledad/js/html5.js"></script>
<![endif]-->
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>{text(shown_title, tongue, entities=True)}</title>
{chr(10).join(_rank_math(article, shown_title))}
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='penci-main-style-css' href='{attr(home)}wp-content/themes/soledad/main.css?ver={_VERSION}' type='text/css' media='all' />
<link rel='stylesheet' id='penci-soledad-parent-style-css' href='{attr(home)}wp-content/themes/soledad/style.css?ver={_VERSION}' type='text/css' media='all' />
<style id="penci-custom-style" type="text/css">.container-single .post-image{{ border-radius: ; }} .wp-caption p.wp-caption-text, .penci-featured-caption {{ position: static; color: #888; }} body{{ --pcaccent-cl: #304ff4; }}</style>
<script type="text/javascript">var PENCILOCALIZE = {{"ajaxUrl":"{home}wp-admin/admin-ajax.php","login":"Login","cart_empty":"<p class=\\"woocommerce-mini-cart__empty-message\\">Cart is empty<\\/p>","nonce":"a1b2c3d4e5"}};</script>
{chrome.head_scripts(home)}
{schema}
</head>
<body class="{body_class}">
<div id="soledad_wrapper" class="wrapper-boxed header-style-header-10 header-search-style-showup">
{_header(pick, tongue, home, site)}
<div class="penci-single-wrapper">
<div class="penci-single-block">
{_breadcrumb(article, tongue, title)}
<div class="container container-single penci_sidebar  penci-enable-lightbox">
<div id="main" class="penci-main-sticky-sidebar">
<div class="theiaStickySidebar">
<article id="post-{post}" class="post type-post status-publish">
<div class="header-standard header-classic single-header">
{_categories(article, tongue, pick, home)}
{h1}
{_meta(article, tongue, home, counter)}
</div>
{_share(tongue, article.url, " tags-share-box-top")}
{_image(article, tongue)}
<div class="post-entry blockquote-style-2">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<i class="penci-post-countview-number-check" style="display:none">{pick.number(1, 9999)}</i>
{shown}
<div class="penci-single-link-pages"></div>
{_tags(article, tongue, home)}
</div>
</div>
{_share(tongue, article.url, "")}
<div class="penci-flag-rlt-popup"></div>
{_pagination(article, tongue, home)}
{_related(pick, tongue, home)}
{_comments(pick, tongue, count)}
<div class="penci-flag-rlt-popup"></div>
</article>
</div>
</div>
{_sidebar(pick, tongue, home, site)}
</div>
</div>
</div>
{_footer(pick, tongue, home, site)}
</div>
{chrome.cookie_banner(tongue)}
<script type="text/javascript" src="{attr(home)}wp-content/themes/soledad/js/libs-script.min.js?ver={_VERSION}" id="penci-libs-js-js"></script>
<script type="text/javascript" src="{attr(home)}wp-content/themes/soledad/js/main.js?ver={_VERSION}" id="main-scripts-js"></script>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="soledad",
    adapter="soledad",
    fields=tuple(name for name in CONTENT_FIELDS if name != "subheadline"),
    write=write_soledad,
    description="PenciDesign Soledad, single post template",
    can_show=crumbs_linked,
)
