"""tagDiv pages: Newspaper's classic single template, a tagDiv Composer template, Newsmag.

The markup is the theme's own, as the founding example's pages print it (see
``examples/seed/README.md``): the IE8 ``<html lang="en">`` quirk before the real tag,
the ``global-block-template-N`` body classes and ``tdBlocksArray``/``tdThemeName``
scripts, a Yoast SEO ``@graph``, mega menus of ``td-module-title`` headlines, inline
``td-a-rec`` ads with their scripts and styles, ``td_block_related_posts`` and a
sidebar of tagDiv widgets.

How the theme shows each field: the kicker in the title (``KICKER : Headline``; the
theme has no kicker element); the trail in ``entry-crumbs`` (classic: the title cut
short as the last crumb) or ``tdb_breadcrumbs`` (Composer: the whole title); the
section as category labels; the author as one linked name in the meta row (sites
put a shared credit such as ``Rachid Ighil et Amina B.`` in the account's display
name) or, switched off, as a sign-off paragraph (``R. I.``); the published date in
``time.entry-date``, the modified date in the JSON-LD only; the comment counter as a
bare number; previous and next posts by title under the text.

Newsmag (``tagdiv-newsmag``) prints the classic template with its own globals and
layout (single template 3, as on guten-tach.de): ``tdThemeName="Newsmag"``, no
``td-standard-pack`` body class, and the trail, categories and meta row (``div.meta-info``)
all inside ``td-post-header``. It shows every field, as the classic template does.

What the themes cannot show: a breadcrumb crumb without a link (tagDiv links every
crumb but the title), so :attr:`Renderer.can_show` refuses such articles.
"""

from __future__ import annotations

from datetime import date

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.extract import is_initials_or_agency, signoff_byline
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
from newsparse.testing.words import Pick, Tongue, date_label, sentence, tongue_of

__all__ = ["CLASSIC", "COMPOSER", "NEWSMAG", "write_classic", "write_composer", "write_newsmag"]


def _post_id(pick: Pick) -> int:
    return pick.number(10000, 199999)


# --------------------------------------------------------------------------- shared parts


def _page(
    article: Article, tongue: Tongue, body_class: str, body: str, home: str, *, theme_name: str = "Newspaper"
) -> str:
    """The document around a template: the IE8 quirk, Yoast's head, tagDiv's scripts."""
    title = title_with_kicker(article)
    lang = article.language or "en-US"
    # tagDiv prints lang="en" for old IE first; the last <html lang> is the page's.
    html_open = (
        '<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->\n'
        '<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->\n'
        f'<!--[if gt IE 8]><!--> <html lang="{attr(lang)}"> <!--<![endif]-->'
        if article.language
        else "<html>"
    )
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    return "\n".join(
        [
            "<!doctype html >",
            html_open,
            "<head>",
            f"    <title>{text(shown_title, tongue, entities=True)}</title>",
            '<meta charset="UTF-8" />',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f'<link rel="pingback" href="{attr(home)}xmlrpc.php" />',
            "<!-- This site is optimized with the Yoast SEO plugin - https://yoast.com/wordpress/plugins/seo/ -->",
            *yoast_meta(article, shown_title),
            json_ld(yoast_graph(article, title, home)).replace(
                '<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">'
            ),
            "<!-- / Yoast SEO plugin. -->",
            f"<link rel='stylesheet' id='td-theme-css' href='{attr(home)}wp-content/themes/Newspaper/style.css' "
            "type='text/css' media='all' />",
            "<style id='td-theme-inline-css' type='text/css'>.td-post-content p{font-size:17px}"
            ".td-a-rec{text-align:center}.td-header-wrap{background:#fff}</style>",
            "<script>var tdBlocksArray = []; //here we store all the items for the current page</script>",
            f'<script type="text/javascript">var tdThemeName="{theme_name}"; var td_ajax_url="{home}wp-admin/admin-ajax.php";'
            ' var tdLocalCache = {"data":{},"remove":function(){}};'
            ' var td_magnific_popup_translation_tPrev="Précédent (flèche gauche)";</script>',
            "</head>",
            f'<body class="{body_class}" itemscope="itemscope" itemtype="https://schema.org/WebPage">',
            '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>',
            body,
            chrome.tail_scripts(home),
            "</body>",
            "</html>",
        ]
    )


def _module_title(title: str, url: str, tongue: Tongue, tag: str = "h3") -> str:
    return (
        f'<{tag} class="entry-title td-module-title"><a href="{attr(url)}" rel="bookmark" '
        f'title="{attr(title)}">{text(title, tongue, entities=True)}</a></{tag}>'
    )


def _mega_menu(pick: Pick, tongue: Tongue, home: str) -> str:
    items = []
    for section in tongue.sections[: pick.number(3, len(tongue.sections))]:
        modules = "".join(
            f'<div class="td_module_mega_menu td-meta-info-hide td_mod_mega_menu"><div class="td-module-thumb">'
            f'<a href="{attr(url)}"><img class="entry-thumb" src="{attr(home)}wp-content/uploads/mega-{i}.jpg" '
            f'alt="" width="218" height="150" /></a></div><div class="item-details">{_module_title(title, url, tongue)}'
            "</div></div>"
            for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3))
        )
        items.append(
            f'<li class="menu-item menu-item-type-taxonomy td-menu-item td-mega-menu">'
            f'<a href="{attr(home)}category/{slug(section)}/">{text(section, tongue)}</a>'
            f'<ul class="sub-menu"><li><div class="td-container-border"><div class="td-mega-grid">'
            f'<div class="td_block_wrap td_block_mega_menu"><div class="td_block_inner">{modules}</div></div>'
            "</div></div></li></ul></li>"
        )
    return f'<ul id="menu-main" class="sf-menu">{"".join(items)}</ul>'


def _related(pick: Pick, tongue: Tongue, home: str) -> str:
    modules = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{attr(url)}" rel="bookmark">'
        f'<img class="entry-thumb" src="{attr(home)}wp-content/uploads/related-{i}.jpg" alt="" /></a></div></div>'
        f'<div class="item-details">{_module_title(title, url, tongue)}</div></div></div>'
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3))
    )
    return (
        '<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top '
        f'td_block_template_1" data-td-block-uid="tdi_{pick.number(40, 60)}">'
        f'<h4 class="td-related-title td-block-title"><a href="#" class="td-related-left td-cur-simple-item">'
        f"{text(tongue.read_also, tongue)}</a></h4>"
        f'<div class="td_block_inner"><div class="td-related-row">{modules}</div></div></div>'
    )


def _inline_ad(tongue: Tongue, pick: Pick) -> str:
    uid = pick.number(20, 39)
    return (
        f'<div class="td-a-rec td-a-rec-id-content_inline tdi_{uid} td_block_template_1">'
        f"<style>.tdi_{uid}.td-a-rec{{text-align:center}}</style>"
        f'<span class="td-adspot-title">- {text(tongue.advert, tongue)} -</span>'
        '<script type="text/javascript">var td_screen_width = window.innerWidth;'
        'window.addEventListener("load", function(){ (adsbygoogle = window.adsbygoogle || []).push({}); });</script>'
        '<noscript id="td-ad-placeholder"></noscript></div>'
    )


def _inline_related(tongue: Tongue, pick: Pick, home: str) -> str:
    title, url = chrome.stories(pick, tongue, home, 1)[0]
    return (
        f'<div class="td_block_wrap td_block_inline_text tdi_{pick.number(60, 79)}" data-td-block-uid="tdi_70">'
        f'<div class="td-block-title-wrap"><h4 class="td-block-title"><span>{text(tongue.read_also, tongue)}</span>'
        f'</h4></div><div class="td_block_inner">{_module_title(title, url, tongue)}</div></div>'
    )


def _sidebar(pick: Pick, tongue: Tongue, home: str) -> str:
    popular = "".join(
        f'<div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details">'
        f'{_module_title(title, url, tongue)}<div class="td-module-meta-info"><span class="td-post-date">'
        f'<time class="entry-date updated td-module-date">{text(tongue.ago.format(n=i + 2), tongue)}</time>'
        "</span></div></div></div>"
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 4))
    )
    return (
        '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
        f'<div class="td_block_wrap td_block_7 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title">'
        f'<span>{text(tongue.most_read, tongue)}</span></h4></div><div class="td_block_inner">{popular}</div></div>'
        f'<aside class="td_block_template_1 widget widget_text"><div class="textwidget"><p>'
        f"{text(tongue.newsletter, tongue)}</p></div></aside>"
        '<div class="td-a-rec td-a-rec-id-sidebar"><ins class="adsbygoogle" data-ad-slot="123"></ins></div>'
        "</div></div>"
    )


def _comment_thread(pick: Pick, tongue: Tongue, count: int) -> str:
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{i + 1}"><article>'
        f"<footer><cite>{text(pick.one(tongue.people), tongue)}</cite></footer>"
        f'<div class="comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div></article></li>'
        for i in range(min(count, 3))
    )
    listing = f'<ol class="comment-list">{comments}</ol>' if comments else ""
    return (
        f'<div class="comments" id="comments">{listing}<div id="respond" class="comment-respond">'
        f'<h3 id="reply-title" class="comment-reply-title">{text(tongue.leave_comment.upper(), tongue)}</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<textarea id="comment" name="comment" cols="45" rows="8"></textarea>'
        '<input id="author" name="author" type="text" value="" size="30" /></form></div></div>'
    )


def _crumb_title(title: str) -> str:
    """The classic template's last crumb: the title, cut short with ``...``."""
    if len(title) <= 70:
        return title
    return title[:70].rsplit(" ", 1)[0] + "..."


def _signoff(article: Article, pick: Pick) -> bool:
    """Whether the author element is switched off and the text ends with a sign-off instead."""
    byline = article.byline
    return byline is not None and signoff_byline(byline.text) == byline and pick.chance(50)


def _text_of_post(pick: Pick, tongue: Tongue, article: Article, home: str, signoff: bool) -> str:
    noise = (_inline_ad(tongue, pick), _inline_related(tongue, pick, home))
    shown = blocks(pick, tongue, article.body, noise)
    if signoff and article.byline is not None:
        credit = text(article.byline.text, tongue)
        # Set in bold, a closing line reads as a heading; a reader (and the adapter) takes
        # a bold one for a sign-off only when it is initials or an agency (drop_signoff).
        bold = is_initials_or_agency(article.byline.text) and pick.chance(50)
        shown += "\n" + (f"<p><strong>{credit}</strong></p>" if bold else f"<p>{credit}</p>")
    post = pick.number(10000, 99999)
    # WordPress's <!--more--> marker sits in the first paragraph.
    return shown.replace("</p>", f'&nbsp;<span id="more-{post}"></span></p>', 1)


def _figure(tongue: Tongue, article: Article, caption_class: str) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    figcaption = f'<figcaption class="{caption_class}">{shown}</figcaption>' if shown else ""
    return (
        f'<figure><a href="{attr(image.url)}" data-caption="{attr(image.caption or "")}">'
        f'<img width="696" height="464" class="entry-thumb td-modal-image" src="{attr(image.url)}" '
        f'alt="" title="{attr(image.caption or "")}" /></a>{figcaption}</figure>'
    )


# --------------------------------------------------------------------------- classic


def write_classic(article: Article) -> str:
    """The classic single template (``td-post-header`` / ``td-post-content``)."""
    return _write_single(article, newsmag=False)


def write_newsmag(article: Article) -> str:
    """Newsmag's single template 3: the trail, categories and meta row in ``td-post-header``."""
    return _write_single(article, newsmag=True)


def _write_single(article: Article, newsmag: bool) -> str:
    tongue = tongue_of(article.language)
    pick = seeded(article, "tagdiv-newsmag" if newsmag else "tagdiv-classic")
    home = home_of(article)
    title = title_with_kicker(article)
    post = _post_id(pick)
    signoff = _signoff(article, pick)
    layout = pick.one(("td-full-layout", "td-boxed-layout"))
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard td-standard-pack "
        f"{slug(article.headline or 'post')} global-block-template-1 td-animation-stack-type0 {layout}"
    )
    if newsmag:  # Newsmag has no content packs; it names the single template and menu style
        body_class = (
            f"post-template-default single single-post postid-{post} single-format-standard "
            f"{slug(article.headline or 'post')} global-block-template-{pick.number(1, 15)} single_template_3 "
            f"white-menu td-animation-stack-type0 {layout}"
        )
    header = _classic_header(pick, tongue, home, article.site_name)
    crumbs = ""
    if article.breadcrumb:
        links = ' <i class="td-icon-right td-bread-sep"></i> '.join(
            f'<span><a title="" class="entry-crumb" href="{attr(c.url or home)}">{text(c.label, tongue)}</a></span>'
            for c in article.breadcrumb
        )
        last = _crumb_title(title or "")
        crumbs = (
            f'<div class="entry-crumbs">{links}'
            f' <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
            f'<span class="td-bred-no-url-last">{text(last, tongue, entities=True)}</span></div>'
        )
    # Newsmag's template 3 prints the trail in the post header; Newspaper's default, above the columns.
    header_crumbs, crumbs = (
        (crumbs, "") if newsmag else ("", f'<div class="td-crumb-container">{crumbs}</div>' if crumbs else "")
    )
    meta = []
    if article.byline and not signoff:
        meta.append(
            f'<div class="td-post-author-name"><div class="td-author-by">{text(tongue.by, tongue)}</div> '
            f'<a href="{attr(home)}author/{slug(article.byline.text, "redaction")}/">'
            f'{text(article.byline.text, tongue)}</a><div class="td-author-line"> - </div></div>'
        )
    if article.published:
        meta.append(
            f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{iso(article.published)}" >{text(date_label(tongue, article.published), tongue)}</time></span>'
        )
    if article.comment_count is not None:
        meta.append(
            f'<div class="td-post-comments"><a href="{attr(article.url or home)}#respond">'
            f'<i class="td-icon-comments"></i>{article.comment_count}</a></div>'
        )
    meta.append(
        f'<div class="td-post-views"><i class="td-icon-views"></i>'
        f'<span class="td-nr-views-{post}">{pick.number(10, 9999)}</span></div>'
    )
    category = (
        f'<ul class="td-category"><li class="entry-category"><a href="{attr(home)}category/'
        f'{slug(article.section, "rubrique")}/">{text(article.section, tongue)}</a></li></ul>'
        if article.section
        else ""
    )
    subtitle = f'<p class="td-post-sub-title">{text(article.subheadline, tongue)}</p>' if article.subheadline else ""
    h1 = f'<h1 class="entry-title">{text(title, tongue, entities=True)}</h1>' if title else ""
    figure = (
        f'<div class="td-post-featured-image">{_figure(tongue, article, "wp-caption-text")}</div>'
        if article.lead_image
        else ""
    )
    tags = ""
    if article.tags:
        items = "".join(
            f'<li><a href="{attr(home)}tag/{slug(tag, "t")}/">{text(tag, tongue)}</a></li>' for tag in article.tags
        )
        tags = f'<ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{items}</ul>'
    next_prev = _classic_next_prev(tongue, article)
    hidden_author = ""
    if article.byline:
        hidden_author = (
            '<div class="td-author-name vcard author" style="display: none"><span class="fn">'
            f'<a href="{attr(home)}author/x/">{text(article.byline.text, tongue)}</a></span></div>'
        )
    article_html = f"""<article id="post-{post}" class="post-{post} post type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">
        <div class="td-post-header">
            {header_crumbs}
            {category}
            <header{"" if newsmag else ' class="td-post-title"'}>
                {h1}
                {subtitle}
                <div class="{"meta-info" if newsmag else "td-module-meta-info"}">{"".join(meta)}</div>
            </header>
        </div>
        <div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={attr(article.url or home)}"><div class="td-social-but-text">Facebook</div></a></div></div>
        <div class="td-post-content tagdiv-type">
            {figure}
            {_text_of_post(pick, tongue, article, home, signoff)}
        </div>
        <footer>
            <div class="td-post-source-tags">{tags}</div>
            {next_prev}
            {hidden_author}
            {_microdata(article)}
        </footer>
    </article>"""
    comments = _comment_thread(pick, tongue, article.comment_count) if article.comment_count is not None else ""
    body = f"""<div id="td-outer-wrap" class="td-theme-wrap">
{header}
    <div class="td-main-content-wrap td-container-wrap">
        <div class="td-container td-post-template-default ">
            {crumbs}
            <div class="td-pb-row">
                <div class="td-pb-span8 td-main-content" role="main">
                    <div class="td-ss-main-content">
                        {article_html}
                        {_related(pick, tongue, home)}
                        {comments}
                    </div>
                </div>
                {_sidebar(pick, tongue, home)}
            </div>
        </div>
    </div>
    {_classic_footer(pick, tongue, home, article.site_name)}
</div>"""
    return _page(article, tongue, body_class, body, home, theme_name="Newsmag" if newsmag else "Newspaper")


def _classic_header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    logo_text = f'<span class="td-visual-hidden">{text(site, tongue)}</span>' if site else ""
    return f"""<div class="td-header-wrap td-header-style-1 ">
        <div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu">
            <div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">{text(date_label(tongue, _RENDERED_ON), tongue)}</div></div></div>
        </div></div>
        <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header">
            <div class="td-header-sp-logo"><a class="td-main-logo" href="{attr(home)}"><img class="td-retina-data" src="{attr(home)}logo.png" alt="" />{logo_text}</a></div>
            <div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><ins class="adsbygoogle"></ins></div></div></div>
        </div></div>
        <div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu">
            <div id="td-header-menu" role="navigation"><div class="menu-main-container">{_mega_menu(pick, tongue, home)}</div></div>
        </div></div></div>
    </div>"""


def _classic_next_prev(tongue: Tongue, article: Article) -> str:
    parts = []
    for link, css, label in (
        (article.neighbors.previous, "td-post-prev-post", tongue.previous),
        (article.neighbors.next, "td-post-next-post", tongue.next),
    ):
        if link is None:
            continue
        title = text(link.title, tongue, entities=True) if link.title else ""
        parts.append(
            f'<div class="td-block-span6 {css}"><div class="td-post-next-prev-content"><span>{text(label, tongue)}</span>'
            f'<a href="{attr(link.url)}">{title}</a></div></div>'
        )
    if not parts:
        return ""
    return f'<div class="td-block-row td-post-next-prev">{"<div class=td-next-prev-separator></div>".join(parts)}</div>'


def _classic_footer(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    links = "".join(
        f'<li class="menu-item"><a href="{attr(home)}category/{slug(s)}/">{text(s, tongue)}</a></li>'
        for s in tongue.sections
    )
    return (
        '<div class="td-footer-wrapper td-container-wrap "><div class="td-container"><div class="td-pb-row">'
        f'<div class="td-pb-span12"><div class="td-footer-info"><div class="footer-text-wrap">{text(tongue.newsletter, tongue)}'
        f'</div></div></div></div></div></div><div class="td-sub-footer-container td-container-wrap ">'
        f'<div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><ul class="td-subfooter-menu">'
        f'{links}</ul></div><div class="td-pb-span td-sub-footer-copy">&copy; {text(site or "", tongue)}</div></div></div></div>'
    )


def _microdata(article: Article) -> str:
    parts = []
    if article.byline:
        parts.append(
            '<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<meta itemprop="name" content="{attr(article.byline.text)}"></span>'
        )
    if article.published:
        parts.append(f'<meta itemprop="datePublished" content="{iso(article.published)}">')
    if article.modified:
        parts.append(f'<meta itemprop="dateModified" content="{iso(article.modified)}">')
    return "".join(parts)


# The theme's top bar prints the day the page was rendered: a date that is not the article's.
_RENDERED_ON = date(2025, 11, 29)


# --------------------------------------------------------------------------- Composer


def write_composer(article: Article) -> str:
    """A tagDiv Composer single template: the post laid out as ``tdb_*`` blocks."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "tagdiv-composer")
    home = home_of(article)
    title = title_with_kicker(article)
    post = _post_id(pick)
    signoff = _signoff(article, pick)
    template = pick.number(100000, 999999)
    body_class = (
        f"post-template-default single single-post postid-{post} single-format-standard "
        f"{slug(article.headline or 'post')} global-block-template-{pick.number(1, 15)} tdb_template_{template} "
        "tdb-template  tdc-header-template  tdc-footer-template td-animation-stack-type0 td-boxed-layout"
    )
    uid = iter(range(pick.number(80, 90), 400))

    def block(kind: str, inner: str, extra: str = "") -> str:
        n = next(uid)
        return (
            f'<div class="td_block_wrap {kind} tdi_{n} td-pb-border-top td_block_template_8 {extra}" '
            f'data-td-block-uid="tdi_{n}" >\n<div class="tdb-block-inner td-fix-index">{inner}</div></div>'
        )

    top, column = [], []
    if article.breadcrumb:
        links = '<i class="tdb-bread-sep td-icon-right"></i>'.join(
            f'<span><a title="" class="tdb-entry-crumb" href="{attr(c.url or home)}">{text(c.label, tongue)}</a></span>'
            for c in article.breadcrumb
        )
        top.append(
            block(
                "tdb_breadcrumbs",
                f'{links}<i class="tdb-bread-sep tdb-bred-no-url-last td-icon-right"></i>'
                f'<span class="tdb-bred-no-url-last">{text(title or "", tongue, entities=True)}</span>',
                "tdb-breadcrumbs",
            )
        )
    if article.section:
        column.append(
            block(
                "tdb_single_categories",
                f'<a class="tdb-entry-category" href="{attr(home)}category/{slug(article.section, "rubrique")}/">'
                f'<span class="tdb-cat-bg"></span>{text(article.section, tongue)}</a>',
            )
        )
    if title:
        column.append(
            block(
                "tdb_title",
                f'<h1 class="tdb-title-text">{text(title, tongue, entities=True)}</h1><div></div>'
                '<div class="tdb-title-line"></div>',
                "tdb-single-title",
            )
        )
    if article.subheadline:
        column.append(block("tdb_single_subtitle", f"<p>{text(article.subheadline, tongue)}</p>"))
    if article.byline and not signoff:
        column.append(
            block(
                "tdb_single_author",
                f'<a class="tdb-author-photo" href="{attr(home)}author/x/"><img src="{attr(home)}avatar.png" alt="" /></a>'
                f'<div class="tdb-author-name-wrap"><span class="tdb-author-by">{text(tongue.by, tongue)}</span> '
                f'<a class="tdb-author-name" href="{attr(home)}author/x/">{text(article.byline.text, tongue)}</a></div>',
                "tdb-post-meta",
            )
        )
    if article.published:
        column.append(
            block(
                "tdb_single_date",
                f'<i class="tdb-date-icon td-icon-calendar"></i><time class="entry-date updated td-module-date" '
                f'datetime="{iso(article.published)}" >{text(date_label(tongue, article.published), tongue)}</time>',
                "tdb-post-meta",
            )
        )
    if article.comment_count is not None:
        column.append(
            block(
                "tdb_single_comments_count",
                f'<a href="{attr(article.url or home)}#respond"><i class="tdb-comm-icon td-icon-comments"></i>'
                f'<span class="tdb-add-text"></span><span>{article.comment_count}</span></a>',
                "tdb-post-meta",
            )
        )
    if article.lead_image:
        column.append(block("tdb_single_featured_image", _figure(tongue, article, "tdb-caption-text")))
    column.append(
        block("tdb_single_content", _text_of_post(pick, tongue, article, home, signoff), "td-post-content tagdiv-type")
    )
    if article.tags:
        items = "".join(
            f'<li><a href="{attr(home)}tag/{slug(tag, "t")}/">{text(tag, tongue)}</a></li>' for tag in article.tags
        )
        column.append(block("tdb_single_tags", f'<ul class="tdb-tags"><li><span>TAGS</span></li>{items}</ul>'))
    column.append(
        block(
            "tdb_single_post_share",
            f'<div class="td-post-sharing td-ps-bg"><a class="td-social-sharing-button td-social-facebook" '
            f'href="https://www.facebook.com/sharer.php?u={attr(article.url or home)}">'
            '<div class="td-social-but-text">Facebook</div></a></div>',
        )
    )
    neighbours = []
    for link, css, label in (
        (article.neighbors.previous, "tdb-post-prev", tongue.previous),
        (article.neighbors.next, "tdb-post-next", tongue.next),
    ):
        if link is not None:
            shown = text(link.title, tongue, entities=True) if link.title else ""
            neighbours.append(
                f'<div class="tdb-next-post tdb-next-post-bg {css}"><span>{text(label, tongue)}</span>'
                f'<a href="{attr(link.url)}">{shown}</a></div>'
            )
    if neighbours:
        column.append(block("tdb_single_next_prev", "".join(neighbours)))
    column.append(_related(pick, tongue, home))
    if article.comment_count is not None:
        column.append(
            block(
                "tdb_single_comments",
                _comment_thread(pick, tongue, article.comment_count),
                "tdb-comm-layout1",
            )
        )
    header_logo = (
        f'<span class="tdb-logo-text-wrap"><span class="tdb-logo-text-title">{text(article.site_name, tongue)}</span></span>'
        if article.site_name
        else ""
    )
    body = f"""<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap ">
    <div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">
        <div class="td_block_wrap tdb_header_logo tdi_5 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_5" >
        <div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{attr(home)}"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" src="{attr(home)}logo.png" alt="Logo" /></span>{header_logo}</a></div></div>
        <div class="td_block_wrap tdb_header_menu tdi_8 tds_menu_active1 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_8" >
        <div id="tdi_8" class="td_block_inner td-fix-index">{_mega_menu(pick, tongue, home)}</div></div>
    </div></div>
</div></div>
<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{post}" data-autoload-type="" data-autoload-count="5" >
<style>.tdi_90{{min-height:0}}.tdb_single_content .tdb-block-inner p{{margin-bottom:21px}}</style>
<div class="td-main-content-wrap td-container-wrap">
    <div class="tdc-content-wrap">
        <article class="tdb_single_template post-{post} post type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">
        <div id="tdi_90" class="tdc-zone"><div class="tdc_zone tdi_91  wpb_row td-pb-row">
            <div id="tdi_92" class="tdc-row"><div class="vc_row tdi_93 wpb_row td-pb-row"><div class="vc_column tdi_94 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
            {"".join(top)}
            </div></div></div></div>
            <div id="tdi_96" class="tdc-row"><div class="vc_row tdi_97 td-ss-row wpb_row td-pb-row">
                <div class="vc_column tdi_99  wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
                {chr(10).join(column)}
                </div></div>
                <div class="vc_column tdi_120  wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">
                {_sidebar(pick, tongue, home)}
                </div></div>
            </div></div>
        </div></div>
        {_microdata(article)}
        </article>
    </div>
</div>
</div>
<div class="td-footer-template-wrap" style="position: relative">{_classic_footer(pick, tongue, home, article.site_name)}</div>
</div>"""
    return _page(article, tongue, body_class, body, home)


CLASSIC = Renderer(
    theme="tagdiv-classic",
    adapter="tagdiv-newspaper",
    fields=CONTENT_FIELDS,
    write=write_classic,
    description="tagDiv Newspaper, classic single template",
    can_show=crumbs_linked,
)

COMPOSER = Renderer(
    theme="tagdiv-composer",
    adapter="tagdiv-composer",
    fields=CONTENT_FIELDS,
    write=write_composer,
    description="tagDiv Newspaper with a tagDiv Composer single template",
    can_show=crumbs_linked,
)

NEWSMAG = Renderer(
    theme="tagdiv-newsmag",
    adapter="tagdiv-newsmag",
    fields=CONTENT_FIELDS,
    write=write_newsmag,
    description="tagDiv Newsmag, single template 3",
    can_show=crumbs_linked,
)
