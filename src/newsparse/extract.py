"""Shared extraction helpers: the tricks every adapter needs, written once.

Each helper is a small pure function with a name that says what it returns. Adapters
call them; when one is wrong it is fixed here, never patched in one adapter.

>>> split_kicker("ALGÉRIE : Le pétrole repart")
('ALGÉRIE', 'Le pétrole repart')
>>> comment_count_from_text("Kommentare (3)")
3
>>> signoff_byline("R. I.")
Byline(text='R. I.', authors=('R. I.',))
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsparse.article import Block, BlockKind, Byline, Crumb, Day

__all__ = [
    "PROMOTION_FLAGS",
    "block_kind",
    "byline_from_text",
    "clean_breadcrumb",
    "clean_text",
    "comment_count_from_text",
    "drop_signoff",
    "first_date_in",
    "is_promotion_flag",
    "parse_date",
    "raw_text_of",
    "repeats_title",
    "resolve_url",
    "signoff_byline",
    "split_authors",
    "split_caption_credit",
    "split_kicker",
    "text_of",
]

# --------------------------------------------------------------------------- text

_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# Characters that carry no text at all: C0/C1 controls (but tab/newline, which are
# spaces) and bidi overrides that could make a value display differently than it reads.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNUSUAL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200c\u200d\u2060\ufeff]")


def clean_text(text: str | None) -> str | None:
    """Normalise whitespace as FIELDS.md says; return None for text with nothing in it.

    >>> clean_text("  Hello\\u00a0\\n world ")
    'Hello world'
    >>> clean_text(" \\u200b ") is None
    True
    """
    if not text:
        return None
    if _UNUSUAL.search(text):  # a control, bidi or zero-width character: the slow, full rules
        return _SPACE.sub(" ", _CONTROL.sub("", text)).strip() or None
    # str.split folds exactly the whitespace the regex's \s matches (str.isspace), in C.
    return " ".join(text.split()) or None


# Elements whose text is never article text.
SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea"}
)
# Elements that end a line of text: their content must not glue onto the next word.
BREAKING_TAGS = frozenset(
    {
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
        "table", "blockquote", "section", "article", "header", "footer", "figure", "figcaption",
        "dd", "dt", "dl", "pre", "hr", "nav", "aside", "address", "main", "form",
    }
)  # fmt: skip


def raw_text_of(element: etree._Element) -> str:
    """The element's visible text, unnormalised: scripts, styles and comments skipped.

    Iterative, so a page nested 50,000 levels deep cannot exhaust the Python stack.
    """
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIPPED_TAGS:
        return ""
    out: list[str] = [element.text or ""]
    stack: list[tuple[Iterator[etree._Element], etree._Element]] = [(iter(element), element)]
    while stack:
        children, parent = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:
                if parent.tag in BREAKING_TAGS:
                    out.append(" ")
                if parent.tail:
                    out.append(parent.tail)
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED_TAGS:
            if child.tail:
                out.append(child.tail)
            continue
        if tag in BREAKING_TAGS:
            out.append(" ")
        if child.text:
            out.append(child.text)
        stack.append((iter(child), child))
    return "".join(out)


def text_of(element: etree._Element | None) -> str | None:
    """The element's visible text, whitespace-normalised, or None when it shows none."""
    if element is None:
        return None
    return clean_text(raw_text_of(element))


# --------------------------------------------------------------------------- kicker

_LOWER = re.compile(r"[^\W\d_]")  # any letter; lowercase checked below
_KICKER_COLON = re.compile(r"\s*:\s*")


def split_kicker(title: str | None) -> tuple[str | None, str | None]:
    """Split ``KICKER : Headline`` into its kicker and headline (FIELDS.md's rule).

    The left part splits off when it has no lowercase letter and either the colon has a
    space before it (French typography) or the left part has at least two words.

    >>> split_kicker("LE PORTE-PAROLE DU KREMLIN L’A AFFIRME : La Russie œuvre")
    ('LE PORTE-PAROLE DU KREMLIN L’A AFFIRME', 'La Russie œuvre')
    >>> split_kicker("DGB: Brückensperrung belegt")
    (None, 'DGB: Brückensperrung belegt')
    >>> split_kicker("Prison official: ‘Anyone’ can apply")
    (None, 'Prison official: ‘Anyone’ can apply')
    """
    title = clean_text(title)
    if not title:
        return None, None
    colon = title.find(":")
    if colon <= 0:
        return None, title
    left, right = title[:colon], title[colon + 1 :]
    kicker, headline = left.strip(), right.strip()
    if not kicker or not headline:
        return None, title
    if any(ch.islower() for ch in kicker) or not _LOWER.search(kicker):
        return None, title
    spaced = left[-1:].isspace()
    if not (spaced or len(kicker.split()) >= 2):
        return None, title
    return kicker, headline


# --------------------------------------------------------------------------- bylines

_BY_PREFIX = re.compile(
    r"^(?:by|par|von|por|di|door|av|af|przez|от|بقلم|كتب|written by|texte|text|texto|autor|author|auteur)\s*:?\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\sand\s|\set\s|\sund\s|\sy\s|\se\s|\s/\s|\|)\s*", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]?\.\s?){1,4}(?:\s?[-/]\s?(?:[A-ZÀ-ÖØ-Þ]\.\s?){1,4})?$")
# Agencies that sign wire copy; matched as the whole sign-off.
AGENCIES = frozenset(
    {
        "afp", "ap", "aps", "dpa", "epa", "reuters", "ansa", "efe", "kna", "epd", "apa", "sda",
        "belga", "anp", "tass", "ria novosti", "xinhua", "map", "tap", "ani", "pti", "ians",
        "upi", "ips", "mena", "wafa", "qna", "spa", "kuna", "anadolu", "aa", "agences",
        "afp/reuters", "dpa/afp", "ats", "ats/afp", "the associated press", "associated press",
        "bloomberg", "europa press",
    }
)  # fmt: skip
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’\-]+$|^[A-ZÀ-ÖØ-Þ]\.$")


def byline_from_text(text: str | None) -> Byline | None:
    """A Byline from a displayed credit: drops the ``By``/``Par``/``Von`` label.

    >>> byline_from_text("Par Rachid Ighil et Amina B.")
    Byline(text='Rachid Ighil et Amina B.', authors=('Rachid Ighil', 'Amina B.'))
    """
    text = clean_text(text)
    if not text:
        return None
    text = clean_text(_BY_PREFIX.sub("", text)) or text
    authors = split_authors(text)
    return Byline(text=text, authors=authors)


def split_authors(text: str) -> tuple[str, ...]:
    """Split a credit line into names: commas, ``and``/``et``/``und``/``y``, ``&``, ``/``."""
    if _INITIALS.match(text):
        return (text,)
    names = []
    for part in _AUTHOR_SPLIT.split(text):
        name = clean_text(_BY_PREFIX.sub("", part.strip(" -–—")) if part else None)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def signoff_byline(text: str | None) -> Byline | None:
    """A Byline when a paragraph is only a sign-off: initials, an agency, or ``Name Surname``.

    >>> signoff_byline("APS")
    Byline(text='APS', authors=('APS',))
    >>> signoff_byline("Le président a parlé.") is None
    True
    """
    text = clean_text(text)
    if not text or len(text) > 40:
        return None
    bare = text.strip("()[]—–- ")
    if not bare:
        return None
    if _INITIALS.match(bare) or bare.lower() in AGENCIES:
        return Byline(text=bare, authors=(bare,))
    words = bare.split()
    if 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) and not bare.endswith("."):
        return Byline(text=bare, authors=(bare,))
    if "/" in bare and all(part.strip().lower() in AGENCIES for part in bare.split("/")):
        return Byline(text=bare, authors=(bare,))
    return None


# --------------------------------------------------------------------------- comments

_NUMBER = re.compile(r"(?<![\d.,])(\d{1,9})(?![\d.,]?\d)")
_ZERO_COMMENTS = re.compile(
    r"\b(?:no|zero|keine?n?|aucun|pas de|sin|ningún|nessun|geen|nenhum)\s+(?:\w+\s+)?"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|coment[aá]rios?|responses?|replies)\b"
    r"|\b(?:be the first|sei der erste|soyez le premier|sé el primero|leave a comment|laisser un commentaire|"
    r"kommentar schreiben|deja un comentario|escribe un comentario|add comment)\b"
    r"|لا\s+(?:توجد\s+)?تعليقات|لا يوجد تعليق|أضف تعليق",
    re.IGNORECASE,
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def comment_count_from_text(text: str | None) -> int | None:
    """The comment count a counter's text shows, or None when it shows no number.

    Works for a bare number and for the usual wordings in English, French, German,
    Spanish and Arabic, including the "no comments" forms, which mean 0.

    >>> [comment_count_from_text(t) for t in ("0", "12 Comments", "Aucun commentaire", "٣ تعليقات")]
    [0, 12, 0, 3]
    >>> comment_count_from_text("1e400") is None
    True
    """
    text = clean_text(text)
    if not text or len(text) > 80:
        return None
    text = text.translate(_ARABIC_DIGITS)
    numbers = _NUMBER.findall(text)
    if len(numbers) == 1 and not re.search(r"\d[eE][+-]?\d|-\s*\d", text):
        return int(numbers[0])
    if not numbers and _ZERO_COMMENTS.search(text):
        return 0
    if not numbers and re.fullmatch(r"(?i)one comment|un commentaire|ein kommentar|un comentario|تعليق واحد", text):
        return 1
    return None


# --------------------------------------------------------------------------- dates

_MONTHS = {
    name: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv févr mars avr mai juin juil août sept oct nov déc",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jänner feber märz april mai juni juli august september oktober november dezember",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sep oct nov dic",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    )
    for i, name in enumerate(names.split())
}
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_TEXT_DMY = re.compile(r"\b(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b")
_TEXT_MDY = re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)


def parse_date(text: str | None) -> Day | None:
    """A datetime (aware when the text gives an offset) or a plain date, else None.

    Reads ISO 8601 (``datetime`` attributes, JSON-LD, meta) and the usual visible forms
    (``27. Oktober 2023``, ``October 27, 2023``, ``27/10/2023``). Relative dates
    ("20 hours ago") are not dates and give None.

    >>> parse_date("2023-11-01T09:50:26+01:00")
    datetime.datetime(2023, 11, 1, 9, 50, 26, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
    >>> parse_date("27. Oktober 2023")
    datetime.date(2023, 10, 27)
    """
    text = clean_text(text)
    if not text or len(text) > 200:
        return None
    try:
        match = _ISO.search(text)
        if match:
            return _iso_match(match)
        day = _visible_day(text)
    except (ValueError, OverflowError):
        return None
    if day is None:
        return None
    clock = _TIME.search(text)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        if clock.group(3):
            hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
        if hour < 24 and minute < 60:
            return datetime(day.year, day.month, day.day, hour, minute)
    return day


def _iso_match(match: re.Match[str]) -> Day:
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if match[4] is None:
        return date(year, month, day)
    tz = None
    if match[7]:
        offset = match[7].upper()
        if offset == "Z":
            tz = timezone.utc
        else:
            sign = -1 if offset[0] == "-" else 1
            digits = offset[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return datetime(year, month, day, int(match[4]), int(match[5]), int(match[6] or 0), tzinfo=tz)


def _visible_day(text: str) -> date | None:
    lowered = text.lower()
    match = _TEXT_DMY.search(lowered)
    if match and match[2].rstrip(".") in _MONTHS:
        return date(int(match[3]), _MONTHS[match[2].rstrip(".")], int(match[1]))
    match = _TEXT_MDY.search(lowered)
    if match and match[1] in _MONTHS:
        return date(int(match[3]), _MONTHS[match[1]], int(match[2]))
    match = _NUMERIC_DMY.search(lowered)
    if match:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        # Day first is the rule outside the US; take month first only when it must be.
        if second > 12 >= first:
            first, second = second, first
        return date(year, second, first)
    return None


def first_date_in(text: str | None, *, month_first: bool = False) -> date | None:
    """The first calendar date written in a run of visible text, or None.

    For the line under a headline (``By Jane Doe | Updated Dec 26, 2025 • 6 min read``),
    where :func:`parse_date` would refuse a long text. Reads the forms
    :func:`parse_date` reads; a numeric ``03/04/2025`` is read day first unless
    ``month_first`` (a US page) or the numbers allow only one reading. Years outside
    1990-2100 are not dates here (``1200 words``).

    >>> first_date_in("Mahua Das · Dec 26, 2025 · Updated January 2, 2026")
    datetime.date(2025, 12, 26)
    >>> first_date_in("Published On: 15 August 2025")
    datetime.date(2025, 8, 15)
    >>> first_date_in("12 min read, 2025 edition") is None
    True
    """
    text = clean_text(text)
    if not text:
        return None
    lowered = text.lower()
    found: list[tuple[int, date | None]] = []
    for match in _ISO_DAY.finditer(lowered):
        found.append((match.start(), _checked_day(match[1], match[2], match[3])))
    for match in _TEXT_DMY.finditer(lowered):
        month = _MONTHS.get(match[2].rstrip("."))
        if month:
            found.append((match.start(), _checked_day(match[3], month, match[1])))
    for match in _TEXT_MDY.finditer(lowered):
        month = _MONTHS.get(match[1].rstrip("."))
        if month:
            found.append((match.start(), _checked_day(match[3], month, match[2])))
    for match in _NUMERIC_DMY.finditer(lowered):
        first, second = int(match[1]), int(match[2])
        if (month_first and first <= 12) or second > 12:
            first, second = second, first
        found.append((match.start(), _checked_day(match[3], second, first)))
    days = [(at, day) for at, day in found if day is not None]
    return min(days, key=lambda item: item[0])[1] if days else None


_ISO_DAY = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")


def _checked_day(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None
    return found if 1990 <= found.year <= 2100 else None


# --------------------------------------------------------------------------- URLs

_SAFE_SCHEMES = ("http", "https")


def resolve_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL for ``href`` against ``base``; None for anything else.

    ``javascript:``, ``data:``, ``mailto:`` and fragment-only links give None, and so does
    a relative link with no base to resolve it against.

    >>> resolve_url("/monde/", "https://example.dz/a/b")
    'https://example.dz/monde/'
    >>> resolve_url("javascript:void(0)", "https://example.dz/") is None
    True
    """
    if not href:
        return None
    href = _CONTROL.sub("", href).strip()
    href = href.replace(" ", "%20").replace("\n", "").replace("\t", "").replace("\r", "")
    if not href or href.startswith("#"):
        return None
    try:
        url = urljoin(base or "", href) if base else href
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc or any(c.isspace() for c in url):
        return None
    return url


# --------------------------------------------------------------------------- breadcrumbs

_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")


def repeats_title(label: str, title: str | None) -> bool:
    """True when a crumb label only repeats the title, whole or cut with ``...``."""
    if not title:
        return False
    a, b = _fold(label), _fold(title)
    if not a:
        return False
    if a == b:
        return True
    cut = _fold(_ELLIPSIS.sub("", label))
    return bool(_ELLIPSIS.search(label.strip())) and len(cut) >= 8 and b.startswith(cut)


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def clean_breadcrumb(crumbs: Sequence[Crumb], *titles: str | None) -> tuple[Crumb, ...]:
    """Drop empty and duplicate crumbs and the final crumb that repeats the title."""
    out: list[Crumb] = []
    for crumb in crumbs:
        if out and out[-1] == crumb:
            continue
        out.append(crumb)
    while out and any(repeats_title(out[-1].label, t) for t in titles):
        out.pop()
    return tuple(out)


# --------------------------------------------------------------------------- sections

# Placement flags sites file articles under to promote them; they are not sections.
PROMOTION_FLAGS = frozenset(
    {
        "à la une", "a la une", "la une", "une", "top thema", "top themen", "topthema", "featured",
        "featured news", "destacada", "destacadas", "destacado", "slider", "slide", "breaking",
        "breaking news", "top news", "top stories", "top story", "headline", "headlines",
        "trending", "editor's pick", "editors pick", "highlight", "highlights", "especial",
        "main", "hero", "spotlight", "uncategorized", "non classé", "allgemein", "sin categoría",
        "general", "news", "aktuell", "actualités", "noticias", "home", "accueil", "startseite",
        "inicio", "start", "portada",
    }
)  # fmt: skip


def is_promotion_flag(label: str) -> bool:
    """True for placement labels (``à la une``, ``Top Thema``, ``Featured``) and home crumbs."""
    return label.casefold().strip(" :|›»>") in PROMOTION_FLAGS


# --------------------------------------------------------------------------- blocks

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def block_kind(tag: str) -> BlockKind:
    """The Block kind an element's tag stands for."""
    if tag in _HEADINGS:
        return "heading"
    if tag == "li":
        return "list_item"
    if tag == "blockquote":
        return "quote"
    if tag == "pre":
        return "preformatted"
    return "paragraph"


def drop_signoff(blocks: Sequence[Block]) -> tuple[tuple[Block, ...], Byline | None]:
    """Split a trailing sign-off paragraph (``R. I.``, ``APS``) off the body."""
    if len(blocks) >= 2 and blocks[-1].kind == "paragraph":
        byline = signoff_byline(blocks[-1].text)
        if byline is not None:
            return tuple(blocks[:-1]), byline
    return tuple(blocks), None


# --------------------------------------------------------------------------- captions

_CREDIT = re.compile(
    r"\s*(?:\|\s*)?(?:(?:photo|foto|image|bild|credit|crédit|credits|image credits|crédit photo|fuente|source|quelle)s?\s*:|©|\(c\))\s*",
    re.IGNORECASE,
)


def split_caption_credit(text: str | None) -> tuple[str | None, str | None]:
    """Split ``Caption. Foto: Agency`` into caption and credit (the label dropped).

    >>> split_caption_credit("Der Bahnhof im Winter | Foto: Max Muster")
    ('Der Bahnhof im Winter', 'Max Muster')
    """
    text = clean_text(text)
    if not text:
        return None, None
    match = _CREDIT.search(text)
    if match:
        caption = clean_text(text[: match.start()].rstrip(" |-–—"))
        return caption, clean_text(text[match.end() :])
    paren = re.search(r"\s*\(([^()]{2,60})\)$", text)
    if paren and paren.start() > 0:
        return clean_text(text[: paren.start()]), clean_text(paren.group(1))
    return text, None
