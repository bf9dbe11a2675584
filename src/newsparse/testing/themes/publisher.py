"""BetterStudio Publisher pages: the single post template, as swim.de prints it.

The markup is the theme's own: the IE conditional ``<html>`` tags, the ``bs-theme
bs-publisher`` body classes, a Yoast SEO ``@graph``, the ``site-header`` with its top bar
(the day the page was rendered, which is not the article's date) and main menu, the
``bf-breadcrumb`` trail under the header, ``article.single-post-content`` in
``div.single-container``, Better Ads Manager slots whose class prefix is random per site
(``gpevxonqc-post-inline ... no-bg-box-model``) with their ``- Anzeige -`` caption, the
share bar, the author box, ``post-related`` listings whose titles carry their own
``<small>`` kickers, the sidebar listings, the comment template and the site footer.

How the theme shows each field: the trail in ``ul.bf-breadcrumb-items`` (microdata
``ListItem``\\ s, the title as ``bf-breadcrumb-end`` without a link); the section as the
``term-badges`` label above the title; the kicker inside the title, as
``<small>Kicker</small><br>Headline``; the deck as ``div.single-post-excerpt``; the
author (``post-author-name``, ``Von <b>Name</b>``), the date (``time.post-published``
with its ``datetime``) and the comment counter (``a.comments``, a bare number) in
``div.single-post-meta``; the lead image as the figure that opens the text (a
block-editor post, with the Media Credit plugin's ``span.media-credit`` in the caption)
or, for an image with neither caption nor credit, half the time as the header's
``div.single-featured``; the tags in ``div.post-tags`` under the text; the previous and
next posts in ``section.next-prev-post`` under the author box, each a ``pre-title``
label and a titled link. The modified date is in the Yoast head only.

What it leaves out: nothing of the Article's fields, but it cannot show a crumb without a
link (the trail links every crumb but the title), so :attr:`Renderer.can_show` refuses
such articles, as the other WordPress theme renderers do.
"""

from __future__ import annotations

import string
from datetime import date

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.testing import chrome
from newsparse.testing.markup import attr, blocks, crumbs_linked, home_of, iso, json_ld, seeded, slug, text
from newsparse.testing.render import Renderer
from newsparse.testing.themes.yoast import yoast_graph, yoast_meta
from newsparse.testing.words import Pick, Tongue, date_label, sentence, tongue_of

__all__ = ["RENDERER", "write_publisher"]

# The top bar prints the day the page was rendered: a date that is not the article's.
_RENDERED_ON = date(2025, 11, 29)


def _title(article: Article, tongue: Tongue) -> str:
    """The title as Publisher prints it: the kicker in ``<small>`` before a ``<br>``."""
    headline = text(article.headline or "", tongue, entities=True)
    if article.kicker:
        return f"<small>{text(article.kicker, tongue, entities=True)}</small><br>{headline}"
    return headline


def _plain_title(article: Article) -> str:
    """The title as Yoast prints it in the head: ``Kicker | Headline``."""
    return " | ".join(t for t in (article.kicker, article.headline) if t)


def _breadcrumb(article: Article, tongue: Tongue) -> str:
    if not article.breadcrumb:
        return ""
    items = []
    for i, crumb in enumerate(article.breadcrumb):
        begin = " bf-breadcrumb-begin" if i == 0 else ""
        rel = ' rel="home"' if i == 0 else " "
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" '
            f'class="bf-breadcrumb-item{begin}"><a itemprop="item" href="{attr(crumb.url or "")}"{rel}>'
            f'<span itemprop="name">{text(crumb.label, tongue)}</span></a>'
            f'<meta itemprop="position" content="{i + 1}" /></li>'
        )
    position = len(items) + 1
    items.append(
        '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" '
        f'class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">'
        f"{text(article.headline or '', tongue, entities=True)}</span>"
        f'<meta itemprop="item" content="{attr(article.canonical_url or article.url or "")}"/>'
        f'<meta itemprop="position" content="{position}" /></li>'
    )
    return (
        '<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style">'
        '<div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope '
        f'itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="{position}" />'
        f'<meta name="itemListOrder" content="Ascending" />{"".join(items)}</ul></div></nav>'
    )


def _advert(prefix: str, tongue: Tongue, pick: Pick, where: str) -> str:
    """A Better Ads Manager slot: the plugin randomises its class prefix per site."""
    ad = pick.number(1000, 9999)
    return (
        f'<div class="{prefix} {prefix}-{where} {prefix}-float-left {prefix}-align-left {prefix}-column-1 '
        f'{prefix}-clearfix no-bg-box-model"><div id="{prefix}-{ad}-{pick.number(10**8, 10**9)}" '
        f'class="{prefix}-container {prefix}-type-dfp " itemscope="" itemtype="https://schema.org/WPAdBlock" '
        f'data-adid="{ad}" data-type="dfp"><div id="div-gpt-ad-{pick.number(10**12, 10**13)}-0">'
        '<script>googletag.cmd.push(function() { googletag.display("div-gpt-ad-1"); });</script></div>'
        f"<p class='{prefix}-caption {prefix}-caption-below'>- {text(tongue.advert, tongue)} -</p></div></div>"
    )


def _meta(article: Article, tongue: Tongue, home: str) -> str:
    parts = []
    if article.byline:
        name = article.byline.text
        parts.append(
            f'<a href="{attr(home)}author/{slug(name, "redaktion")}/" class="post-author-a post-author-avatar">'
            f"<img alt='' data-src='{attr(home)}wp-content/uploads/avatar-150x150.jpg' "
            "class='avatar avatar-26 photo avatar-default' height='26' width='26' />"
            f'<span class="post-author-name">{text(tongue.by, tongue)} <b>{text(name, tongue)}</b></span></a>'
        )
    if article.published:
        parts.append(
            f'<span class="time"><time class="post-published updated" datetime="{iso(article.published)}">'
            f"<b>{text(date_label(tongue, article.published), tongue)}</b></time></span>"
        )
    if article.comment_count is not None:
        parts.append(
            f'<a href="{attr(article.url or home)}#respond" title="{attr(tongue.leave_comment)}" class="comments">'
            f'<i class="fa fa-comments-o"></i> {article.comment_count}</a>'
        )
    return f'<div class="post-meta single-post-meta">{"".join(parts)}</div>'


def _image(article: Article, tongue: Tongue, header: bool) -> str:
    """The lead image: the header's ``single-featured``, or the figure opening the text."""
    image = article.lead_image
    if image is None:
        return ""
    if header:
        return (
            f'<div class="single-featured"><a class="post-thumbnail open-lightbox" href="{attr(image.url)}">'
            f'<img width="750" height="430" alt="" data-src="{attr(image.url)}"></a></div>'
        )
    parts = []
    if image.caption:
        parts.append(text(image.caption, tongue))
    if image.credit:
        parts.append(f'<span class="media-credit">{text(image.credit, tongue)}</span>')
    figcaption = f"<figcaption>{' '.join(parts)}</figcaption>" if parts else ""
    return (
        f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" '
        f'src="{attr(image.url)}" alt="" class="wp-image-{len(image.url) * 37}" />{figcaption}</figure>'
    )


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return (
        '<div class="entry-terms post-tags clearfix "><span class="terms-label"><i class="fa fa-tags"></i></span>'
        f"{links}</div>"
    )


def _share(article: Article, tongue: Tongue, home: str) -> str:
    counter = (
        f'<a href="{attr(article.url or home)}#respond" class="post-share-btn post-share-btn-comments comments">'
        f'<i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">{article.comment_count}</b></a>'
        if article.comment_count is not None
        else ""
    )
    return (
        '<div class="post-share single-post-share bottom-share clearfix style-1">'
        f'<div class="post-share-btn-group">{counter}</div><div class="share-handler-wrap">'
        f'<span class="share-handler post-share-btn rank-default"><i class="bf-icon  fa fa-share-alt"></i>'
        f'<b class="text">{text(tongue.share, tongue)}</b></span>{chrome.share_bar(tongue, article.url)}</div></div>'
    )


def _author_box(article: Article, pick: Pick, tongue: Tongue, home: str) -> str:
    if not article.byline:
        return ""
    name = article.byline.text
    return (
        f'<section class="post-author clearfix"><a href="{attr(home)}author/{slug(name, "redaktion")}/">'
        f'<span class="post-author-avatar" itemprop="image"><img alt="" data-src="{attr(home)}avatar.jpg" '
        'class="avatar avatar-80 photo" height="80" width="80" /></span></a>'
        f'<div class="author-title heading-typo"><a class="post-author-url" href="{attr(home)}author/x/">'
        f'<span class="post-author-name">{text(name, tongue)}</span></a>'
        f'<span class="title-counts">{pick.number(3, 900)} posts</span></div>'
        f'<div class="post-author-bio" itemprop="description"><p>{text(sentence(pick, tongue), tongue)}</p></div>'
        "</section>"
    )


def _next_prev(article: Article, tongue: Tongue) -> str:
    sides = []
    for link, css, rel, label, arrow in (
        (article.neighbors.previous, "prev-post", "prev", tongue.previous, "left"),
        (article.neighbors.next, "next-post", "next", tongue.next, "right"),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        sides.append(
            f'<div class="{css}"><p class="pre-title heading-typo"><i class="fa fa-arrow-{arrow}"></i> '
            f'{text(label, tongue)}</p><p class="title heading-typo"><a href="{attr(link.url)}" rel="{rel}">'
            f"{title}</a></p></div>"
        )
    if not sides:
        return ""
    return f'<section class="next-prev-post clearfix">{"".join(sides)}</section>'


def _listing_title(pick: Pick, tongue: Tongue, title: str) -> str:
    """A listed post's title, which carries its own ``<small>`` kicker on Publisher sites."""
    if pick.chance(50):
        return f"<small>{text(pick.one(tongue.kickers), tongue)}</small><br>{text(title, tongue, entities=True)}"
    return text(title, tongue, entities=True)


def _related(pick: Pick, tongue: Tongue, home: str) -> str:
    items = []
    for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 4)):
        section = pick.one(tongue.sections)
        items.append(
            f'<div class="post-{pick.number(1000, 99999)} type-post format-standard has-post-thumbnail listing-item '
            'listing-item-thumbnail listing-item-tb-2"><div class="item-inner clearfix">'
            '<div class="featured featured-type-featured-image"><div class="term-badges floated">'
            f'<span class="term-badge"><a href="{attr(home)}category/{slug(section)}/">{text(section, tongue)}</a>'
            f'</span></div><a title="{attr(title)}" data-src="{attr(home)}wp-content/uploads/related-{i}.jpg" '
            f'class="img-holder" href="{attr(url)}"></a></div>'
            f'<p class="title"><a class="post-url" href="{attr(url)}" title="{attr(title)}">'
            f'<span class="post-title">{_listing_title(pick, tongue, title)}</span></a></p></div></div>'
        )
    return (
        '<div class="post-related"><div class="section-heading sh-t3 sh-s5 ">'
        f'<span class="h-text related-posts-heading">{text(tongue.read_also, tongue)}</span></div>'
        '<div class="bs-pagination-wrapper main-term-none next_prev "><div class="listing listing-thumbnail '
        f'listing-tb-2 clearfix scolumns-3 simple-grid include-last-mobile">{"".join(items)}</div></div>'
        '<div class="bs-pagination bs-ajax-pagination next_prev main-term-none clearfix">'
        '<script>var bs_ajax_paginate_764744720 = \'{"query":{"paginate":"next_prev","count":4}}\';</script>'
        '<a class="btn-bs-pagination prev disabled" rel="prev" title="zurück"><i class="fa fa-angle-left"></i></a>'
        '<a rel="next" class="btn-bs-pagination next" title="weiter"><i class="fa fa-angle-right"></i></a>'
        "</div></div>"
    )


def _comments(article: Article, pick: Pick, tongue: Tongue, post: int) -> str:
    count = article.comment_count
    if count is None:
        return ""
    shown = "".join(
        f'<li class="comment even thread-even depth-1 clearfix" id="li-comment-{i + 1}">'
        f'<div id="comment-{i + 1}" class="clearfix"><div class="comment-meta"><cite class="comment-author">'
        f"{text(pick.one(tongue.people), tongue)}</cite></div>"
        f'<div class="comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div></div></li>'
        for i in range(min(count, 3))
    )
    listing = f'<ol class="comment-list">{shown}</ol>' if shown else ""
    return (
        f'<section id="comments-template-{post}" class="comments-template">{listing}'
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        f"{text(tongue.leave_comment, tongue)}</h3>"
        '<form id="commentform" class="comment-form" action="/wp-comments-post.php" method="post">'
        '<textarea name="comment"></textarea></form></div></section>'
    )


def _sidebar(prefix: str, pick: Pick, tongue: Tongue, home: str) -> str:
    listed = "".join(
        f'<div class="post-{pick.number(1000, 99999)} type-post format-standard listing-item listing-item-text '
        f'listing-item-text-1 no-meta"><div class="item-inner"><p class="title"><a href="{attr(url)}" '
        f'class="post-title post-url">{_listing_title(pick, tongue, title)}</a></p></div></div>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    return (
        '<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" '
        'class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar">'
        '<div id="bs-text-listing-1-2" class=" h-ni w-t primary-sidebar-widget widget widget_bs-text-listing-1">'
        '<div class=" bs-listing bs-listing-listing-text-1 bs-listing-single-tab"><p class="section-heading sh-t3 sh-s5">'
        f'<span class="h-text main-link">{text(tongue.most_read, tongue)}</span></p>'
        f'<div class="listing listing-text listing-text-1 clearfix columns-1">{listed}</div></div></div>'
        f'<div id="{prefix}-7" class=" h-ni w-nt primary-sidebar-widget widget widget_{prefix}">'
        f"{_advert(prefix, tongue, pick, 'widget')}</div>"
        f"{chrome.sidebar(pick, tongue, home, None)}</aside></div>"
    )


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" '
        'itemtype="https://schema.org/WPHeader"><section class="topbar topbar-style-1 hidden-xs hidden-xs">'
        '<div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-menu">'
        '<div id="menu-top" class="menu top-menu-wrapper" role="navigation"><nav class="top-menu-container">'
        '<ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item '
        f'menu-item-date"><span class="topbar-date">{text(date_label(tongue, _RENDERED_ON), tongue)}</span></li>'
        "</ul></nav></div></div></div></div></div></section>"
        '<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height">'
        '<div class="logo-col col-xs-4"><div class="col-inside"><div id="site-branding" class="site-branding">'
        f'<p id="site-title" class="logo h1 img-logo"><a href="{attr(home)}" itemprop="url" rel="home">'
        f'<img id="site-logo" src="{attr(home)}wp-content/uploads/logo.svg" alt="{attr(site or "")}" />'
        f'<span class="site-title">{text(site or "", tongue)}</span></a></p></div></div></div>'
        "</div></div></div></div></div>"
        '<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-2" '
        'role="navigation"><div class="main-menu-inner"><div class="content-wrap"><div class="container">'
        f'<nav class="main-menu-container">{chrome.menu(pick, tongue, home)}</nav></div></div></div></div>'
        "</header>"
    )


def _footer(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<footer id="site-footer" class="site-footer full-width"><div class="footer-widgets dark-text">'
        '<div class="content-wrap"><div class="container"><div class="row"><div class="col-sm-4">'
        '<aside id="sidebar-footer-1" class="sidebar" role="complementary">'
        f"{chrome.related_list(pick, tongue, home)}</aside></div></div></div></div></div>"
        f'<div class="copy-footer"><div class="content-wrap"><div class="container">'
        f"{chrome.site_footer(pick, tongue, home, site, 2025)}</div></div></div></footer>"
    )


def write_publisher(article: Article) -> str:
    """The Publisher single post template (``article.single-post-content``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "publisher")
    home = home_of(article)
    post = pick.number(1000, 99999)
    site = article.site_name
    # Better Ads Manager names its classes with a random word per site.
    prefix = "".join(pick.one(string.ascii_lowercase) for _ in range(9))
    image = article.lead_image
    in_header = image is not None and not image.caption and not image.credit and pick.chance(50)
    plain_title = _plain_title(article)
    shown_title = " - ".join(t for t in (plain_title, site) if t)
    category = pick.number(2, 40)
    badges = (
        f'<div class="term-badges floated"><span class="term-badge term-{category}"><a href="{attr(home)}category/'
        f'{slug(article.section, "news")}/">{text(article.section, tongue)}</a></span></div>'
        if article.section
        else ""
    )
    h1 = (
        f'<h1 class="single-post-title"><span class="post-title" itemprop="headline">{_title(article, tongue)}</span></h1>'
        if article.headline
        else ""
    )
    deck = (
        f'<div class="single-post-excerpt post-excerpt-at"><p>{text(article.subheadline, tongue)}</p>\n</div>'
        if article.subheadline
        else ""
    )
    noise = (_advert(prefix, tongue, pick, "post-inline"), chrome.read_also(pick, tongue, home))
    content = blocks(pick, tongue, article.body, noise)
    lead = "" if in_header else _image(article, tongue, header=False)
    direction = "rtl" if tongue.rtl else "ltr"
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    html_open = (
        f'<!--[if IE 8]>\n<html class="ie ie8"{lang}> <![endif]-->\n<!--[if IE 9]>\n<html class="ie ie9"{lang}> '
        f"<![endif]-->\n<!--[if gt IE 9]><!-->\n<html{lang}> <!--<![endif]-->"
    )
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard theme-publisher bs-theme "
        f"bs-publisher bs-publisher-pure-magazine active-light-box active-top-line {direction} close-rh "
        "page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart "
        f"main-menu-full-width active-ajax-search single-prim-cat-{category} single-cat-{category}  bs-hide-ha "
        "wpb-js-composer js-comp-ver-6.7.0 vc_responsive bs-ll-a"
    )
    yoast = json_ld(yoast_graph(article, plain_title or None, home)).replace(
        '<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">'
    )
    return f"""\t<!DOCTYPE html>
{html_open}
\t<head>
\t\t<meta charset="UTF-8">
\t\t<meta http-equiv="X-UA-Compatible" content="IE=edge">
\t\t<meta name="viewport" content="width=device-width, initial-scale=1.0">
\t\t<link rel="pingback" href="{attr(home)}xmlrpc.php"/>
<script>window._wca = window._wca || [];</script>
\t<!-- This site is optimized with the Yoast SEO Premium plugin v14.8.1 - https://yoast.com/wordpress/plugins/seo/ -->
\t<title>{text(shown_title, tongue, entities=True)}</title>
{chr(10).join(yoast_meta(article, shown_title))}
{yoast}
\t<!-- / Yoast SEO Premium plugin. -->
<link rel='stylesheet' id='publisher-child-css' href='{attr(home)}wp-content/themes/publisher/style-7.11.0.min.css' type='text/css' media='all' />
<style id='publisher-theme-pure-magazine-inline-css'>.term-badges .term-badge a{{background-color:#0080ce}}.site-header .top-menu.menu>li>a{{color:#707070}}</style>
{chrome.head_scripts(home)}
</head>
<body class="{body_class}" dir="{direction}">
\t\t<div class="main-wrap content-main-wrap">
{_header(pick, tongue, home, site)}
{_breadcrumb(article, tongue)}<div class="container adcontainer">{_advert(prefix, tongue, pick, "after-header")}</div><div class="content-wrap">
\t\t<main id="content" class="content-container">
\t\t<div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-9">
\t\t\t<div class="row main-section">
\t\t\t\t\t\t<div class="col-sm-8 content-column">
\t\t\t\t\t\t\t<div class="single-container">
<article id="post-{post}" class="post-{post} post type-post status-publish format-standard category-{slug(article.section or "news")} single-post-content">
<div class="post-header-inner">
<div class="post-header-title">
{badges}
{h1}
{deck}{_meta(article, tongue, home)}
</div>
</div>
{_image(article, tongue, header=True) if in_header else ""}
<div class="entry-content clearfix single-post-content">
{lead}
{content}
</div>
{_tags(article, tongue, home)}
{_share(article, tongue, home)}
</article>
<div class="better-studio-shortcode bs-push-noti bspn-s1 bspn-t2 clearfix post-bottom"><div class="bs-push-noti-inner">
<p class="bs-push-noti-message">{text(tongue.newsletter, tongue)}</p><button class="button bs-push-noti-button">OK</button></div></div>
{_author_box(article, pick, tongue, home)}
{_next_prev(article, tongue)}
\t\t\t\t\t\t\t</div>
{_related(pick, tongue, home)}
{_comments(article, pick, tongue, post)}
\t\t\t\t\t\t</div><!-- .content-column -->
{_sidebar(prefix, pick, tongue, home)}
\t\t\t</div>
\t\t</div>
\t\t</main><!-- main -->
\t</div><!-- .content-wrap -->
{_footer(pick, tongue, home, site)}
\t\t</div><!-- .main-wrap -->
{chrome.cookie_banner(tongue)}
<script id='publisher-js-extra'>
var publisher_theme_global_loc = {{"page":{{"boxed":"full-width"}},"ajax_url":"{home}wp-admin\\/admin-ajax.php","loading":"<div class=\\"bs-loading\\"><div><\\/div><\\/div>"}};
</script>
<script type='text/javascript' async="async" src='{attr(home)}wp-content/bs-booster-cache/a0c0d7b3e66c2254b771672445bcc04b.js' id='bs-booster-js'></script>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="publisher",
    adapter="publisher",
    fields=CONTENT_FIELDS,
    write=write_publisher,
    description="BetterStudio Publisher, single post template (post-template-9)",
    can_show=crumbs_linked,
)
