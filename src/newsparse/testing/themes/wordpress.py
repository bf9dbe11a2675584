"""WordPress core pages: a block theme's single template, as Twenty Twenty-Four prints it.

The markup is WordPress's own: the ``generator`` meta tag, the global-styles and
block-support ``<style>`` elements, the emoji loader and speculation rules scripts, Yoast
SEO's head, ``div.wp-site-blocks`` holding the header template part (site title and a
``wp-block-navigation`` menu), ``main`` with the post's blocks, and the footer template
part. The site's single template adds, as block-theme sites do, Yoast's breadcrumb block
above the title and a "More posts" query loop under the comments, whose items print their
own ``wp-block-post-title``, ``wp-block-post-date``, ``wp-block-post-author-name`` and
``wp-block-post-featured-image``.

How the theme shows each field: the trail as Yoast's breadcrumb block
(``span.breadcrumb_last`` for the title); the title in ``h1.wp-block-post-title``, with
the kicker in it (``KICKER : Headline``; core has no kicker block); the post-meta row:
``wp-block-post-date`` (a ``time`` with its ``datetime``), a "by" paragraph, the
``wp-block-post-author-name`` link and the ``taxonomy-category`` ``wp-block-post-terms``
(the section, ``in <a rel="tag">``); the featured image as ``figure.wp-block-post-featured-image``
(the block prints no caption, so an image with a caption or credit opens the post's text
instead, as an image block with a ``wp-element-caption``); the text in
``div.wp-block-post-content`` with core block classes; the tags as ``taxonomy-post_tag``
pills; the comments block (``wp-block-comments-title`` with the count, every comment
listed, as WordPress does by default, and the form; no block when comments are closed
and there are none); the previous and next posts as ``wp-block-post-navigation-link``
blocks (an untitled post shows WordPress's "Previous Post" / "Next Post" text). The
modified date is in the Yoast head only.

What it leaves out: ``subheadline`` (Twenty Twenty-Four's single template has no deck).
It cannot show a crumb without a link (Yoast links every crumb but the title), so
:attr:`Renderer.can_show` refuses such articles.
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

__all__ = ["RENDERER", "write_wordpress"]

# WordPress's strings in each language: the "by" before the author, the prefix of the
# category terms, "Comments", "N responses to", "Reply", and the untitled neighbours.
_STRINGS = {
    "en": ("by", "in ", "Comments", "One response to {t}", "{n} responses to {t}", "Reply", "Previous Post", "Next Post"),
    "fr": ("par", "dans ", "Commentaires", "Une réponse à {t}", "{n} réponses à {t}", "Répondre", "Article précédent", "Article suivant"),
    "de": ("von", "in ", "Kommentare", "Eine Antwort zu {t}", "{n} Antworten zu {t}", "Antworten", "Vorheriger Beitrag", "Nächster Beitrag"),
    "es": ("por", "en ", "Comentarios", "Una respuesta a {t}", "{n} respuestas a {t}", "Responder", "Entrada anterior", "Entrada siguiente"),
    "ar": ("بواسطة", "في ", "التعليقات", "رد واحد على {t}", "{n} ردود على {t}", "رد", "المقالة السابقة", "المقالة التالية"),
}  # fmt: skip


def _breadcrumb(article: Article, tongue: Tongue, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    crumbs = [f'<span><a href="{attr(c.url or "")}">{text(c.label, tongue)}</a></span>' for c in article.breadcrumb]
    crumbs.append(
        f'<span class="breadcrumb_last" aria-current="page">{text(title or "", tongue, entities=True)}</span>'
    )
    return f'<div class="yoast-breadcrumbs"><span>{" » ".join(crumbs)}</span></div>'


def _meta(article: Article, tongue: Tongue, home: str, words: tuple[str, ...]) -> str:
    parts = []
    if article.published:
        parts.append(
            f'<div class="wp-block-post-date"><time datetime="{iso(article.published)}"><a href="{attr(article.url or home)}">'
            f"{text(date_label(tongue, article.published), tongue)}</a></time></div>"
        )
    if article.byline:
        if parts:
            parts.append('<p class="has-contrast-2-color has-text-color">—</p>')
        name = article.byline.text
        parts.append(f'<p class="has-contrast-2-color has-text-color">{text(words[0], tongue)}</p>')
        parts.append(
            f'<div class="wp-block-post-author-name"><a href="{attr(home)}author/{slug(name, "admin")}/" target="_self" '
            f'class="wp-block-post-author-name__link">{text(name, tongue)}</a></div>'
        )
    if article.section:
        parts.append(
            f'<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">'
            f'{text(words[1], tongue)}</span><a href="{attr(home)}category/{slug(article.section, "news")}/" rel="tag">'
            f"{text(article.section, tongue)}</a></div>"
        )
    if not parts:
        return ""
    return (
        '<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-center is-layout-flex '
        'wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex" style="margin-top:var(--wp--preset--spacing--20)">'
        f"{''.join(parts)}</div></div>"
    )


def _featured(article: Article, tongue: Tongue) -> tuple[str, str]:
    """The lead image: the featured-image block, or (captioned) an image block opening the text."""
    image = article.lead_image
    if image is None:
        return "", ""
    if not image.caption and not image.credit:
        return (
            '<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image">'
            f'<img width="1024" height="683" src="{attr(image.url)}" class="attachment-post-thumbnail size-post-thumbnail '
            'wp-post-image" alt="" style="object-fit:cover;" decoding="async" fetchpriority="high" /></figure>',
            "",
        )
    return "", (
        f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{attr(image.url)}" '
        f'alt="" class="wp-image-{len(image.url) * 31}"/><figcaption class="wp-element-caption">{caption(tongue, image)}'
        "</figcaption></figure>"
    )


def _content(article: Article, tongue: Tongue, pick: Pick, home: str, opening: str) -> str:
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{attr(url)}">{text(title, tongue)}</a></li>'
        for title, url in chrome.stories(pick, tongue, home, 3)
    )
    noise = (
        chrome.inline_advert(tongue),
        f'<ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul>',
    )
    shown = blocks(pick, tongue, article.body, noise)
    for plain, core in (
        ("<h2>", '<h2 class="wp-block-heading">'),
        ("<ul>", '<ul class="wp-block-list">'),
        ("<blockquote>", '<blockquote class="wp-block-quote">'),
        ("<pre>", '<pre class="wp-block-preformatted">'),
    ):
        shown = shown.replace(plain, core)
    return (
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
        f'wp-block-post-content-is-layout-constrained">\n{opening}\n{shown}\n</div>'
    )


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = '<span class="wp-block-post-terms__separator">  </span>'.join(
        f'<a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a>' for tag in article.tags
    )
    return f'<div class="taxonomy-post_tag is-style-pill wp-block-post-terms">{links}</div>'


def _comments(article: Article, tongue: Tongue, pick: Pick, title: str | None, words: tuple[str, ...]) -> str:
    count = article.comment_count
    if count is None:
        return ""  # comments closed, and none to show
    listed = "".join(
        f'<li id="comment-{i + 1}" class="comment {"even" if i % 2 else "odd"} thread-even depth-1">'
        '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar">'
        '<img alt="" src="https://secure.gravatar.com/avatar/0?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo" '
        'width="40" height="40"/></div><div class="wp-block-group">'
        f'<div class="wp-block-comment-author-name">{text(pick.one(tongue.people), tongue)}</div>'
        f'<div class="wp-block-comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div>'
        f'<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-{i + 1}">'
        f"{text(words[5], tongue)}</a></div></div></div></li>"
        for i in range(count)
    )
    quoted = f"&#8220;{text(title or '', tongue, entities=True)}&#8221;"
    heading = words[3] if count == 1 else words[4]
    shown_count = str(count).translate(str.maketrans("0123456789", tongue.digits))
    header = (
        f'<h3 id="comments" class="wp-block-comments-title">'
        f"{text(heading, tongue).replace('{t}', quoted).replace('{n}', shown_count)}</h3>"
        f'<ol class="wp-block-comment-template">{listed}</ol>'
        if count
        else ""
    )
    return (
        '<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:0;margin-bottom:0">'
        f'<h2 class="wp-block-heading has-x-large-font-size">{text(words[2], tongue)}</h2>{header}'
        '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" '
        f'class="comment-reply-title">{text(tongue.leave_comment, tongue)}</h3><form action="/wp-comments-post.php" '
        'method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" '
        'name="comment"></textarea></p></form></div></div>'
    )


def _navigation(article: Article, tongue: Tongue, words: tuple[str, ...]) -> str:
    sides = []
    for link, side, rel, arrow, untitled in (
        (article.neighbors.previous, "previous", "prev", "←", words[6]),
        (article.neighbors.next, "next", "next", "→", words[7]),
    ):
        if link is None:
            continue
        shown = text(link.title, tongue, entities=True) if link.title else text(untitled, tongue)
        mark = f'<span class="wp-block-post-navigation-link__arrow-{side} is-arrow-arrow" aria-hidden="true">{arrow}</span>'
        anchor = f'<a href="{attr(link.url)}" rel="{rel}">{shown}</a>'
        inner = mark + anchor if side == "previous" else anchor + mark
        sides.append(f'<div class="post-navigation-link-{side} wp-block-post-navigation-link">{inner}</div>')
    if not sides:
        return ""
    return (
        '<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex '
        f'wp-block-group-is-layout-flex" aria-label="Posts">{"".join(sides)}</nav>'
    )


def _other_id(pick: Pick, post: int) -> int:
    """The id of another post than ``post``."""
    other = pick.number(10, 9999)
    return other + 1 if other == post else other


def _more_posts(tongue: Tongue, pick: Pick, home: str, post: int) -> str:
    """A query loop of other posts (``post`` is this one's id, which they do not share):
    each prints the post blocks' classes of its own."""
    items = "".join(
        f'<li class="wp-block-post post-{_other_id(pick, post)} post type-post status-publish format-standard '
        'has-post-thumbnail hentry category-news">'
        f'<figure class="wp-block-post-featured-image"><a href="{attr(url)}" target="_self">'
        f'<img width="600" height="400" src="{attr(home)}wp-content/uploads/more-{i}.jpg" alt="{attr(title)}" /></a></figure>'
        f'<h3 class="wp-block-post-title"><a href="{attr(url)}" target="_self">{text(title, tongue, entities=True)}</a></h3>'
        f'<div class="wp-block-post-author-name"><a href="{attr(home)}author/x/" class="wp-block-post-author-name__link">'
        f"{text(pick.one(tongue.people), tongue)}</a></div>"
        f'<div class="wp-block-post-date"><time datetime="2024-0{i + 1}-1{i}T10:00:00+00:00">'
        f"{text(tongue.ago.format(n=i + 2), tongue)}</time></div></li>"
        for i, (title, url) in enumerate(chrome.stories(pick, tongue, home, 3))
    )
    return (
        '<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow">'
        f'<h2 class="wp-block-heading">{text(tongue.read_also, tongue)}</h2>'
        f'<ul class="columns-3 wp-block-post-template is-layout-grid wp-block-post-template-is-layout-grid">{items}</ul></div>'
    )


def _navigation_menu(tongue: Tongue, home: str) -> str:
    items = "".join(
        f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
        f'href="{attr(home)}category/{slug(section)}/"><span class="wp-block-navigation-item__label">'
        f"{text(section, tongue)}</span></a></li>"
        for section in tongue.sections
    )
    return (
        '<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right '
        'is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="">'
        '<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open">'
        '<svg width="24" height="24" viewBox="0 0 24 24"><rect x="4" y="7.5" width="16" height="1.5" /></svg></button>'
        '<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close">'
        f'<ul class="wp-block-navigation__container">{items}</ul></div></div></nav>'
    )


def write_wordpress(article: Article) -> str:
    """Twenty Twenty-Four's single template (``h1.wp-block-post-title``, ``wp-block-post-content``)."""
    tongue = tongue_of(article.language)
    words = _STRINGS.get(tongue.code, _STRINGS["en"])
    pick = seeded(article, "wordpress")
    home = home_of(article)
    title = title_with_kicker(article)
    post = pick.number(10, 99999)
    site = article.site_name
    shown_title = " - ".join(t for t in (title, site) if t)
    featured, opening = _featured(article, tongue)
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    h1 = (
        '<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="has-text-align-center wp-block-post-title">'
        f"{text(title, tongue, entities=True)}</h1>"
        if title
        else ""
    )
    yoast = json_ld(yoast_graph(article, title, home)).replace(
        '<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">'
    )
    site_title = (
        f'<p class="wp-block-site-title"><a href="{attr(home)}" target="_self" rel="home">{text(site, tongue)}</a></p>'
        if site
        else ""
    )
    return f"""<!DOCTYPE html>
<html{lang}{direction}>
<head>
\t<meta charset="UTF-8" />
\t<meta name="viewport" content="width=device-width, initial-scale=1" />
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{text(shown_title, tongue, entities=True)}</title>
{chr(10).join(yoast_meta(article, shown_title))}
{yoast}
<!-- / Yoast SEO plugin. -->
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{{"concatemoji":"{home}wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.3"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e}};}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-block-post-title-inline-css'>.wp-block-post-title{{box-sizing:border-box;word-break:break-word}}</style>
<style id='global-styles-inline-css'>body{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;}}
.wp-block-post-content p{{margin-block-start:1.2rem}}/* <p>not text</p> */</style>
<link rel='stylesheet' id='wp-block-library-css' href='{attr(home)}wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel="https://api.w.org/" href="{attr(home)}wp-json/" /><link rel="alternate" type="application/json" href="{attr(home)}wp-json/wp/v2/posts/{post}" />
<meta name="generator" content="WordPress 6.5.3" />
{chrome.head_scripts(home)}
</head>
<body class="post-template-default single single-post postid-{post} single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{attr(home)}" class="custom-logo-link" rel="home"><img width="40" height="40" src="{attr(home)}wp-content/uploads/logo.png" class="custom-logo" alt="{attr(site or "")}" /></a></div>{site_title}</div>
{_navigation_menu(tongue, home)}
</div></div>
</header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:0;padding-bottom:var(--wp--preset--spacing--10)">
{_breadcrumb(article, tongue, title)}
{h1}
{_meta(article, tongue, home, words)}
</div>
{featured}
</div>
{_content(article, tongue, pick, home, opening)}
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--50)">
{_tags(article, tongue, home)}
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<hr class="wp-block-separator has-text-color has-contrast-3-color has-alpha-channel-opacity has-contrast-3-background-color has-background is-style-wide"/>
{_comments(article, tongue, pick, title, words)}
{_navigation(article, tongue, words)}
{_more_posts(tongue, pick, home, post)}
</div>
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
{chrome.site_footer(pick, tongue, home, site, 2025)}
<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</footer></div>
<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*"]}}}}]}},"eagerness":"conservative"}}]}}
</script>
{chrome.tail_scripts(home)}
</body>
</html>"""


RENDERER = Renderer(
    theme="wordpress",
    adapter="wordpress",
    fields=tuple(name for name in CONTENT_FIELDS if name != "subheadline"),
    write=write_wordpress,
    description="WordPress core, a block theme's single template (Twenty Twenty-Four)",
    can_show=crumbs_linked,
)
