"""What the Yoast SEO plugin prints in a WordPress theme's head, shared by the theme renderers.

The ``og:*`` / ``article:*`` meta tags and the ``@graph`` JSON-LD (an ``Article`` with its
``WebPage``, the publisher ``Organization`` and a ``BreadcrumbList`` ending with the title),
with the title texturised as WordPress prints it.
"""

from __future__ import annotations

from typing import Any

from newsparse.article import Article
from newsparse.testing.markup import attr, iso

__all__ = ["yoast_graph", "yoast_meta"]


def yoast_meta(article: Article, title: str) -> list[str]:
    """Yoast SEO's canonical link and OpenGraph tags for ``article`` (``title`` as shown)."""
    tags: list[tuple[str, str | None]] = [
        ("og:locale", article.language.replace("-", "_") if article.language else None),
        ("og:type", "article"),
        ("og:title", title or None),
        ("og:url", article.canonical_url),
        ("og:site_name", article.site_name),
        ("article:published_time", iso(article.published)),
        ("article:modified_time", iso(article.modified)),
        ("og:image", article.lead_image.url if article.lead_image else None),
    ]
    out = [f'<meta property="{name}" content="{attr(value)}" />' for name, value in tags if value]
    if article.canonical_url:
        out.insert(0, f'<link rel="canonical" href="{attr(article.canonical_url)}" />')
    return out


def yoast_graph(article: Article, title: str | None, home: str) -> dict[str, Any]:
    """Yoast SEO's JSON-LD ``@graph``: the Article, its WebPage, the publisher and the trail."""
    page_id = article.canonical_url or article.url
    node: dict[str, Any] = {"@type": "Article", "@id": f"{page_id}#article", "isPartOf": {"@id": page_id}}
    if title:
        node["headline"] = title.replace("’", "&#8217;")  # Yoast prints WordPress's entities
    optional = {
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "inLanguage": article.language,
        "articleSection": [article.section] if article.section else None,
        "keywords": list(article.tags) or None,
        "commentCount": article.comment_count,
    }
    node.update({key: value for key, value in optional.items() if value is not None})
    if article.byline:
        node["author"] = {"name": article.byline.text, "@id": f"{home}#/schema/person/1"}
    graph: list[dict[str, Any]] = [node, {"@type": "WebPage", "@id": page_id, "url": page_id}]
    if article.site_name:
        graph.append({"@type": "Organization", "@id": f"{home}#organization", "name": article.site_name})
        node["publisher"] = {"@id": f"{home}#organization"}
    if article.breadcrumb:
        items = [*((c.label, c.url) for c in article.breadcrumb), (title, None)]
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
