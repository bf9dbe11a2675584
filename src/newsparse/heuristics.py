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
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from urllib.parse import urlsplit

from lxml import etree

from newsparse.content import select_text
from newsparse.extract import clean_text, fold_words, is_comments_section, raw_text_of

__all__ = [
    "author_name",
    "byline_from_window",
    "choose_title",
    "closing_lines",
    "credits_a_reviewer",
    "headline_region",
    "host_of_person",
    "is_label_heading",
    "is_role",
    "is_site_name",
    "looks_like_person",
    "name_beside_date",
    "names_agree",
    "reads_as_prose",
    "shown_date",
    "spaced_text",
    "strip_site_name",
    "text_lines",
    "text_window",
    "time_is_update",
    "trailing_lines",
    "undoubled",
    "without_role",
    "without_tagline",
    "without_trailing_separators",
]

# --------------------------------------------------------------------------- titles

# What sites put between a title and their name in <title> and og:title.
TITLE_SEPARATORS = ("|", "-", "–", "—", "•", "·", "::", "»", "/", ":")
_SEPARATOR = "(?:" + "|".join(map(re.escape, TITLE_SEPARATORS)) + ")"
_SEPARATORS = re.compile(rf"\s+{_SEPARATOR}\s+")
_TRAILING_SEPARATOR = re.compile(rf"\s*{_SEPARATOR}\s*$")
_SITE_COLON = re.compile(r"^([^:]{2,60}):\s+(?=\S)")
_LEADING_SEPARATOR = re.compile(rf"^\s*{_SEPARATOR}\s*")


def without_trailing_separators(name: str | None) -> str | None:
    """``name`` without the title separators a template left at its end, each standing
    alone after a space (one pass over the words: a run of them is read once).

    >>> without_trailing_separators("Ambient Air Solutions |"), without_trailing_separators("Né-Yo")
    ('Ambient Air Solutions', 'Né-Yo')
    """
    words = (name or "").split()
    while words and words[-1] in TITLE_SEPARATORS:
        words.pop()
    return " ".join(words) or None


def _squash(text: str | None) -> str:
    return fold_words(text).replace(" ", "")


def site_names_from(url: str | None, *names: str | None) -> list[str]:
    """The names a site goes by: the ones given (``og:site_name``...) and its host name.

    >>> site_names_from("https://www.fool.com/investing/", "The Motley Fool")
    ['The Motley Fool', 'fool.com', 'fool']

    A page title given as the site's name (``og:site_name`` set to ``How to Design a
    Website: a Complete Guide | Clay``) names the site after its last separator:

    >>> site_names_from(None, "How to Design a Website: a Complete Guide for 2026 | Clay")
    ['Clay']
    """
    out = [_site_part(n) for n in names if n]
    host = (urlsplit(url).hostname or "") if url else ""
    if host:
        host = host.removeprefix("www.")
        out.append(host)
        out.append(host.split(".")[-2] if host.count(".") >= 1 else host)
    return out


def _site_part(name: str) -> str:
    """A site's name, or the part after the last separator of a page title given as one."""
    if len(name.split()) <= _SITE_NAME_WORDS:
        return name
    for separator in (" | ", " – ", " — ", " - "):
        head, found, tail = name.rpartition(separator)
        if found and head and tail.strip():
            return tail.strip()
    return name


# More words than this make a title, not a site's name, when a separator is there to cut it.
_SITE_NAME_WORDS = 6


def is_site_name(part: str, site_names: Iterable[str]) -> bool:
    """True when ``part`` is one of ``site_names`` (or contains one, or is contained in one).

    >>> is_site_name("The Motley Fool", ["fool.com", "fool"])
    True
    >>> is_site_name("Jane Doe", ["example.com", "example"])
    False
    """
    squashed = _squash(part)
    if not squashed:
        return False
    # A name inside a longer text ("The Motley Fool" holds "fool") counts in a short part
    # only: a headline that mentions the brand ("Corti introduces GIM: ...") is no site name.
    short = len(part.split()) <= 4
    for name in site_names:
        other = _squash(name)
        if other and (squashed == other or (len(other) >= 4 and ((short and other in squashed) or squashed in other))):
            return True
    return False


def strip_site_name(title: str | None, site_names: Sequence[str] = (), *, colon: bool = True) -> str | None:
    """A page title without the site's name before or after it.

    The part cut off must match one of ``site_names`` (or the host name); a title
    whose parts match none keeps them all, since ``Guide - 10 Benefits`` is one title.
    ``colon=False`` keeps a lead ending with a colon (a headline's kicker may name the
    brand: ``Corti introduces GIM: ...``).

    >>> strip_site_name("Leadfeeder | State of SEO in 2026", ["Leadfeeder"])
    'State of SEO in 2026'
    >>> strip_site_name("RogerBW's Blog: Advent of Code 2025 week 2", ["RogerBW's Blog"])
    'Advent of Code 2025 week 2'
    >>> strip_site_name("How Machine Learning is Shaping eCommerce - 10 Benefits", ["Appinventiv"])
    'How Machine Learning is Shaping eCommerce - 10 Benefits'
    """
    title = clean_text(title)
    if not title:
        return None
    for name in site_names:  # "davidbau.com Vibe Coding"
        if "." in name and title.casefold().startswith(name.casefold() + " "):
            title = title[len(name) + 1 :]
            break
    site_first = _SITE_COLON.match(title) if colon else None
    if site_first and is_site_name(site_first.group(1), site_names):
        title = title[site_first.end() :]  # "RogerBW's Blog: Advent of Code"
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # Drop site-name parts from both ends; keep the title's own separators in between.
    while len(parts) > 1 and is_site_name(parts[-1], site_names):
        title = _TRAILING_SEPARATOR.sub("", title[: title.rfind(parts[-1])])
        parts.pop()
    while len(parts) > 1 and is_site_name(parts[0], site_names):
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

# A title given to search engines this long (in words) is a real one, not a label.
_REAL_TITLE_WORDS = 4


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
    folded = fold_words(heading)
    if not folded or folded in _LABELS or is_site_name(heading, site_names):
        return True
    words = folded.split()
    meta_words = fold_words(meta_title).split()
    if len(words) <= 3 and len(meta_words) >= _REAL_TITLE_WORDS:
        return not set(words) & set(meta_words)
    return False


def without_tagline(title: str | None) -> str | None:
    """A headline without the tagline a template appended after a bar: ``Title | Top 19 Companies``.

    Only a vertical bar counts (dashes are punctuation inside headlines), and only
    when the part before it is a headline of its own (three words or more).

    >>> without_tagline("Best Residential Movers in NYC 2025 | Top 19 Companies")
    'Best Residential Movers in NYC 2025'
    >>> without_tagline("Q&A | Why now")
    'Q&A | Why now'
    """
    if not title or " | " not in title:
        return title
    head = title.split(" | ", 1)[0].strip()
    return head if len(head.split()) >= 3 else title


def choose_title(
    headings: Sequence[str],
    meta_titles: Sequence[str | None],
    site_names: Sequence[str] = (),
    *,
    earlier: Iterable[str] = (),
) -> str | None:
    """The article's title: the ``h1`` the metadata agrees with, else a real ``h1``, else metadata.

    ``meta_titles`` are the titles given to search engines and social sites, best
    first (JSON-LD ``headline``, ``og:title``, ``<title>``), site names not yet removed.
    ``earlier`` are the lesser headings (``h2``) shown before the first ``h1``; it is
    read only when no ``h1`` agrees with the metadata, so it may be a generator.

    - an ``h1`` equal to one of them (case, spacing and punctuation aside), or one
      that one of them starts with, wins;
    - else a lesser heading before every ``h1`` that equals one of them (a template
      that gives the article an ``h2`` and its sections ``h1``);
    - else the first ``h1``, unless it is a label (:func:`is_label_heading`), a
      paragraph (:func:`reads_as_prose`), it only wraps a metadata title in a byline
      or a date, or it shares no word with a metadata title that a later ``h1`` shows
      after a label (``Title:``);
    - else the first metadata title with its site name removed.

    >>> choose_title(["Site", "The real story"], ["The real story - Site"], ["Site"])
    'The real story'
    >>> choose_title(["Cory Dransfeldt"], [None, "A brief intro to git • Cory Dransfeldt"], ["Cory Dransfeldt"])
    'A brief intro to git'
    >>> choose_title(["But what they love is versatility"], ["What do people love about Rust? | Rust Blog"],
    ...              ["Rust Blog"], earlier=["What do people love about Rust?"])
    'What do people love about Rust?'
    """
    metas = [m for m in (strip_site_name(t, site_names) for t in meta_titles) if m]
    folded_metas = [fold_words(m) for m in metas] + [fold_words(t) for t in meta_titles if t]

    def named(folded: str) -> bool:  # a metadata title is the heading, or starts with it
        return any(m == folded or m.startswith(folded + " ") for m in folded_metas)

    for heading in headings:
        folded = fold_words(heading)
        if folded and not is_site_name(heading, site_names) and named(folded):
            return strip_site_name(heading, site_names, colon=False) or heading  # "Critics' Choice: ... – Artlyst"
    for heading in earlier:
        folded = fold_words(heading)
        if len(folded.split()) >= _REAL_TITLE_WORDS and named(folded):
            return heading
    meta = _uncut(metas)
    first = next((h for h in headings if fold_words(h)), None)
    if first is None or is_label_heading(first, meta, site_names) or reads_as_prose(first):
        # The page's main heading names the site or a section; later h1 are sidebar titles.
        return meta or next(
            (h for h in headings if not is_label_heading(h, meta, site_names) and not reads_as_prose(h)), None
        )
    if (
        meta
        and _shown_after_a_label(meta, headings)
        and not set(fold_words(first).split()) & set(fold_words(meta).split())
    ):
        return meta  # "Computer Science > Artificial Intelligence", then "Title: <the title>"
    if meta:
        folded, wanted = fold_words(first), fold_words(meta)
        wraps = folded != wanted and (folded.startswith(wanted + " ") or folded.endswith(" " + wanted))
        if wraps and not _leads_into(first, meta) and not _runs_on(folded, wanted):
            return meta  # "Title Posted on July 1, 2024 by admin", "Dec 18 2025 Title"
    return first


def reads_as_prose(heading: str) -> bool:
    """True when an ``h1`` holds a paragraph (two sentences or more, thirty words or more),
    as a landing template's introduction does, rather than a headline.

    >>> reads_as_prose("Learn which home renovations have the best return on investment? Get expert tips "
    ...                "on how to understand and calculate it. We'll help you learn everything you need to know about it.")
    True
    >>> reads_as_prose("To Find the 5 Best French Presses, I Put 17 of the Top Models to the Test")
    False
    """
    return len(heading.split()) >= _PROSE_WORDS and _SENTENCE_END.search(heading) is not None


_PROSE_WORDS = 30
_SENTENCE_END = re.compile(r"[.?!]\s+(?=[A-Z])")


def _shown_after_a_label(meta: str, headings: Sequence[str]) -> bool:
    """True when a later ``h1`` shows the metadata title after a label: ``Title:AlignMerge ...``."""
    wanted = fold_words(meta)
    if len(wanted.split()) < _REAL_TITLE_WORDS:
        return False
    for heading in headings[1:]:
        folded = fold_words(heading)
        if folded.endswith(" " + wanted) and folded[: -len(wanted)].strip() in _LEAD_LABELS:
            return True
    return False


_LEAD_LABELS = frozenset({"title", "headline", "article", "post"})


def _uncut(metas: Sequence[str]) -> str | None:
    """The first metadata title, or the longer one that continues it when it was cut.

    SEO plugins cut the JSON-LD ``headline`` to Google's 110 characters at a word
    (``... Find Solutions (Including``); ``og:title`` keeps the whole title.
    """
    if not metas:
        return None
    first = metas[0]
    if len(first) >= _CUT_HEADLINE:
        folded = fold_words(first)
        for other in metas[1:]:
            if fold_words(other).startswith(folded + " "):
                return other
    return first


_CUT_HEADLINE = 90  # a headline this long may have been cut at 110 characters


def _runs_on(folded: str, wanted: str) -> bool:
    """True when a heading (folded) is the search title followed by more of the title
    (``... & Hourly Rate Comparison`` for ``... & Hourly Rate``): a search title cut short.
    A date, a byline or a number after it (``Posted on July 1, 2024 by admin``,
    ``(latimes.com) 87``) wraps the title instead."""
    if not folded.startswith(wanted + " "):
        return False
    tail = folded[len(wanted) :]
    return not any(ch.isdigit() for ch in tail) and not _WRAPPER_WORDS.search(tail)


_WRAPPER_WORDS = re.compile(
    r"\b(?:by|posted|published|updated|written|on|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december)\b"
)


def _leads_into(heading: str, meta: str) -> bool:
    """True when ``heading`` is ``meta`` after a lead of its own: a kicker ending with a
    colon (``Corti introduces GIM: Benchmark-leading method``) or a year (``2025 Software
    Price Guide``). Search titles often leave such a lead out; the page shows it."""
    if not heading.casefold().endswith(meta.casefold()):
        return False
    lead = heading[: len(heading) - len(meta)].strip()
    if lead.endswith(":"):
        return fold_words(lead) not in _LABELS  # "Blog: Title" is the section's label, not a kicker
    return len(lead) == 4 and lead.isdigit()


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


_TEXT_NODES = etree.XPath(
    "descendant::text()[normalize-space()]"
    "[not(parent::script or parent::style or parent::noscript or parent::template)]"
)


def text_lines(element: etree._Element) -> list[str]:
    """The visible text of an element, one line per text node (so ``Title`` and ``By Jane``
    never run together as ``TitleBy Jane``)."""
    return [" ".join(t.split()) for t in select_text(_TEXT_NODES, element)]


def spaced_text(element: etree._Element) -> str:
    """The visible text of an element, a space put between two text nodes that would
    otherwise run two words together: a React page sets ``<span>Written by</span><span>Jane
    Roe</span>`` and ``Jennifer Huberty<sup>1</sup>`` with nothing between them. Text
    nodes that meet at punctuation or a space are joined as they are (``Roe</a>, <a>``).

    >>> from lxml import etree
    >>> spaced_text(etree.fromstring("<p><span>Written by</span><span>Jane Roe</span>, <b>Ed</b></p>"))
    'Written by Jane Roe, Ed'
    """
    parts: list[str] = []
    for text in select_text(_TEXT_NODES, element):
        if parts and parts[-1][-1:].isalnum() and text[:1].isalnum():
            parts.append(" ")
        parts.append(text)
    return " ".join("".join(parts).split())


_FIRST_TEXT_NODES = etree.XPath(
    "descendant-or-self::text()[normalize-space()]"
    "[not(parent::script or parent::style or parent::noscript or parent::template)]"
    "[position() <= $limit]"
)
# Never read for the lines by the headline: code, controls, and image captions, whose
# photo credit beside the date is no byline (found by the arc-xp round trip).
# Not lines of the page's text: code, a form's options, a caption, and a quotation (a pull
# quote's "<cite>Karen Bass</cite>" under the headline is no credit). Buttons are read: a
# writer's name may be a tooltip's label.
_SILENT = frozenset({"script", "style", "noscript", "template", "svg", "select", "figcaption", "blockquote"})


def _is_caption(element: etree._Element) -> bool:
    """Whether a class names the element a picture's caption or credit: its names are the
    photographer's. ``credit`` alone counts under a picture only (``<img><span
    class="credit">Tom Roe</span>`` under a lead image, outside any figure): a theme may
    print its own ``div.credit`` with "Written by ... Posted on ..."."""
    value = element.get("class")
    if not value or ("apti" not in value and "redit" not in value and "opyright" not in value):
        return False  # most elements: no class, or none of these words (a substring test first)
    classes = set(value.lower().split())
    if not _CAPTION_CLASSES.isdisjoint(classes):
        return True
    return "credit" in classes and any(
        isinstance(sibling.tag, str) and sibling.tag in ("img", "picture")
        for sibling in element.itersiblings(preceding=True)
    )


_CAPTION_CLASSES = frozenset({"caption", "photo-credit", "image-credit", "img-credit", "wp-caption-text", "copyright"})


def _first_lines(element: etree._Element, limit: int) -> list[str]:
    """The first ``limit`` lines of text of an element, read until there are enough
    (an XPath would read all of a long article body first)."""
    lines: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            if not isinstance(el.tag, str) or el.tag in _SILENT or _is_caption(el):
                walker.skip_subtree()
            elif el.text and not el.text.isspace():
                lines.append(" ".join(el.text.split()))
        elif el is not element and el.tail and not el.tail.isspace():
            lines.append(" ".join(el.tail.split()))
        if len(lines) >= limit:
            break
    return lines[:limit]


def _last_lines(element: etree._Element, limit: int) -> list[str]:
    """The last ``limit`` lines of text of an element (what sits just above the headline),
    read backwards from its end until there are enough: the element may be a whole site
    header with a menu of hundreds of lines. Menus and the site's header inside it are
    passed over."""
    lines: list[str] = []
    for text in _texts_backwards(element):
        if text.strip(" \t\r\n"):  # what XPath's normalize-space() keeps
            lines.append(" ".join(text.split()))
            if len(lines) == limit:
                break
    return lines[::-1]


def _texts_backwards(element: etree._Element) -> Iterator[str]:
    """The text nodes of ``element`` (``descendant::text()``, the text of scripts, styles,
    ``noscript`` and ``template`` left out) from the last to the first; iterative, so any
    depth of nesting is walked."""
    stack: list[tuple[etree._Element, Iterator[etree._Element]]] = [(element, reversed(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if node.text and node.tag not in _QUIET_PARENTS:
                yield node.text
            continue
        if child.tail and node.tag not in _QUIET_PARENTS:
            yield child.tail
        if isinstance(child.tag, str) and not _is_site_chrome(child):
            stack.append((child, reversed(child)))


_CONTAINERS = frozenset({"main", "article"})


def _is_site_chrome(element: etree._Element) -> bool:
    """A menu, or the site's header (not a header inside ``main`` or ``article``): the lines
    above a headline read there are the site's (its menu, today's date), not the story's."""
    if element.tag == "nav":
        return True
    return element.tag == "header" and not any(a.tag in ("main", "article") for a in element.iterancestors())


# The elements whose own text nodes are not lines (as _TEXT_NODES leaves them out).
_QUIET_PARENTS = frozenset({"script", "style", "noscript", "template"})


# How many lines of the article text itself the window reads: a byline or a date set as
# the article's first paragraph, not the story's own names and dates further down.
_FENCED_LINES = 3
# A byline or dateline is a short line that names, labels or dates: "By Jane Doe",
# "Published March 3, 2025", "Mar 3, 2025 · 5 min read"; "The treaty was signed on
# April 13, 1995." is the story's.
_CREDIT_LINE_CHARS = 80
_CREDIT_WORDS = re.compile(
    r"^(?:by|par|von|por)\b|\b(?:posted|published|updated|written|min read|reading time|publié|mis à jour)\b"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,4}[./-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]{3,})",
    re.IGNORECASE,
)


def _reads_as_credit(line: str) -> bool:
    return len(line) <= _CREDIT_LINE_CHARS and (len(line.split()) <= 4 or _CREDIT_WORDS.search(line) is not None)


def _lines_beside(heading: etree._Element, limit: int, *, after: bool, stop: etree._Element | None = None) -> list[str]:
    """Up to ``limit`` lines of text after (or before) the heading in reading order,
    read from its siblings and its ancestors' siblings: only the elements near it.
    Reading after the heading ends a few lines into the ``stop`` element (the article text)."""
    lines: list[str] = []
    fence = {stop, *stop.iterancestors()} if stop is not None else set()
    node: etree._Element | None = heading
    while node is not None and node.tag not in ("body", "html") and len(lines) < limit:
        if not after and node is not heading and node.tag in _CONTAINERS:
            break  # above the article's container: the site's lines (today's date, a rail of other stories)
        if after and node.tail and node.tail.strip():
            lines.append(" ".join(node.tail.split()))
        for sibling in node.itersiblings(preceding=not after):
            if after and is_comments_section(sibling):
                return lines[:limit]  # the readers' comments: their names and dates are theirs
            if after and sibling in fence:  # the article's first lines may still be its byline
                credits = [line for line in _first_lines(sibling, _FENCED_LINES) if _reads_as_credit(line)]
                return (lines + credits)[:limit]
            if (
                isinstance(sibling.tag, str)
                and sibling.tag not in _SILENT
                and not _is_caption(sibling)
                and (after or not _is_site_chrome(sibling))
            ):
                found = _first_lines(sibling, limit - len(lines)) if after else _last_lines(sibling, limit)
                lines.extend(found if after else reversed(found))
            if after and sibling.tail and sibling.tail.strip():
                lines.append(" ".join(sibling.tail.split()))
            if len(lines) >= limit:
                break
        node = node.getparent()
    lines = lines[:limit]
    return lines if after else lines[::-1]


def closing_lines(element: etree._Element, limit: int = 6) -> list[str]:
    """The last lines of text of an element (an article's sign-off), read backwards from
    its end: a long article's text is not read for them. Menus inside it are passed over."""
    return _last_lines(element, limit)


def trailing_lines(element: etree._Element, limit: int = 8) -> list[str]:
    """The first lines of text after an element (the article text's footer: credit, date, tags)."""
    return _lines_beside(element, limit, after=True)


def text_window(
    heading: etree._Element,
    before: int = 4,
    after: int = 16,
    max_chars: int = 700,
    stop: etree._Element | None = None,
) -> str:
    """The lines of visible text around the headline: a few before it, more after it, up
    to ``stop`` (the article text, whose dates and names are the story's, not its byline).

    Bylines and dates sit there (``By Jane Doe | March 3, 2025``) on most templates. The
    headline's own lines are kept (``Dec 18 2025 Preparing a transition``).
    """
    lines = [
        *_lines_beside(heading, before, after=False),
        *text_lines(heading),
        *_lines_beside(heading, after, after=True, stop=stop),
    ]
    return "\n".join(lines)[:max_chars]


# --------------------------------------------------------------------------- authors

# Who checked the article, not who wrote it: "Edited by", "Medically reviewed by", "Fact-checked by".
_CHECKING = r"(?:reviewed|edited|fact[- ]?checked|verified)"  # what a reviewer's credit says they did
_CHECKED_BY = rf"(?:medically\s+|expert\s+)?{_CHECKING}\s+by\b"
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:(?:article\s+)?written|posted|published|authored|reported|words|text|story|article|photos?)\s+by|by|"
    r"author|authors|written|auteur|autor|von|par|por|view all posts by|more posts by|read more about|"
    r"all posts by|articles by|posts by)\b\s*[:|]?\s*",
    re.IGNORECASE,
)
# Where a credit line stops being a name: a role, a date, a separator.
_AUTHOR_END = re.compile(
    r"\s*(?:[|•·●×;]|\s[-–—]\s|\s+on\s+(?=(?-i:[A-Z0-9]))|,?\s+(?:le|el|am|il|den|du)\s+\d|"
    r"\b(?:updated|published|posted|publiée?|mise? à jour|veröffentlicht|aktualisiert|publicado|actualizado|"
    r"pubblicato|aggiornato)\b|\bin\s+(?-i:[A-Z])|\d{1,2}\s*min|"
    rf"\b{_CHECKED_BY}|"
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
        "bio", "full bio", "view bio", "view profile", "profile", "spotlight", "about the author",
        "meet the author",
    }
)  # fmt: skip
_LEADING_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)\s*[·•|,\-–—]*\s*",
    re.IGNORECASE,
)
_WRITTEN_BY = re.compile(r"\b(?:written|posted|authored)\s+by\b\s*:?", re.IGNORECASE)
_REVIEWED_BY = re.compile(_CHECKED_BY, re.IGNORECASE)
# Words a credit line runs on into after the name ("Cazzy Magennis Last updated...").
_TRAILING_JUNK = frozenset(
    {
        "view", "last", "read", "more", "updated", "published", "posted", "share", "min", "mins", "reviewed",
        "by", "and", "in", "on", "at", "|", "-", "says", "said", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "profile", "follow", "posts", "articles",
        "trending", "verified",
    }
)  # fmt: skip
# Links and buttons that sit in author boxes: "Order now", "Cite this webpage".
_CALL_TO_ACTION = frozenset(
    {
        "order", "cite", "explore", "read", "view", "see", "learn", "get", "download", "subscribe", "follow",
        "contact", "share", "click", "join", "sign", "shop", "buy", "try", "book", "call", "watch", "listen",
        "discover", "visit", "email", "print", "save", "copy",
    }
)  # fmt: skip
# What writers are, after their name: "Meghan Neville Content Marketing Coordinator".
_ROLE_NOUNS = frozenset(
    {
        "writer", "editor", "reporter", "correspondent", "columnist", "contributor", "journalist", "author",
        "expert", "coordinator", "director", "manager", "founder", "cofounder", "co-founder", "ceo", "cto",
        "specialist", "consultant", "strategist", "analyst", "engineer", "developer", "designer", "officer",
        "president", "owner", "reviewer", "winemaker", "chef", "producer", "photographer", "researcher",
        "scientist", "professor", "instructor", "coach", "advisor", "adviser", "nutritionist", "dietitian",
        "intern", "associate", "lead", "head",
    }
)  # fmt: skip
_ROLE_WORDS = _ROLE_NOUNS | frozenset(
    {
        "content", "marketing", "senior", "junior", "chief", "managing", "executive", "contributing", "digital",
        "security", "technology", "tech", "deputy", "assistant", "editorial", "social", "media", "product",
        "news", "features", "feature", "health", "science", "sports", "business", "staff", "freelance", "guest",
        "lead", "head", "principal", "general", "creative", "art", "sr", "jr", "ai", "&", "and", "of", "the",
    }
)  # fmt: skip


def is_role(text: str) -> bool:
    """True for a credit part that is a role, not a name: ``Digital Security Expert``.

    >>> is_role("Digital Security Expert"), is_role("Brett Cruz")
    (True, False)
    """
    words = [w.casefold().strip(".,") for w in text.split()]
    return bool(words) and words[-1] in _ROLE_NOUNS and all(w in _ROLE_WORDS for w in words)


def without_role(words: list[str]) -> list[str]:
    """A name's words without the role printed after it (two words of name are kept).

    >>> without_role("Meghan Neville Content Marketing Coordinator".split())
    ['Meghan', 'Neville']
    >>> without_role("The Meetingnotes Team".split())
    ['The', 'Meetingnotes', 'Team']
    """
    folded = [w.casefold().strip(".,") for w in words]
    if len(words) < 3 or folded[-1] not in _ROLE_NOUNS:
        return words
    # The role is a run of role words at the end: where that run starts, once (a credit of
    # 10,000 names was cut and re-read from every word).
    start = len(folded)
    while start > 0 and folded[start - 1] in _ROLE_WORDS:
        start -= 1
    for i in range(max(2, start), len(words)):
        if folded[i] not in ("&", "and", "of", "the"):
            return words[:i]
    return words


def _name_before_bio(words: list[str]) -> list[str]:
    """A name's words without the role or bio an author box runs on with.

    ``Jayesh Shinde Executive Editor at Digit ...``, ``Bence Kovacs Bence is a software
    developer ...``, ``Brinda Gulati Content``: when the first two or three words read as a
    person's name and the next is a role word, or the first name or the whole name again
    opening a sentence, the credit is cut there. Four capitalised name words stay.

    >>> _name_before_bio("Bence Kovacs Bence is a software developer".split())
    ['Bence', 'Kovacs']
    >>> _name_before_bio("Model Remodel Model Remodel is a design-build contractor".split())
    ['Model', 'Remodel']
    >>> _name_before_bio("Mary Ann Smith Johnson".split())
    ['Mary', 'Ann', 'Smith', 'Johnson']
    """
    if len(words) < 3:
        return words
    for k in (3, 2):
        name = words[:k]
        if k >= len(words) or any(w.casefold() in _ROLE_WORDS for w in name) or not looks_like_person(" ".join(name)):
            continue
        after = words[k]
        folded = after.casefold().strip(".,:")
        if folded in _ROLE_WORDS and folded not in _JOINING:
            return words[:k]
        # The bio opens with the first name or the whole name: "Bence is", "Model Remodel is".
        if after == words[0] and ["is"] in (words[k + 1 : k + 2], words[2 * k : 2 * k + 1]):
            return words[:k]
    return words


_JOINING = frozenset({"&", "and", "of", "the"})
_ENDS_WITH_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.$")  # "Amina B.", "م. ب."
_JOB_WORDS = re.compile(r"\b(?:writer|editor|reporter|contributor|journalist|founder|ceo)\s*$", re.IGNORECASE)


def credits_a_reviewer(text: str | None) -> bool:
    """Whether a credit names who reviewed, edited or checked the article, not who wrote it.

    >>> credits_a_reviewer("Reviewed by Monika Nemcova"), credits_a_reviewer("By Jane Roe")
    (True, False)
    """
    return bool(text and _REVIEWED_BY.match(text.strip()))


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
    if not text or text.endswith(":") or text.casefold() in _NOT_AUTHORS:  # a label, not a name
        return None
    text = _LEADING_DATE.sub("", text)
    if _REVIEWED_BY.match(text):  # "Medically reviewed by Jane Roe, MD": not the writer
        return None
    inner = _WRITTEN_BY.search(text)
    if inner:  # "Jun 2 Written by Polly Barks"
        text = text[inner.end() :]
    for _ in range(2):
        text = _AUTHOR_PREFIX.sub("", text).strip(" :|,-–—")
    end = _AUTHOR_END.search(text)
    if end and end.start() > 0:
        text = text[: end.start()]
    text = undoubled(text.strip())
    name, comma, after = text.partition(", ")
    role = after.split()
    if comma and role and (role[-1].casefold().strip(".") in _ROLE_NOUNS or _OF_ROLE.match(after)):
        # "Paul Frew, Home and Digital Security Expert", "Danielle Padula, Head of Marketing":
        # the role after the comma
        text = name
    text = _JOB_WORDS.sub("", text).strip(" :|,-–—") if len(text.split()) > 2 else text.strip(" :|,-–—")
    if text.endswith(".") and not _ENDS_WITH_INITIAL.search(text):
        text = text.rstrip(".")  # "By Jane Doe." but "Amina B." keeps its initial's dot
    words = text.split()
    while len(words) > 1 and (any(ch.isdigit() for ch in words[-1]) or words[-1].casefold() in _TRAILING_JUNK):
        words.pop()  # "Joshua Waller 30", "Sofia Gonzalez December", "A. J. Neal View"
    words = _name_before_bio(without_role(words))
    text = " ".join(words).strip("\"“”'‘’ ")
    if not text or len(text) > 80 or len(words) > 10 or text.casefold() in _TRAILING_JUNK:
        return None
    lowered = text.casefold()
    if lowered in _NOT_AUTHORS or "http" in lowered or "www." in lowered or "@" in text or "/" in text:
        return None
    if not any(ch.isalpha() for ch in text) or any(ch.isdigit() for ch in text) or "*" in text:
        return None
    if "?" in text or "!" in text:  # "Written By\nBut guess what?": a sentence, not a name
        return None
    if len(words) > 1 and words[0].casefold() in _CALL_TO_ACTION:  # "Order now", "Cite this webpage"
        return None
    if any(word.casefold() in _ACCOUNTS for word in words):  # "NOC Admin": an account, not a writer
        return None
    return text


_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "sysadmin"})
# A role that names what it heads: "Head of Marketing", "VP of Sales", "Director of Research".
_OF_ROLE = re.compile(
    r"(?:head|director|vp|vice president|chief|manager|dean|professor|editor)(?:-in-chief)?\s+(?:of|for)\s",
    re.IGNORECASE,
)


def undoubled(text: str) -> str:
    """A credit printed twice in one element, once for screen readers and once on screen,
    read once.

    >>> undoubled("Dylan Bailey, MS, RD Dylan Bailey, MS, RD"), undoubled("Jane Jane Doe")
    ('Dylan Bailey, MS, RD', 'Jane Jane Doe')
    """
    half = len(text) // 2
    if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


# "By Jane Doe" in a window of lines: a capital ``By`` after anything but a letter; a
# lower-case ``by`` only at the start of a line or after a separator ("Updated | by Jane");
# or after a label that names the writer's part ("Author:", "Contributors:"; not "Writer:",
# which a film or book review's details print for the work's writer).
_BY_IN_TEXT = re.compile(
    r"(?:(?<![^\W\d_])(?:By|BY)|(?:^|(?<=[|•·—–-]\s))by|(?:[Ww]ritten|[Pp]osted|[Aa]uthored|[Ww]ords|[Aa]rticle)\s+[Bb]y|"
    # a desk's or a column's part: "Reporting by Jane Doe; Editing by ...", "Opinion by", "Guest post by"
    r"(?:[Rr]eport(?:ing|ed)|[Oo]pinion|[Ii]nterview|[Gg]uest\s+post|[Cc]ommentary|[Aa]nalysis)\s+by|"
    # French, German, Spanish, Italian and Dutch credits, capitalised at a line's start: "Par Jean Dupont"
    r"^(?:Par|PAR|Von|VON|Por|POR|Di|DI|Door|DOOR)(?=\s)|"
    r"(?:^|(?<=\s))(?:Author|Autor|Auteur|Contributors?)\s*:)"
    r"\s*:?\s*\n?\s*(?P<name>[^\W\d_][^\n|•·]{0,70})",
    re.MULTILINE,
)
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "bin", "al", "and", "&"})
_STRONG_BY = re.compile(r"^(?:written|posted|authored|words)\s+by|^author|^contributor", re.IGNORECASE)


# "Presented by", "Sponsored by", "Photo by": a sponsor's or a photographer's credit, not the
# writer's; "Medically reviewed\nby", "Fact-checked by": a reviewer's.
_NOT_WRITER_BY = re.compile(
    rf"(?:presented|sponsored|powered|brought\s+to\s+you|supported|funded|hosted|photos?|photograph(?:y|s|ed)?|images?|"
    rf"illustrations?|illustrated|video|"
    rf"{_CHECKING})\s*$",
    re.IGNORECASE,
)


def byline_from_window(window: str) -> str | None:
    r"""A ``By Name`` credit in the lines around the headline (``ByThe Meetingnotes Team`` too).

    A one-word name (``BeauHD``) counts after ``Posted by`` / ``Written by`` only.

    >>> byline_from_window("Pricing guide 2026\nBy Emmanuel Oyibo\nPublished on Oct 21, 2025")
    'Emmanuel Oyibo'
    >>> byline_from_window("Stand by me: a song") is None
    True
    >>> byline_from_window("Posted by BeauHD on Friday")
    'BeauHD'
    >>> byline_from_window("Presented By Forescout Technologies") is None
    True
    >>> byline_from_window("Medically reviewed\nby\nKim Rose-Francis RDN\n—\nWritten by\nJillian Kubala, MS, RD")
    'Jillian Kubala, MS, RD'
    """
    for match in _BY_IN_TEXT.finditer(window):
        strong = bool(_STRONG_BY.match(match.group(0)))
        # "Photo by", "Reviewed\nby": another's credit; "Written by" is the writer's whatever
        # precedes it (an image's "Credit: Reviewed", reviewed.com's name).
        if not strong and _NOT_WRITER_BY.search(window, max(0, match.start() - 30), match.start()):
            continue
        name = author_name(match.group("name"))
        if not name or not (strong or all(w[0].isupper() or w in _PARTICLES for w in name.split()[:2])):
            continue  # "Step by step guide": a phrase, not a name
        if len(name.split()) >= 2 or strong:
            return name
    return None


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[A-Z]\.|van|von|de|der|den|da|di|du|la|le|del|bin|al)$")
_NOT_NAME_WORDS = frozenset(
    {
        "the", "of", "and", "in", "for", "with", "on", "at", "to", "a", "an", "our", "your", "my", "home",
        "blog", "news", "updated", "published", "posted", "read", "min", "mins", "share", "tweet", "print",
        "email", "comments", "comment", "reply", "menu", "search", "editor", "editorial", "team", "staff",
        "guide", "best", "top", "how", "what", "why", "new", "more", "all", "about", "contact", "reviews",
        "review", "category", "tags", "table", "contents", "minute", "minutes", "reading", "time", "last",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "today", "yesterday", "privacy", "policy", "terms", "sign", "log", "subscribe",
        # topics that sit next to a date as often as names do
        "management", "software", "marketing", "finance", "business", "technology", "tech", "development",
        "design", "health", "lifestyle", "travel", "food", "personal", "digital", "data", "cloud", "security",
        "computing", "insurance", "education", "science", "research", "sports", "politics", "world", "local",
        "opinion", "culture", "entertainment", "money", "careers", "tips", "resources", "product", "products",
        "services", "company", "press", "release", "events", "industry", "general", "uncategorized", "learn",
        "insights", "articles", "article", "stories", "story", "featured", "trends", "analysis", "media",
        # words of organisations' names
        "official", "clinic", "hospital", "foundation", "institute", "university", "college", "school",
        "association", "society", "council", "agency", "group", "network", "center", "centre", "bank",
        "inc", "llc", "ltd", "corp", "pc", "pllc", "studio", "studios", "magazine", "journal",
        "library", "dentistry", "law", "firm", "solutions",
        # calls to action and page furniture that sit beside dates
        "get", "start", "started", "free", "show", "hide", "sidebar", "pricing", "price", "prices", "quick",
        "insight", "report", "tale", "download", "view", "watch", "listen", "try", "book", "buy", "shop",
        "join", "request", "demo", "schedule", "explore", "discover", "support", "help", "login", "account",
        "recruitment", "benchmarking", "this", "site", "website", "event", "planning",
        # a reading toolbar's buttons beside the date
        "font", "size", "dark", "mode",
    }
)  # fmt: skip


def looks_like_person(text: str) -> bool:
    """True for two to four capitalised words that read as a person's name.

    >>> looks_like_person("Mahua Das"), looks_like_person("Project Management"), looks_like_person("Read More")
    (True, False, False)
    >>> looks_like_person("Jean-Luc de la Tour")
    True
    """
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if sum(1 for w in words if w[:1].isupper()) < 2:
        return False
    return all(_NAME_WORD.match(w) and w.casefold().strip(".") not in _NOT_NAME_WORDS for w in words)


def personal_site_owner(site_name: str | None) -> str | None:
    """The person whose blog a site says it is (``Colin Watson's blog``, ``Derek Seaman's
    Tech Blog``). A site named like a person (``Easy LMS``) is not enough: brands are too.

    >>> personal_site_owner("Colin Watson's blog"), personal_site_owner("Derek Seaman's Tech Blog")
    ('Colin Watson', 'Derek Seaman')
    >>> personal_site_owner("Pierce Freeman") is None, personal_site_owner("Engora Data Blog") is None
    (True, True)
    """
    name = clean_text(site_name)
    if not name:
        return None
    match = _PERSONS_BLOG.match(name)
    return match.group(1) if match and looks_like_person(match.group(1)) else None


def host_of_person(host: str | None, name: str) -> bool:
    """Whether a web address is a person's own place on a shared host: its first label is
    the person's first name (``anil.recoil.org``, ``owain.bearblog.dev``). A whole name run
    together (``ovolohotels.com``) proves nothing: companies are named so too.

    >>> host_of_person("owain.bearblog.dev", "Owain Brennan"), host_of_person("www.example.com", "Jane Doe")
    (True, False)
    """
    labels = (host or "").lower().split(".")
    if len(labels) < 3 or labels[0] == "www":
        return False
    first = fold_words(name).split()[0]
    return len(first) >= 3 and labels[0] == first


_PERSONS_BLOG = re.compile(r"^(.+?)['’]s\s+(?:\w+\s+)?(?:blog|weblog|journal|notes|site|website)$", re.IGNORECASE)


_SEGMENT_SPLIT = re.compile(r"\s*[|•·●・]\s*|\s+[-–—]\s+|\s+in(?:\s+(?=[A-Z#])|$)")
# A line that dates the article or times its reading: what a byline sits beside.
_DATE_LINE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bupdated\b|\bpublished\b|"
    r"\bmin(?:ute)?s?\s+read\b|\breading time\b",
    re.IGNORECASE,
)
# A line that gives a writer's role: the line before it is their name.
_ROLE_LINE = re.compile(
    r"^(?:(?:senior|staff|contributing|freelance|guest|chief|managing|tech|technology|features?|news|health|"
    r"science|sports|content|associate|deputy|executive)\s+)*(?:writer|editor|reporter|correspondent|"
    r"columnist|contributor|journalist)$",
    re.IGNORECASE,
)


def name_beside_date(window: str, site_names: Sequence[str] = (), title: str | None = None) -> str | None:
    r"""A bare name printed beside the date under the headline (``Dec 26, 2025 • Mahua Das``).

    Only a segment that reads as a person's name (:func:`looks_like_person`), at most
    two lines from a line that dates the article (or says ``Updated``, ``5 min read``)
    or right above a line that gives a writer's role (``Tech Writer``), and that is not
    the site's name.

    >>> name_beside_date("Pricing Guide 2026\nDec 26, 2025\n•\nMahua Das in\nProject Management")
    'Mahua Das'
    >>> name_beside_date("Cloud Innovations\nJuliette Carreiro\nTech Writer")
    'Juliette Carreiro'
    >>> name_beside_date("Project Management\nSoftware Pricing") is None
    True
    >>> name_beside_date("Why Cheap SEO Doesn't Work\nJohn Crenshaw\nin\nseo\nDec 10")
    'John Crenshaw'
    """
    # A word or mark on a line of its own ("in", "•") joins two parts of one line:
    # "John Crenshaw / in / seo / Dec 10" is a name two lines from its date.
    lines = [line for line in window.split("\n") if line.strip().casefold() not in _JOINERS]
    dated = [bool(_DATE_LINE.search(line)) for line in lines]
    for i, line in enumerate(lines):
        if title and line and line in title:
            continue  # "Gym Workouts for Beginners — Strength Training": the headline's own words
        role_below = i + 1 < len(lines) and bool(_ROLE_LINE.match(lines[i + 1]))
        if not role_below and not any(dated[max(0, i - 2) : i + 3]):
            continue
        for segment in _SEGMENT_SPLIT.split(line):
            if segment.rstrip().endswith(":"):
                continue  # a label ("When:"), or a speaker's name before what they said
            name = segment.strip(" ,.:")
            if looks_like_person(name) and not is_site_name(name, site_names):
                return name
    return None


_JOINERS = frozenset({"in", "on", "by", "|", "•", "·", "-", "–", "—", "/", ",", "and"})


# --------------------------------------------------------------------------- dates

# The day of the week a date may open with: "Tuesday, March 5", "Tue 5 Mar", "mardi 5 mars".
_WEEKDAY = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo)"
)
# The words that label a date as the last update, in the languages the date rules read.
# "Reviewed", "Revised", "Edited" label one only right before it: anywhere in a meta row
# they are a credit ("Edited by John Roe").
_UPDATE_WORDS = (
    r"(?:\b(?:updated?|modified|actualisé|modifié|aktualisiert|geändert|actualizado|modificado|atualizado|"
    r"aggiornato)|mis à jour|mise à jour|تحديث|التحديث|محدث)\b"
)
_UPDATE_LABEL = re.compile(
    rf"(?:{_UPDATE_WORDS}|\b(?:reviewed|revised|refreshed|edited)\b)\W*(?:on|at|le|am|el|em|il)?\W*"
    rf"{_WEEKDAY}?\.?\W*$",  # "Updated: Tuesday, March 5", "Last modified on Tue 5 Mar"
    re.IGNORECASE,
)
# Text before a date that is only its day of the week: no label of its own.
_WEEKDAY_ONLY = re.compile(rf"^\W*{_WEEKDAY}\.?\W*$", re.IGNORECASE)


def shown_date(window: str, *, month_first: bool = False) -> tuple[date | None, bool]:
    r"""The date shown by the headline, and whether the page labels it as an update.

    The first date that is not labelled ``Updated`` (``Last modified``, ``Reviewed``)
    wins; when every date is an update, the first one comes back flagged, so that a
    structured ``datePublished`` can go before it.

    >>> shown_date("By Jane Doe\nPublished Oct 21, 2025\nUpdated on Mar 9, 2026")
    (datetime.date(2025, 10, 21), False)
    >>> shown_date("Updated on\nFebruary 24, 2026")
    (datetime.date(2026, 2, 24), True)
    >>> shown_date("Last Updated\non\nMar 11, 2026")
    (datetime.date(2026, 3, 11), True)
    >>> shown_date("Updated: Tuesday, March 5, 2024 at 4:10 p.m.")
    (datetime.date(2024, 3, 5), True)
    >>> shown_date("Updated March 5, 2024 · First published March 1, 2024")
    (datetime.date(2024, 3, 1), False)
    >>> shown_date("When:\nSaturday, April 13, 2024")
    (None, False)
    """
    from newsparse.extract import first_date_in

    lines = window.split("\n")
    first_update = None
    for i, line in enumerate(lines):
        # Each part of a line set apart by a separator has its own label and date:
        # "Updated Tuesday, March 5, 2024 · First published Friday, March 1, 2024".
        parts = _PARTS.split(line)
        for k, part in enumerate(parts):
            found = first_date_in(part, month_first=month_first)
            if found is None:
                continue
            before = part[: max(0, _date_start(part))]
            if _WEEKDAY_ONLY.match(before):
                before = ""  # "Saturday, April 13": the label is the line's or the part's before
            label = before if before.strip(" :|•·-–—") else parts[k - 1] if k else _label_above(lines, i)
            if _EVENT_LABEL.search(label):
                continue  # "When: Saturday, April 13": an event's day, not the article's
            if _UPDATE_LABEL.search(label):
                first_update = first_update or found
                continue
            return found, False
    return first_update, first_update is not None


def time_is_update(time: etree._Element) -> bool:
    """Whether a ``<time>`` is shown as the update date: by its own text (``Updated 3 hours
    ago``, ``Actualizado: 22 abril``), by a box whose class says so (``updated-on``,
    ``td-post-modified-date``, not ``published``), or by the label before it in its box or
    its box's box (``Mis à jour le``, ``Last Updated:``), read back to the date before it.

    >>> from lxml import html
    >>> box = html.fromstring('<p><span>Mis à jour le </span><time>12 novembre 2025</time></p>')
    >>> time_is_update(box.find(".//time")), time_is_update(html.fromstring("<time>Actualizado: 22 abril, 2022</time>"))
    (True, True)
    >>> row = html.fromstring('<div><span>Updated: <time>May 2</time></span> <span><time>May 1</time></span></div>')
    >>> [time_is_update(t) for t in row.iter("time")]
    [True, False]
    """
    if _UPDATE_WORD.search(raw_text_of(time)):
        return True
    node = time
    for _ in range(2):  # the time's box, then the box's box
        parent = node.getparent()
        if parent is None:
            return False
        classes = (parent.get("class") or "").lower()
        if ("updated" in classes or "modified" in classes) and "published" not in classes:
            return True
        if _UPDATE_WORD.search(_text_before(node, parent)[-40:]):
            return True
        node = parent
    return False


# The same words anywhere in the label before a date ("Last Updated:", "Mis à jour le").
_UPDATE_WORD = re.compile(_UPDATE_WORDS, re.IGNORECASE)


def _text_before(element: etree._Element, parent: etree._Element) -> str:
    """The text ``parent`` shows before ``element``, back to the date before it, if any."""
    pieces = []
    for sibling in element.itersiblings(preceding=True):
        pieces.append(sibling.tail or "")
        if sibling.tag == "time" or next(sibling.iter("time"), None) is not None:
            break  # another date's box: what it shows is its own label and date
        pieces.append(raw_text_of(sibling))
    else:
        pieces.append(parent.text or "")
    return " ".join(reversed(pieces)).strip()


_PARTS = re.compile(r"\s[|•·]\s")
# The label of an event's day in an events box at the head of the text (not "Date:", which
# some pages print before the publication's).
_EVENT_LABEL = re.compile(
    r"\b(?:when|event date|starts?|ends?|deadline|opens|closes|wann|quand|cuándo)\s*:\s*$", re.IGNORECASE
)


def _label_above(lines: list[str], i: int) -> str:
    """The line above line ``i``, read through a connector a template sets on a line of its
    own: ``Last Updated`` / ``on`` / ``Mar 11, 2026`` (a label for wide screens, a word for
    narrow ones, each in its element)."""
    label = lines[i - 1] if i else ""
    if i >= 2 and label.strip(" :|•·-–—").casefold() in _CONNECTORS:
        return f"{lines[i - 2]} {label}"
    return label


_CONNECTORS = frozenset({"", "on", "at", "in"})


def _date_start(line: str) -> int:
    match = _DATE_START.search(line)
    return match.start() if match else 0


_DATE_START = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def names_agree(a: str, b: str) -> bool:
    """True when two credits name the same people (case, accents and order aside).

    >>> names_agree("Jane Doe and John Roe", "John Roe, Jane Doe")
    True
    """
    left = {fold_words(n) for n in _NAMES_SPLIT.split(a) if fold_words(n)}
    right = {fold_words(n) for n in _NAMES_SPLIT.split(b) if fold_words(n)}
    return bool(left) and left == right


_NAMES_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
