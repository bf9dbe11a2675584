"""Arc XP pages: a story rendered by Fusion, with the ANS it was rendered from.

The markup is Fusion's as lanacion.com.ar prints it: ``div#fusion-app``, the
``fusion-static-enter``/``fusion-static-exit`` markers around static features, the
``/pf/resources/`` assets, ad slots (``mod-banner`` holding ``com-banner``), the
``com-*`` components (``h1.com-title``, ``h2.com-subhead --bajada``, ``p.com-paragraph``,
``nav.com-breadcrumb`` with its ``BreadcrumbList`` script), and, at the end of the body,
``script#fusion-metadata`` assigning the story's ANS to ``Fusion.globalContent`` between
the site's other Fusion globals (``globalContentConfig``, a ``contentCache`` of the
navigation, ``layout``, ``tree``...). The ANS holds more than the page shows, as Arc's
does: a ``volanta`` label the template does not render, the distributor, related
stories, ``publish_date`` of the last republication (which the ``article:published_time``
tag repeats), and content elements that are not the story's text: interstitial links to
other stories (rendered as an upper-case button), in-body images with captions, an
embedded tweet, ad slots and a pull quote repeating a sentence.

How it shows each field: the headline in ``h1.com-title``, with the kicker before it in
``em.com-lead`` (ANS ``label.basic``); the deck as ``h2.com-subhead``; the trail in
``nav.com-breadcrumb``; the section in the ANS taxonomy (and the trail); the authors
under the date (``Por <a>A</a> y <a>B</a>``, ANS ``credits.by``), or a desk or agency
credit as ``span.com-partner`` under the date and again after the text (ANS
``distributor``); the date and the time to the minute in ``span.mod-date`` (``time.com-date``
and ``time.com-hour``, local time with no offset; ANS ``display_date`` holds the instant);
the modified date in the JSON-LD (and ANS ``last_updated_date``); the lead image as the
opening ``figure.mod-figure`` with caption and credit (ANS ``promo_items.basic``); the
text as ``p.com-paragraph`` and friends (ANS ``content_elements``); tags in the ``Temas``
list (ANS ``taxonomy.tags``).

What it leaves out: comments, which Arc sites load by script (the counter next to the
share buttons is empty in the saved page), and previous/next links, which Fusion story
pages do not print. What it cannot show: a publication time without an offset (ANS dates
are instants, so the time shown gets the offset that makes it ANS's instant) or in an
offset that is not a whole number of quarter hours (no time zone has one), a time with
seconds (the page shows the minute), and a crumb without a link (La Nación links every
crumb); :attr:`Renderer.can_show` refuses such articles. Fields an Article lacks are
left out of the ANS too (a real story always has ``display_date`` and
``last_updated_date``).
"""

from __future__ import annotations

import html
import json
from datetime import datetime, time, timedelta, timezone
from typing import Any

from newsparse.article import Article, Block, Day
from newsparse.testing import chrome
from newsparse.testing.markup import attr, crumbs_linked, home_of, iso, json_ld, seeded, slug, text
from newsparse.testing.render import Renderer
from newsparse.testing.words import Pick, Tongue, date_label, headline, sentence, tongue_of

__all__ = ["RENDERER", "write_arc"]

_ID_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def can_show(article: Article) -> bool:
    """The page shows a local time to the minute, which ANS's instant gives its offset (a
    whole number of quarter hours, as every time zone's); every crumb of the trail is a link."""
    published = article.published
    if isinstance(published, datetime):
        offset = published.utcoffset()
        if offset is None or offset % timedelta(minutes=15) or published.second:
            return False
    return crumbs_linked(article)


def _arc_id(pick: Pick) -> str:
    return "".join(pick.one(_ID_LETTERS) for _ in range(26))


def _ans_date(day: Day | None, pick: Pick) -> str | None:
    """A date as ANS stores it: the UTC instant with milliseconds (a plain date at its noon)."""
    if day is None:
        return None
    if not isinstance(day, datetime):
        day = datetime.combine(day, time(12, 0), tzinfo=timezone.utc)
    moment = day.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + f".{pick.number(0, 999):03d}Z"


def _inline(pick: Pick, shown: str) -> str:
    """An ANS text fragment: one word set in bold, as editors do (``<b>Cámara</b>``)."""
    words = shown.split(" ")
    if len(words) < 3 or not pick.chance(60):
        return shown
    i = pick.number(0, len(words) - 1)
    words[i] = f"<b>{words[i]}</b>"
    return " ".join(words)


# --------------------------------------------------------------------------- the story: ANS and markup


def _elements(pick: Pick, tongue: Tongue, article: Article, home: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The story's ``content_elements`` and their rendering, with the noise Arc stories carry."""
    ans: list[dict[str, Any]] = []
    shown: list[str] = []
    body = list(article.body)
    noise_at = {pick.number(1, max(1, len(body) - 1)): kind for kind in ("interstitial", "image", "tweet", "pull")}
    i = 0
    while i < len(body):
        if i in noise_at:
            element, markup = _noise(noise_at[i], pick, tongue, body, home)
            ans.append(element)
            shown.append(markup)
        block = body[i]
        if block.kind == "list_item":
            items = []
            while i < len(body) and body[i].kind == "list_item":
                items.append(_inline(pick, text(body[i].text, tongue)))
                i += 1
            ans.append(
                {
                    "_id": _arc_id(pick),
                    "type": "list",
                    "list_type": "unordered",
                    "items": [{"_id": _arc_id(pick), "type": "text", "content": item} for item in items],
                }
            )
            shown.append(f'<ul class="com-unordered-list">{"".join(f"<li>{item}</li>" for item in items)}</ul>')
            continue
        element, markup = _element(pick, tongue, block)
        ans.append(element)
        shown.append(markup)
        shown.append(_ad_slot(pick))
        i += 1
    return ans, shown


def _element(pick: Pick, tongue: Tongue, block: Block) -> tuple[dict[str, Any], str]:
    content = text(block.text, tongue)
    if block.kind == "heading":
        element = {"type": "header", "level": 2, "content": content}
        return {"_id": _arc_id(pick), **element}, f'<h2 class="com-title --xs">{content}</h2>'
    if block.kind == "quote":
        inner = {"_id": _arc_id(pick), "type": "text", "content": content}
        element = {"type": "quote", "subtype": "blockquote", "content_elements": [inner]}
        return {"_id": _arc_id(pick), **element}, f'<blockquote class="com-quote"><p>{content}</p></blockquote>'
    if block.kind == "preformatted":
        return {"_id": _arc_id(pick), "type": "code", "content": content}, f'<pre class="com-code">{content}</pre>'
    fragment = _inline(pick, content)
    paragraph = {"_id": _arc_id(pick), "additional_properties": {}, "type": "text", "content": fragment}
    return paragraph, f'<p class="com-paragraph   --s">{fragment}</p>'


def _noise(kind: str, pick: Pick, tongue: Tongue, body: list[Block], home: str) -> tuple[dict[str, Any], str]:
    """A content element that is not the story's text, and how the page shows it."""
    if kind == "interstitial":
        title, url = chrome.stories(pick, tongue, home, 1)[0]
        element: dict[str, Any] = {"_id": _arc_id(pick), "type": "interstitial_link", "content": title, "url": url}
        button = (
            f'<div class="com-container --button "><a href="{attr(url)}" target="_blank" title="{attr(title)}" '
            'class="com-link"><button type="button" class="com-button --secondary --icon arrow-right --right">'
            f'<span class="com-text --fivexs">{text(title.upper(), tongue)}</span></button></a></div>'
        )
        return element, button
    if kind == "image":
        image_id = _arc_id(pick)
        caption = pick.one(tongue.captions)
        src = f"{home}resizer/v2/{image_id}.jpg?auth=4f0c&width=310"
        element = {"_id": image_id, "type": "image", "caption": caption, "url": src, "credits": {"affiliation": []}}
        figure = (
            f'<div class="content-media"><section role="button" class="mod-media   "><figure class="mod-figure --horizontal">'
            f'<div class="placeholder "><img src="{attr(src)}" alt="{attr(caption)}" class="com-image " loading="lazy"/>'
            f'</div><figcaption class="mod-figcaption"><span class="com-text --caption --twoxs">{text(caption, tongue)}'
            "</span></figcaption></figure></section></div>"
        )
        return element, figure
    if kind == "tweet":
        quote = text(pick.one(tongue.quotes), tongue)
        person = text(pick.one(tongue.people), tongue)
        tweet = f'<blockquote class="twitter-tweet"><p lang="es" dir="ltr">{quote}</p>&mdash; {person}</blockquote>'
        element = {
            "_id": _arc_id(pick),
            "type": "oembed_response",
            "subtype": "twitter",
            "raw_oembed": {"html": tweet, "type": "twitter"},
        }
        return (
            element,
            f'<div class="com-embed --twitter">{tweet}\n<script async src="https://platform.twitter.com/widgets.js"></script></div>',
        )
    # A pull quote: a sentence of the text again, set large.
    quoted = next((b.text for b in body if b.kind == "paragraph"), sentence(pick, tongue))
    inner = {"_id": _arc_id(pick), "type": "text", "content": text(quoted, tongue)}
    element = {"_id": _arc_id(pick), "type": "quote", "subtype": "pullquote", "content_elements": [inner]}
    return element, f'<aside class="com-pullquote"><p>{text(quoted, tongue)}</p></aside>'


def _ad_slot(pick: Pick) -> str:
    slot = f"caja{pick.number(1, 9)}_dsk"
    return (
        f'<div class="mod-banner --{slot}  "><div id="{slot}" class="com-banner" data-slot-group="nota" '
        f'data-device="desktop" data-ad-unit-path="/133919216/desktop/Nota/{slot}" data-size="[[300,250]]"></div></div>'
    )


def _credit(article: Article, tongue: Tongue, home: str, pick: Pick) -> tuple[dict[str, Any], dict[str, Any], str]:
    """ANS ``credits`` and ``distributor``, and the credit the page prints under the date."""
    desk = {"category": "staff", "name": article.site_name or "Redacción", "reference_id": _arc_id(pick).lower()}
    byline = article.byline
    if byline is None:
        return {"by": []}, desk, ""  # the desk is in the ANS but the page credits no one
    if len(byline.authors) == 1 and byline.text == byline.authors[0] and pick.chance(40):
        # A desk or agency story: no author, the distributor printed as the credit.
        desk = {"category": "agency", "name": byline.text, "reference_id": _arc_id(pick).lower()}
        return {"by": []}, desk, f'<span class="com-partner  --xs">{text(byline.text, tongue)}</span>'
    credits = {
        "by": [
            {"type": "author", "name": name, "url": f"/autor/{slug(name, 'redaccion')}/", "_id": slug(name, "a")}
            for name in byline.authors
        ]
    }
    shown = text(byline.text, tongue)
    for name in byline.authors:
        link = f'<a class="com-link" href="{attr(home)}autor/{slug(name, "redaccion")}/">{text(name, tongue)}</a>'
        shown = shown.replace(text(name, tongue), link, 1)
    return (
        credits,
        desk,
        f'<section class="mod-autor"><p class="com-text --xs">{text(tongue.by, tongue)} {shown}</p></section>',
    )


def _date(article: Article, tongue: Tongue) -> str:
    published = article.published
    if published is None:
        return ""
    day = published.date() if isinstance(published, datetime) else published
    label = text(date_label(tongue, day), tongue)
    # La Nación's dateTime attribute repeats the text: it is no timestamp.
    shown = f'<time class="com-date --twoxs" dateTime="{attr(date_label(tongue, day))}">{label}</time>'
    if isinstance(published, datetime):
        shown += f'<time class="com-hour --twoxs">{published.hour:02d}:{published.minute:02d}</time>'
    return f'<span class="mod-date">{shown}</span>'


def _opening(article: Article, tongue: Tongue, image_id: str) -> str:
    image = article.lead_image
    if image is None:
        return ""
    parts = []
    if image.caption:
        parts.append(f'<span class="com-text --caption --twoxs">{text(image.caption, tongue)}</span>')
    if image.credit:
        parts.append(f'<span class="com-text --credit --twoxs">{text(image.credit, tongue)}</span>')
    caption = f'<figcaption class="mod-figcaption">{"".join(parts)}</figcaption>' if parts else ""
    return (
        f'<section class="mod-opening"><div class="content-media"><section id="{image_id}" role="button" '
        f'class="mod-media   "><figure role="button" class="mod-figure --horizontal"><div class="placeholder ">'
        f'<img src="{attr(image.url)}" alt="{attr(image.caption or "")}" width="768" height="513" class="com-image " '
        f'loading="eager" importance="high" decoding="async"/></div>{caption}</figure></section></div></section>'
    )


def _breadcrumb(article: Article, tongue: Tongue) -> str:
    if not article.breadcrumb:
        return ""
    links = "".join(
        f'<a class="com-link --fourxs" href="{attr(crumb.url or "")}" title="{attr(crumb.label)}">'
        f'<i class="--bullet --fourxs">&gt;</i>{text(crumb.label, tongue)}</a>'
        for crumb in article.breadcrumb
    )
    items = [
        {"@type": "ListItem", "position": i + 1, "name": crumb.label, "item": crumb.url}
        for i, crumb in enumerate(article.breadcrumb)
    ]
    script = json_ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})
    return f'<nav class="com-breadcrumb ">{links}</nav>{script}'


def _tags(article: Article, tongue: Tongue, home: str) -> str:
    if not article.tags:
        return ""
    links = "".join(
        f'<li><a class="com-link" href="{attr(home)}tema/{slug(tag, "t")}-tid{1000 + i}/" title="{attr(tag)}">'
        f"{text(tag, tongue)}</a></li>"
        for i, tag in enumerate(article.tags)
    )
    return (
        f'<section class="mod-tags"><h3 class="com-title --xxs">Temas</h3><ul class="mod-list">{links}</ul></section>'
    )


def _ans(
    article: Article, pick: Pick, tongue: Tongue, home: str, *, elements: list[dict[str, Any]], image_id: str
) -> dict[str, Any]:
    """The story as Arc's content API gives it."""
    path = "/" + article.url.split("/", 3)[-1] if article.url else "/"
    credits, distributor, _ = _credit(article, tongue, home, seeded(article, "arc-credit"))
    labels: dict[str, Any] = {
        "edicion": {"display": True, "text": "Digital"},
        "trust": {"text": "Noticia"},
        # A volanta the template does not render (as on lanacion.com.ar).
        "volanta": {"display": True, "text": f"\u201c{pick.one(tongue.kickers).capitalize()}\u201d."},
    }
    if article.kicker:
        labels["basic"] = {"display": True, "text": article.kicker}
    ans: dict[str, Any] = {
        "_id": _arc_id(pick),
        "type": "story",
        "version": "0.10.9",
        "canonical_url": path,
        "website_url": path,
        "headlines": {"basic": article.headline or "", "meta_title": "", "mobile": article.headline or ""},
        "subheadlines": {"basic": article.subheadline or ""},
        "description": {"basic": article.subheadline or ""},
        "label": labels,
        "credits": credits,
        "distributor": distributor,
        "comments": {"allow_comments": True, "display_comments": True},
        "language": article.language or "",
        "content_elements": elements,
        "related_content": {
            "basic": [
                {"_id": _arc_id(pick), "type": "story", "headlines": {"basic": title}, "canonical_url": url}
                for title, url in chrome.stories(pick, tongue, home, 2)
            ]
        },
    }
    published = _ans_date(article.published, pick)
    if published:
        ans["display_date"] = ans["first_publish_date"] = published
        republished = (datetime.fromisoformat(published.replace("Z", "+00:00")) + timedelta(minutes=28)).isoformat()
        ans["publish_date"] = republished.replace("+00:00", "Z")
    modified = _ans_date(article.modified, pick)
    if modified:
        ans["last_updated_date"] = modified
    taxonomy: dict[str, Any] = {"tags": [{"text": tag, "slug": slug(tag, "t")} for tag in article.tags]}
    if article.section:
        section = {"_id": f"/{slug(article.section, 'seccion')}", "name": article.section, "type": "section"}
        taxonomy["primary_section"] = section
        taxonomy["sections"] = [section]
    ans["taxonomy"] = taxonomy
    image = article.lead_image
    if image is not None:
        promo: dict[str, Any] = {"_id": image_id, "type": "image", "url": image.url, "width": 768, "height": 513}
        if image.caption:
            promo["caption"] = html.escape(image.caption, quote=False)
        promo["credits"] = {"affiliation": [], "by": [{"type": "author", "name": image.credit}] if image.credit else []}
        ans["promo_items"] = {"basic": promo}
    return ans


def _fusion_script(ans: dict[str, Any], pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    """``script#fusion-metadata``: the site's Fusion globals, the story among them."""
    encoded = json.dumps(ans, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    tree = {"type": "article-type", "children": [{"type": "section", "props": {"id": 0}}]}
    cache = {
        "navigationTreeSource": {
            '{"website":"site"}': {
                "data": {
                    "_id": "/",
                    "children": [{"_id": f"/{slug(s)}", "name": s} for s in tongue.sections],
                    "site": {"site_title": site or ""},
                }
            }
        }
    }
    config = {"source": "articleSource", "query": {"uri": ans["canonical_url"], "arc-site": "site"}}
    return (
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
        f'Fusion.arcSite="site";Fusion.contextPath="/pf";Fusion.deployment="{pick.number(100, 999)}";'
        f"Fusion.globalContent={encoded};"
        f"Fusion.globalContentConfig={json.dumps(config, separators=(',', ':'))};"
        f"Fusion.lastModified={pick.number(10**12, 2 * 10**12)};"
        f"Fusion.contentCache={json.dumps(cache, ensure_ascii=False, separators=(',', ':'))};"
        'Fusion.layout="nota";Fusion.metas={"title":{"value":"nota"}};Fusion.outputType="default";'
        f'Fusion.template="template/article";Fusion.tree={json.dumps(tree, separators=(",", ":"))};'
        "Fusion.spa=false;Fusion.spaEnabled=false;</script>"
    )


# --------------------------------------------------------------------------- the page


def _head(article: Article, tongue: Tongue, ans: dict[str, Any], home: str) -> str:
    site = article.site_name
    title = article.headline or ""
    metas: list[tuple[str, str, str | None]] = [
        ("name", "parsely-section", article.section),
        ("property", "og:type", "article"),
        ("property", "og:title", title or None),
        ("property", "og:description", article.subheadline),
        ("property", "og:image", article.lead_image.url if article.lead_image else None),
        ("property", "og:url", article.canonical_url),
        # Arc's publish_date: the last republication, not the time the page shows.
        ("property", "article:published_time", ans.get("publish_date")),
        ("property", "og:site_name", site),
        ("name", "title", " - ".join(t for t in (title, site) if t) or None),
        ("name", "description", article.subheadline),
        ("name", "robots", "max-image-preview:large"),
    ]
    lines = [f'<meta {kind}="{name}" content="{attr(value)}"/>' for kind, name, value in metas if value]
    if article.canonical_url:
        lines.insert(6, f'<link rel="canonical" href="{attr(article.canonical_url)}"/>')
    news: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
    optional: dict[str, Any] = {
        "datePublished": ans.get("display_date"),
        "dateModified": iso(article.modified),
        "articleSection": article.section,
        "author": [{"@type": "Person", "name": n} for n in article.byline.authors] if article.byline else None,
        "publisher": {"@type": "Organization", "name": site} if site else None,
        "image": [article.lead_image.url] if article.lead_image else None,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.canonical_url} if article.canonical_url else None,
    }
    news.update({key: value for key, value in optional.items() if value})
    preload = f'<link rel="preload" as="image" href="{attr(article.lead_image.url)}"/>' if article.lead_image else ""
    shown_title = " - ".join(t for t in (title, site) if t)
    return "\n".join(
        [
            "<head>",
            '<meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1.0"/>',
            f"<title>{text(shown_title, tongue)}</title>",
            preload,
            '<link rel="preload" as="font" type="font/woff2" href="/pf/resources/fonts/suecaslab-bold-webfont.woff2?d=851" crossorigin=""/>',
            "<style>.row{display:flex;flex-wrap:wrap;width:100%}.com-title{font-family:SuecaSlab,serif}"
            ".mod-banner.--close{display:none}</style>",
            chrome.head_scripts(home),
            *lines,
            json_ld(news),
            '<link rel="stylesheet" href="/pf/resources/dist/la-nacion-ar/css/nota.css?d=851"/>',
            "</head>",
        ]
    )


def _header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    return (
        '<div id="fusion-static-enter:f0fLs5FNwCEk1dC" style="display:none" data-fusion-component="f0fLs5FNwCEk1dC"></div>'
        f"{_ad_slot(pick)}"
        '<div id="fusion-static-exit:f0fLs5FNwCEk1dC" style="display:none" data-fusion-component="f0fLs5FNwCEk1dC"></div>'
        '<div id="wrapper" class="nota noticia  "><a href="#content" class="reader-only">Ir al contenido</a>'
        '<header id="header" class="header"><div class="lay"><div class="row">'
        '<div class="col-4 header__left"><div class="com-hamburger"><button type="button" title="Secciones" '
        'class="com-button --tertiary --icon menu "><span class="com-text">Secciones</span></button></div></div>'
        f'<div class="col-7 col-desksm-4 header__middle"><a href="{attr(home)}" class="logoLN" '
        f'title="{attr(site or "")}" target="_top"><img src="/pf/resources/images/logo.svg?d=851" '
        f'alt="{attr(site or "")}" width="50" height="50"/></a></div>'
        '<div class="col-4 header__right"><div id="user-menu" class="com-usuario  hlp-none">'
        '<button class="com-button --secondary" id="btningresar" type="button">INGRESAR</button></div></div>'
        "</div></div></header>"
        '<div class="wrap-dropdown" role="button" tabindex="0"><div class="com-dropdown"><section class="menu__dropdown">'
        f'<nav class="nav__dropdown">{chrome.menu(pick, tongue, home)}</nav></section></div></div>'
    )


def _share(tongue: Tongue) -> str:
    """The share buttons, with the comment counter Arc sites fill by script (empty here)."""
    return (
        '<div id="v-share" class="mod-share  "><div class="container --left">'
        f'<button id="btnfacebook" type="button" title="{attr(tongue.share)} Facebook" class="com-button --icon"></button>'
        f'<button id="btntwitter" type="button" title="{attr(tongue.share)} Twitter" class="com-button --icon"></button>'
        '</div><div class="container --right"><button id="btncomments" type="button" '
        'class="com-button comment-btn --icon"></button><label class="counterComments --fourxs"></label></div></div>'
    )


def write_arc(article: Article) -> str:
    """A Fusion story page (La Nación's ``nota`` template)."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "arc-xp")
    home = home_of(article)
    site = article.site_name
    image_id = _arc_id(pick)
    elements, shown = _elements(pick, tongue, article, home)
    ans = _ans(article, pick, tongue, home, elements=elements, image_id=image_id)
    _, _, credit = _credit(article, tongue, home, seeded(article, "arc-credit"))
    lead = f'<em class="com-lead">{text(article.kicker, tongue)}</em> ' if article.kicker else ""
    h1 = f'<h1 class="com-title --threexl">{lead}{text(article.headline, tongue)}</h1>' if article.headline else ""
    deck = (
        f'<h2 class="com-subhead --bajada --m-xs">{text(article.subheadline, tongue)}</h2>'
        if article.subheadline
        else ""
    )
    closing = credit if "com-partner" in credit else ""  # a desk credit is printed again after the text
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    return f"""<!DOCTYPE html><html{lang}{direction}>{_head(article, tongue, ans, home)}
<body class="ln"><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="fusion-app">{_header(pick, tongue, home, site)}
<main id="content">{_ad_slot(pick)}
<div class="lay --apertura"><div class="row"><div class="col-12">
<div id="fusion-static-enter:0f89Mvb5VzQq81KZ" style="display:none" data-fusion-component="0f89Mvb5VzQq81KZ" data-persistent-entry="true"></div>
{_breadcrumb(article, tongue)}
{h1}
</div></div></div>
<div class="lay-sidebar"><div class="sidebar__main"><div class="row"><div class="col-12 ">
{deck}{_date(article, tongue)}{credit}
{_opening(article, tongue, image_id)}
</div></div>
<section class="cuerpo__nota"><div class="row"><div class="col-12 col-desksm-1">{_share(tongue)}</div>
<div class="col-deskxl-10 offset-deskxl-1 col-desksm-11"><div class="row"><div class="col-12"><div data-fusion-lazy-id="0fL84Ti5VzQq81ar">
{chr(10).join(shown)}
</div>{closing}
{_tags(article, tongue, home)}
</div></div></div></div></section>
{chrome.related_list(pick, tongue, home)}
</div>
<div class="sidebar__aside hlp-tabletlm-none">{_ad_slot(pick)}{chrome.sidebar(pick, tongue, home, site)}</div></div>
</main>
<footer id="footer" class="footer-site --threexs">{chrome.site_footer(pick, tongue, home, site, 2025)}</footer></div>
<div class="hlp-none">Cargando banners ...</div>
<div id="notificacion-modal" class="modal --notification"><p class="com-text --sueca --threexs">{text(headline(pick, tongue), tongue)}</p></div>
</div>
{_fusion_script(ans, pick, tongue, home, site)}
{chrome.tail_scripts(home)}
</body></html>"""


RENDERER = Renderer(
    theme="arc-xp",
    adapter="arc-xp",
    fields=(
        "url",
        "canonical_url",
        "language",
        "site_name",
        "breadcrumb",
        "kicker",
        "headline",
        "subheadline",
        "body",
        "byline",
        "published",
        "modified",
        "section",
        "tags",
        "lead_image",
    ),
    write=write_arc,
    description="Arc XP (Fusion) story page with its ANS in Fusion.globalContent, as La Nación prints it",
    can_show=can_show,
)
