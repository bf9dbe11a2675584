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
from typing import Any
from urllib.parse import urlsplit

from newsparse.article import Article
from newsparse.testing.words import RandomPick, Tongue, tongue_of

__all__ = ["attr", "home_of", "json_ld", "seeded", "slug", "text", "tongue_of"]

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


def slug(value: str, fallback: str = "article") -> str:
    """An ASCII URL slug (apostrophes dropped, as WordPress does); ``fallback`` when none is left.

    >>> slug("Économie : l’État paie"), slug("الجزائر", "a-1")
    ('economie-letat-paie', 'a-1')
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:60].strip("-") or fallback
