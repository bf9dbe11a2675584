"""Small helpers the renderers share to write HTML: escaping, typography, JSON-LD, URLs.

>>> text("L’ONU : « Rien » ?", tongue_of("fr"))
'L’ONU\\xa0: «\\xa0Rien\\xa0»\\u202f?'
>>> text("L’ONU : « Rien » ?", tongue_of("fr"), entities=True)
'L&#8217;ONU&nbsp;: &#171;&nbsp;Rien&nbsp;&#187;&#8239;?'
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
import unicodedata
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from newsparse.article import Article, Block, Day, Image
from newsparse.testing.words import Pick, RandomPick, Tongue, tongue_of

__all__ = ["attr", "blocks", "caption", "home_of", "iso", "json_ld", "seeded", "slug", "text", "tongue_of"]

_NBSP, _NARROW = "\u00a0", "\u202f"
# French typography: a non-breaking space before : and » and after «, a narrow one
# before ; ! and ?.
_BEFORE = re.compile(r" ([:»])")
_BEFORE_NARROW = re.compile(r" ([;!?])")
_AFTER = re.compile(r"« ")
_ENTITIES = {"’": "&#8217;", "«": "&#171;", "»": "&#187;", "–": "&#8211;", "“": "&#8220;", "”": "&#8221;"}


def text(value: str, tongue: Tongue, *, entities: bool = False) -> str:
    """``value`` escaped for HTML and set the way the language's typographers set it.

    French gets its non-breaking spaces (which parsing turns back into plain spaces);
    ``entities=True`` writes them and the curly quotes as character references, as
    WordPress's texturizer does.
    """
    out = html.escape(value, quote=False)
    if tongue.code == "fr":
        out = _BEFORE_NARROW.sub(_NARROW + r"\1", _BEFORE.sub(_NBSP + r"\1", out))
        out = _AFTER.sub("«" + _NBSP, out)
    if entities:
        out = out.replace(_NBSP, "&nbsp;").replace(_NARROW, "&#8239;")
        for char, entity in _ENTITIES.items():
            out = out.replace(char, entity)
    return out


def attr(value: str) -> str:
    """``value`` escaped for a double-quoted attribute."""
    return html.escape(value, quote=True)


def json_ld(data: Any) -> str:
    """A ``<script type="application/ld+json">`` block (``</`` escaped so it cannot end early)."""
    body = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{body}\n</script>'


def seeded(article: Article, salt: str = "") -> RandomPick:
    """A :class:`RandomPick` seeded by the article, so a page is a pure function of it."""
    digest = hashlib.sha256((salt + article.to_json(meta=False)).encode("utf-8")).digest()
    return RandomPick(random.Random(int.from_bytes(digest[:8], "big")))


def home_of(article: Article) -> str:
    """The site's home URL (``https://host/``), from the article's URL or canonical URL.

    >>> from newsparse import Article
    >>> home_of(Article(url="https://www.example.dz/a/b/"))
    'https://www.example.dz/'
    """
    for url in (article.url, article.canonical_url):
        if url:
            parts = urlsplit(url)
            return f"{parts.scheme}://{parts.netloc}/"
    return "https://www.example.org/"


def title_with_kicker(article: Article) -> str | None:
    """The title as a theme without a kicker element prints it: ``KICKER : Headline``.

    >>> from newsparse import Article
    >>> title_with_kicker(Article(kicker="ALGÉRIE", headline="La saison commence"))
    'ALGÉRIE : La saison commence'
    """
    if article.kicker and article.headline:
        return f"{article.kicker} : {article.headline}"
    return article.headline


def crumbs_linked(article: Article) -> bool:
    """Whether every crumb of the trail has a URL: a theme that links every crumb (most
    do) cannot show one without, so its renderer's ``can_show`` asks this."""
    return all(crumb.url for crumb in article.breadcrumb)


def slug(value: str, fallback: str = "article") -> str:
    """An ASCII URL slug (apostrophes dropped, as WordPress does); ``fallback`` when none is left.

    >>> slug("Économie : l’État paie"), slug("الجزائر", "a-1")
    ('economie-letat-paie', 'a-1')
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:60].strip("-") or fallback


def iso(day: Day | None) -> str | None:
    """A date as ISO 8601 (what ``datetime`` attributes and JSON-LD carry), or None."""
    return day.isoformat() if day is not None else None


def caption(tongue: Tongue, image: Image) -> str:
    """An image's caption and credit as a page prints them (``Caption Photo : APS``), as HTML."""
    parts = []
    if image.caption:
        parts.append(text(image.caption, tongue))
    if image.credit:
        parts.append(f'<span class="credit">{text(tongue.photo, tongue)} {text(image.credit, tongue)}</span>')
    return " ".join(parts)


def blocks(pick: Pick, tongue: Tongue, body: Sequence[Block], noise: Sequence[str] = ()) -> str:
    """The article's text as HTML, with ``noise`` (ads, "read also" boxes) set between blocks.

    Paragraphs are ``p``, headings ``h2``, consecutive list items one ``ul``, quotes a
    ``blockquote`` holding a ``p``, preformatted text ``pre``; one word of a paragraph,
    item or quote is set in ``strong``, ``em`` or a link, as editors do.
    """
    out: list[str] = []
    slots = max(1, len(body) - 1)
    noise_at = {pick.number(1, slots): piece for piece in noise}
    in_list = False
    for i, block in enumerate(body):
        if i in noise_at and not in_list:
            out.append(noise_at[i])
        shown = text(block.text, tongue)
        if block.kind == "list_item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(pick, shown)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind == "paragraph":
            out.append(f"<p>{_inline(pick, shown)}</p>")
        elif block.kind == "heading":
            out.append(f"<h2>{shown}</h2>")
        elif block.kind == "quote":
            out.append(f"<blockquote><p>{_inline(pick, shown)}</p></blockquote>")
        else:
            out.append(f"<pre>{shown}</pre>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _inline(pick: Pick, shown: str) -> str:
    """Wrap one word of a block in ``strong``, ``em`` or a link."""
    words = shown.split(" ")
    i = pick.number(0, len(words) - 1)
    tag = pick.one(("strong", "em", "a"))
    opening = '<a href="/tag/x/">' if tag == "a" else f"<{tag}>"
    words[i] = f"{opening}{words[i]}</{tag}>"
    return " ".join(words)
