"""Pages of themes on Bdaia's WordPress framework: post template style 5, as lapresse.tn prints it.

The markup is the theme's own: ``div.page-outer`` with the ``bdaia-post-template-style5``
layout class, the top bar, the logo header with the day the page was rendered (not the
article's date), the ``#navigation`` menu, the ``bdaia-breaking-news`` ticker, Revive ad
slots written by inline scripts, ``article.hentry`` holding ``div.bdaia-post-content``
(with AddThis's empty tool boxes) and a ``footer`` of tags, neighbours and the author box,
the ``bdaia-ralated-posts`` tabs, the comment list, a sidebar of ``bdaia-widget`` boxes
whose posts print their own author, date and comment counter, and ``div.bdaia-footer``.
The head carries Yoast SEO's tags and ``@graph``; the article carries schema.org
microdata as ``meta`` tags.

How the theme shows each field: the style-5 head shows the featured image as the CSS
background of ``a.bdaia-featured-img-cover``, then the trail in ``div.bdaia-crumb-container``
(``span.delimiter`` between crumbs, the title as ``span.current``), then
``header.bdaia-post-header`` with the category labels (``div.bdaia-category``; a placement
flag such as ``à la une`` sometimes comes first, as on lapresse.tn), the title in
``div.bdaia-post-title`` with the kicker in it (``KICKER : Headline``; the theme has no
kicker element), and ``div.bdaia-meta-info`` with the author (``Par <a>Name</a>``), the
date, the reading time, the comment counter (a bare number), likes and views. The tags are
in ``footer .tagcloud``; the previous and next posts in ``div.bdaia-post-next-prev``, each
link holding its label (``<span>Article précédent</span> Title``). The modified date is in
the microdata and the Yoast head only.

What it leaves out:

- ``subheadline``: the template has no deck element;
- ``published``: the date is shown in the site's date format to the day (``18/02/2020``),
  so a page gives back a plain date (FIELDS.md: the shown date wins), never the Article's
  time. The full time is in the microdata and the head, but the round trip cannot check it.

And it cannot show a crumb without a link (the trail links every crumb but the title), nor
a lead image's caption or credit (the cover is a CSS background), so
:attr:`Renderer.can_show` refuses such articles.
"""

from __future__ import annotations

from datetime import date

from newsparse.article import CONTENT_FIELDS, Article, Day
from newsparse.testing import chrome
from newsparse.testing.markup import (
    attr,
    blocks,
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

__all__ = ["RENDERER", "write_bdaia"]

# The logo header prints the day the page was rendered: a date that is not the article's.
_RENDERED_ON = date(2020, 2, 19)
# The label before the date ("Publié sur", as lapresse.tn's French translation has it).
_PUBLISHED_ON = {
    "fr": "Publié sur",
    "en": "Published on",
    "de": "Veröffentlicht am",
    "es": "Publicado el",
    "ar": "نشر في",
}
# The placement flag some sites file front-page posts under, printed as a category label.
_FLAGS = {"fr": "à la une", "en": "Featured", "de": "Top Thema", "es": "Destacada"}


def can_show(article: Article) -> bool:
    """The trail links every crumb, and the style-5 cover shows an image with no caption or credit."""
    image = article.lead_image
    covered = image is None or (image.caption is None and image.credit is None)
    return covered and crumbs_linked(article)


def _day(day: Day) -> str:
    """A date in the site's date format, ``d/m/Y``: the day only."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _breadcrumb(article: Article, tongue: Tongue, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    delimiter = ' <span class="delimiter"><span class="bdaia-io bdaia-io-angle-double-right"></span></span> '
    home_class = ' class="crumbs-home"'
    links = [
        f'<span typeof="v:Breadcrumb"><a rel="v:url" property="v:title"{home_class if i == 0 else ""} '
        f'href="{attr(crumb.url or "")}">{text(crumb.label, tongue)}</a></span>'
        for i, crumb in enumerate(article.breadcrumb)
    ]
    current = f'<span class="current">{text(title or "", tongue, entities=True)}</span>'
    return (
        '<div xmlns:v="http://rdf.data-vocabulary.org/#"  class="bdaia-crumb-container">'
        f'{delimiter.join([*links, current])}</div><div class="bdayh-clearfix"></div><!-- END breadcrumbs. -->'
    )


def _categories(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    if not article.section:
        return ""
    labels = [article.section]
    flag = _FLAGS.get(tongue.code)
    if flag and pick.chance(30):
        labels.insert(0, flag)  # lapresse.tn: "à la une" first, then the section
    links = "\n".join(
        f'<a class="bd-cat-link bd-cat-{pick.number(2, 400)}" href="{attr(home)}category/{slug(label, "rubrique")}/">'
        f"{text(label, tongue)}</a>"
        for label in labels
    )
    return f'<div class="bdaia-category">\n{links}\n</div>\n<!-- END category. -->'


def _meta(article: Article, tongue: Tongue, pick: Pick, home: str, post: int) -> str:
    parts = []
    if article.byline:
        name = article.byline.text
        parts.append(
            f'<div class="bdaia-post-author-name">\n{text(tongue.by, tongue)}            '
            f'<a href="{attr(home)}author/{slug(name, "redaction")}/" title="">{text(name, tongue)} </a>\n</div>'
        )
    if article.published:
        label = _PUBLISHED_ON.get(tongue.code, "")
        parts.append(
            f"<div class=\"bdaia-post-date\"><span class='bdaia-io bdaia-io-calendar'></span>{text(label, tongue)}&nbsp;"
            f'<span class="bdayh-date">{_day(article.published)}</span></div>'
        )
    parts.append(
        f"<div class=\"bdaia-post-time-read\"><span class='bdaia-io bdaia-io-clock'></span>{pick.number(1, 12)}"
        "&nbsp;min</div>"
    )
    if article.comment_count is not None:
        parts.append(
            f"<div class=\"bdaia-post-comment\"><span class='bdaia-io bdaia-io-bubbles4'></span>"
            f'<a href="{attr(article.url or home)}#comments">{article.comment_count}</a></div>'
        )
    parts.append(
        f'<div class="bdaia-post-like"><span class="post-like"><a href="#" data-post_id="{post}">'
        '<span title="J&#039;aime cet article" class="qtip like"><span class="bdaia-io bdaia-io-heart"></span></span>'
        f'</a><em class="count">{pick.number(0, 40)}</em></span></div>'
    )
    parts.append(
        f"<div class=\"bdaia-post-view\">\n<span class='bdaia-io bdaia-io-eye4'></span>\n{pick.number(10, 9999)}\t\t</div>"
    )
    return f'<div class="bdaia-meta-info">\n{chr(10).join(parts)}\n</div>\n<!-- END Meta Info. -->'


def _addthis(article: Article, where: str) -> str:
    return f'<div class="at-{where}-post addthis_tool" data-url="{attr(article.url or "")}"></div>'


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return f'<div class="clear"></div><div class="tagcloud"><span>Tags</span>{links}</div><div class="clear"></div>'


def _revive(zone: int, uid: str) -> str:
    """A Revive Adserver slot that an inline script fills, as lapresse.tn's are."""
    return (
        f'<div class="bdaia-e3-container"><div id="{uid}"></div>\n<script>\nvar md = new MobileDetect(window.navigator.userAgent);\n'
        f'if (md.mobile()) {{\ndocument.getElementById("{uid}").innerHTML ="<ins data-revive-zoneid=\\"{zone}\\" '
        f'data-revive-id=\\"0e731dee38065736d3602c7a63bac6c2\\"><\\/ins>";\n}}else{{\n'
        f'document.getElementById("{uid}").innerHTML ="";}}\n</script>\n'
        '<script async src="//adserver.example.invalid/www/delivery/asyncjs.php"></script></div>'
    )


def _next_prev(article: Article, tongue: Tongue) -> str:
    sides = []
    for link, css, rel, label in (
        (article.neighbors.previous, "bdaia-post-prev-post", "prev", tongue.previous),
        (article.neighbors.next, "bdaia-post-next-post", "next", tongue.next),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        sides.append(
            f'<div class="{css}">\n<a href="{attr(link.url)}" rel="{rel}"><span>{text(label, tongue)}</span> {title}</a>'
            "\t</div>"
        )
    if not sides:
        return ""
    return f'<div class="bdaia-post-next-prev">\n{chr(10).join(sides)}\n</div>\n<!-- END Previous/Next article. -->'


def _author_box(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    if not article.byline:
        return ""
    url = f"{home}author/{slug(article.byline.text, 'redaction')}/"
    return (
        f'<div class="bdaia-author-box">\n<div class="authorBlock-avatar">\n<a href="{attr(url)}"><img alt '
        f'src="{attr(home)}wp-content/uploads/avatar-150x150.gif" class="avatar avatar-150 photo" height="150" '
        f'width="150"></a></div>\n<div class="authorBlock-header">\n<h3 class="authorBlock-header-title">\n'
        f'<a href="{attr(url)}">{text(article.byline.text, tongue)}</a></h3>\n'
        f'<p class="authorBlock-header-bio">\n{text(sentence(pick, tongue), tongue)}\t\t</p>\n</div>\n</div>\n'
        "<!-- END Author Box. -->"
    )


def _microdata(article: Article, title: str | None, home: str) -> str:
    parts = []
    if article.byline:
        parts.append(
            '<span style=display:none itemprop=author itemscope itemtype="https://schema.org/Person">\n'
            f'<meta itemprop=name content="{attr(article.byline.text)}">\n</span>'
        )
    if article.comment_count is not None:
        parts.append(f'<meta itemprop=interactionCount content="UserComments:{article.comment_count}">')
    if article.published:
        parts.append(f'<meta itemprop=datePublished content="{iso(article.published)}">')
    if article.modified:
        parts.append(f'<meta itemprop=dateModified content="{iso(article.modified)}">')
    page = article.canonical_url or article.url or ""
    parts.append(
        f'<meta itemscope itemprop=mainEntityOfPage itemtype="https://schema.org/WebPage" itemid="{attr(page)}">'
    )
    if article.site_name:
        parts.append(
            '<span style=display:none itemprop=publisher itemscope itemtype="https://schema.org/Organization">\n'
            f'<meta itemprop=name content="{attr(article.site_name)}">\n</span>'
        )
    if title:
        parts.append(f'<meta itemprop=headline content="{attr(title)}">')
    return "\n".join(parts)


def _related(article: Article, tongue: Tongue, pick: Pick, home: str) -> str:
    items = "".join(
        f'<li class="bdaia-posts-grid-post post-item post type-post status-publish format-standard has-post-thumbnail '
        f'hentry"><div class="bdaia-posts-grid-post-inner"><div class="bdaia-post-thumbnail"><a href="{attr(url)}" '
        f'title="{attr(title)}"><img width="320" height="220" src="{attr(home)}wp-content/uploads/related-{i}.jpg" '
        f'class="attachment-bdaia-widget size-bdaia-widget wp-post-image" alt="" /></a></div>'
        f'<div class="bdaia-post-content-wrap"><h3 class="entry-title"><a href="{attr(url)}"><span>'
        f"{text(title, tongue, entities=True)}</span></a></h3></div></div></li>"
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3))
    )
    more = f" {text(article.byline.text, tongue)}" if article.byline else ""
    return (
        '<section id="bdaia-ralated-posts" class="bdaia-ralated-posts"><div class="bdaia-ralated-posts-head"><ul>'
        f'<li id="nav-more-ralated"><a href="#content-more-ralated">{text(tongue.read_also, tongue)}</a></li>'
        f'<li id="nav-more-author"><a href="#content-more-author">{text(tongue.by, tongue)}{more}</a></li></ul></div>'
        '<div class="bdaia-ralated-content bdaia-posts-grid light grid-3col" id="content-more-ralated">'
        f'<ul class="bdaia-posts-grid-list">{items}</ul></div>'
        "<script>\njQuery(document).ready(function(){ $ralated_content = jQuery( "
        '"#bdaia-ralated-posts .bdaia-ralated-content" ); });\n</script></section>'
        '<div class="bdayh-clearfix"></div>\n<!--/ .bdaia-ralated-posts /-->'
    )


def _comments(article: Article, tongue: Tongue, pick: Pick) -> str:
    count = article.comment_count
    if count is None:
        return ""
    shown = "".join(
        f'<li class="comment even thread-even depth-1 comment-box" id="comment-{i + 1}">\n<div class="comment-header">'
        f'<p class="comment-author">{text(pick.one(tongue.people), tongue)}</p>'
        f'<p class="comment-meta">{_day(_RENDERED_ON)}</p></div>\n<div class="comment-body">\n'
        f"<p>{text(sentence(pick, tongue), tongue)}</p>\n</div>\n</li>"
        for i in range(min(count, 3))
    )
    listing = (
        f'<h4 class="block-title"><span>{text(comments_label(tongue, count), tongue)}</span></h4>\n'
        f'<ol class="commentlist">\n{shown}\n</ol>'
        if shown
        else ""
    )
    return (
        f'<div id="comments" class="comments-container">\n{listing}\n'
        '<div id="respond" class="comment-respond">\n<h3 id="reply-title" class="comment-reply-title">'
        f"{text(tongue.leave_comment, tongue)}</h3>\n"
        '<form id="commentform" class="comment-form" action="/wp-comments-post.php" method="post">'
        '<textarea name="comment"></textarea></form>\n</div>\n</div>'
    )


def _sidebar(tongue: Tongue, pick: Pick, home: str) -> str:
    """Sidebar boxes: their posts print an author, a date and a counter of their own."""
    posts = "".join(
        f'<article class="with-thumb"><div class="bwb-article-img-container"><a href="{attr(url)}">'
        f'<img width="104" height="74" src="{attr(home)}wp-content/uploads/side-{i}.jpg" alt="" /></a></div>'
        f'<div class="bwb-article-content-wrapper"><header><h3 class="entry-title"><a href="{attr(url)}"><span>'
        f"{text(title, tongue, entities=True)}</span></a></h3></header><footer>"
        f'<div class="bdaia-post-author-name"><a href="{attr(home)}author/x/" rel="author">'
        f"{text(pick.one(tongue.people), tongue)}</a></div>"
        f'<div class="bdaia-post-date"><span class="bdayh-date">{_day(_RENDERED_ON)}</span></div>'
        f"<div class=\"bdaia-post-comment\"><span class='bdaia-io bdaia-io-bubble'></span>"
        f'<a href="{attr(url)}#comments">{pick.number(0, 30)}</a></div></footer>'
        f'<p class="block-exb">{text(sentence(pick, tongue), tongue)}</p></div></article>'
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 4))
    )
    return (
        '<div class="bd-sidebar theia_sticky">\n<div class="cfix"></div>\n<div class="theiaStickySidebar">'
        f'<div id="bdaia-widget-box2-3" class="widget bdaia-widget bdaia-box2"><h4 class="block-title"><span>'
        f'{text(tongue.most_read, tongue)}</span></h4><div class="widget-inner"><div class="bdaia-wb-wrap bdaia-wb2">'
        f'<div class="bdaia-wb-content"><div class="bdaia-wb-inner">{posts}</div></div></div></div></div>'
        f'<div id="bdaia-widget-html-5" class="widget bdaia-widget bdaia-widget-html e3-trans"><div class="widget-inner">'
        f"{_revive(2, 'b-sidebar')}</div></div>"
        f"{chrome.sidebar(pick, tongue, home, None)}</div></div>"
    )


def _header(tongue: Tongue, pick: Pick, home: str, site: str | None) -> str:
    ticker = "".join(
        f'<li><a href="{attr(url)}" rel="bookmark">\n{text(title, tongue)}\t\t\t\t\t\t\t\t</a></li>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    return (
        '<div class="header-wrapper">\n<div class="topbar"  style="background: #ffffff">\n<div class="bd-container">'
        f'<div class="top-left-area"><div class="top-area-custom"><a href="?s= ">{text(tongue.search, tongue)}</a>'
        '</div></div></div></div>\n<header class="header-container">\n<div class="bd-container">\n<div class="logo">\n'
        f'<h2 class="site-title"><a href="{attr(home)}" rel="home" title="{attr(site or "")}">\n'
        f'<img src="{attr(home)}wp-content/uploads/logo.png" alt="{attr(site or "")}" />\n</a></h2>'
        f'<span class="bdaia-current-time"> {text(date_label(tongue, _RENDERED_ON), tongue)}</span></div>'
        '<!-- End Logo -->\n</div>\n</header>\n<div class="cfix"></div>\n<nav id="navigation" class="dropdown-light ">'
        '<div class="navigation-wrapper"><div class="bd-container"><div class="primary-menu">'
        f'<a class="nav-logo" title="{attr(site or "")}" href="{attr(home)}"><img src="{attr(home)}menu-logo.png" '
        f'alt="" /></a>{chrome.menu(pick, tongue, home)}</div></div></div></nav>\n</div>\n'
        f'<div class="cfix"></div><div class="bdaia-header-e3-desktop bdaia-bellow-header">{_revive(1, "masthead")}</div>'
        '<div class="cfix"></div>\n<div id="bdaia-breaking-news" class="breaking-news-items"><div class="bd-container">'
        '<div class="breaking-news-items-inner"><span class="breaking-title"><span class="bdaia-io bdaia-io-newspaper">'
        f'</span><span class="txt">{text(tongue.breaking, tongue)}</span></span><div class="breaking-cont">'
        f'<ul class="webticker">{ticker}</ul></div></div></div></div>'
    )


def _footer(tongue: Tongue, pick: Pick, home: str, site: str | None) -> str:
    return (
        '<div class="bdaia-footer">\n<style type="text/css">div.bdaia-footer p.block-exb{color:#000}</style>'
        '<div class="bdaia-footer-widgets"><div class="bd-container"><div class="bdaia-footer-widgets-area '
        f'footer-col-three"><div id="footer-first" class="footer-widget-inner">{chrome.related_list(pick, tongue, home)}'
        '</div></div></div></div><div class="bdaia-footer-area"><div class="bd-container">'
        f"{chrome.site_footer(pick, tongue, home, site, 2020)}</div></div></div>"
    )


def write_bdaia(article: Article) -> str:
    """The Bdaia post template style 5 (``bdaia-post-style5-head``, ``bdaia-post-content``)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "bdaia")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(1000, 99999)
    site = article.site_name
    shown_title = " | ".join(t for t in (title, site) if t)
    cover = (
        f'<a class="bdaia-featured-img-cover lightbox-enabled" href="{attr(article.lead_image.url)}"  '
        f'style="background-image:url({attr(article.lead_image.url)});" ></a>'
        if article.lead_image
        else ""
    )
    h1 = (
        f'<div class="bdaia-post-title">\n<h1 class="post-title entry-title"><span>'
        f"{text(title, tongue, entities=True)}</span></h1>\n</div>\n<!-- END Post Title. -->"
        if title
        else ""
    )
    noise = (chrome.inline_advert(tongue), chrome.read_also(pick, tongue, home))
    content = blocks(pick, tongue, article.body, noise)
    categories = f"category-{slug(article.section or 'news')}"
    tag_classes = " ".join(f"tag-{slug(tag, 't')}" for tag in article.tags)
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    yoast = json_ld(yoast_graph(article, title, home)).replace(
        '<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">'
    )
    return f"""<!DOCTYPE html>
<html{lang}{direction} xmlns:fb="https://www.facebook.com/2008/fbml" xmlns:addthis="https://www.addthis.com/help/api-spec"  prefix="og: http://ogp.me/ns#">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0" />
    <title>{text(shown_title, tongue, entities=True)}</title>
<!-- This site is optimized with the Yoast SEO plugin v12.3 - https://yoast.com/wordpress/plugins/seo/ -->
{chr(10).join(yoast_meta(article, shown_title))}
{yoast}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='bdaia-style-css' href='{attr(home)}wp-content/themes/{slug(site or "news", "news")}-1/style.css' type='text/css' media='all' />
<style id='bdaia-inline-css' type='text/css'>.bdaia-post-title h1{{font-size:34px}}.bdaia-category a{{background:#ab904d}}</style>
{chrome.head_scripts(home)}
<script type='text/javascript'>var bd_script = {{"post_id":"{post}","ajaxurl":"{home}wp-admin\\/admin-ajax.php"}};</script>
</head>
<body class="post-template-default single single-post postid-{post} single-format-standard ">
<div class="page-outer bdaia-header-default bdaia-lazyload  bdaia-logo-center  bdaia-post-template-style5  bdaia-sidebar-right ">
<div class="bg-cover"></div>
<div id="page">
<div class="inner-wrapper">
<div id="warp" class="clearfix  bdaia-sidebar-right ">
{_header(tongue, pick, home, site)}
<div class="bdMain">
<div class="bdaia-post-style5-head">
<div class="bd-container">
{cover}
{_breadcrumb(article, tongue, title)}
<header class="bdaia-post-header">
{_categories(article, tongue, pick, home)}
{h1}
{_meta(article, tongue, pick, home, post)}
</header>
</div>
</div>
<div class="bd-container bdaia-post-template">
<div class="bd-main bdaia-site-content" id="bdaia-primary">
<div id="content" role="main">
<article id="post-{post}" class="hentry post-{post} post type-post status-publish format-standard has-post-thumbnail {categories} {tag_classes}"  itemscope itemtype="https://schema.org/Article">
<div class="bdaia-post-content">
{_addthis(article, "above")}{content}
<!-- AddThis Share Buttons below via filter on the_content -->{_addthis(article, "below")}
</div><!-- END Post Content. -->
<footer>
{_tags(article, tongue, home)}
<div class="bdaia-p-bottom-e3-desktop">{_revive(3, "b-article")}</div>
{_next_prev(article, tongue)}
{_author_box(article, tongue, pick, home)}
</footer>
{_microdata(article, title, home)}
</article>
<div class="bdayh-clearfix"></div>
{_related(article, tongue, pick, home)}
{_comments(article, tongue, pick)}
</div>
</div>
<!-- END Content. -->
{_sidebar(tongue, pick, home)}
</div>
{_footer(tongue, pick, home, site)}
</div>
</div>
</div>
</div>
</div>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="bdaia",
    adapter="bdaia",
    fields=tuple(name for name in CONTENT_FIELDS if name not in ("subheadline", "published")),
    write=write_bdaia,
    description="Bdaia's WordPress framework, post template style 5 (lapresse.tn)",
    can_show=can_show,
)
