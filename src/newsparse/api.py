"""The two verbs of newsparse: :func:`parse` a page, :func:`detect` its adapter."""

from __future__ import annotations

from newsparse.adapters.base import Adapter
from newsparse.article import Article
from newsparse.document import DEFAULT_MAX_BYTES, Document, Page, checked_url
from newsparse.errors import AdapterError
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
    _check_registry(registry)
    doc = Document.from_page(page, url, charset=charset, max_bytes=max_bytes)
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

    ``page`` is what :func:`parse` takes, or a :class:`Document` already built from it.
    ``url`` is checked and cleaned as :func:`parse` does, whichever ``page`` is given: a
    URL that is not an absolute http(s) one raises :class:`~newsparse.InputError`.

    >>> from newsparse import detect
    >>> detect(b"<html><h1>Hi</h1></html>").adapter.name
    'generic'
    """
    _check_registry(registry)
    url = checked_url(url)
    doc = page if isinstance(page, Document) else Document.from_page(page, url, charset=charset)
    return (registry or Registry.default()).detect(doc, url)


def _adapter_for(doc: Document, adapter: str | type[Adapter] | None, registry: Registry | None) -> type[Adapter]:
    if adapter is None:
        return (registry or Registry.default()).choose(doc)
    if isinstance(adapter, str):
        return (registry or Registry.default()).get(adapter)
    if isinstance(adapter, type) and issubclass(adapter, Adapter):
        return adapter
    raise AdapterError(f"adapter must be an adapter name or an Adapter subclass, not {type(adapter).__name__}")


def _check_registry(registry: object) -> None:
    if registry is not None and not isinstance(registry, Registry):
        raise AdapterError(
            f"registry must be a newsparse.Registry (Registry.default() or Registry([...adapters])) or None "
            f"for the default one, not {type(registry).__name__}"
        )
