"""Small named heuristics for pages no adapter knows: title, byline and date.

Each function answers one question about a page from what the generic adapter hands
it (texts and a few elements), so each can be tested on the odd case that made it
necessary. :mod:`newsparse.content` finds the article text; this module finds what
sits around it.

>>> strip_site_name("Best Tax Preparation Software | Accounting.com", ["Accounting.com"])
'Best Tax Preparation Software'
>>> author_name("By Jane Doe, Staff Writer")
'Jane Doe'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from lxml import etree

from newsparse.extract import clean_text

__all__ = [
    "author_name",
    "byline_from_window",
    "choose_title",
    "headline_region",
    "is_label_heading",
    "names_agree",
    "strip_site_name",
    "text_window",
]

# --------------------------------------------------------------------------- titles

# What sites put between a title and their name in <title> and og:title.
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|•|·|::|»|/|:)\s+")
_TRAILING_SEPARATOR = re.compile(r"\s*(?:\||-|–|—|•|·|::|»|/|:)\s*$")
_LEADING_SEPARATOR = re.compile(r"^\s*(?:\||-|–|—|•|·|::|»|/|:)\s*")


def _fold(text: str | None) -> str:
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


def _squash(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def site_names_from(url: str | None, *names: str | None) -> list[str]:
    """The names a site goes by: the ones given (``og:site_name``...) and its host name.

    >>> site_names_from("https://www.fool.com/investing/", "The Motley Fool")
    ['The Motley Fool', 'fool.com', 'fool']
    """
    out = [n for n in names if n]
    host = (urlsplit(url).hostname or "") if url else ""
    if host:
        host = host.removeprefix("www.")
        out.append(host)
        out.append(host.split(".")[-2] if host.count(".") >= 1 else host)
    return out


def _is_site_name(part: str, site_names: Iterable[str]) -> bool:
    squashed = _squash(part)
    if not squashed:
        return False
    for name in site_names:
        other = _squash(name)
        if other and (squashed == other or (len(other) >= 4 and (other in squashed or squashed in other))):
            return True
    return False


def strip_site_name(title: str | None, site_names: Sequence[str] = ()) -> str | None:
    """A page title without the site's name before or after it.

    The part cut off must match one of ``site_names`` (or the host name); a title
    whose parts match none keeps them all, since ``Guide - 10 Benefits`` is one title.

    >>> strip_site_name("Leadfeeder | State of SEO in 2026", ["Leadfeeder"])
    'State of SEO in 2026'
    >>> strip_site_name("How Machine Learning is Shaping eCommerce - 10 Benefits", ["Appinventiv"])
    'How Machine Learning is Shaping eCommerce - 10 Benefits'
    """
    title = clean_text(title)
    if not title:
        return None
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # Drop site-name parts from both ends; keep the title's own separators in between.
    while len(parts) > 1 and _is_site_name(parts[-1], site_names):
        title = _TRAILING_SEPARATOR.sub("", title[: title.rfind(parts[-1])])
        parts.pop()
    while len(parts) > 1 and _is_site_name(parts[0], site_names):
        title = _LEADING_SEPARATOR.sub("", title[title.find(parts[0]) + len(parts[0]) :])
        parts.pop(0)
    return clean_text(title)


# Headings that label a page or a section, not an article.
_LABELS = frozenset(
    {
        "blog", "the blog", "our blog", "news", "latest news", "articles", "resources", "contact us",
        "contact", "about", "about us", "home", "menu", "search", "insights", "press", "updates",
    }
)  # fmt: skip


def is_label_heading(heading: str, meta_title: str | None, site_names: Sequence[str] = ()) -> bool:
    """True when an ``h1`` names the site or a section rather than the article.

    That is: it is the site's name, a generic label (``Blog``, ``Contact Us``), or a
    short heading (three words at most) sharing no word with the title the page gives
    search engines, when that title is a real one (four words or more).

    >>> is_label_heading("Antoyo's Blog", "rustc_codegen_gcc: Progress Report #39")
    True
    >>> is_label_heading("Affordable nutrition", "Affordable food: Nutrition for low-income families")
    False
    """
    folded = _fold(heading)
    if not folded or folded in _LABELS or _is_site_name(heading, site_names):
        return True
    words = folded.split()
    meta_words = _fold(meta_title).split()
    if len(words) <= 3 and len(meta_words) >= 4:
        return not set(words) & set(meta_words)
    return False


def choose_title(
    headings: Sequence[str], meta_titles: Sequence[str | None], site_names: Sequence[str] = ()
) -> str | None:
    """The article's title: the ``h1`` the metadata agrees with, else a real ``h1``, else metadata.

    ``meta_titles`` are the titles given to search engines and social sites, best
    first (JSON-LD ``headline``, ``og:title``, ``<title>``), site names not yet removed.

    - an ``h1`` equal to one of them (case, spacing and punctuation aside), or one
      that one of them starts with, wins;
    - else the first ``h1`` that is not a label (:func:`is_label_heading`) and does
      not merely continue a metadata title with a byline or a date;
    - else the first metadata title with its site name removed.

    >>> choose_title(["Site", "The real story"], ["The real story - Site"], ["Site"])
    'The real story'
    >>> choose_title(["Cory Dransfeldt"], [None, "A brief intro to git • Cory Dransfeldt"], ["Cory Dransfeldt"])
    'A brief intro to git'
    """
    metas = [m for m in (strip_site_name(t, site_names) for t in meta_titles) if m]
    folded_metas = [_fold(m) for m in metas] + [_fold(t) for t in meta_titles if t]
    for heading in headings:
        folded = _fold(heading)
        if folded and any(m == folded or m.startswith(folded + " ") for m in folded_metas):
            return heading
    meta = metas[0] if metas else None
    for heading in headings:
        folded = _fold(heading)
        if is_label_heading(heading, meta, site_names):
            continue
        if meta and folded.startswith(_fold(meta) + " ") and len(folded) > len(_fold(meta)) + 8:
            return meta  # "Title Posted on July 1, 2024 by admin": the heading took the byline in
        return heading
    return meta


# --------------------------------------------------------------------------- where the byline sits


def headline_region(heading: etree._Element, min_chars: int = 300, max_levels: int = 4) -> etree._Element:
    """The element around the headline that holds its byline and date: the first
    ancestor with at least ``min_chars`` of text, at most ``max_levels`` up."""
    region = heading
    for level, ancestor in enumerate(heading.iterancestors()):
        if ancestor.tag in ("body", "html") or level >= max_levels:
            break
        region = ancestor
        if len(_text(ancestor)) >= min_chars:
            break
    return region


def _text(element: etree._Element) -> str:
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def text_window(heading: etree._Element, before: int = 120, after: int = 400) -> str:
    """The visible text around the headline: a little before it, more after it.

    Bylines and dates sit there (``By Jane Doe | March 3, 2025``) on most templates.
    """
    region = headline_region(heading)
    text = " ".join(_text(region).split())
    title = " ".join(_text(heading).split())
    at = text.find(title) if title else -1
    if at < 0:
        return text[: before + after]
    return text[max(0, at - before) : at + len(title) + after]


# --------------------------------------------------------------------------- authors

_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:written|posted|published|authored|reviewed|edited|reported|words|text|story|photos?)\s+by|by|"
    r"author|authors|written|auteur|autor|von|par|por|view all posts by|more posts by|read more about|"
    r"all posts by|articles by|posts by)\s*[:|]?\s*",
    re.IGNORECASE,
)
# Where a credit line stops being a name: a role, a date, a separator.
_AUTHOR_END = re.compile(
    r"\s*(?:[|•·●]|\s[-–—]\s|\bon\s+(?=\w+\.? \d)|\bupdated\b|\bpublished\b|\bposted\b|\bin\s+[A-Z]|\d{1,2}\s*min|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|"
    r",\s*(?:staff|senior|contributing|freelance|guest|chief|managing|associate|deputy)?\s*(?:writer|editor|reporter|"
    r"correspondent|columnist|contributor|journalist|author))",
    re.IGNORECASE,
)
_NOT_AUTHORS = frozenset(
    {
        "admin", "administrator", "webmaster", "root", "user", "guest", "editor", "author", "authors",
        "undefined", "null", "none", "unknown", "anonymous", "read more", "written by", "posted by", "by",
        "share", "follow", "subscribe", "login", "log in", "sign in", "home", "menu", "search", "github",
        "facebook", "twitter", "linkedin", "instagram", "youtube", "comments", "comment", "reply",
    }
)  # fmt: skip
_JOB_WORDS = re.compile(r"\b(?:writer|editor|reporter|contributor|journalist|founder|ceo)\s*$", re.IGNORECASE)


def author_name(text: str | None) -> str | None:
    """A credit cleaned to the name(s) it gives, or None when it gives no name.

    Drops ``By`` / ``Written by`` / ``View all posts by``, and what follows the name
    (a date, ``| 6 min read``, ``, Staff Writer``); refuses links, e-mail addresses,
    placeholders (``admin``, ``undefined``) and sentences.

    >>> author_name("By The Meetingnotes Team|6mins|February 28, 2026")
    'The Meetingnotes Team'
    >>> author_name("by Matt Miller on Dec 16, 2025 at 11:00 AM")
    'Matt Miller'
    >>> author_name("https://www.facebook.com/seriouseats") is None
    True
    >>> author_name("Posted by admin") is None
    True
    """
    text = clean_text(text)
    if not text:
        return None
    for _ in range(2):
        text = _AUTHOR_PREFIX.sub("", text).strip(" :|,-–—")
    end = _AUTHOR_END.search(text)
    if end and end.start() > 0:
        text = text[: end.start()]
    text = _JOB_WORDS.sub("", text).strip(" :|,.-–—") if len(text.split()) > 2 else text.strip(" :|,-–—")
    if not text or len(text) > 80 or len(text.split()) > 10:
        return None
    lowered = text.casefold()
    if lowered in _NOT_AUTHORS or "http" in lowered or "www." in lowered or "@" in text or "/" in text:
        return None
    if not any(ch.isalpha() for ch in text) or text[0].isdigit():
        return None
    return text


_BY_IN_TEXT = re.compile(
    r"(?:^|[\s|•·(])(?:[Ww]ritten [Bb]y|[Bb]y|BY)\s*:?\s*"
    r"([A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|van|von|de|der|den|da|di|du|la|le|del|and|&)){0,5})"
)


def byline_from_window(window: str) -> str | None:
    """A ``By Name`` credit in the text around the headline (``ByThe Meetingnotes Team`` too).

    >>> byline_from_window("Pricing guide 2026 By Emmanuel Oyibo Published on Oct 21, 2025")
    'Emmanuel Oyibo'
    >>> byline_from_window("Stand by me: a song") is None
    True
    """
    for match in _BY_IN_TEXT.finditer(window):
        name = author_name(match.group(1))
        if name and len(name.split()) >= 2:
            return name
    return None


def names_agree(a: str, b: str) -> bool:
    """True when two credits name the same people (case, accents and order aside).

    >>> names_agree("Jane Doe and John Roe", "John Roe, Jane Doe")
    True
    """
    split = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
    left = {_fold(n) for n in split.split(a) if _fold(n)}
    right = {_fold(n) for n in split.split(b) if _fold(n)}
    return bool(left) and left == right
