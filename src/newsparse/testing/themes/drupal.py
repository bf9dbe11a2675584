"""Drupal pages: an article node in its full view (Drupal 9/10, a custom theme on Classy's markup).

The markup is Drupal's own, laid out as amnesty.de's article pages print it: the
``Generator`` meta tag, Metatag's OpenGraph tags, the ``drupal-settings-json`` script and
``/core/misc/drupal.js``, the branding block's ``site-name``, the main menu with its
``data-drupal-link-system-path`` links, and the page's node ``<article class="node
node--type-article node--view-mode-full">`` holding its fields as blocks (a top region
with the labels, the date and the title, a main region with the image, the body field
and the Paragraphs of the text, a sidebar with a custom block and the newsletter form,
and a bottom region where a view lists other article nodes as teasers with their own
body, image, labels and dates). Noise sits inside the node as it does there: a pull
quote (``paragraph--type--citation-widget``) repeating a sentence of the text, embedded
tweets behind a consent placeholder (``paragraph--type--embed-code``) with their one-line
intros, ads and "read also" boxes in the text, share buttons, a custom block with its
own body field, teaser nodes.

How it shows each field: the site's name in the branding block (and ``og:site_name``);
the trail as Drupal's system breadcrumb (``nav.breadcrumb`` holding an ``ol``, a crumb
without a link printed as plain text, as ``breadcrumb.html.twig`` does; some sites add
the page title at the end, as the Easy Breadcrumb module does); the section as the
category label above the title (``span.headline-category``, beside a placement
flag such as ``Top News`` on some articles); the kicker in the title (``KICKER :
Headline``: Drupal core has no kicker field); the deck as a ``field--name-field-subtitle``
block under the title; the author as the node's ``field--name-uid`` in the submitted
line, or several as a ``field--name-field-authors`` credit; the published date as a
``time`` in ``span.headline-date``; the modified date in Metatag's
``article:modified_time`` (and Schema.org Metatag's JSON-LD, when the site prints it);
the lead image as the image field with ``p.image-description`` and ``p.image-copyright``
(``© Credit``); the text in ``field--name-body``, or split between the body field and
``paragraph--type--text`` Paragraphs; tags as the ``field--name-field-tags`` field;
neighbours as the Flippy module's pager (``ul.flippy``, links with ``rel=prev/next``,
the label ``‹ Previous article`` for a neighbour shown without its title); comments as
the comment field (``field--type-comment``) with every comment rendered
(``article.comment``), no counter: Drupal core prints none.

What it cannot show: more comments than one page of the thread holds (Drupal pages
comments 50 at a time, and the total appears nowhere), so :attr:`Renderer.can_show`
refuses articles with more than 50 comments.
"""

from __future__ import annotations

import json
from typing import Any

from newsparse.article import CONTENT_FIELDS, Article, Block
from newsparse.testing import chrome
from newsparse.testing.markup import attr, blocks, home_of, iso, json_ld, seeded, slug, text, title_with_kicker
from newsparse.testing.render import Renderer
from newsparse.testing.words import Pick, Tongue, date_label, headline, paragraph, sentence, tongue_of

__all__ = ["RENDERER", "write_drupal"]

#: Comments per page of a Drupal comment thread (the comment field's default).
COMMENTS_PER_PAGE = 50


def can_show(article: Article) -> bool:
    """Drupal renders the comments of the first page only (50) and prints no total."""
    return article.comment_count is None or article.comment_count <= COMMENTS_PER_PAGE


def _field(name: str, kind: str, inner: str, *, label: str = "hidden", extra: str = "") -> str:
    """A field wrapper as Classy's ``field.html.twig`` prints it."""
    return (
        f'<div class="{extra}field field--name-{name} field--type-{kind} field--label-{label}'
        f'{" field__item" if label == "hidden" else ""}">{inner}</div>'
    )


def _block(plugin: str, inner: str) -> str:
    """A Chaos Tools entity-field block, as the theme places each field of the node."""
    return f'<div class="block block-ctools-block block-entity-field{plugin}">\n{inner}\n</div>'


# --------------------------------------------------------------------------- head


def _head(article: Article, tongue: Tongue, pick: Pick, home: str, *, title: str | None, nid: int) -> str:
    shown_title = " | ".join(t for t in (title, article.site_name) if t)
    tags: list[tuple[str, str, str | None]] = [
        ("name", "description", article.subheadline),
        ("property", "og:site_name", article.site_name if pick.chance(60) else None),
        ("property", "og:type", "article"),
        ("property", "og:url", article.canonical_url),
        ("property", "og:title", title),
        ("property", "og:image", article.lead_image.url if article.lead_image else None),
        ("property", "article:published_time", iso(article.published)),
        ("property", "article:modified_time", iso(article.modified)),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "Generator", "Drupal 10 (https://www.drupal.org)"),
        ("name", "MobileOptimized", "width"),
        ("name", "HandheldFriendly", "true"),
        ("name", "viewport", "width=device-width, initial-scale=1.0"),
    ]
    meta = [f'<meta {kind}="{name}" content="{attr(value)}" />' for kind, name, value in tags if value]
    links = [f'<link rel="shortlink" href="{attr(home)}node/{nid}" />']
    if article.canonical_url:
        links.insert(0, f'<link rel="canonical" href="{attr(article.canonical_url)}" />')
    structured = json_ld(_schema_metatag(article, title, home)) if pick.chance(50) else ""
    return "\n".join(
        [
            "<head>",
            '<meta charset="utf-8" />',
            f"<script>var et_pagename='{attr(slug(title or 'node'))}';var et_areas='node';</script>",
            *meta,
            '<link rel="icon" href="/themes/custom/newsroom/favicon.ico" type="image/vnd.microsoft.icon" />',
            *links,
            structured,
            f"<title>{text(shown_title, tongue)}</title>",
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx3bK8aPz1V.css" />',
            '<link rel="stylesheet" media="all" href="/themes/custom/newsroom/css/article.css?r4x1bq" />',
            chrome.STYLESHEET,
            chrome.head_scripts(home),
            "</head>",
        ]
    )


def _schema_metatag(article: Article, title: str | None, home: str) -> dict[str, Any]:
    """What the Schema.org Metatag module prints: a NewsArticle in a ``@graph``."""
    news: dict[str, Any] = {"@type": "NewsArticle", "@id": article.canonical_url or article.url}
    optional: dict[str, Any] = {
        "headline": title,
        "description": article.subheadline,
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "image": {"@type": "ImageObject", "url": article.lead_image.url} if article.lead_image else None,
        "author": [{"@type": "Person", "name": name} for name in article.byline.authors] if article.byline else None,
        "publisher": {"@type": "Organization", "@id": home, "name": article.site_name} if article.site_name else None,
    }
    news.update({key: value for key, value in optional.items() if value})
    return {"@context": "https://schema.org", "@graph": [news]}


# --------------------------------------------------------------------------- around the node


_SYSTEM_PATH = '<a data-drupal-link-system-path="taxonomy/term/7" href='


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    name = f'<div class="site-name">{text(site, tongue)}</div>' if site else ""
    return (
        '<div class="mast-head"><div class="container"><header role="banner"><div class="region region-header">'
        '<div id="block-sitebranding" class="block block-system block-system-branding-block">'
        f'<a href="/" title="{attr(tongue.home)}" rel="home">{name}'
        f'<span class="site-logo"><img src="/themes/custom/newsroom/logo.svg" alt="{attr(tongue.home)}" /></span></a>'
        "</div></div></header>"
        '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" '
        'id="block-mainnavigation" class="block block-menu navigation menu--main">'
        '<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>'
        f"{chrome.menu(pick, tongue, home).replace('<a href=', _SYSTEM_PATH)}"
        "</nav></div>"
        '<div class="views-exposed-form block block-views" id="block-exposedformsearch">'
        f'<form action="/search" method="get"><input type="text" name="keys" placeholder="{attr(tongue.search)}" '
        'class="form-text" /></form></div>'
        "</div></div>"
    )


def _breadcrumb(article: Article, tongue: Tongue, pick: Pick, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    items = []
    for crumb in article.breadcrumb:
        label = text(crumb.label, tongue)
        items.append(f'<li><a href="{attr(crumb.url)}">{label}</a></li>' if crumb.url else f"<li>{label}</li>")
    if title and pick.chance(40):
        items.append(f"<li>{text(title, tongue)}</li>")  # Easy Breadcrumb's title segment, not a crumb
    return (
        '<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system '
        'block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
        f'<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>{"".join(items)}</ol></nav></div></div>'
    )


def _settings(home: str, nid: int, language: str | None) -> str:
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": f"node/{nid}",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": (language or "en").split("-")[0],
        },
        "pluralDelimiter": "\u0003",
        "ajaxPageState": {"theme": "newsroom", "libraries": "core/drupal,newsroom/global-styling,paragraphs/drupal"},
        "thirdPartyServices": {"placeholder": "<h2>Twitter<\\/h2><p>Click to load<\\/p>"},
        "user": {"uid": 0, "permissionsHash": "4c1b9f0a2e"},
    }
    encoded = json.dumps(settings).replace("</", "<\\/")
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f"{encoded}</script>\n"
        f'<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>\n'
        f'<script src="/core/misc/drupal.js?v=10.1.5"></script>\n'
        f'<script src="/core/misc/drupal.init.js?v=10.1.5"></script>\n{chrome.tail_scripts(home)}'
    )


# --------------------------------------------------------------------------- the node


def _headline_info(article: Article, tongue: Tongue, pick: Pick) -> str:
    parts = []
    if article.section:
        parts.append(f'<span class="headline-category">{text(article.section, tongue)}</span>')
        if pick.chance(30):  # a placement flag beside it (amnesty.de's "Aktuell"), not a section
            parts.insert(pick.number(0, 1), '<span class="headline-category">Top News</span>')
    if article.published:
        parts.append(
            f'<span class="headline-date"><time datetime="{iso(article.published)}">'
            f"{text(date_label(tongue, article.published), tongue)}</time></span>"
        )
    if not parts:
        return ""
    return (
        '<div class="block block-ai-article-node block-ai-article-headline-block">'
        f'<div class="headline-info">{"".join(parts)}</div></div>'
    )


def _byline(article: Article, tongue: Tongue, home: str) -> str:
    if not article.byline:
        return ""
    byline = article.byline
    if len(byline.authors) == 1 and byline.text == byline.authors[0]:
        name = byline.authors[0]
        user = (
            f'<a title="View user profile." href="/user/{len(name) * 7}" lang="" typeof="schema:Person" '
            f'property="schema:name" class="username">{text(name, tongue)}</a>'
        )
        return (
            f'<footer class="node__meta"><div class="node__submitted">{text(tongue.by, tongue)} '
            f"{_field('uid', 'entity-reference', user)}</div></footer>"
        )
    # Several authors: an entity reference field to author pages, printed inline as the credit.
    shown = text(byline.text, tongue)
    for name in byline.authors:
        link = f'<a href="{attr(home)}autor/{slug(name, "redaktion")}" hreflang="und">{text(name, tongue)}</a>'
        shown = shown.replace(text(name, tongue), link, 1)
    return f'<footer class="node__meta">{_field("field-authors", "entity-reference", f"{text(tongue.by, tongue)} {shown}")}</footer>'


def _image(article: Article, tongue: Tongue) -> str:
    image = article.lead_image
    if image is None:
        return ""
    src = attr(image.url)
    picture = (
        "<picture>"
        f'<source srcset="{src} 1x" media="all and (min-width: 1302px)" type="image/jpeg"/>'
        f'<source srcset="{src} 1x" type="image/jpeg"/>'
        f'<img src="{src}" alt="" typeof="foaf:Image" /></picture>'
    )
    inner = _field("field-image", "image", picture)
    if image.caption:
        inner += f'\n<p class="image-description">{text(image.caption, tongue)}</p>'
    if image.credit:
        inner += f'\n<p class="image-copyright">&copy; {text(image.credit, tongue)}</p>'
    return _block("nodefield-image", _field("field-image", "entity-reference", f"<section>{inner}</section>"))


def _paragraph_item(kind: str, inner: str) -> str:
    return (
        f'<div class="field__item"><div class="paragraph paragraph--type--{kind} paragraph--view-mode--default">'
        f"{inner}</div></div>"
    )


def _text_field(name: str, shown: str) -> str:
    return f'<div class="clearfix text-formatted field field--name-{name} field--type-text-long field--label-hidden field__item">{shown}</div>'


def _pull_quote(pick: Pick, tongue: Tongue, body: tuple[Block, ...]) -> str:
    """A citation widget: a sentence of the text again, with the speaker's name."""
    quoted = next((b.text for b in body if b.kind == "paragraph"), sentence(pick, tongue))
    person = pick.one(tongue.people)
    first, _, last = person.partition(" ")
    return _paragraph_item(
        "citation-widget",
        _text_field("field-body", f"<p>{text(quoted, tongue)}</p>")
        + '<div class="person-wrapper">'
        + _field("field-person-firstname", "string", text(first, tongue))
        + _field("field-person-lastname", "string", text(last, tongue))
        + "</div>",
    )


def _embed(pick: Pick, tongue: Tongue) -> str:
    """An embedded tweet behind the consent placeholder, with its one-line intro."""
    person = pick.one(tongue.people)
    quote = text(pick.one(tongue.quotes), tongue)
    return _paragraph_item(
        "embed-code",
        _text_field("field-body", f"<p><strong>Tweet: {text(person, tongue)}</strong></p>")
        + _text_field(
            "field-embedded-code",
            '<div class="third-party-services--placeholder" data-placeholder-type="field_embedded_code">'
            '<textarea class="third-party-services--original-content" hidden><blockquote class="twitter-tweet">'
            f"<p>{quote}</p>&mdash; {text(person, tongue)}</blockquote></textarea>"
            '<h2>Twitter</h2><div class="content-wrapper"><div class="message">'
            f"{text(tongue.cookies, tongue)}</div></div></div>",
        ),
    )


def _text(pick: Pick, tongue: Tongue, article: Article, home: str) -> str:
    """The body field, alone or followed by the text Paragraphs with embeds between them."""
    body = article.body
    noise = (chrome.inline_advert(tongue), chrome.read_also(pick, tongue, home))
    if len(body) < 3 or pick.chance(40):
        shown = blocks(pick, tongue, body, noise)
        return _block(
            "nodebody",
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
            f'field--label-hidden field__item">{shown}</div>',
        )
    cut = pick.number(1, len(body) - 2)
    second = pick.number(cut + 1, len(body) - 1)
    lead = blocks(pick, tongue, body[:cut])
    items = [
        _pull_quote(pick, tongue, body),
        _paragraph_item("text", _text_field("field-text", blocks(pick, tongue, body[cut:second], noise[:1]))),
        _embed(pick, tongue),
        _paragraph_item("text", _text_field("field-text", blocks(pick, tongue, body[second:], noise[1:]))),
    ]
    return "\n".join(
        [
            _block(
                "nodebody",
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
                f'field--label-hidden field__item">{lead}</div>',
            ),
            _block(
                "nodefield-body-paragraphs",
                '<div class="field field--name-field-body-paragraphs field--type-entity-reference-revisions '
                f'field--label-hidden field__items">{"".join(items)}</div>',
            ),
        ]
    )


def _tags(article: Article, tongue: Tongue) -> str:
    if not article.tags:
        return ""
    items = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{100 + i}" hreflang="und">{text(tag, tongue)}</a></div>'
        for i, tag in enumerate(article.tags)
    )
    return _block(
        "nodefield-tags",
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above">'
        f'<div class="field__label">Tags</div><div class="field__items">{items}</div></div>',
    )


def _flippy(article: Article, tongue: Tongue) -> str:
    """The Flippy module's pager: the neighbour's title, or its label when the title is not shown."""
    items = []
    for link, rel, css, label, arrow in (
        (article.neighbors.previous, "prev", "flippy-previous", tongue.previous, "‹ "),
        (article.neighbors.next, "next", "flippy-next", tongue.next, " ›"),
    ):
        if link is None:
            continue
        if link.title:
            shown = f'<a href="{attr(link.url)}" rel="{rel}" title="{attr(link.title)}">{text(link.title, tongue)}</a>'
        else:
            words = f"{arrow}{label}" if rel == "prev" else f"{label}{arrow}"
            shown = f'<a href="{attr(link.url)}" rel="{rel}">{text(words, tongue)}</a>'
        items.append(f'<li class="{css}">{shown}</li>')
    if not items:
        return ""
    return f'<div class="block block-flippy block-flippy-block"><ul class="flippy">{"".join(items)}</ul></div>'


_COMMENTS_TITLE = '<h2 class="title">Comments</h2>'


def _comments(pick: Pick, tongue: Tongue, count: int | None) -> str:
    """The comment field: every comment of the thread's first page, then the form."""
    if count is None:
        return ""
    comments = []
    for i in range(count):
        name = pick.one(tongue.people)
        comments.append(
            f'<article role="article" data-comment-user-id="0" id="comment-{i + 1}" class="comment js-comment '
            'by-anonymous"><footer class="comment__meta"><p class="comment__submitted">'
            f'<span lang="" typeof="schema:Person" property="schema:name">{text(name, tongue)}</span></p></footer>'
            f'<div class="content"><h3><a href="/comment/{i + 1}#comment-{i + 1}" class="permalink" rel="bookmark">'
            f"{text(headline(pick, tongue)[:40], tongue)}</a></h3>"
            '<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden '
            f'field__item"><p>{text(sentence(pick, tongue), tongue)}</p></div>'
            '<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/1/comment/1">Reply</a></li>'
            "</ul></div></article>"
        )
    return (
        '<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">'
        f"{_COMMENTS_TITLE if count else ''}{''.join(comments)}"
        f'<h2 class="title comment-form__title">{text(tongue.leave_comment, tongue)}</h2>'
        '<form class="comment-comment-form comment-form" action="/comment/reply/node/1/comment" method="post">'
        '<textarea name="comment_body[0][value]"></textarea><input type="submit" value="Save" /></form></section>'
    )


def _custom_block(pick: Pick, tongue: Tongue) -> str:
    """A custom block in the sidebar (``block_content``), with a body field of its own."""
    return (
        '<div class="block block-block-content block-block-content9f1c2e4a-6b7d">'
        + _field(
            "body",
            "text-with-summary",
            f"<p>{text(paragraph(pick, tongue, most=2), tongue)}</p>",
            extra="clearfix text-formatted ",
        )
        + '<div class="paragraph paragraph--type--newsletter-widget">'
        f'<h4 class="newsletter-widget-headline">{text(tongue.newsletter, tongue)}</h4>'
        '<form class="webform-submission-form" action="/newsletter" method="post"><input type="email" name="mail" />'
        "</form></div></div>"
    )


def _teasers(pick: Pick, tongue: Tongue, home: str) -> str:
    """A view of other article nodes in the teaser view mode, each with body, image, labels and date."""
    rows = []
    for title, url in chrome.stories(pick, tongue, home, pick.number(2, 4)):
        nid = pick.number(1000, 99999)
        rows.append(
            '<div class="views-row"><article role="article" typeof="schema:Article" '
            f'class="node node--type-article single-item node--view-mode-teaser" about="/node/{nid}">'
            f'<div class="teaser-image-wrapper"><a href="{attr(url)}">'
            + _field(
                "field-image", "image", f'<img src="{attr(home)}sites/default/files/styles/teaser/{nid}.jpg" alt="" />'
            )
            + "</a></div>"
            f'<div class="headline-info teaser"><span class="headline-category">{text(pick.one(tongue.sections), tongue)}'
            f'</span><span class="headline-date">{pick.number(1, 28):02d}.{pick.number(1, 12):02d}.{pick.number(2019, 2024)}'
            "</span></div>"
            f'<h2><a href="{attr(url)}" rel="bookmark">{text(title, tongue)}</a></h2>'
            '<div class="node__content">'
            + _field(
                "body",
                "text-with-summary",
                f'<p><a href="{attr(url)}">{text(sentence(pick, tongue), tongue)}</a></p>',
                extra="clearfix text-formatted ",
            )
            + "</div></article></div>"
        )
    return (
        '<div class="views-element-container block block-views block-views-blockcontext-widget-block-1">'
        f'<h2>{text(tongue.read_also, tongue)}</h2><div class="view view-context-widget">{"".join(rows)}</div></div>'
    )


def write_drupal(article: Article) -> str:
    """The full view of an article node."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "drupal")
    home = home_of(article)
    title = title_with_kicker(article)
    nid = pick.number(1000, 99999)
    site = article.site_name
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = "rtl" if tongue.rtl else "ltr"
    h1 = (
        _block(
            "nodetitle",
            '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
            f"{text(title, tongue)}</span></h1>",
        )
        if title
        else ""
    )
    deck = (
        _block("nodefield-subtitle", _field("field-subtitle", "string", text(article.subheadline, tongue)))
        if article.subheadline
        else ""
    )
    return f"""<!DOCTYPE html>
<html{lang} dir="{direction}" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
{_head(article, tongue, pick, home, title=title, nid=nid)}
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{_header(pick, tongue, home, site)}
<div class="page-content">
{_breadcrumb(article, tongue, pick, title)}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/node/{nid}" class="node node--type-article node--view-mode-full clearfix node--promoted">
<div>
<div class="ai-panel-top"><div class="top-region"><div class="container"><div class="block-region-top">
{_headline_info(article, tongue, pick)}
{h1}
{deck}
</div></div></div></div>
<div class="ai-panel-2col"><div class="container"><div class="main-region"><div class="block-region-main">
{_byline(article, tongue, home)}
{_image(article, tongue)}
{_text(pick, tongue, article, home)}
{_tags(article, tongue)}
<div class="block block-ai-share-print block-ai-share-print-block">{chrome.share_bar(tongue, article.url)}</div>
{_flippy(article, tongue)}
{_comments(pick, tongue, article.comment_count)}
</div></div>
<div class="sidebar-region"><div class="block-region-sidebar">
{_custom_block(pick, tongue)}
{chrome.sidebar(pick, tongue, home, site)}
</div></div>
</div></div>
<div class="ai-panel-bottom"><div class="bottom-region"><div class="container"><div class="block-region-bottom">
{_teasers(pick, tongue, home)}
</div></div></div></div>
</div>
</article>
</div></div>
</main>
</div>
<footer role="contentinfo" class="site-footer">{chrome.site_footer(pick, tongue, home, site, 2025)}</footer>
</div>
</div>
{chrome.cookie_banner(tongue)}
{_settings(home, nid, article.language)}
</body>
</html>"""


RENDERER = Renderer(
    theme="drupal",
    adapter="drupal",
    fields=CONTENT_FIELDS,
    write=write_drupal,
    description="Drupal 10 article node, full view (a custom theme on Classy's markup, Paragraphs, Flippy)",
    can_show=can_show,
)
