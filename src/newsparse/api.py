"""The two verbs of newsparse: :func:`parse` a page, :func:`detect` its adapter."""

from __future__ import annotations

import re

from newsparse.adapters.base import Adapter
from newsparse.article import Article
from newsparse.document import DEFAULT_MAX_BYTES, Document, Page
from newsparse.errors import AdapterError, InputError
from newsparse.extract import resolve_url
from newsparse.registry import Detection, Registry

__all__ = ["detect", "parse"]


def parse(
    page: Page,
    url: str | None = None,
    *,
    adapter: str | type[Adapter] | None = None,
    registry: Registry | None = None,
    strict: bool = False,
    charset: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse the HTML of an article page into an :class:`Article`.

    ``page`` is the page as bytes (decoded for you: BOM, ``charset``, ``<meta charset>``,
    UTF-8, then a guess), str, or a BeautifulSoup object. ``url`` is where it was
    fetched from; it resolves relative links and selects URL-ruled adapters. Nothing is
    ever fetched.

    ``adapter`` forces an adapter (its name or class); otherwise ``registry`` (the
    default one if None) chooses. With ``strict=True`` a field that fails raises
    :class:`~newsparse.FieldError`; otherwise it is left empty and recorded in
    ``article.problems``.

    >>> from newsparse import parse
    >>> a = parse(b"<html lang='en'><h1>Hello</h1><article><p>World.</p></article></html>")
    >>> a.headline, a.language, [b.text for b in a.body]
    ('Hello', 'en', ['World.'])
    """
    doc = Document.from_page(page, _checked_url(url), charset=charset, max_bytes=max_bytes)
    chosen = _adapter_for(doc, adapter, registry)
    return chosen(doc, url=doc.url, strict=strict).article()


def detect(
    page: Page | Document,
    url: str | None = None,
    *,
    registry: Registry | None = None,
    charset: str | None = None,
) -> Detection:
    """Say which adapter :func:`parse` would use for ``page``, and why.

    >>> from newsparse import detect
    >>> detect(b"<html><h1>Hi</h1></html>").adapter.name
    'generic'
    """
    doc = page if isinstance(page, Document) else Document.from_page(page, _checked_url(url), charset=charset)
    return (registry or Registry.default()).detect(doc, url)


def _adapter_for(doc: Document, adapter: str | type[Adapter] | None, registry: Registry | None) -> type[Adapter]:
    if adapter is None:
        return (registry or Registry.default()).choose(doc)
    if isinstance(adapter, str):
        return (registry or Registry.default()).get(adapter)
    if isinstance(adapter, type) and issubclass(adapter, Adapter):
        return adapter
    raise AdapterError(f"adapter must be an adapter name or an Adapter subclass, not {type(adapter).__name__}")


def _checked_url(url: str | None) -> str | None:
    if url is None:
        return None
    if isinstance(url, str) and _SURROGATE.search(url):
        url = _without_surrogates(url)
    # Cleaned as links on the page are (control characters dropped, spaces encoded), so
    # that a sloppy URL from a scraper is kept rather than refused by the Article model.
    cleaned = resolve_url(url, None) if isinstance(url, str) else None
    if cleaned is None:
        raise InputError(
            f"url must be the http(s) URL the page was fetched from, absolute (https://host/path), got {url!r:.200}"
        )
    return cleaned


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(url: str) -> str:
    """``url`` with each byte that was not UTF-8 percent-encoded.

    Python keeps such a byte as a lone surrogate, U+DC80 to U+DCFF (``surrogateescape``:
    a command-line argument, a file name); ``%XX`` is how a URL carries it. Any other lone
    surrogate stands for no character or byte at all and cannot be written out as UTF-8.
    """
    other = re.search("[\ud800-\udc7f\udd00-\udfff]", url)
    if other:
        raise InputError(
            f"url holds the lone surrogate U+{ord(other.group()):04X}, which is no character and no byte: "
            f"pass the URL as text decoded from its bytes (percent-encode what is not UTF-8), got {url!r:.200}"
        )
    return re.sub("[\udc80-\udcff]", lambda m: f"%{ord(m.group()) - 0xDC00:02X}", url)
