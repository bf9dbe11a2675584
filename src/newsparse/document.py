"""The parsed page: decoded once, parsed once, its structured data read once.

A :class:`Document` is what every adapter reads. It holds one lxml tree and caches
the page's JSON-LD, meta tags (OpenGraph, ``article:*``, names) and microdata the
first time an adapter asks for them.

>>> doc = Document.from_page(b'<html lang="fr"><h1>Bonjour</h1></html>', url="https://example.org/a")
>>> doc.language_attr, doc.first_text("h1")
('fr', 'Bonjour')
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Union, cast

from cssselect import HTMLTranslator
from lxml import etree, html

from newsparse.article import Problem
from newsparse.errors import InputError
from newsparse.extract import clean_text, resolve_url, text_of

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

__all__ = ["DEFAULT_MAX_BYTES", "CompiledCss", "Document", "Page", "compile_css"]

Page = Union[bytes, bytearray, memoryview, str, "BeautifulSoup"]

#: The largest page accepted by default (bytes, or characters for ``str``): 20 MiB.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

JsonObject = dict[str, Any]


class CompiledCss:
    """A CSS selector compiled to an lxml XPath; call it on an element to select."""

    __slots__ = ("_xpath", "selector")

    def __init__(self, selector: str) -> None:
        self.selector = selector
        self._xpath = etree.XPath(_TRANSLATOR.css_to_xpath(selector))

    def __repr__(self) -> str:
        return f"CompiledCss({self.selector!r})"

    def __call__(self, root: etree._Element) -> list[etree._Element]:
        return self._xpath(root)  # type: ignore[return-value]


_TRANSLATOR = HTMLTranslator()


@lru_cache(maxsize=4096)
def compile_css(selector: str) -> CompiledCss:
    """Compile a CSS selector once; later calls with the same selector reuse it."""
    return CompiledCss(selector)


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""",
    re.IGNORECASE,
)
_NOT_HTML = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data: decompress it first (gzip.decompress)"),
    (b"BZh", "bzip2-compressed data: decompress it first"),
    (b"\xfd7zXZ", "xz-compressed data: decompress it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"WARC/", "a WARC archive: read it with newsparse's batch readers"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def sniff_not_html(data: bytes) -> str | None:
    """Describe ``data`` when it is plainly not an HTML page, else return None."""
    head = data[:1024]
    for magic, what in _NOT_HTML:
        if head.startswith(magic):
            return what
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypavif", b"ftypheic"):
        return "an MP4 video or HEIF/AVIF image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") and not stripped.startswith(b"[if"):
        return "JSON, not HTML"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls * 20 > len(head):  # over 5% control bytes: no text format looks like this
        return f"binary data ({controls * 100 // len(head)}% control bytes)"
    return None


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; return the text and the encoding used.

    The order: a byte-order mark, then the ``charset`` the caller passes (an HTTP
    header), then ``<meta charset>`` / ``http-equiv``, then strict UTF-8, then
    BeautifulSoup's ``UnicodeDammit`` guess.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    candidates = [charset] if charset else []
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for name in candidates:
        known = _known_encoding(name)
        if known is None:
            continue
        encoding = known
        if encoding in ("utf-16", "utf-32"):  # a meta tag cannot honestly say this in ASCII bytes
            encoding = "utf-8"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit  # only pages that need a guess pay for the import

    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return dammit.unicode_markup, dammit.original_encoding
    return data.decode("windows-1252", errors="replace"), "windows-1252"


def _known_encoding(name: str) -> str | None:
    name = name.strip().lower()
    # WHATWG: pages that say latin-1 or ascii are decoded as windows-1252.
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"):
        return "windows-1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# --------------------------------------------------------------------------- the document


class Document:
    """One parsed page. Build it with :meth:`from_page`; adapters only read it."""

    __slots__ = ("__dict__", "encoding", "problems", "root", "url")

    def __init__(self, root: html.HtmlElement, *, url: str | None = None, encoding: str = "utf-8") -> None:
        self.root = root
        self.url = url
        self.encoding = encoding
        #: Problems met while reading the page's structured data.
        self.problems: list[Problem] = []

    def __repr__(self) -> str:
        return f"<Document url={self.url!r} encoding={self.encoding!r}>"

    @classmethod
    def from_page(
        cls,
        page: Page,
        url: str | None = None,
        *,
        charset: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Document:
        """Decode and parse ``page`` (bytes, str or a BeautifulSoup object).

        Raises :class:`InputError` when the page is empty, too large, not HTML, or of
        a type newsparse cannot read.
        """
        if isinstance(page, (bytearray, memoryview)):
            page = bytes(page)
        if isinstance(page, bytes):
            if not page.strip():
                raise InputError("received empty bytes: pass the HTML of an article page")
            if len(page) > max_bytes:
                raise InputError(
                    f"received {len(page):,} bytes, more than the limit of {max_bytes:,}: "
                    "pass max_bytes= to parse larger pages"
                )
            what = sniff_not_html(page)
            if what:
                raise InputError(f"received {what} ({len(page):,} bytes), not an HTML page")
            text, encoding = decode(page, charset)
        elif isinstance(page, str):
            if not page.strip():
                raise InputError("received an empty string: pass the HTML of an article page")
            if len(page) > max_bytes:
                raise InputError(
                    f"received {len(page):,} characters, more than the limit of {max_bytes:,}: "
                    "pass max_bytes= to parse larger pages"
                )
            text, encoding = page, "str"
        elif _is_soup(page):
            text, encoding = str(page), "beautifulsoup"
        else:
            raise InputError(f"received a {type(page).__name__}: pass the page as bytes, str or a BeautifulSoup object")
        if "<" not in text[:65536]:
            raise InputError(f"received plain text ({len(text):,} characters) with no HTML markup")
        return cls(_parse_html(text), url=url, encoding=encoding)

    # ------------------------------------------------------------------ selecting

    def css(self, selector: str) -> list[etree._Element]:
        """All elements matching a CSS selector (compiled once per selector)."""
        return compile_css(selector)(self.root)

    def css_first(self, selector: str) -> etree._Element | None:
        """The first element matching a CSS selector, or None."""
        found = compile_css(selector)(self.root)
        return found[0] if found else None

    def first_text(self, selector: str) -> str | None:
        """The normalised text of the first element matching ``selector``."""
        return text_of(self.css_first(selector))

    # ------------------------------------------------------------------ URLs

    @cached_property
    def base_url(self) -> str | None:
        """The URL relative links resolve against: ``<base href>``, else the page URL."""
        page_url = self.url or self.canonical_link
        base = self.root.find(".//base[@href]") if self.root.find("head") is not None else None
        if base is not None:
            return resolve_url(base.get("href"), page_url) or page_url
        return page_url

    def resolve(self, href: str | None) -> str | None:
        """``href`` made absolute against :attr:`base_url`; None for unsafe or empty links."""
        return resolve_url(href, self.base_url)

    @cached_property
    def canonical_link(self) -> str | None:
        """``<link rel=canonical>`` as written (absolute http(s) only), else ``og:url``."""
        for link in self.root.iterfind(".//link[@rel]"):
            if "canonical" in link.get("rel", "").lower().split():
                found = resolve_url(link.get("href"), self.url)
                if found:
                    return found
        return resolve_url(self.meta_first("og:url"), self.url)

    # ------------------------------------------------------------------ meta

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """Meta tags by lowercased ``property`` / ``name`` / ``itemprop``: content values in order."""
        found: dict[str, list[str]] = {}
        for el in self.root.iter("meta"):
            content = el.get("content")
            if content is None:
                continue
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = el.get(attr)
                if key:
                    found.setdefault(key.strip().lower(), []).append(content)
        return found

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty content among meta ``keys`` (tried in order)."""
        for key in keys:
            for value in self.meta.get(key, ()):
                text = clean_text(value)
                if text:
                    return text
        return None

    @cached_property
    def language_attr(self) -> str | None:
        """The page's ``<html lang>`` (the last one, as tagDiv prints a fake IE8 tag first)."""
        langs = [el.get("lang") or el.get("xml:lang") for el in self.root.iter("html")]
        if self.root.tag == "html":
            langs.append(self.root.get("lang"))
        for lang in reversed(langs):
            value = clean_text(lang)
            if value:
                return value
        return None

    @cached_property
    def title_tag(self) -> str | None:
        """The text of ``<title>``."""
        title = self.root.find(".//title")
        return clean_text(title.text) if title is not None else None

    @cached_property
    def body_classes(self) -> frozenset[str]:
        """The class names on ``<body>`` (theme fingerprints live here)."""
        body = self.root.find("body")
        if body is None:
            body = next(self.root.iter("body"), None)
        return frozenset((body.get("class") or "").split()) if body is not None else frozenset()

    @cached_property
    def inline_scripts(self) -> str:
        """The text of every inline non-JSON ``<script>``, joined (for fingerprints)."""
        parts = []
        for script in self.root.iter("script"):
            kind = (script.get("type") or "").lower()
            if script.text and "json" not in kind and not script.get("src"):
                parts.append(script.text)
        return "\n".join(parts)

    # ------------------------------------------------------------------ JSON-LD

    @cached_property
    def json_ld(self) -> tuple[JsonObject, ...]:
        """Every JSON-LD object of the page, ``@graph`` flattened, in page order.

        A block that is not valid JSON is recorded in :attr:`problems` and skipped.
        """
        objects: list[JsonObject] = []
        for script in self.root.iter("script"):
            if (script.get("type") or "").strip().lower() != "application/ld+json":
                continue
            raw = (script.text or "").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw, strict=False)
            except (ValueError, RecursionError) as exc:
                data = _lenient_json(raw)
                if data is None:
                    self.problems.append(
                        Problem(field="json-ld", message=f"invalid JSON-LD block skipped: {exc}"[:300])
                    )
                    continue
            objects.extend(_flatten_ld(data))
        return tuple(objects)

    def json_ld_of_type(self, *types: str) -> list[JsonObject]:
        """JSON-LD objects whose ``@type`` is one of ``types``."""
        wanted = set(types)
        return [obj for obj in self.json_ld if wanted & ld_types(obj)]

    @cached_property
    def article_ld(self) -> JsonObject | None:
        """The page's main JSON-LD Article-like object (NewsArticle, BlogPosting, ...)."""
        articles = [obj for obj in self.json_ld if ld_types(obj) & ARTICLE_TYPES]
        if not articles:
            pages = [obj for obj in self.json_ld if ld_types(obj) & {"WebPage"} and obj.get("headline")]
            return pages[0] if pages else None
        # Prefer the one with the most to say (sites print a stub and a full object).
        return max(articles, key=lambda obj: (bool(obj.get("headline")), len(obj)))

    # ------------------------------------------------------------------ microdata

    @cached_property
    def microdata(self) -> dict[str, list[etree._Element]]:
        """Elements carrying ``itemprop``, by property name, in page order."""
        found: dict[str, list[etree._Element]] = {}
        for el in self.root.iterfind(".//*[@itemprop]"):
            for name in (el.get("itemprop") or "").split():
                found.setdefault(name, []).append(el)
        return found

    def microdata_value(self, name: str) -> str | None:
        """The value of the first ``itemprop=name``: its content/datetime/href/src, else its text."""
        for el in self.microdata.get(name, ()):
            for attr in ("content", "datetime", "href", "src"):
                value = el.get(attr)
                if value and value.strip():
                    return clean_text(value)
            text = text_of(el)
            if text:
                return text
        return None


ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle",
        "AskPublicNewsArticle", "SocialMediaPosting", "DiscussionForumPosting",
    }
)  # fmt: skip


def ld_types(obj: JsonObject) -> set[str]:
    """The ``@type`` names of a JSON-LD object, without any ``schema:`` prefix."""
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def _flatten_ld(data: Any) -> Iterator[JsonObject]:
    """Yield every object of a JSON-LD document: lists and ``@graph`` unrolled (iteratively)."""
    stack = [data]
    out: list[JsonObject] = []
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            if "@type" in item or not isinstance(graph, list):
                out.append(item)
    return iter(out)


_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _lenient_json(raw: str) -> Any:
    """Second chance for JSON-LD as sites print it: HTML comments, CDATA, trailing commas."""
    cleaned = raw.replace("<!--", "").replace("-->", "").replace("//<![CDATA[", "").replace("//]]>", "")
    cleaned = _TRAILING_COMMA.sub(r"\1", cleaned).strip().rstrip(";")
    try:
        return json.loads(cleaned, strict=False)
    except (ValueError, RecursionError):
        return None


def _is_soup(page: object) -> bool:
    # Checked by module name so that parsing bytes never imports BeautifulSoup.
    return type(page).__module__.startswith("bs4") and hasattr(page, "decode")


def _parse_html(text: str) -> html.HtmlElement:
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        root = etree.fromstring(data, parser=_utf8_parser())
    except etree.ParserError:
        root = None
    if root is None:
        raise InputError("the page holds no HTML elements lxml could parse")
    return cast(html.HtmlElement, root)


@lru_cache(maxsize=1)
def _utf8_parser() -> etree.HTMLParser:
    # Plain lxml elements, not lxml.html's HtmlElement: lxml.html picks each element's
    # class with a Python call every time lxml makes an element proxy, which on a page
    # that is walked costs a third of the parse itself. newsparse uses no HtmlElement method.
    return etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True)
