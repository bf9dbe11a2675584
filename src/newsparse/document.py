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
import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Union, cast

from cssselect import HTMLTranslator, SelectorError, parse
from cssselect.parser import Class, CombinedSelector, Element
from lxml import etree

from newsparse.article import Problem
from newsparse.errors import AdapterError, InputError
from newsparse.extract import clean_text, resolve_url, text_of

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

__all__ = ["DEFAULT_MAX_BYTES", "MAX_NESTING", "CompiledCss", "Document", "Page", "compile_css"]

Page = Union[bytes, bytearray, memoryview, str, "BeautifulSoup"]

#: The largest page accepted by default (bytes, or characters for ``str``): 20 MiB.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

JsonObject = dict[str, Any]


class CompiledCss:
    """A CSS selector compiled to an lxml XPath; call it on an element to select.

    Selectors with a descendant combinator (``.byline .author``) are matched in linear
    time: libxml2 evaluates ``A/descendant::B`` from every ``A`` and merges the results
    with a duplicate check that grows with the square of the matches, so five nested
    ``.byline`` around 20,000 ``.author`` took seconds. Such selectors are matched one
    combinator-free segment at a time instead (see :class:`_Chain`); the results, in
    document order, are the same.
    """

    __slots__ = ("_alternatives", "_xpath", "selector")

    def __init__(self, selector: str) -> None:
        self.selector = selector
        try:
            self._xpath = etree.XPath(css_to_xpath(selector))
            self._xpath(_PROBE)  # a namespace prefix (svg|a) compiles, then fails on every tree
        except (SelectorError, etree.XPathError) as exc:
            raise AdapterError(
                f"invalid CSS selector {selector!r}: {exc}; write it as CSS level 3 (tags, classes, ids, "
                "attributes, combinators and the pseudo-classes cssselect knows)"
            ) from None
        self._alternatives = _linear_alternatives(selector)

    def __repr__(self) -> str:
        return f"CompiledCss({self.selector!r})"

    def __call__(self, root: etree._Element) -> list[etree._Element]:
        if self._alternatives is None:
            return self._xpath(root)  # type: ignore[return-value]
        return union_in_order([alt(root) for alt in self._alternatives], root)


def union_in_order(found: list[list[etree._Element]], root: etree._Element) -> list[etree._Element]:
    """The elements of several searches of ``root``, each once, in document order."""
    found = [match for match in found if match]
    if len(found) <= 1:
        return found[0] if found else []
    if sum(map(len, found)) <= _SMALL_UNION:  # libxml2 sorts a few nodes fastest
        union = found[0]
        for more in found[1:]:
            union = _UNION(root, a=union, b=more)  # type: ignore[arg-type,assignment]
        return union
    matched = {el for match in found for el in match}
    return [el for el in root.iter() if el in matched]  # the union, in document order


_TRANSLATOR = HTMLTranslator()
# XPath's union of node-sets passed in: document order, no duplicates. Its duplicate
# check is quadratic, so only small unions go through it.
_UNION = etree.XPath("$a | $b")
_SMALL_UNION = 500
_Match = Callable[[etree._Element], list[etree._Element]]


def _xpath_of(tree: Any) -> _Match:
    return etree.XPath("descendant-or-self::" + str(_TRANSLATOR.xpath(tree)))  # type: ignore[return-value]


def _linear_alternatives(selector: str) -> list[_Match] | None:
    """One matcher per comma-separated alternative, or None when plain XPath is linear.

    An alternative with a descendant combinator becomes a :class:`_Chain`; the others
    keep their XPath. Selectors this cannot split safely (a pseudo-element, a ``~``
    right of a descendant combinator) keep the plain XPath too.
    """
    try:
        parsed = parse(selector)
    except SelectorError:  # pragma: no cover - css_to_xpath has already refused it
        return None
    alternatives: list[_Match] = []
    chained = False
    for alternative in parsed:
        if alternative.pseudo_element:
            return None
        parts = _flatten_combinators(alternative.parsed_tree)
        segments: list[list[tuple[str, Any]]] = [[("", parts[0][1])]]
        for combinator, compound in parts[1:]:
            if combinator == " ":
                segments.append([("", compound)])
            else:
                segments[-1].append((combinator, compound))
        if len(segments) == 1:
            alternatives.append(_xpath_of(alternative.parsed_tree))
            continue
        if any(combinator == "~" for segment in segments[1:] for combinator, _ in segment):
            return None
        chained = True
        alternatives.append(_Chain(segments))
    return alternatives if chained else None


def _flatten_combinators(tree: Any) -> list[tuple[str, Any]]:
    """``(A B) > C`` as ``[("", A), (" ", B), (">", C)]``."""
    parts: list[tuple[str, Any]] = []
    while isinstance(tree, CombinedSelector):
        parts.append((tree.combinator, tree.subselector))
        tree = tree.selector
    parts.append(("", tree))
    return parts[::-1]


class _Chain:
    """Segments joined by descendant combinators, matched left to right in one pass each.

    Each segment (compounds joined by ``>`` or ``+``) is one cheap XPath. An element
    matching segment *k* is kept when the element its first compound matched has an
    ancestor among the matches of segment *k-1*; ancestors already answered are
    remembered, so every element is climbed through at most once per segment.
    """

    __slots__ = ("_first", "_rest")

    def __init__(self, segments: list[list[tuple[str, Any]]]) -> None:
        self._first = _xpath_of(_combine(segments[0]))
        self._rest = [(_xpath_of(_combine(seg)), tuple(c for c, _ in reversed(seg[1:]))) for seg in segments[1:]]

    def __call__(self, context: etree._Element) -> list[etree._Element]:
        matched = self._first(context)
        for xpath, steps in self._rest:
            if not matched:
                return []
            below = _Below(context, matched)
            kept = []
            for el in xpath(context):
                anchor = _walk_back(el, steps)
                if anchor is not None and below(anchor):
                    kept.append(el)
            matched = kept
        return matched


def _combine(segment: list[tuple[str, Any]]) -> Any:
    tree = segment[0][1]
    for combinator, compound in segment[1:]:
        tree = CombinedSelector(tree, combinator, compound)
    return tree


def _walk_back(el: etree._Element | None, steps: tuple[str, ...]) -> etree._Element | None:
    """From the element a segment's last compound matched back to its first compound's."""
    for step in steps:
        if el is None:
            return None
        if step == ">":
            el = el.getparent()
        else:  # "+": the previous element sibling
            el = next((sib for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)), None)
    return el


class _Below:
    """Whether an element has a (strict) ancestor in ``matched``, within ``context``."""

    __slots__ = ("_context", "_known", "_matched")

    def __init__(self, context: etree._Element, matched: list[etree._Element]) -> None:
        self._context = context
        self._matched = set(matched)
        self._known: dict[etree._Element, bool] = {}

    def __call__(self, el: etree._Element) -> bool:
        if el is self._context:
            return False
        climbed = []
        node = el.getparent()
        answer = False
        while node is not None:
            known = self._known.get(node)
            if known is not None:
                answer = known
                break
            if node in self._matched:
                answer = True
                break
            climbed.append(node)
            if node is self._context:
                break
            node = node.getparent()
        for node in climbed:
            self._known[node] = answer
        return answer


def css_to_xpath(selector: str) -> str:
    """The XPath of a CSS selector group, searching an element and its descendants.

    A group of simple selectors on one tag (``div.a, div#b``) becomes one path with the
    conditions joined by ``or``: the same elements, in the same order, found in one walk
    of the subtree instead of one walk per selector.

    >>> css_to_xpath("div#a, div#b")
    "descendant-or-self::div[(@id = 'a') or (@id = 'b')]"

    Classes on any tag (``.comments-area``, ``.a, .b``) are tested on the ``class``
    values themselves: libxml2 evaluates a predicate on every element several times more
    slowly than on every ``class`` attribute.

    >>> css_to_xpath(".a, .b.c")  # doctest: +NORMALIZE_WHITESPACE
    "descendant-or-self::*/@class[(contains(concat(' ', normalize-space(.), ' '), ' a ')) or
    (contains(concat(' ', normalize-space(.), ' '), ' b ') and contains(concat(' ', normalize-space(.), ' '), ' c '))]/.."
    """
    groups = parse(selector)
    classes = _classes_only(groups)
    if classes is not None:
        tests = (
            " and ".join(f"contains(concat(' ', normalize-space(.), ' '), ' {name} ')" for name in names)
            for names in classes
        )
        return "descendant-or-self::*/@class[" + " or ".join(f"({test})" for test in tests) + "]/.."
    if len(groups) > 1 and all(g.pseudo_element is None for g in groups):
        exprs = [_TRANSLATOR.xpath(g.parsed_tree) for g in groups]
        tags = {e.element for e in exprs}
        if len(tags) == 1 and all(not e.path and e.condition for e in exprs):
            conditions = " or ".join(f"({e.condition})" for e in exprs)
            return f"descendant-or-self::{tags.pop()}[{conditions}]"
    return _TRANSLATOR.css_to_xpath(selector)


def _classes_only(groups: list[Any]) -> list[list[str]] | None:
    """The class names of each selector of a group made of classes alone (``.a, .b.c``), else None."""
    found: list[list[str]] = []
    for group in groups:
        names: list[str] = []
        tree = group.parsed_tree
        while isinstance(tree, Class):
            names.append(tree.class_name)
            tree = tree.selector
        plain = all(name and "'" not in name for name in names)
        if group.pseudo_element is not None or not names or not plain or not isinstance(tree, Element):
            return None
        if tree.element not in (None, "*") or tree.namespace is not None:
            return None
        found.append(names[::-1])
    return found


_PROBE = etree.Element("probe")


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
    rb"""<meta[^>]{1,512}?charset\s{0,16}=\s{0,16}["']?\s{0,16}([a-zA-Z0-9_:.\-]{1,64})""",
    re.IGNORECASE,
)
_MEDIA = "not an article page: check the URL and the response's Content-Type"
_NOT_HTML = (
    (b"%PDF-", "a PDF document", "extract its text with a PDF tool; newsparse reads HTML pages"),
    (b"\x89PNG", "a PNG image", _MEDIA),
    (b"\xff\xd8\xff", "a JPEG image", _MEDIA),
    (b"GIF8", "a GIF image", _MEDIA),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI)", _MEDIA),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)", "unpack it and pass the HTML pages inside"),
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first (gzip.decompress)"),
    (b"BZh", "bzip2-compressed data", "decompress it first (bz2.decompress)"),
    (b"\xfd7zXZ", "xz-compressed data", "decompress it first (lzma.decompress)"),
    (b"7z\xbc\xaf", "a 7-Zip archive", "unpack it and pass the HTML pages inside"),
    (b"\x00\x00\x01\x00", "an icon image", _MEDIA),
    (b"OggS", "an Ogg media file", _MEDIA),
    (b"ID3", "an MP3 audio file", _MEDIA),
    (b"\x7fELF", "an executable (ELF)", _MEDIA),
    (b"MZ", "a Windows executable", _MEDIA),
    (b"WARC/", "a WARC archive", "read its records and pass each HTML response body"),
)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def sniff_not_html(data: bytes, charset: str | None = None) -> str | None:
    """Describe ``data`` when it is plainly not an HTML page, else return None."""
    found = _sniff(data, charset)
    return found[0] if found else None


def _sniff(data: bytes, charset: str | None = None) -> tuple[str, str] | None:
    """What ``data`` plainly is when it is no HTML page, and what to do about it."""
    head = data[:1024]
    for magic, what, advice in _NOT_HTML:
        if head.startswith(magic):
            return what, advice
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypavif", b"ftypheic"):
        return "an MP4 video or HEIF/AVIF image", _MEDIA
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") and not stripped.startswith(b"[if"):
        return "JSON", "an API response holds its fields already; newsparse reads HTML pages"
    if head.startswith(_BOM_PREFIXES):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    # Over 5% control bytes: no text format looks like this, but UTF-16 and UTF-32 text,
    # whose ASCII characters each hold one or three NUL bytes.
    if controls * 20 > len(head) and _wide_encoding(data, charset) is None:
        return f"binary data ({controls * 100 // len(head)}% control bytes)", _MEDIA
    return None


_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _wide_encoding(data: bytes, charset: str | None) -> str | None:
    """The UTF-16 or UTF-32 codec a page without a byte-order mark is in, or None.

    Tried: the caller's ``charset`` when it names UTF-16 or UTF-32 (both byte orders for
    ``utf-16``, little-endian first as in browsers), then, when a quarter of the first KiB
    is NUL bytes, all four. A codec is taken when the first KiB, decoded with it, holds a
    ``<`` and at most 5% control characters: an HTML page's ASCII markup does, as UTF-16
    or UTF-32, while a page in an 8-bit encoding or UTF-8 never reads as such.
    """
    if data.startswith(_BOM_PREFIXES):
        return None
    head = data[:1024]
    named = _known_encoding(charset) if charset else None
    candidates: list[str] = []
    if named in ("utf-16", "utf-32"):
        candidates = [f"{named}-le", f"{named}-be"]
    elif named in _WIDE:
        candidates = [named]
    if head.count(0) * 4 >= len(head):
        candidates += _WIDE
    for codec in candidates:
        width = 4 if codec.startswith("utf-32") else 2
        text = head[: len(head) // width * width].decode(codec, errors="replace")
        if "<" in text and len(_TEXT_CONTROL.findall(text)) * 20 <= len(text):
            return codec
    return None


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; return the text and the encoding used.

    The order: a byte-order mark, then the ``charset`` the caller passes (an HTTP
    header), then ``<meta charset>`` / ``http-equiv``, then strict UTF-8, then
    BeautifulSoup's ``UnicodeDammit`` guess. UTF-16 and UTF-32 without a byte-order mark
    are read when the caller's ``charset`` names them or the NUL bytes show them
    (:func:`_wide_encoding`); a declaration of them that the bytes do not bear out means
    UTF-8, as in browsers.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    wide = _wide_encoding(data, charset)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    candidates = [charset] if charset else []
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for name in candidates:
        known = _known_encoding(name)
        if known is None:
            continue
        encoding = known
        if encoding.startswith(("utf-16", "utf-32")):  # the bytes do not read as that (_wide_encoding)
            encoding = "utf-8"
        try:
            return data.decode(encoding), encoding
        except UnicodeError:
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit  # only pages that need a guess pay for the import

    # is_html=False: the page's own declarations were tried above, and UnicodeDammit
    # would honour the ones refused there (a fuzzed page declaring unicode_escape got
    # its backslashes decoded). A guess must be a web page encoding too.
    try:
        dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=False)
    except (LookupError, UnicodeError):
        dammit = None
    if dammit is not None and dammit.unicode_markup is not None and dammit.original_encoding:
        guessed = _known_encoding(dammit.original_encoding)
        if guessed is not None:
            return dammit.unicode_markup, dammit.original_encoding
    return data.decode("windows-1252", errors="replace"), "windows-1252"


# The encodings a web page can be in (the WHATWG Encoding Standard's list, by Python
# codec name). Python knows many more codecs, but a page that names one of them
# (``rot13``, ``base64``, ``zlib``, ``undefined``, ``unicode_escape``, ``punycode``...)
# is lying or hostile: such a declaration is ignored like an unknown one.
_PAGE_ENCODINGS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
        "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
        "iso8859-8", "iso8859-10", "iso8859-11", "iso8859-13", "iso8859-14", "iso8859-15",
        "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "tis-620",
        "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc-jp", "iso2022-jp", "shift-jis",
        "cp932", "euc-kr", "cp949",
    )
)  # fmt: skip


def _utf8_first(data: bytes, charset: str | None) -> bool:
    """Whether :func:`decode` would read ``data`` as UTF-8 first (no BOM, no other charset declared)."""
    if data.startswith(_BOM_PREFIXES) or _wide_encoding(data, charset) is not None:
        return False
    names = [charset] if charset else []
    match = _META_CHARSET.search(data[:4096])
    if match:
        names.append(match.group(1).decode("ascii", "replace"))
    for name in names:
        known = _known_encoding(name)
        if known is not None:
            return known in ("utf-8", "utf-16", "utf-32")
    return True


def _known_encoding(name: str) -> str | None:
    """The Python codec for a declared charset, or None when it names no page encoding."""
    name = name.strip().lower()
    # WHATWG: pages that say latin-1 or ascii are decoded as windows-1252.
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"):
        return "windows-1252"
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        return None
    return codec if codec in _PAGE_ENCODINGS else None


# --------------------------------------------------------------------------- the arguments


def checked_url(url: str | None) -> str | None:
    """The ``url=`` a caller passes, cleaned as the links on a page are; None stays None.

    Control characters are dropped and spaces encoded (a sloppy URL from a scraper is
    kept); a byte that was not UTF-8, which Python keeps as a lone surrogate U+DC80 to
    U+DCFF (``surrogateescape``: a command-line argument), is percent-encoded. Raises
    :class:`InputError` for anything that is not an absolute http(s) URL, and for any
    other lone surrogate.
    """
    if url is None:
        return None
    if isinstance(url, str) and _SURROGATE.search(url):
        url = _without_surrogates(url)
    cleaned = resolve_url(url, None) if isinstance(url, str) else None
    if cleaned is None:
        raise InputError(
            f"url must be the http(s) URL the page was fetched from, absolute (https://host/path), got {url!r:.200}"
        )
    return cleaned


_SURROGATE = re.compile("[\ud800-\udfff]")
_NO_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _without_surrogates(url: str) -> str:
    """``url`` with each byte that was not UTF-8 percent-encoded.

    Python keeps such a byte as a lone surrogate, U+DC80 to U+DCFF (``surrogateescape``);
    ``%XX`` is how a URL carries it. Any other lone surrogate stands for no character or
    byte at all and cannot be written out as UTF-8.
    """
    other = _NO_BYTE.search(url)
    if other:
        raise InputError(
            f"url holds the lone surrogate U+{ord(other.group()):04X}, which is no character and no byte: "
            f"pass the URL as text decoded from its bytes (percent-encode what is not UTF-8), got {url!r:.200}"
        )
    return _ESCAPED_BYTE.sub(lambda m: f"%{ord(m.group()) - 0xDC00:02X}", url)


# --------------------------------------------------------------------------- the document


class Document:
    """One parsed page. Build it with :meth:`from_page`; adapters only read it."""

    __slots__ = ("__dict__", "_tag_langs", "encoding", "problems", "root", "url")

    def __init__(self, root: etree._Element, *, url: str | None = None, encoding: str = "utf-8") -> None:
        self.root = root
        self.url = url
        self.encoding = encoding
        #: Problems met while reading the page's structured data.
        self.problems: list[Problem] = []
        # The lang of every <html> tag of the source, when the page prints more than one
        # (the parser keeps the first tag's attributes only): see language_attr.
        self._tag_langs: tuple[str | None, ...] | None = None

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

        ``url`` is cleaned as :func:`checked_url` says. Raises :class:`InputError` when
        the page is empty, too large, not HTML, or of a type newsparse cannot read, and
        when ``url``, ``charset`` or ``max_bytes`` is not what they must be.
        """
        url = checked_url(url)
        if charset is not None and not isinstance(charset, str):
            raise InputError(
                f"charset must be the name of the page's encoding as a str (charset='utf-8', from the "
                f"Content-Type header) or None, got {type(charset).__name__} {charset!r:.60}"
            )
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise InputError(
                f"max_bytes must be a positive int, the size of the largest page to read (default "
                f"{DEFAULT_MAX_BYTES:,}), got {type(max_bytes).__name__} {max_bytes!r:.60}"
            )
        if isinstance(page, (bytearray, memoryview)):
            page = bytes(page)
        if isinstance(page, bytes):
            if not page or page.isspace():
                raise InputError("received empty bytes: pass the HTML of an article page")
            if len(page) > max_bytes:
                raise InputError(
                    f"received {len(page):,} bytes, more than the limit of {max_bytes:,}: "
                    "pass max_bytes= to parse larger pages"
                )
            sniffed = _sniff(page, charset)
            if sniffed:
                raise InputError(f"received {sniffed[0]} ({len(page):,} bytes), not an HTML page: {sniffed[1]}")
            if _utf8_first(page, charset) and b"<" in page[:65536]:
                # Hand lxml the bytes as they are: no decoding and re-encoding pass. A page
                # that turns out not to be UTF-8 is read again the long way, below.
                parsed = _parse_if_utf8(page)
                if parsed is not None:
                    doc = cls(parsed[0], url=url, encoding="utf-8")
                    doc.problems.extend(parsed[1])
                    if parsed[2]:
                        doc._tag_langs = html_tag_langs(page)
                    return doc
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
            try:
                text, encoding = str(page), "beautifulsoup"
            except RecursionError:  # older bs4 versions render nested tags recursively
                raise InputError(
                    "received a BeautifulSoup object nested too deeply to render: pass the page's bytes instead"
                ) from None
            if len(text) > max_bytes:
                raise InputError(
                    f"received a BeautifulSoup object of {len(text):,} characters, more than the limit of "
                    f"{max_bytes:,}: pass max_bytes= to parse larger pages"
                )
        else:
            raise InputError(f"received a {type(page).__name__}: pass the page as bytes, str or a BeautifulSoup object")
        if "<" not in text[:65536]:
            raise InputError(
                f"received plain text ({len(text):,} characters) with no HTML markup: pass the page's HTML, "
                "not text extracted from it"
            )
        root, problems, several_html_tags = _parse_html(text)
        doc = cls(root, url=url, encoding=encoding)
        doc.problems.extend(problems)
        if several_html_tags:
            doc._tag_langs = html_tag_langs(text)
        return doc

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

    def elements(self, tag: str) -> list[etree._Element]:
        """Every ``tag`` element in page order; one walk of the page finds all :data:`INDEXED_TAGS`.

        Each walk of a freshly parsed page costs about a tenth of parsing it, so the
        landmarks every adapter reads (meta, link, script, h1, article, ...) are found
        together, once. Other tags are searched for on request.
        """
        index = self._landmarks
        found = index.get(tag)
        if found is None:
            found = index[tag] = list(self.root.iter(tag))
        return found

    def may_have(
        self,
        *,
        classes: tuple[str, ...] = (),
        ids: tuple[str, ...] = (),
        class_parts: tuple[str, ...] = (),
        id_parts: tuple[str, ...] = (),
    ) -> bool:
        """False when the page carries none of these (a quick, certain no; True is a maybe).

        ``classes`` are class tokens and ``ids`` whole ids that must be on the page;
        ``class_parts`` and ``id_parts`` are pieces of text some ``class`` or ``id`` value
        must hold (a leading space marks the start of a value or token, a trailing one its
        end). Every ``class`` and ``id`` value of the page is read once, as plain text: a
        selector asking for a class or id the page does not have cannot match, and most
        theme fingerprints tested on a page of another theme end here.
        """
        # Each text is read only when asked about: a test of ids alone never reads the classes.
        if classes or class_parts:
            classes_text = self._class_text
            if not all(f" {c} " in classes_text for c in classes):
                return False
            if not all(part in classes_text for part in class_parts):
                return False
        if ids or id_parts:
            ids_text = self._id_text
            if not all(f" {i} " in ids_text for i in ids):
                return False
            if not all(part in ids_text for part in id_parts):
                return False
        return True

    def attribute_text(self, tag: str, name: str) -> str:
        """The ``name`` attribute values of every ``tag`` element, joined by newlines.

        For quick "no such link or script" answers: ``"/themes/jannah/" in
        doc.attribute_text("link", "href")``.
        """
        key = (tag, name)
        text = self._attribute_texts.get(key)
        if text is None:
            values = [el.get(name) for el in self.elements(tag)]
            text = self._attribute_texts[key] = "\n".join(v for v in values if v is not None)
        return text

    @cached_property
    def _attribute_texts(self) -> dict[tuple[str, str], str]:
        return {}

    @cached_property
    def _class_text(self) -> str:
        # Tokens split where XPath's normalize-space splits them (what compile_css tests).
        return " " + " ".join(cast(list[str], _CLASS_VALUES(self.root))).translate(_XPATH_SPACE) + " "

    @cached_property
    def _id_text(self) -> str:
        return " " + " ".join(cast(list[str], _ID_VALUES(self.root))) + " "

    @cached_property
    def _landmarks(self) -> dict[str, list[etree._Element]]:
        found: dict[str, list[etree._Element]] = {tag: [] for tag in INDEXED_TAGS}
        for el in self.root.iter(*INDEXED_TAGS):
            found[el.tag].append(el)
        return found

    # ------------------------------------------------------------------ URLs

    @cached_property
    def base_url(self) -> str | None:
        """The URL relative links resolve against: ``<base href>``, else the page URL."""
        page_url = self.url or self.canonical_link
        base = next((b for b in self.elements("base") if b.get("href") is not None), None)
        if base is not None and self.elements("head"):
            return resolve_url(base.get("href"), page_url) or page_url
        return page_url

    def resolve(self, href: str | None) -> str | None:
        """``href`` made absolute against :attr:`base_url`; None for unsafe or empty links."""
        return resolve_url(href, self.base_url)

    @cached_property
    def canonical_link(self) -> str | None:
        """``<link rel=canonical>`` as written (absolute http(s) only), else ``og:url``."""
        for link in self.elements("link"):
            if "canonical" in (link.get("rel") or "").lower().split():
                found = resolve_url(link.get("href"), self.url)
                if found:
                    return found
        return resolve_url(self.meta_first("og:url"), self.url)

    # ------------------------------------------------------------------ meta

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """Meta tags by lowercased ``property`` / ``name`` / ``itemprop``: content values in order."""
        found: dict[str, list[str]] = {}
        for el in self.elements("meta"):
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
        """The page's ``<html lang>``: the last one when the page prints several <html>
        tags (FIELDS.md: tagDiv prints a fake IE8 ``<html lang="en">`` before the real one;
        the ones inside comments, as tagDiv's are, do not count)."""
        langs = tuple(el.get("lang") or el.get("xml:lang") for el in self.elements("html"))
        # The tags read from the source go after the tree's (its first tag's): the last wins.
        for lang in reversed((*langs, *(self._tag_langs or ()))):
            value = clean_text(lang)
            if value:
                return value
        return None

    @cached_property
    def title_tag(self) -> str | None:
        """The text of ``<title>``."""
        titles = self.elements("title")
        return clean_text(titles[0].text) if titles else None

    @cached_property
    def body_classes(self) -> frozenset[str]:
        """The class names on ``<body>`` (theme fingerprints live here)."""
        bodies = self.elements("body")
        body = bodies[0] if bodies else None
        return frozenset((body.get("class") or "").split()) if body is not None else frozenset()

    @cached_property
    def inline_script_texts(self) -> tuple[str, ...]:
        """The text of every inline non-JSON ``<script>``, in page order (for fingerprints)."""
        return tuple(self._inline_script_texts_read())

    def _inline_script_texts_read(self) -> Iterator[str]:
        """The inline script texts in page order, read from the tree only as far as asked.

        Fingerprints search them one pattern at a time and a theme prints its globals near
        the top: a match stops the reading, and the texts read are kept for the next search.
        """
        read, unread = self._script_reading
        yield from read  # the texts an earlier search read
        for script in unread:
            if script.get("src"):
                continue
            source = script.text
            if source and "json" not in (script.get("type") or "").lower():
                read.append(source)
                yield source

    @cached_property
    def _script_reading(self) -> tuple[list[str], Iterator[etree._Element]]:
        return [], iter(self.elements("script"))

    @cached_property
    def inline_scripts(self) -> str:
        """The text of every inline non-JSON ``<script>``, joined by newlines."""
        return "\n".join(self.inline_script_texts)

    def scripts_match(self, pattern: str) -> bool:
        """Whether the regular expression ``pattern`` matches in one of the inline scripts.

        Answers are kept per page, as several adapters test the same theme globals. The
        scripts are searched one by one: joining them would copy every script into the
        widest character size any of them uses.
        """
        found = self._script_matches.get(pattern)
        if found is None:
            found = self._script_matches[pattern] = _search(pattern, self._inline_script_texts_read())
        return found

    @cached_property
    def _script_matches(self) -> dict[str, bool]:
        return {}

    # ------------------------------------------------------------------ JSON-LD

    @cached_property
    def json_ld(self) -> tuple[JsonObject, ...]:
        """Every JSON-LD object of the page, ``@graph`` flattened, in page order.

        A block that is not valid JSON is recorded in :attr:`problems` and skipped.
        """
        objects: list[JsonObject] = []
        for script in self.elements("script"):
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
        for value in cast(list[Any], _ITEMPROPS(self.root)):
            element = value.getparent()
            for name in value.split():
                found.setdefault(name, []).append(element)
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


# The attribute values, each knowing its element: a third of the time "descendant::*[@itemprop]"
# takes, as libxml2 evaluates a predicate on every element.
_ITEMPROPS = etree.XPath("descendant::*/@itemprop")
_XPATH_SPACE = str.maketrans("\t\n\r", "   ")
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_ID_VALUES = etree.XPath("descendant-or-self::*/@id", smart_strings=False)
_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")


def literal_prefix(pattern: str) -> str:
    """The plain text every match of ``pattern`` starts with ("" when there is none).

    >>> literal_prefix(r"tdThemeName\\s*="), literal_prefix("ab*c"), literal_prefix("a|b")
    ('tdThemeName', 'a', '')
    """
    if "|" in pattern:  # an alternative may start with anything
        return ""
    out: list[str] = []
    for ch in pattern:
        if ch in _REGEX_SYNTAX:
            if ch in "*?{" and out:  # the last character may be absent
                out.pop()
            break
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1024)
def _compiled_search(pattern: str) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern), literal_prefix(pattern)


def _search(pattern: str, texts: Iterable[str]) -> bool:
    # Python's regex engine scans ~30 times slower than str.find, pages carry hundreds of
    # kilobytes of inline script, and most fingerprints do not match. Every match starts
    # with the pattern's literal prefix: find those, and try the regex only there.
    regex, prefix = _compiled_search(pattern)
    if len(prefix) < 3:
        return any(regex.search(text) for text in texts)
    for text in texts:
        start = text.find(prefix)
        while start >= 0:
            if regex.match(text, start):
                return True
            start = text.find(prefix, start + 1)
    return False


#: The tags :meth:`Document.elements` finds in its one walk of the page.
INDEXED_TAGS = ("html", "head", "title", "base", "meta", "link", "script", "body", "article", "main", "h1", "img")

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


# One token of a JSON-LD block as sites print it, read left to right: a string (kept as it
# is; an unterminated one runs to the end, so no token is tried twice), a JavaScript
# comment, or a comma before a closing bracket (both dropped).
_STRING_COMMENT_OR_TRAILING_COMMA = re.compile(
    r'"(?:[^"\\]|\\.?)*+(?:"|\Z)|//[^\n]*|/\*.*?(?:\*/|\Z)|,(?=\s*[}\]])', re.DOTALL
)
_JSON_LD_DECODER = json.JSONDecoder(strict=False)
_WRAPPER_STARTS = ("<!--", "//<![CDATA[", "<![CDATA[")
_WRAPPER_ENDS = ("-->", "//]]>", "]]>", ";")


def _lenient_json(raw: str) -> Any:
    """Second chance for JSON-LD as sites print it: wrapped in an HTML comment or CDATA,
    with trailing commas or JavaScript comments, or several objects in one block
    (``{…}{…}``, ``{…},{…}``). Strings are never changed. None when it is still not JSON.

    >>> _lenient_json('<!-- {"@type": "Person", // the writer\\n "name": "A",}{"@type": "Thing"} -->')
    [{'@type': 'Person', 'name': 'A'}, {'@type': 'Thing'}]
    """
    text = _unwrapped(raw)
    try:
        return _json_values(text)
    except (ValueError, RecursionError):
        pass
    cleaned = _STRING_COMMENT_OR_TRAILING_COMMA.sub(_only_strings, text)
    # Again: a comma before a comment that closed the object ("a": 1, // x\n}) is trailing now.
    cleaned = _STRING_COMMENT_OR_TRAILING_COMMA.sub(_only_strings, cleaned).strip()  # a comment's line break
    try:
        return _json_values(cleaned)
    except (ValueError, RecursionError):
        return None


def _unwrapped(raw: str) -> str:
    """``raw`` without the HTML comment or CDATA markers around it, and a last ``;``."""
    text = raw.strip()
    while True:
        start = next((w for w in _WRAPPER_STARTS if text.startswith(w)), None)
        end = next((w for w in _WRAPPER_ENDS if text.endswith(w)), None)
        if start is None and end is None:
            return text
        text = text[len(start or "") : len(text) - len(end or "")].strip()


def _only_strings(match: re.Match[str]) -> str:
    found = match.group()
    return found if found.startswith('"') else ""


def _json_values(text: str) -> Any:
    """The JSON value ``text`` holds, or the list of the values it holds one after the other
    (separated by nothing, spaces or commas). Raises ``ValueError`` when it holds neither."""
    values: list[Any] = []
    position, end = 0, len(text)
    while position < end:
        value, position = _JSON_LD_DECODER.raw_decode(text, position)
        values.append(value)
        while position < end and (text[position].isspace() or text[position] == ","):
            position += 1
    if not values:
        raise ValueError("no JSON value")
    return values[0] if len(values) == 1 else values


def _is_soup(page: object) -> bool:
    # Checked by module name so that parsing bytes never imports BeautifulSoup.
    return type(page).__module__.startswith("bs4") and hasattr(page, "decode")


#: How deep libxml2 lets elements nest (with ``huge_tree``); it stops reading the page there.
MAX_NESTING = 2048


def _parse_html(text: str) -> tuple[etree._Element, list[Problem], bool]:
    """Parse decoded text into one lxml tree; note where libxml2 gave up on the page, and
    whether it printed more than one ``<html>`` tag."""
    data = text.encode("utf-8", errors="surrogatepass")
    parser = _new_utf8_parser()  # its own error log: a shared parser's would mix threads
    root = _fromstring(data, parser)
    if root is None:
        raise InputError(
            f"received {len(text):,} characters holding no HTML element lxml could parse: pass the HTML of an article page"
        )
    return root, _parser_problems(parser), _several_html_tags(parser)


def _parse_if_utf8(data: bytes) -> tuple[etree._Element, list[Problem], bool] | None:
    """The tree of ``data`` read as UTF-8, its problems and whether it printed more than one
    ``<html>`` tag, or None when it is not valid UTF-8."""
    parser = _new_utf8_parser()
    root = _fromstring(data, parser)
    # libxml2 replaces each invalid sequence with U+FFFD and logs it; decode() would
    # have refused the page as UTF-8, so leave it to decode().
    if any(entry.type == _INVALID_ENCODING for entry in parser.error_log):
        return None
    if root is None:
        raise InputError(
            f"received {len(data):,} bytes holding no HTML element lxml could parse: pass the HTML of an article page"
        )
    return root, _parser_problems(parser), _several_html_tags(parser)


def _several_html_tags(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 met an ``<html>`` tag after the first (it keeps the first one's attributes)."""
    return any("misplaced <html> tag" in entry.message for entry in parser.error_log)


def html_tag_langs(source: bytes | str) -> tuple[str | None, ...]:
    """The ``lang`` (or ``xml:lang``) of every ``<html>`` tag in the first 64 KiB of a page's
    source, in order; tags inside comments and scripts are not counted.

    A page prints its ``<html>`` tags at its top (tagDiv's Internet Explorer tags, a
    builder's second tag); an ``<html>`` deep in the page is a fragment pasted into the
    text (``<?xml encoding="utf-8" ?><html><body>``, as PHP's DOMDocument leaves it), not
    the page's. Read as bytes (UTF-8 for a str), so a 400 kB page costs no decoding or case
    folding of the whole of it.

    >>> html_tag_langs(b'<!--[if IE 8]><html lang="en"><![endif]--><html lang="fr"><HTML lang=de-DE><p>')
    ('fr', 'de-DE')
    >>> html_tag_langs("<html><script>w('<html lang=es>')</script><html xml:lang='pt'>")
    (None, 'pt')
    """
    head = source[:_HTML_TAGS_WITHIN]
    data = head.encode("utf-8", "surrogatepass") if isinstance(head, str) else head
    lower = data.lower()  # ASCII only, in C
    langs: list[str | None] = []
    # The next place of each mark at or after ``position``, found again only once passed:
    # every byte is scanned a bounded number of times, whatever the page holds.
    marks: dict[bytes, int | None] = {b"<html": None, b"<!--": None, b"<script": None}  # None: not looked for yet
    ends = {b"<!--": b"-->", b"<script": b"</script"}
    position = 0
    while True:
        for mark, at in marks.items():
            if at is None or 0 <= at < position:  # -1: none is left after position
                marks[mark] = lower.find(mark, position)
        tag = cast(int, marks[b"<html"])
        if tag < 0:
            break
        openers = [(at, mark) for mark in (b"<!--", b"<script") if 0 <= (at := cast(int, marks[mark])) < tag]
        if openers:  # a comment or script opened before the tag hides what it holds
            start, opener = min(openers)
            end = lower.find(ends[opener], start + len(opener))
            if end < 0:
                break
            position = end + len(ends[opener])
            continue
        end = lower.find(b">", tag)
        if end < 0:
            break
        position = end + 1
        if lower[tag + 5 : tag + 6] not in (b" ", b"\t", b"\n", b"\r", b"\f", b">", b"/"):
            continue  # <htmlfoo>
        # lang before xml:lang, as the tree is read (language_attr)
        match = _LANG_ATTRIBUTE.search(data, tag + 5, end) or _XML_LANG_ATTRIBUTE.search(data, tag + 5, end)
        value = next(filter(None, match.groups()), b"") if match else None
        langs.append(html.unescape(value.decode("utf-8", "replace")) if value is not None else None)
    return tuple(langs)


_HTML_TAGS_WITHIN = 65536
# An attribute's value in a start tag's bytes: quoted either way, or bare.
_ATTRIBUTE_VALUE = rb"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
_LANG_ATTRIBUTE = re.compile(rb"[\s/]lang" + _ATTRIBUTE_VALUE, re.IGNORECASE)
_XML_LANG_ATTRIBUTE = re.compile(rb"[\s/]xml:lang" + _ATTRIBUTE_VALUE, re.IGNORECASE)


_INVALID_ENCODING = etree.ErrorTypes.ERR_INVALID_ENCODING


def _fromstring(data: bytes, parser: etree.HTMLParser, *, streamed: bool = False) -> etree._Element | None:
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.ParserError:
        return None
    if root is None:
        return None
    if root.getnext() is not None:
        _adopt_content_after_html(root)
    if streamed:
        _place_streamed_segments(root)
    elif _awaits_streamed_parts(root):
        # Read the page again with the comments that delimit its boundaries' fallbacks.
        again = _fromstring(data, _new_utf8_parser(keep_comments=True), streamed=True)
        return again if again is not None else root
    return root


# React 18 streams the parts of a page that were not ready with its shell as
# ``<div hidden id="S:1d">`` at the end of the page, and an inline script moves each one
# into the ``<template id="B:1d">`` (a pending Suspense boundary, its fallback after it up
# to a ``<!--/$-->`` comment) or ``<template id="P:1d">`` (a placeholder) it belongs to.
_SEGMENT_ID = re.compile(r"S:[0-9a-z]+")


def _awaits_streamed_parts(root: etree._Element) -> bool:
    """Whether the page holds a React boundary or placeholder template (``B:n``, ``P:n``).

    Almost free on other pages: lxml answers a search for a tag name the page never uses
    without walking the tree."""
    return any((template.get("id") or "")[:2] in ("B:", "P:") for template in root.iter("template"))


def _place_streamed_segments(root: etree._Element) -> None:
    """Put each streamed part of a React page where its script puts it, as a reader sees
    the page (React's ``$RC`` and ``$RS``; the pairing is by id, so the page's scripts
    are not needed), then drop the page's comments, which only this step reads."""
    segments = {
        el.get("id", "")[2:]: el
        for el in root.iter("div")
        if el.get("hidden") is not None and _SEGMENT_ID.fullmatch(el.get("id") or "")
    }
    for template in list(root.iter("template")) if segments else ():
        ident = template.get("id") or ""
        segment = segments.pop(ident[2:], None) if ident[:2] in ("B:", "P:") else None
        if segment is None or template in segment.iterancestors() or segment in template.iterancestors():
            continue
        parent = template.getparent()
        if parent is None:
            continue
        start = template.getprevious()
        if ident[0] == "B" and isinstance(start, etree._Comment) and start.text == "$?":
            # The boundary's fallback ("Loading...") goes; its content goes before its end.
            _insert_content(segment, parent, before=_drop_fallback(start, parent))
        else:
            _insert_content(segment, parent, before=template)
            _remove_keeping_tail(template)
        _remove_keeping_tail(segment)
    etree.strip_tags(root, etree.Comment)


def _drop_fallback(start: etree._Element, parent: etree._Element) -> etree._Element | None:
    """Remove what follows a pending boundary's ``<!--$?-->`` (a child of ``parent``) up to
    its ``<!--/$-->`` (nested boundaries counted); return that end comment, or None when
    the boundary never ends (then all that follows goes, as React's script does)."""
    start.tail = None
    depth = 0
    node = start.getnext()
    while node is not None:
        if isinstance(node, etree._Comment):
            if node.text == "/$":
                if depth == 0:
                    return node
                depth -= 1
            elif node.text in ("$", "$?", "$!"):
                depth += 1
        after = node.getnext()
        parent.remove(node)  # its tail, the text up to the next node, goes with it
        node = after
    return None


def _insert_content(source: etree._Element, parent: etree._Element, *, before: etree._Element | None) -> None:
    """Move ``source``'s text and children into ``parent``, before ``before`` (a child of
    ``parent``), or at its end when ``before`` is None."""
    text, children = source.text, list(source)
    source.text = None
    previous = before.getprevious() if before is not None else (parent[-1] if len(parent) else None)
    if text:
        if previous is not None:
            previous.tail = _joined(previous.tail, text)
        else:
            parent.text = _joined(parent.text, text)
    for child in children:
        if before is None:
            parent.append(child)
        else:
            before.addprevious(child)


def _remove_keeping_tail(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = _joined(previous.tail, node.tail)
        else:
            parent.text = _joined(parent.text, node.tail)
    parent.remove(node)


def _joined(text: str | None, more: str) -> str:
    """Two runs of a page's text as one, for lxml to store: the control characters its
    parser kept but its API refuses (``\x1f``) are left out; no reader sees them."""
    return _XML_REFUSED.sub("", (text or "") + more)


_XML_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _adopt_content_after_html(root: etree._Element) -> None:
    """Move what a page prints after ``</html>`` into the page, as browsers do.

    libxml2 puts markup that follows an early ``</html>`` (a template that closes the
    page before the article, as escalon.services' blog does) in a second ``html``
    element beside the first, where no search of the page looks. HTML5 reads it as the
    rest of the body: its ``head`` children go to the page's head, the rest to its body.
    """
    body = next(root.iterchildren("body"), None)
    if body is None:
        body = etree.SubElement(root, "body")
    head = next(root.iterchildren("head"), None)
    for extra in list(root.itersiblings()):
        if not isinstance(extra.tag, str):
            continue
        for part in list(extra) if extra.tag == "html" else [extra]:
            if part.tag == "head" and head is not None:
                head.extend(list(part))
            elif part.tag == "body":
                body.extend(list(part))
            elif isinstance(part.tag, str):
                body.append(part)


def _parser_problems(parser: etree.HTMLParser) -> list[Problem]:
    """A ``page`` problem when libxml2 stopped reading the page (nesting deeper than :data:`MAX_NESTING`)."""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            what = f"elements nest more than {MAX_NESTING} levels deep" if "depth" in error.message else error.message
            return [
                Problem(
                    field="page", message=f"{what}: the HTML parser stopped there; the rest of the page was not read"
                )
            ]
    return []


def _new_utf8_parser(*, keep_comments: bool = False) -> etree.HTMLParser:
    # Plain lxml elements, not lxml.html's HtmlElement: the html classes are chosen by a
    # Python call for every element proxy lxml creates, which costs more than the parse
    # itself on a page that is walked. Nothing in newsparse uses the HtmlElement methods.
    # Comments are dropped while parsing, but on the second reading of a streamed React
    # page (see _place_streamed_segments), which needs its boundaries' comments for a moment.
    return etree.HTMLParser(
        encoding="utf-8", remove_comments=not keep_comments, remove_pis=True, collect_ids=False, huge_tree=True
    )
