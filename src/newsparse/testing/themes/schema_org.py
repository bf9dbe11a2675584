"""The ``schema.org`` theme: a page that carries its article in JSON-LD and plain HTML.

This is the page of a site no theme adapter knows: a ``NewsArticle`` (with its
``BreadcrumbList`` and publisher) in JSON-LD, OpenGraph tags, and semantic markup
(``h1``, ``time datetime``, ``rel=prev/next``, ``rel=tag``, ``figure``/``figcaption``,
a ``nav`` breadcrumb) around the usual noise. The generic adapter reads it.

How it shows the fields that have no standard markup: the kicker is set before the
headline in the ``h1`` (``KICKER : Headline``, the French newsroom way, which
FIELDS.md splits); the deck is a ``p.standfirst``; the comment count is the
``a.comments-link`` counter in the article's meta line.
"""

from __future__ import annotations

from typing import Any

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.testing import chrome
from newsparse.testing.markup import attr, blocks, caption, home_of, iso, json_ld, seeded, slug, text
from newsparse.testing.render import Renderer
from newsparse.testing.words import Pick, Tongue, comments_label, date_label, tongue_of

__all__ = ["RENDERER", "write"]


def write(article: Article) -> str:
    """The page for ``article``."""
    tongue = tongue_of(article.language)
    pick = seeded(article, "schema.org")
    home = home_of(article)
    title = f"{article.kicker} : {article.headline}" if article.kicker and article.headline else article.headline
    year = article.published.year if article.published else 2025
    lang = f' lang="{attr(article.language)}"' if article.language else ""
    direction = ' dir="rtl"' if tongue.rtl else ""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f"<html{lang}{direction}>",
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{text(' – '.join(t for t in (title, article.site_name) if t), tongue)}</title>",
            *_meta_tags(article, title),
            chrome.STYLESHEET,
            chrome.head_scripts(home),
            json_ld(_structured_data(article, title, home)),
            "</head>",
            '<body class="article-page">',
            f'<a class="skip-link screen-reader-text" href="#main">{text(tongue.search, tongue)}</a>',
            _site_header(pick, tongue, home, article.site_name),
            chrome.ticker(pick, tongue, home),
            '<div id="content" class="site-content">',
            '<main id="main" class="site-main">',
            _breadcrumb(article, title),
            _article(pick, tongue, article, title, home),
            _neighbours(article, tongue),
            chrome.related_list(pick, tongue, home),
            _comments(pick, tongue, article),
            "</main>",
            chrome.sidebar(pick, tongue, home, article.site_name),
            "</div>",
            chrome.site_footer(pick, tongue, home, article.site_name, year),
            chrome.cookie_banner(tongue),
            chrome.tail_scripts(home),
            "</body>",
            "</html>",
        ]
    )


# --------------------------------------------------------------------------- head


def _meta_tags(article: Article, title: str | None) -> list[str]:
    tags: list[tuple[str, str | None]] = [
        ("og:type", "article"),
        ("og:title", f"{title} - {article.site_name}" if title and article.site_name else title),
        ("og:site_name", article.site_name),
        ("og:url", article.canonical_url),
        ("og:locale", article.language.replace("-", "_") if article.language else None),
        ("og:image", article.lead_image.url if article.lead_image else None),
        ("article:published_time", iso(article.published)),
        ("article:modified_time", iso(article.modified)),
        ("article:section", article.section),
        *(("article:tag", tag) for tag in article.tags),
    ]
    out = [f'<meta property="{name}" content="{attr(value)}">' for name, value in tags if value]
    if article.canonical_url:
        out.insert(0, f'<link rel="canonical" href="{attr(article.canonical_url)}">')
    if article.subheadline:
        out.append(f'<meta name="description" content="{attr(article.subheadline)}">')
    return out


def _structured_data(article: Article, title: str | None, home: str) -> dict[str, Any]:
    news: dict[str, Any] = {"@type": "NewsArticle", "mainEntityOfPage": {"@id": article.canonical_url or article.url}}
    if title:
        news["headline"] = title.replace("’", "&#8217;")  # as Yoast prints it: entities in JSON
    optional = {
        "alternativeHeadline": article.subheadline,
        "inLanguage": article.language,
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "articleSection": article.section,
        "keywords": ", ".join(article.tags) or None,
        "commentCount": article.comment_count,
    }
    news.update({key: value for key, value in optional.items() if value is not None})
    if article.byline:
        news["author"] = [{"@type": "Person", "name": name} for name in article.byline.authors]
    if article.lead_image:
        news["image"] = {"@type": "ImageObject", "url": article.lead_image.url}
    graph: list[dict[str, Any]] = [news]
    if article.site_name:
        publisher = {"@type": "Organization", "@id": f"{home}#organization", "name": article.site_name}
        news["publisher"] = {"@id": publisher["@id"]}
        graph.append(publisher)
        graph.append({"@type": "WebSite", "url": home, "name": article.site_name})
    if article.breadcrumb:
        items = [*((c.label, c.url) for c in article.breadcrumb), (article.headline, article.url)]
        graph.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": i + 1, "name": label, **({"item": url} if url else {})}
                    for i, (label, url) in enumerate(items)
                ],
            }
        )
    return {"@context": "https://schema.org", "@graph": graph}


# --------------------------------------------------------------------------- page parts


def _site_header(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    logo = text(site or "", tongue)
    return (
        '<header id="masthead" class="site-header"><div class="site-branding">'
        f'<a href="{attr(home)}" rel="home"><img src="{attr(home)}logo.png" alt="{attr(site or "")}"></a>'
        f'<p class="site-title"><a href="{attr(home)}" rel="home">{logo}</a></p></div>'
        f'<nav class="main-navigation" aria-label="Menu">{chrome.menu(pick, tongue, home)}</nav>'
        f'<form class="search-form" role="search"><input type="search" placeholder="{attr(tongue.search)}"></form>'
        "</header>"
    )


def _breadcrumb(article: Article, title: str | None) -> str:
    if not article.breadcrumb:
        return ""
    tongue = tongue_of(article.language)
    items = []
    for crumb in article.breadcrumb:
        label = text(crumb.label, tongue)
        shown = f'<a href="{attr(crumb.url)}">{label}</a>' if crumb.url else f"<span>{label}</span>"
        items.append(f'<li>{shown}<span class="sep" aria-hidden="true"> › </span></li>')
    if article.headline:
        # Pages end the trail with the article's own title, cut short: not a crumb.
        words = article.headline.split(" ")
        short = " ".join(words[:5]) + "…" if len(words) > 5 else article.headline
        items.append(f'<li aria-current="page">{text(short, tongue)}</li>')
    return f'<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{"".join(items)}</ol></nav>'


def _article(pick: Pick, tongue: Tongue, article: Article, title: str | None, home: str) -> str:
    parts = ['<article class="post type-post status-publish">', '<header class="entry-header">']
    if article.section:
        parts.append(
            f'<a class="post-category" href="{attr(home)}category/{slug(article.section)}/" rel="category tag">'
            f"{text(article.section, tongue)}</a>"
        )
    if title:
        parts.append(f'<h1 class="article-title">\n  {text(title, tongue, entities=True)}\n</h1>')
    if article.subheadline:
        parts.append(f'<p class="standfirst">{text(article.subheadline, tongue)}</p>')
    parts.append(_meta_line(tongue, article))
    parts.append("</header>")
    parts.append(_lead_image(tongue, article))
    parts.append('<div class="article-body" itemprop="articleBody">')
    noise = (chrome.inline_advert(tongue), chrome.read_also(pick, tongue, home))
    parts.append(blocks(pick, tongue, article.body, noise))
    parts.append("</div>")
    parts.append('<footer class="entry-footer">')
    if article.tags:
        tags = "".join(
            f'<li><a href="{attr(home)}tag/{slug(tag, "t")}/" rel="tag">{text(tag, tongue)}</a></li>'
            for tag in article.tags
        )
        parts.append(f'<div class="entry-tags"><ul class="tags">{tags}</ul></div>')
    parts.append(chrome.share_bar(tongue, article.url))
    parts.append("</footer></article>")
    return "\n".join(p for p in parts if p)


def _meta_line(tongue: Tongue, article: Article) -> str:
    parts = []
    if article.byline:
        names = [
            f'<a href="/auteur/{slug(name, "redaction")}/">{text(name, tongue)}</a>' for name in article.byline.authors
        ]
        # The credit as displayed: the names, linked, joined as the byline text joins them.
        shown = text(article.byline.text, tongue)
        for name, link in zip(article.byline.authors, names, strict=True):
            shown = shown.replace(text(name, tongue), link, 1)
        parts.append(f'<span class="byline">{text(tongue.by, tongue)} {shown}</span>')
    if article.published:
        parts.append(
            f'<time class="entry-date published" datetime="{iso(article.published)}">'
            f"{text(date_label(tongue, article.published), tongue)}</time>"
        )
    if article.modified:
        parts.append(
            f'<span class="updated-on">{text(tongue.updated, tongue)} <time class="updated" '
            f'datetime="{iso(article.modified)}">{text(date_label(tongue, article.modified), tongue)}</time></span>'
        )
    if article.comment_count is not None:
        label = comments_label(tongue, article.comment_count)
        parts.append(f'<a class="comments-link" href="#comments">{text(label, tongue)}</a>')
    return f'<div class="entry-meta">{" · ".join(parts)}</div>' if parts else ""


def _lead_image(tongue: Tongue, article: Article) -> str:
    image = article.lead_image
    if image is None:
        return ""
    shown = caption(tongue, image)
    figcaption = f"<figcaption>{shown}</figcaption>" if shown else ""
    return (
        f'<figure class="lead-image"><img src="{attr(image.url)}" alt="{attr(image.caption or "")}" '
        f'width="1200" height="675">{figcaption}</figure>'
    )


def _neighbours(article: Article, tongue: Tongue) -> str:
    parts = []
    for link, rel, label, css in (
        (article.neighbors.previous, "prev", tongue.previous, "nav-previous"),
        (article.neighbors.next, "next", tongue.next, "nav-next"),
    ):
        if link is None:
            continue
        # A neighbour shown without its title is an arrow icon.
        shown = text(link.title, tongue) if link.title else '<svg viewBox="0 0 8 8"><path d="M0 4l4-4v8z"/></svg>'
        parts.append(
            f'<div class="{css}"><span class="nav-label">{text(label, tongue)}</span>'
            f'<a href="{attr(link.url)}" rel="{rel}">{shown}</a></div>'
        )
    return f'<nav class="post-navigation" aria-label="Articles">{"".join(parts)}</nav>' if parts else ""


def _comments(pick: Pick, tongue: Tongue, article: Article) -> str:
    if article.comment_count is None:
        return ""
    return chrome.comment_thread(pick, tongue, article.comment_count, comments_label(tongue, article.comment_count))


RENDERER = Renderer(
    theme="schema.org",
    adapter="generic",
    fields=CONTENT_FIELDS,
    write=write,
    description="JSON-LD NewsArticle and plain semantic HTML, read by the generic adapter",
)
