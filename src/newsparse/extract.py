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
from collections.abc import Container, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from newsparse.article import Block, BlockKind, Byline, Crumb, Day

__all__ = [
    "COMMENT_IDS",
    "PLACEMENT_FLAGS",
    "POST_NOMINALS",
    "PROMOTION_FLAGS",
    "align_offset",
    "block_kind",
    "byline_from_text",
    "caption_paragraph",
    "clean_breadcrumb",
    "clean_text",
    "comment_count_from_text",
    "css_background_url",
    "date_in_url",
    "drop_leading_credits",
    "drop_signoff",
    "first_date_in",
    "fold_words",
    "in_comments",
    "is_ad_label",
    "is_author_page",
    "is_bold_heading",
    "is_comments_section",
    "is_credential",
    "is_default_image",
    "is_hidden",
    "is_initials_or_agency",
    "is_neighbor_label",
    "is_placeholder_image",
    "is_placement_flag",
    "is_promotion_flag",
    "is_site_image",
    "is_small_image",
    "is_textless",
    "language_tag",
    "neighbor_title",
    "parse_date",
    "raw_text_of",
    "reads_as_paragraph",
    "reads_both_ways",
    "repeats_title",
    "resolve_url",
    "signoff_byline",
    "signs_with_a_name",
    "split_authors",
    "split_caption_credit",
    "split_heading_kicker",
    "split_kicker",
    "text_of",
    "widest_in_srcset",
    "without_author_bio",
    "without_credentials",
    "without_deep_nesting",
    "without_title_headings",
    "writer_credit",
]

# --------------------------------------------------------------------------- text

_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
# Characters that carry no text at all: C0/C1 controls (but tab/newline, which are
# spaces) and bidi overrides that could make a value display differently than it reads.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What str.split() does not handle by itself: the controls above and zero-width spaces.
_NEEDS_REGEX = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200c\u200d\u2060\ufeff]")


def clean_text(text: str | None) -> str | None:
    """Normalise whitespace as the field rules say; return None for text with nothing in it.

    >>> clean_text("  Hello\\u00a0\\n world ")
    'Hello world'
    >>> clean_text(" \\u200b ") is None
    True

    Punctuation a site stored as UTF-8 read as Windows-1252 is repaired (a page shows
    "isnâ€™t" for "isn’t", "25Â°C" for "25°C"); letters are not, as a page may quote such
    a run on purpose ("Ã¤" for "ä").

    >>> clean_text("It isnâ€™t 25Â°C.\\u00c2\\u00a0Ã¤ stays")
    'It isn’t 25°C. Ã¤ stays'
    """
    if not text:
        return None
    if not _may_hold_mojibake(text):
        # Every character _NEEDS_REGEX finds is unprintable: printable text (a paragraph on
        # one line of the source) skips the scan.
        if text.isprintable():
            # Printable text holds no space but the plain one: normalised unless a space
            # starts, ends or doubles (a paragraph written on one line of the source).
            if text[0] != " " and text[-1] != " " and "  " not in text:
                return text
            return " ".join(text.split()) or None
        if _NEEDS_REGEX.search(text) is None:
            # str.split() splits on exactly the characters \s matches, in C.
            return " ".join(text.split()) or None
    else:
        text = _undo_punctuation_mojibake(text)  # before the controls go: "â€\x9d" is "”"
    if _C1_CONTROL.search(text):
        text = _DOUBLE_UTF8.sub(_undo_double_utf8, text)
    text = _CONTROL.sub("", text)
    if _may_hold_mojibake(text):
        text = _undo_punctuation_mojibake(text)  # what the controls' removal brought together
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _may_hold_mojibake(text: str) -> bool:
    # Sites' mojibake is rare and never in ASCII text: the usual text skips its repair.
    return not text.isascii() and ("â€" in text or "Â" in text)


# UTF-8 read as Latin-1 a second time: "Investorâ\x80\x99s" for "Investor’s". The C1 controls
# (U+0080 to U+009F) it leaves are never text, so a run that holds one is repaired.
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
# A lead byte and exactly the continuation bytes it announces: a greedier run would take a
# following "\xa0" or "«" in and fail to decode.
_DOUBLE_UTF8 = re.compile(r"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


# UTF-8 punctuation (U+2000 to U+203F: quotes, dashes, bullets, the ellipsis, spaces) and
# the Latin-1 signs (U+00A0 to U+00BF: the non-breaking space, ®, ©, °, £, «, »), stored by
# a site as its UTF-8 bytes read as Windows-1252 (or Latin-1) text: "â€" and the character
# its third byte shows, or "Â" and the sign. No text holds those pairs otherwise.
def _punctuation_shown() -> dict[str, str]:
    shown: dict[str, str] = {}
    for byte in range(0x80, 0xC0):
        meant = chr(0x2000 + byte - 0x80)
        if "\u200b" <= meant <= "\u200f" or "\u2028" <= meant <= "\u202e":
            continue  # zero-width and format characters, line separators, bidi controls
        shown[chr(byte)] = meant  # read as Latin-1: the C1 control, or the sign itself
        as_windows = bytes((byte,)).decode("cp1252", errors="ignore")
        if as_windows:
            shown[as_windows] = meant
    return shown


_PUNCTUATION_SHOWN = _punctuation_shown()
_PUNCTUATION_MOJIBAKE = re.compile(f"â€([{re.escape(''.join(_PUNCTUATION_SHOWN))}])|Â+([\xa0-\xbf])")


def _undo_punctuation_mojibake(text: str) -> str:
    # A repair can complete a pair another level of the same damage left ("â€â€Â\xa0" is
    # "â€\xa0", a dagger read twice): again, for as many levels as a page may plausibly hold.
    for _ in range(_MOJIBAKE_LEVELS):
        repaired = _PUNCTUATION_MOJIBAKE.sub(_meant_punctuation, text)
        if repaired == text:
            break
        text = repaired
    return text


_MOJIBAKE_LEVELS = 4


def _meant_punctuation(match: re.Match[str]) -> str:
    third = match.group(1)
    return _PUNCTUATION_SHOWN[third] if third is not None else match.group(2)  # C2 xx is U+00xx


def _undo_double_utf8(match: re.Match[str]) -> str:
    run = match.group()
    if not _C1_CONTROL.search(run):
        return run
    try:
        return run.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return run


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


def raw_text_of(element: etree._Element, skip: Container[etree._Element] = (), gap: str = "") -> str:
    """The element's visible text, unnormalised: scripts, styles and comments skipped.

    The descendants in ``skip`` are left out too (their tails kept, after ``gap``): the
    tree is only read, never changed, whatever characters its text holds.
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
        if not isinstance(tag, str) or tag in SKIPPED_TAGS or child in skip:
            if child in skip:
                out.append(gap)
            if child.tail:
                out.append(child.tail)
            continue
        if tag in BREAKING_TAGS:
            out.append(" ")
        if child.text:
            out.append(child.text)
        stack.append((iter(child), child))
    return "".join(out)


#: How many matched ancestors a match may have before :func:`without_deep_nesting` drops it.
MAX_NESTED_MATCHES = 4


def without_deep_nesting(elements: Sequence[etree._Element], limit: int = MAX_NESTED_MATCHES) -> list[etree._Element]:
    """``elements`` (in document order) minus those inside ``limit`` or more of the others.

    Reading the text of every match costs the size of every match's subtree: fine for
    real pages, where matches nest a level or two, but quadratic for a page that nests
    2,000 ``<a rel=tag>`` (or ``<p>``) in one another. The text of a dropped match is
    part of its ancestors' text already. Linear: each ancestor is climbed through once.

    >>> from lxml import html
    >>> root = html.fromstring("<div>" + "<span>" * 12 + "x" + "</span>" * 12 + "</div>")
    >>> len(without_deep_nesting(list(root.iter("span")), limit=3))
    3
    """
    if len(elements) <= limit:  # no element can sit inside `limit` others: nothing to climb
        return list(elements)
    matched = set(elements)
    above: dict[etree._Element, int] = {}  # matched ancestors-or-self of an element
    kept = []
    for el in elements:
        climbed = []
        node = el.getparent()
        count = 0
        while node is not None:
            known = above.get(node)
            if known is not None:
                count = known
                break
            climbed.append(node)
            node = node.getparent()
        for node in reversed(climbed):
            count += node in matched
            above[node] = count
        above[el] = count + 1
        if count < limit:
            kept.append(el)
    return kept


def text_of(element: etree._Element | None) -> str | None:
    """The element's visible text, whitespace-normalised, or None when it shows none."""
    if element is None:
        return None
    return clean_text(raw_text_of(element))


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(element: etree._Element) -> bool:
    """True when the element or one of its ancestors is hidden by ``hidden`` or an inline style.

    Themes print credits and dates for search engines in ``display: none`` boxes
    (tagDiv's author vcard); what a reader does not see is not a value of the page.

    >>> from lxml import html
    >>> box = html.fromstring('<div style="display: none"><span class="author">R. I.</span></div>')
    >>> is_hidden(box[0]), is_hidden(html.fromstring('<span>shown</span>'))
    (True, False)
    """
    node: etree._Element | None = element
    while node is not None:
        if node.get("hidden") is not None or _HIDING_STYLE.search(node.get("style") or ""):
            return True
        node = node.getparent()
    return False


def in_comments(element: etree._Element) -> bool:
    """True when the element sits in the page's comments (a comment's date or name is not
    the article's).

    The comments are an element with a comment class (``comment``, ``comments``,
    ``comments-area``, ``commentlist``, WordPress's ``wp-block-comments``...) or id
    (``comments``, ``responses``, Disqus's ``disqus_thread``); a class
    that only says the post has comments (Squarespace's ``has-comments`` on the post's
    ``article``) does not make the post a comment.

    >>> from lxml import html
    >>> page = html.fromstring('<div><ol class="commentlist"><li><time>May 1</time></li></ol><p>x</p></div>')
    >>> in_comments(page.find(".//time")), in_comments(page.find("p"))
    (True, False)
    """
    return any(is_comments_section(ancestor) for ancestor in element.iterancestors())


def is_comments_section(element: etree._Element) -> bool:
    """Whether the element is a page's comments (or one comment) by its id or class (see :func:`in_comments`)."""
    return element.get("id") in COMMENT_IDS or not _COMMENT_CLASSES.isdisjoint((element.get("class") or "").split())


_COMMENT_CLASSES = frozenset(
    {
        "comment", "comments", "comments-area", "comment-list", "commentlist", "comments-list", "wp-block-comments",
        "comment-item", "comments-section", "comment-section", "responses",
    }
)  # fmt: skip
#: The ids of a page's comments section.
COMMENT_IDS = frozenset({"comments", "responses", "disqus_thread", "comment-section", "comments-section"})


# --------------------------------------------------------------------------- kicker

_LOWER = re.compile(r"[^\W\d_]")  # any letter; lowercase checked below
_KICKER_COLON = re.compile(r"\s*:\s*")


def split_kicker(title: str | None) -> tuple[str | None, str | None]:
    """Split ``KICKER : Headline`` into its kicker and headline (the rule of ``docs/fields.md``).

    The left part splits off when it has no lowercase letter and either the colon has a
    space before it (French typography) or the left part has at least two words.

    >>> split_kicker("LE PORTE-PAROLE DU KREMLIN L’A AFFIRME : La Russie œuvre")
    ('LE PORTE-PAROLE DU KREMLIN L’A AFFIRME', 'La Russie œuvre')
    >>> split_kicker("DGB: Brückensperrung belegt")
    (None, 'DGB: Brückensperrung belegt')
    >>> split_kicker("Prison official: ‘Anyone’ can apply")
    (None, 'Prison official: ‘Anyone’ can apply')
    >>> split_kicker("COUPURE DE 8:00 À 12:00 : Les quartiers concernés")
    ('COUPURE DE 8:00 À 12:00', 'Les quartiers concernés')
    """
    title = clean_text(title)
    if not title:
        return None, None
    colon = _separating_colon(title)
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


def _separating_colon(title: str) -> int:
    """The position of the colon that can part a kicker from its headline, or -1: the first
    one neither between digits (a time, ``8:00``; a score, ``3:1``) nor inside a quotation
    the title opens (``« NOUS DISONS : NON ! », CLAMENT…``)."""
    at = title.find(":")
    while at > 0:
        left = title[:at]
        between_digits = left[-1].isdigit() and title[at + 1 : at + 2].isdigit()
        quoted = left.count("«") > left.count("»") or left.count("“") > left.count("”") or left.count('"') % 2
        if not between_digits and not quoted:
            return at
        at = title.find(":", at + 1)
    return -1


def split_heading_kicker(
    heading: etree._Element | None, tags: tuple[str, ...] = ("small",)
) -> tuple[str | None, str | None]:
    """Split a heading that prints its kicker inside itself, as a leading element before a ``<br>``.

    BetterStudio's Publisher writes ``<h1><span><small>Kicker</small><br>Headline</span></h1>``.
    The split happens only when no text comes before the kicker element and a ``<br>``
    follows it; otherwise the kicker is None and the headline is the heading's text.

    >>> from lxml import html
    >>> split_heading_kicker(html.fromstring("<h1><span><small>Einheit der Woche</small><br>GA2</span></h1>"))
    ('Einheit der Woche', 'GA2')
    >>> split_heading_kicker(html.fromstring("<h1>Plain <small>aside</small><br>title</h1>"))
    (None, 'Plain aside title')
    """
    full = text_of(heading)
    if heading is None or not full:
        return None, full
    for el in heading.iter(*tags):
        if clean_text(_text_before(heading, el)):
            break
        follower = el.getnext()
        kicker = text_of(el)
        if follower is None or follower.tag != "br" or clean_text(el.tail) or not kicker:
            break
        headline = clean_text(full[len(kicker) :]) if full.startswith(kicker) else None
        return (kicker, headline) if headline else (None, full)
    return None, full


def _text_before(root: etree._Element, target: etree._Element) -> str:
    """The text of ``root`` that comes before ``target`` in document order."""
    ancestors = set(target.iterancestors())
    out: list[str] = [root.text or ""]
    for el in root.iterdescendants():
        if el is target:
            break
        if isinstance(el.tag, str) and el.tag not in SKIPPED_TAGS:
            out.append(el.text or "")
        if el not in ancestors:  # an ancestor's tail comes after the target
            out.append(el.tail or "")
    return "".join(out)


# --------------------------------------------------------------------------- bylines

_BY_PREFIX = re.compile(
    r"^(?:by|par|von|por|di|door|av|af|przez|от|بقلم|كتب|written by|posted by|story by|words by|reported by|"
    r"écrit par|publié par|escrito por|geschrieben von|scritto da|geschreven door|texte|text|texto|autor|author|"
    r"auteur)\s*:?\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|،|;|\s&\s|\sand\s|\set\s|\sund\s|\sy\s|\se\s|\s/\s|\|)\s*", re.IGNORECASE)
_AUTHOR_SPLIT_KEEPING = re.compile(f"({_AUTHOR_SPLIT.pattern})", re.IGNORECASE)


def _joined_by_ampersand(pieces: list[str]) -> list[str]:
    """The names of a credit split with its separators kept (name, separator, name, ...),
    an ampersand that ends an organisation's name of several words with one more word
    (``Thomson Reuters Tax & Accounting``) joined back: no one is named ``Accounting``.
    Two names (``Jane Doe & AFP``, ``Sam & Alex``) stay two."""
    parts = pieces[::2]
    merged = [[parts[0]]]  # each name as its pieces, joined once at the end
    for separator, part in zip(pieces[1::2], parts[1:], strict=True):
        if (
            separator.strip() == "&"
            and len(merged[-1][0].split()) >= _ORGANISATION_WORDS
            and len(part.split()) == 1
            and not part.isupper()
            and part.casefold() not in AGENCIES
        ):
            merged[-1].append(part)
        else:
            merged.append([part])
    return [" & ".join(name) for name in merged]


# A credit's part this long (in words) before "& Word" is one organisation's name.
_ORGANISATION_WORDS = 3
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
# A word of a name in a sign-off: capitalised (Rachid, Jean-Pierre, O’Neill, McDonald),
# a surname in capitals (IGHIL, BEN-ALI: not the first word, so "LIRE AUSSI" is no name), or
# an initial (K. Amine, Christopher S. Penn, Amina B.; a last word ending in "." is no
# other word, so "Merci Beaucoup." is no name).
_NAME_PART = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?"
_NAME_WORD = re.compile(rf"^{_NAME_PART}(?:[-'’](?:{_NAME_PART}|[a-zà-öø-ÿā-ž]+))*$(?<=[a-zà-öø-ÿā-ž])")
_CAPITALS_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ž]{2,})*$")
_INITIAL_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.$")


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
    """Split a credit line into names: commas (Arabic ``،`` too), ``and``/``et``/``und``/``y``, ``&``, ``/``."""
    # Whitespace collapsed first: on a raw run of spaces _AUTHOR_SPLIT's ``\s*`` would
    # backtrack over the whole run from every position (quadratic).
    text = clean_text(text) or ""
    if _INITIALS.match(text):
        return (text,) if text else ()
    names: dict[str, None] = {}  # ordered, and O(1) per lookup for a credit of 10,000 names
    for part in _joined_by_ampersand(_AUTHOR_SPLIT_KEEPING.split(text)):
        name = clean_text(_BY_PREFIX.sub("", part.strip(" -–—")) if part else None)
        if name:
            names[without_credentials(name)] = None
    # "Vanessa Mendez, MD": the degrees after a name are no names (unless nothing else is).
    people = tuple(name for name in names if not is_credential(name))
    return people or tuple(names)


# Degrees and professional credentials printed after a writer's name ("Jane Roe, MD, PhD",
# "Kim Rose-Francis RDN, CDCES, LD"), folded: case and dots dropped. Not "PA": the Press
# Association signs wire copy so.
POST_NOMINALS = frozenset(
    {
        "md", "do", "phd", "dphil", "ms", "msc", "ma", "mba", "mph", "mfa", "ba", "bs", "bsc", "rd", "rdn",
        "ld", "ldn", "cdn", "cdces", "cde", "fand", "rn", "bsn", "msn", "np", "dnp", "pa-c", "dvm", "vmd",
        "dds", "dmd", "pharmd", "jd", "esq", "cpa", "cfp", "cfa", "cpp", "psp", "lcsw", "lmft", "lpc",
        "psyd", "edd", "facp", "facc", "faap", "cscs", "cpt", "ryt", "e-ryt", "foma", "dabom", "mrcp",
        "frcp", "frcs", "mbbs", "ccc-slp", "otr/l", "dpt", "atc", "ibclc", "cissp", "pmp",
    }
)  # fmt: skip


# The credentials written in mixed case ("PhD", "Ph.D.", "PharmD"); the others count only in
# capitals, so that the surnames Ma and Do stay names.
_MIXED_CASE_CREDENTIALS = frozenset({"phd", "dphil", "pharmd", "psyd", "edd", "msc", "bsc", "esq"})


def is_credential(word: str) -> bool:
    """Whether a word is a degree or credential printed after a name (``MD``, ``Ph.D.``), not a name.

    >>> is_credential("MD"), is_credential("Ph.D."), is_credential("Ma"), is_credential("APS")
    (True, True, False, False)
    """
    folded = word.casefold().replace(".", "")
    return folded in POST_NOMINALS and (word.isupper() or folded in _MIXED_CASE_CREDENTIALS)


def without_credentials(name: str) -> str:
    """A name without the credentials it ends with (``Kim Rose-Francis RDN`` → ``Kim Rose-Francis``).

    >>> without_credentials("Jeffrey A. Slotnick CPP"), without_credentials("Li Na Ma")
    ('Jeffrey A. Slotnick', 'Li Na Ma')
    """
    words = name.split()
    while len(words) > 2 and is_credential(words[-1]):
        words.pop()
    return " ".join(words)


# The first words of a closing line that is no name: "Happy Baking", "Stay Tuned", "Bon Appétit",
# season's greetings ("Joyeux Noël", "Frohe Weihnachten", "Feliz Navidad"), a prayer for the
# dead ("Allah Yerhamou", "Rest In Peace"), and a button's or a list's title left at the end
# of a text ("Download Guide", "Top Stories", "Latest News", "Leave Comment").
_CLOSING_WORDS = frozenset(
    {
        "happy", "stay", "thank", "thanks", "cheers", "enjoy", "good", "best", "kind", "warm", "see", "until",
        "much", "bon", "bonne", "bonnes", "merci", "danke", "viel", "bis", "gracias", "buen", "buena", "hasta",
        "buon", "buona", "grazie", "merry", "joyeux", "joyeuses", "meilleurs", "frohe", "frohes", "feliz",
        "felices", "buone", "allah", "rest", "repose", "paix", "download", "read", "learn", "contact", "sign",
        "subscribe", "follow", "share", "related", "more", "also", "other", "top", "latest", "popular",
        "trending", "recommended", "continue", "view", "watch", "listen", "photo", "video", "leave", "tags",
        "key", "further", "match", "image", "official", "eid", "aïd", "aid", "guten", "avec", "with", "mit",
        "con", "source", "sources", "foto", "fotos", "via", "vive", "viva", "go", "plan", "credit",
    }
)  # fmt: skip


def signoff_byline(text: str | None) -> Byline | None:
    """A Byline when a paragraph is only a sign-off: initials, an agency, or ``Name Surname``,
    labelled or not (``Par Rachid Ighil``), or an agency beside initials or its regional
    desk (``M. B./APS``, ``dpa/lrs``).

    >>> signoff_byline("APS"), signoff_byline("Par Rachid IGHIL")
    (Byline(text='APS', authors=('APS',)), Byline(text='Rachid IGHIL', authors=('Rachid IGHIL',)))
    >>> signoff_byline("(dpa/lrs)"), signoff_byline("M. B./APS").authors
    (Byline(text='dpa/lrs', authors=('dpa/lrs',)), ('M. B.', 'APS'))
    >>> signoff_byline("Le président a parlé.") is None, signoff_byline("Happy Baking") is None
    (True, True)
    """
    text = clean_text(text)
    if not text or len(text) > 40:
        return None
    bare = text.strip("()[]—–- ")
    if not bare:
        return None
    label = _BY_PREFIX.match(bare)
    if label is not None:
        bare = bare[label.end() :]
    if _INITIALS.match(bare) or bare.lower() in AGENCIES or _is_signed_name(bare):
        return Byline(text=bare, authors=(bare,))
    if "/" in bare:
        parts = [part.strip() for part in bare.split("/")]
        initials = [bool(_INITIALS.match(part)) for part in parts]
        agency = parts[0].lower() in AGENCIES
        # Every part an agency or initials; after an agency, its desk's code (dpa's "lrs").
        if all(
            is_person or part.lower() in AGENCIES or (agency and _DESK_CODE.match(part))
            for part, is_person in zip(parts, initials, strict=True)
        ):
            # Agencies and desks are one wire credit, as "dpa/afp" is; a writer's initials are a name of their own.
            wire = "/".join(part for part, is_person in zip(parts, initials, strict=True) if not is_person)
            names = (part if is_person else wire for part, is_person in zip(parts, initials, strict=True))
            return Byline(text=bare, authors=tuple(dict.fromkeys(names)))
    return None


_DESK_CODE = re.compile(r"^[a-z]{2,4}$")


def _is_signed_name(text: str) -> bool:
    """Whether ``text`` reads as ``Name Surname`` (two or three words; see :data:`_NAME_WORD`)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or words[0].casefold() in _CLOSING_WORDS:
        return False
    first, *middle, last = words
    if _INITIAL_WORD.match(first):  # "K. Amine": an initial, then the surname
        return all(_INITIAL_WORD.match(w) for w in middle) and bool(
            _NAME_WORD.match(last) or _CAPITALS_WORD.match(last)
        )
    return bool(_NAME_WORD.match(first)) and (
        all(_NAME_WORD.match(w) or _CAPITALS_WORD.match(w) or _INITIAL_WORD.match(w) for w in middle)
        and bool(_NAME_WORD.match(last) or _CAPITALS_WORD.match(last) or _INITIAL_WORD.match(last))
    )


# --------------------------------------------------------------------------- comments

_NUMBER = re.compile(r"(?<![\d.,])(\d{1,9})(?![\d.,]?\d)")
# A count in thousands as counters print it: "1,234", "1.234", "1 234" (a narrow space too),
# "12K", "1.2k", "3M".
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)(?![\d.,]?\d)")
_ABBREVIATED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d)?)\s?([kKmM])\b")
_ZERO_COMMENTS = re.compile(
    r"\b(?:no|zero|keine?n?|aucun|pas de|pas encore de|sin|ningún|nessun|geen|nenhum|sem|brak)\s+(?:\w+\s+)?"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|commento|reacties|coment[aá]rios?|komentarzy|"
    r"responses?|replies)\b"
    r"|\b(?:be the first|sei der erste|soyez le premier|sé el primero|leave a comment|laisser un commentaire|"
    r"kommentar schreiben|hinterlasse einen kommentar|schreibe einen kommentar|deja un comentario|"
    r"escribe un comentario|lascia un commento|deixe um coment[aá]rio|laat een reactie achter|dodaj komentarz|"
    r"add comment)\b"
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
    >>> [comment_count_from_text(t) for t in ("1,234 comments", "1 234", "12K", "1.2k Comments")]
    [1234, 1234, 12000, 1200]
    >>> comment_count_from_text("1e400") is None
    True
    """
    text = clean_text(text)
    if not text or len(text) > 80:
        return None
    text = text.translate(_ARABIC_DIGITS)
    grouped = _GROUPED.findall(text)
    if len(grouped) == 1 and len(_NUMBER.findall(_GROUPED.sub("", text))) == 0:
        return int(re.sub(r"\D", "", grouped[0]))
    abbreviated = _ABBREVIATED.findall(text)
    if len(abbreviated) == 1 and len(_NUMBER.findall(_ABBREVIATED.sub("", text))) == 0:
        value, unit = abbreviated[0]
        return round(float(value.replace(",", ".")) * (1000 if unit in "kK" else 1_000_000))
    numbers = _NUMBER.findall(text)
    if len(numbers) == 1 and not re.search(r"\d[eE][+-]?\d|-\s*\d", text):
        return int(numbers[0])
    if not numbers and _ZERO_COMMENTS.search(text):
        return 0
    if not numbers and re.fullmatch(
        r"(?i)one comment|un commentaire|ein kommentar|un comentario|un commento|um comentário|تعليق واحد", text
    ):
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
        # Arabic: the Maghreb's French-derived names (Algerian dailies), then the Middle East's,
        # each also as typed without the hamza (افريل, ابريل, اغسطس).
        "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر",
        "جانفي فيفري مارس افريل ماي جوان جويلية اوت سبتمبر اكتوبر نوفمبر ديسمبر",
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر",
    )
    for i, name in enumerate(names.split())
}
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
# Year first with slashes or dots, as East Asian and Scandinavian sites print it: 2024/03/01, 2024.03.01.
_NUMERIC_YMD = re.compile(r"\b((?:19|20)\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)")
# A month's name between hyphens: 04-Aug-2021, 04-ago-2021.
_DASHED_DMY = re.compile(r"\b(\d{1,2})-([^\W\d_]{3,10})\.?-(\d{4})\b")
_TEXT_DMY = re.compile(r"\b(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b")
_TEXT_MDY = re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)


def parse_date(text: str | None) -> Day | None:
    """A datetime (aware when the text gives an offset) or a plain date, else None.

    Reads ISO 8601 (``datetime`` attributes, JSON-LD, meta) and the usual visible forms
    (``27. Oktober 2023``, ``October 27, 2023``, ``27/10/2023``, ``04-Aug-2021``,
    ``2023/10/27``). Relative dates
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
        if _RFC_2822.match(text):
            return _rfc_2822(text)
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


# ``Wed, 04 May 2022 00:25:56 GMT``: HTTP and RSS dates, which some sites print in JSON-LD
# (seen on lanacion.com.ar's datePublished). The zone makes the value an instant.
_RFC_2822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC?|Z|[+-]\d{4})$"
)


def _rfc_2822(text: str) -> Day | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def align_offset(
    shown: Day | None, reference: Day | None, *, tolerance: timedelta = timedelta(minutes=2)
) -> Day | None:
    """The date a page shows, given the UTC offset of a structured date that agrees with it.

    Pages often print a local time with no offset (``21:25``) while their structured
    data holds the same instant in UTC. When the shown time is the reference's instant
    in some whole quarter-hour offset (within ``tolerance``), the shown time gets that
    offset. A shown plain date is kept when it is the reference's day in some offset.
    Anything else (no reference, times that disagree) gives None: the caller decides.

    >>> from datetime import datetime, timezone
    >>> align_offset(datetime(2022, 5, 3, 21, 25), datetime(2022, 5, 4, 0, 25, 56, tzinfo=timezone.utc))
    datetime.datetime(2022, 5, 3, 21, 25, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=75600)))
    >>> align_offset(datetime(2022, 5, 3, 18, 0), datetime(2022, 5, 4, 0, 25, tzinfo=timezone.utc)) is None
    True
    """
    if shown is None or not isinstance(reference, datetime) or reference.tzinfo is None:
        return None
    if not isinstance(shown, datetime):
        utc = reference.astimezone(timezone.utc).date()
        return shown if abs((shown - utc).days) <= 1 else None
    if shown.tzinfo is not None:
        return shown if abs(shown - reference) <= tolerance else None
    utc = reference.astimezone(timezone.utc).replace(tzinfo=None)
    gap = shown - utc
    quarter = timedelta(minutes=15)
    offset = round(gap / quarter) * quarter
    if abs(gap - offset) > tolerance or abs(offset) > timedelta(hours=14):
        return None
    return shown.replace(tzinfo=timezone(offset))


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
    match = _TEXT_DMY.search(lowered) or _DASHED_DMY.search(lowered)
    if match and match[2].rstrip(".") in _MONTHS:
        return date(int(match[3]), _MONTHS[match[2].rstrip(".")], int(match[1]))
    match = _TEXT_MDY.search(lowered)
    if match and match[1] in _MONTHS:
        return date(int(match[3]), _MONTHS[match[1]], int(match[2]))
    match = _NUMERIC_YMD.search(lowered)
    if match:
        return date(int(match[1]), int(match[3]), int(match[4]))
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
    >>> first_date_in("2024/03/01 09:00"), first_date_in("by FlowGuard on 04-ago-2021 5:11:10")
    (datetime.date(2024, 3, 1), datetime.date(2021, 8, 4))
    """
    text = clean_text(text)
    if not text:
        return None
    lowered = text.lower()
    found: list[tuple[int, date | None]] = []
    for match in _ISO_DAY.finditer(lowered):
        found.append((match.start(), _checked_day(match[1], match[2], match[3])))
    for match in (*_TEXT_DMY.finditer(lowered), *_DASHED_DMY.finditer(lowered)):
        month = _MONTHS.get(match[2].rstrip("."))
        if month:
            found.append((match.start(), _checked_day(match[3], month, match[1])))
    for match in _NUMERIC_YMD.finditer(lowered):
        found.append((match.start(), _checked_day(match[1], match[3], match[4])))
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


def reads_both_ways(text: str) -> bool:
    """Whether ``text`` holds a numeric date whose day and month could be swapped
    (``03/10/2023``), so that :func:`first_date_in` reads it by its ``month_first``.

    >>> reads_both_ways("03/10/2023"), reads_both_ways("15/10/2023"), reads_both_ways("03/03/2023")
    (True, False, False)
    """
    return any(
        first != second and int(first) <= 12 and int(second) <= 12 for first, second, _ in _NUMERIC_DMY.findall(text)
    )


def date_in_url(url: str | None) -> date | None:
    """The day an address names as ``/2023/10/03/`` or ``/2023/october/03/`` (WordPress's
    and many CMSs' permalinks), else None.

    >>> date_in_url("https://example.org/blog/2023/october/03/wine-styles")
    datetime.date(2023, 10, 3)
    >>> date_in_url("https://example.org/2025/06/20/games/"), date_in_url("https://example.org/2025/06/")
    (datetime.date(2025, 6, 20), None)
    """
    if not url:
        return None
    match = _URL_DAY.search(url.lower())
    if match is None:
        return None
    month = int(match[2]) if match[2].isdigit() else _MONTHS.get(match[2])
    return _checked_day(match[1], month, match[3]) if month else None


_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2}|[a-zé]{3,9})/(\d{1,2})(?:[/?#]|$)")


def _checked_day(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None
    return found if 1990 <= found.year <= 2100 else None


# --------------------------------------------------------------------------- languages

_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*", re.IGNORECASE)


def language_tag(value: str | None) -> str | None:
    """A language tag in BCP 47's conventional case (``en-us`` and ``en_US`` give ``en-US``,
    ``zh-hant-tw`` gives ``zh-Hant-TW``), or None for a value that is no tag (``English``,
    ``{{lang}}``).

    >>> language_tag("en_us"), language_tag("zh-hant-tw"), language_tag("FR"), language_tag("English")
    ('en-US', 'zh-Hant-TW', 'fr', None)
    """
    text = clean_text(value)
    if not text:
        return None
    text = text.replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(text):
        return None
    language, *rest = text.split("-")
    subtags = [language.lower()]
    for subtag in rest:
        if (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit()):
            subtags.append(subtag.upper())  # a region: US, 419
        elif len(subtag) == 4 and subtag.isalpha():
            subtags.append(subtag.title())  # a script: Hant, Latn
        else:
            subtags.append(subtag.lower())
    return "-".join(subtags)


# --------------------------------------------------------------------------- URLs

_SAFE_SCHEMES = ("http", "https")
_ANY_SPACE = re.compile(r"\s")


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
        # An absolute link is kept as written; urljoin would only re-serialise it.
        url = urljoin(base, href) if base and not href.startswith(("https://", "http://")) else href
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc or _ANY_SPACE.search(url):
        return None
    return url


def is_site_image(url: str) -> bool:
    """Whether an image's address shows it is the site's, never an article's: a writer's
    avatar (Gravatar, ``/avatars/``), a theme's asset (``/wp-content/themes/…``,
    ``/themes/custom/…/images/``), a ``/logos/`` or ``/icons/`` file, a favicon.

    >>> is_site_image("https://secure.gravatar.com/avatar/4540?s=96"), is_site_image("https://x.org/2024/05/storm.jpg")
    (True, False)
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # no address at all ("http://[::1"): nothing to tell
        return False
    segments = [segment.casefold() for segment in parts.path.split("/")]
    folders = set(segments[:-1])
    if "gravatar.com" in parts.netloc.casefold() or not _SITE_FOLDERS.isdisjoint(folders):
        return True
    # A theme's folder, unless the file is filed by date (orientsoftware.com keeps its
    # posts' pictures in /Themes/Content/Images/blog/2024-05-27/).
    if "themes" in folders and not any(_DATED_FOLDER.fullmatch(folder) for folder in folders):
        return True
    return "favicon" in _name_words(segments[-1])


#: The largest size, in CSS pixels, at which an ``img`` shows a writer's face, an icon or a
#: logo strip rather than a picture of the story.
SMALL_IMAGE = 150
_PIXELS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:px)?")


def is_small_image(img: etree._Element) -> bool:
    """Whether an ``img`` declares a width or a height of at most :data:`SMALL_IMAGE` pixels:
    a writer's headshot, a quoted customer's face, an icon or a logo strip, not the
    article's picture. Sizes in other units (``100%``) or none say nothing.

    >>> from lxml import etree
    >>> is_small_image(etree.fromstring('<img width="64" height="64"/>'))
    True
    >>> is_small_image(etree.fromstring('<img width="1024" height="683"/>')), is_small_image(etree.fromstring('<img width="100%"/>'))
    (False, False)
    """
    for name in ("width", "height"):
        value = img.get(name)
        size = _PIXELS.fullmatch(value.strip()) if value else None
        if size and float(size.group(1)) <= SMALL_IMAGE:
            return True
    return False


def is_default_image(url: str) -> bool:
    """Whether an image a page's metadata names (``og:image``) is the site's default for every
    page rather than the article's own: :func:`is_site_image`, or a file named as a logo,
    an emblem or a default (``logo_open-graph_facebook.png``, ``og-default.png``,
    ``facebook-default-wide.jpg``). A name that says it has no logo is not one.

    >>> is_default_image("https://x.org/static/img/logo_open-graph.png"), is_default_image("https://x.org/a/no-logo_v2.png")
    (True, False)
    """
    if is_site_image(url) or is_placeholder_image(url):
        return True
    words = _name_words(url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1])
    for i, word in enumerate(words):
        if word.startswith("default") or (word in ("logo", "emblem") and (i == 0 or words[i - 1] != "no")):
            return True
    return False


def widest_in_srcset(srcset: str | None) -> str | None:
    """The address of the widest picture a ``srcset`` lists (the first when none gives a width).

    Read as browsers read it: an address runs to the next space (commas inside it stay,
    ``w_1024,h_683,c_fill``), a comma right after it or after its descriptor ends the entry.

    >>> widest_in_srcset("/a-300x200.jpg 300w, /a-1024x683.jpg 1024w, /a-768x512.jpg 768w")
    '/a-1024x683.jpg'
    >>> widest_in_srcset("https://img.example/w_300,c_fill/a.jpg 300w,https://img.example/w_900,c_fill/a.jpg 900w")
    'https://img.example/w_900,c_fill/a.jpg'
    >>> widest_in_srcset("/a.jpg, /a@2x.jpg 2x"), widest_in_srcset(""), widest_in_srcset(None)
    ('/a.jpg', None, None)
    """
    best, best_width = None, -1
    for entry, descriptor in _SRCSET_ENTRY.findall(srcset or ""):
        address = entry.rstrip(",")
        width = int(descriptor[:-1]) if descriptor.endswith("w") and descriptor[:-1].isdigit() else 0
        if address and width > best_width:
            best, best_width = address, width
    return best


# One srcset entry: an address (no space in it), then an optional descriptor up to the comma.
_SRCSET_ENTRY = re.compile(r"[\s,]*([^\s]+)(?:\s+([^,\s]*)[^,]*)?")


def is_placeholder_image(url: str) -> bool:
    """Whether an image's file is a stand-in, not a picture: a lazy loader's placeholder, a
    blank or spacer pixel, a "no image" or fallback picture (``lazy-placeholder.png``,
    ``blank.gif``, ``no-image.jpg``, ``og-fallback.jpg``).

    >>> is_placeholder_image("/img/lazy-placeholder.png"), is_placeholder_image("/img/blank.gif")
    (True, True)
    >>> is_placeholder_image("/uploads/2024/03/placeholder-debate-city-hall.jpg"), is_placeholder_image("/a/bridge.jpg")
    (False, False)
    """
    words = _name_words(url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1])
    if not words or len(words) > 3:  # a picture's own name says more ("placeholder-debate-city-hall")
        return False
    text = " ".join(words)
    return any(w in _PLACEHOLDER_WORDS for w in words) or "no image" in text or "1x1" in text


_PLACEHOLDER_WORDS = frozenset(
    {"placeholder", "blank", "spacer", "transparent", "pixel", "lazy", "lazyload", "loading", "fallback", "noimage"}
)


_SITE_FOLDERS = frozenset({"avatar", "avatars", "logos", "icons", "favicons"})
_DATED_FOLDER = re.compile(r"(?:19|20)\d\d(?:-\d\d){0,2}")


def _name_words(file_name: str) -> list[str]:
    """The words of a file's name, its extension left out: ``Logo-Acronym_Blue.png`` gives logo, acronym, blue."""
    stem = unquote(file_name).rsplit(".", 1)[0].casefold()
    return [word for word in _NOT_A_WORD.split(stem) if word]


_NOT_A_WORD = re.compile(r"[^a-z0-9]+")


_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*?url\(\s*(['\"]?)([^'\")]+)\1\s*\)", re.IGNORECASE)


def css_background_url(style: str | None) -> str | None:
    """The URL of the background image an inline ``style`` sets, as written, or None.

    Cover layouts show the featured image as a CSS background (Bdaia's style 5 header).

    >>> css_background_url("height:300px; background-image:url('/a.jpg?resize=850%2C491');")
    '/a.jpg?resize=850%2C491'
    >>> css_background_url("color: red") is None
    True
    """
    if not style:
        return None
    match = _BACKGROUND_URL.search(style)
    return clean_text(match.group(2)) if match else None


# --------------------------------------------------------------------------- breadcrumbs

_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")


def repeats_title(label: str, title: str | None) -> bool:
    """True when a crumb label only repeats the title, whole or cut with ``...``."""
    return _repeats_any(label, (title,))


def _repeats_any(label: str, titles: Sequence[str | None]) -> bool:
    folded = [fold_words(t) for t in titles if t]
    if not folded:
        return False
    a = fold_words(label)
    if not a:
        return False
    if a in folded:
        return True
    if not _ELLIPSIS.search(label.strip()):
        return False
    cut = fold_words(_ELLIPSIS.sub("", label))
    return len(cut) >= 8 and any(b.startswith(cut) for b in folded)


def _rewords_any(label: str, titles: Sequence[str | None]) -> bool:
    """True when an unlinked crumb of four words or more uses only words of a title: the
    title, edited for the trail (``DIY Solar Installation: Step by Step Guide`` for ``DIY
    Solar Panel Installation: Step by Step Guide``)."""
    words = set(fold_words(label).split())
    return len(words) >= 4 and any(t and words <= set(fold_words(t).split()) for t in titles)


def fold_words(text: str | None) -> str:
    """``text`` case-folded, each run of punctuation and spaces one space: how titles,
    crumbs and names are compared.

    >>> fold_words("  L’Algérie -- au Mondial!  ")
    'l algérie au mondial'
    """
    return _NON_WORD.sub(" ", (text or "").casefold()).strip()


_NON_WORD = re.compile(r"[\W_]+")


_TRAIL_LABEL = re.compile(
    r"(?:you are here|vous [êe]tes ici|sie sind hier|usted est[áa] aqu[íi]|est[áa]s aqu[íi]|voc[êe] est[áa] aqui"
    r"|sei qui|breadcrumbs?|fil d'ariane)\s*:?",
    re.IGNORECASE,
)
_BACK_LINK = re.compile(r"^(?:[<«‹←]\s*)?(?:back to|zurück zu|retour (?:à|aux?))\b", re.IGNORECASE)


# A writer's page: WordPress's author archive and its like, the last part of the path a slug.
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autores|auteur|auteurs|profile|profiles|writers?|contributors?)/[^/?#]+/?(?:[?#]|$)"
)


def is_author_page(url: str | None) -> bool:
    """Whether ``url`` is a writer's page (``/author/jane-doe/``, ``/contributors/jd``).

    >>> is_author_page("https://x.org/blog/author/jane-doe/"), is_author_page("https://x.org/authors-guild")
    (True, False)
    """
    return bool(url) and _AUTHOR_PAGE.search(url or "") is not None


def clean_breadcrumb(crumbs: Sequence[Crumb], *titles: str | None) -> tuple[Crumb, ...]:
    """Drop empty and duplicate crumbs, the trail's own label, and the final crumb that
    repeats the title.

    A trail's label (``You are here:``, ``Vous êtes ici``), a "back" link set where the
    trail would be (``< Back to all blog posts``) and a separator printed as an element of
    its own (``<span>/</span>``: no link, no letter or digit) are no crumbs.

    >>> [c.label for c in clean_breadcrumb([Crumb(label="You are here:"), Crumb(label="News", url="https://x.org/news")])]
    ['News']
    >>> [c.label for c in clean_breadcrumb([Crumb(label="Home", url="https://x.org/"), Crumb(label="/")])]
    ['Home']
    """
    out: list[Crumb] = []
    for crumb in crumbs:
        if out and out[-1] == crumb:
            continue
        if crumb.url is None and _NON_WORD.fullmatch(crumb.label):  # no letter or digit
            continue
        if _TRAIL_LABEL.fullmatch(crumb.label) or (crumb.url and _BACK_LINK.match(crumb.label)):
            continue
        if is_author_page(crumb.url):  # a byline's link in a box themes name "breadcrumb_text"
            continue
        out.append(crumb)
    while out and (
        _repeats_any(out[-1].label, titles) or (out[-1].url is None and _rewords_any(out[-1].label, titles))
    ):
        out.pop()
    return tuple(out)


# --------------------------------------------------------------------------- neighbours

# The labels themes print inside a previous/next-article link, around its title:
# "Previous Post", "Vorheriger Beitrag", "Vorher", "Article Précedent" (sic, Bdaia), "المقال السابق", ...
_NEIGHBOR_LABEL = re.compile(
    r"(?:previous|prev|next)(?:\s+(?:article|post|story|entry|page))?|(?:older|newer)\s+(?:article|post|entry)"
    r"|(?:article|billet|post)\s+(?:pr[ée]c[ée]dent|suivant)|pr[ée]c[ée]dent|suivant"
    r"|vorherige[rsn]?(?:\s+(?:artikel|beitrag|meldung|post))?|n[äa]chste[rsn]?(?:\s+(?:artikel|beitrag|meldung|post))?"
    r"|vorher|danach|zur[üu]ck|weiter"
    r"|(?:art[íi]culo|entrada|noticia|nota)\s+(?:anterior|siguiente)|siguiente(?:\s+(?:art[íi]culo|entrada|noticia|nota))?"
    r"|anterior|(?:articolo\s+)?(?:precedente|successivo)|(?:vorige|volgende)(?:\s+(?:artikel|bericht|post))?"
    # Portuguese ("Artigo anterior", "Próximo artigo") and Polish ("Poprzedni artykuł", "Następny wpis")
    r"|(?:artigo|post|not[íi]cia|mat[ée]ria)\s+(?:anterior|seguinte)|pr[óo]xim[oa](?:\s+(?:artigo|post|not[íi]cia))?"
    r"|(?:poprzedni|nast[ęe]pny)(?:\s+(?:artyku[łl]|wpis|post))?"
    # Arabic: "المقال السابق" / "المقالة التالية" (the previous / next article), or the adjective alone.
    r"|(?:(?:ال)?(?:مقال|مقالة|خبر|موضوع)\s+)?(?:ال)?(?:سابق|تالي|لاحق)ة?",
    re.IGNORECASE,
)
_LABEL_MARKS = " :«»‹›<>←→|-–—"
# A label printed in the title's own text, before a colon: Divi's "Prev: Title".
_LEADING_LABEL = re.compile(f"^(?:{_NEIGHBOR_LABEL.pattern})\\s*:\\s+", re.IGNORECASE)


def is_neighbor_label(text: str | None) -> bool:
    """True when ``text`` is only a previous/next label (``Previous Post``, ``Article suivant``).

    >>> is_neighbor_label("Article Précedent"), is_neighbor_label("« Vorher"), is_neighbor_label("Next steps")
    (True, True, False)
    """
    text = clean_text(text)
    if not text:
        return False
    return _NEIGHBOR_LABEL.fullmatch(text.strip(_LABEL_MARKS)) is not None


def neighbor_title(anchor: etree._Element | None, drop: Sequence[etree._Element] = ()) -> str | None:
    """The title a previous/next-article link shows, its label element left out.

    Themes print the label in its own element inside the link
    (``<a rel=prev><span>Vorher</span>Title</a>``); that element is skipped. A link with
    no other text, or whose whole text is the label (Drupal's Flippy pager prints
    ``<a rel="prev">‹ Previous</a>``), falls back to its ``title`` attribute. ``drop``
    lists further parts of the anchor to leave out (a theme's label elements).

    >>> from lxml import html
    >>> neighbor_title(html.fromstring('<a href="/a"><span>Article suivant</span> Les Tunisiens rentrent</a>'))
    'Les Tunisiens rentrent'
    >>> neighbor_title(html.fromstring('<a href="/a" rel="prev">‹ Previous article</a>')) is None
    True
    >>> neighbor_title(html.fromstring('<a href="/a"><span>←</span> <span>Prev: Les Tunisiens rentrent</span></a>'))
    'Les Tunisiens rentrent'
    >>> neighbor_title(html.fromstring('<a href="/a"><span>Suivant</span> « Non », disent-ils</a>'))
    '« Non », disent-ils'
    """
    if anchor is None:
        return None
    elements = [el for el in anchor.iterdescendants() if isinstance(el.tag, str)]
    labels = {el for el in elements if is_neighbor_label(text_of(el))}.union(drop)
    if not labels:
        shown = text_of(anchor)
        shown = None if is_neighbor_label(shown) else shown
    else:
        shown = clean_text(raw_text_of(anchor, skip=labels, gap=" "))
    if shown:
        shown = clean_text(_LEADING_LABEL.sub("", _without_leading_marks(shown))) or shown
    return shown or clean_text(anchor.get("title"))


def _without_leading_marks(text: str) -> str:
    """``text`` without the arrows and separators a label leaves before a title (``← ``,
    ``| ``), but with the ``«`` that opens a quotation the title starts with (``« Nous ne
    lâcherons rien », affirment…``)."""
    for i, char in enumerate(text):
        if char not in _LABEL_MARKS or (char == "«" and "»" in text[i:]):
            return text[i:]
    return ""


def without_author_bio(blocks: Sequence[Block], authors: Sequence[str], within: int = 4) -> tuple[Block, ...]:
    """The blocks without the writer's biography (FIELDS.md: author boxes are not the
    body): a paragraph that opens with a writer's full name and goes on about them
    (``Karina Cohen is the owner of CR Maids...``, ``Eduard Kovacs (@EduardKovacs) is the
    managing editor...``, in parentheses: ``(Paul Fenaroli is an Associate Attorney...)``,
    a desk's: ``The TOI Lifestyle Desk is...``), with the box's head before it (``About
    the Author``, even run into the name).

    Among the last ``within`` blocks the box closes the text, and what follows it goes
    too. Further up, in the last two fifths of the text, only the box goes: a template
    may set the writer's box before the article's questions and answers.

    >>> from newsparse import Block
    >>> text = [Block(text="The story, told at length."), Block(text="Karina Cohen is the owner of a cleaning firm.")]
    >>> [b.text for b in without_author_bio(text, ["Karina Cohen"])]
    ['The story, told at length.']
    """
    names = [name for name in authors if len(name.split()) >= 2]
    if not names or len(blocks) < 2:
        return tuple(blocks)
    closing = len(blocks) - within
    for i in range(max(1, min(closing, len(blocks) * 3 // 5)), len(blocks)):
        block = blocks[i]
        if block.kind == "paragraph" and any(_opens_bio(block.text, n) for n in names):
            kept = list(blocks[:i])
            # The box's head goes with it: "About the Author:", the name, the role.
            while len(kept) > 1 and _heads_author_box(kept[-1].text, names):
                kept.pop()
            return tuple(kept) if i >= closing else (*kept, *blocks[i + 1 :])
    return tuple(blocks)


def _opens_bio(text: str, name: str) -> bool:
    """Whether ``text`` opens with ``name`` and goes on about them, at its start or after
    an opening parenthesis or article (``(Paul Fenaroli is…``, ``The TOI Lifestyle Desk is…``)."""
    opening = _BIO_OPENING.match(text)
    for at in (0, opening.end()) if opening else (0,):
        if text.startswith(name, at) and _BIO_START.match(text, at + len(name)):
            return True
    return False


def _heads_author_box(text: str, names: Sequence[str]) -> bool:
    folded = text.casefold().strip(" :")
    if folded in {n.casefold() for n in names} or folded in ("about the author", "about the writer"):
        return True
    # "About the AuthorTOI Lifestyle Desk": the head run into the name, a space lost between two elements.
    heads = ("about ", "written by ", "about the author", "about the writer")
    if any(folded in {f"{head}{n.casefold()}" for head in heads} for n in names):
        return True
    words = folded.split()
    return 0 < len(words) <= 4 and words[-1] in _BOX_ROLES and all(w in _BOX_ROLE_WORDS for w in words)


_BOX_ROLES = frozenset({"writer", "editor", "author", "reporter", "contributor", "journalist", "columnist"})
_BOX_ROLE_WORDS = _BOX_ROLES | {"contributing", "staff", "senior", "guest", "freelance", "managing", "associate"}


# What may come before a writer's name at the start of their biography: a parenthesis
# around the whole bio, or the article of a desk's name ("The TOI Lifestyle Desk is...").
_BIO_OPENING = re.compile(r"^(?:\(|[Tt]he\s+)")
# What follows a writer's name at the start of their biography: in English, or the verb
# "is" of a French, German, Spanish or Italian site ("Jane Roe est journaliste au service
# politique...", "Jane Roe ist Redakteurin...", "Jane Roe es periodista...").
_BIO_START = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:is|was|has|holds|serves|writes|covers|reports|joined|works|lives|"
    r"est|ist|es|è)\b|,\s+(?:a|an|the)\b)"
)


# --------------------------------------------------------------------------- sections

# Placement flags sites file articles under to promote them; they are not sections.
#: Where a site places a story, not what it is about: never a section.
PLACEMENT_FLAGS = frozenset(
    {
        "à la une", "a la une", "la une", "une", "top thema", "top themen", "topthema", "featured",
        "featured news", "featured posts", "featured stories", "destacada", "destacadas", "destacado", "slider",
        "slide", "breaking", "breaking news", "top news", "top stories", "top story", "headline", "headlines",
        "trending", "editor's pick", "editor's picks", "editors pick", "editors' pick", "editors' picks",
        "highlight", "highlights", "especial", "main", "hero", "spotlight", "destacados", "destaque",
        "destaques", "editor's choice", "editors' choice", "editors choice",
    }
)  # fmt: skip
#: Placement flags, catch-alls and home crumbs: not a section while the page shows a real one.
PROMOTION_FLAGS = PLACEMENT_FLAGS | frozenset(
    {
        "uncategorized", "non classé", "allgemein", "sin categoría", "general", "news", "aktuell", "actualités",
        "noticias", "home", "accueil", "startseite", "inicio", "start", "portada",
    }
)  # fmt: skip


def _flag_key(label: str) -> str:
    # "Top-Thema", "Editor’s Pick": hyphens and curly apostrophes as the list writes them.
    return " ".join(label.casefold().replace("’", "'").replace("-", " ").split()).strip(" :|›»>")


def is_promotion_flag(label: str) -> bool:
    """True for placement labels (``à la une``, ``Top Thema``, ``Featured``), catch-alls
    (``News``, ``Uncategorized``) and home crumbs.

    >>> is_promotion_flag("Top-Thema"), is_promotion_flag("Editor’s Pick"), is_promotion_flag("Politics")
    (True, True, False)
    """
    return _flag_key(label) in PROMOTION_FLAGS


def is_placement_flag(label: str) -> bool:
    """True for a placement label only (``Featured``, ``à la une``), not a catch-all such as
    ``News``, which is still the section when it is all the page shows."""
    return _flag_key(label) in PLACEMENT_FLAGS


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


_SENTENCE_END = re.compile(r"[.!…][\"'”»’)]*$")
_NUMBERED = re.compile(r"^\(?\d{1,3}[.)]\s")
_PARAGRAPH_WORDS = 12


def reads_as_paragraph(text: str | None) -> bool:
    """True when a heading's text is really a paragraph: a full sentence of some length.

    Sites set a chapô in a heading tag (lapresse.tn's ``h5``); a real heading is short
    and rarely ends with a full stop. A numbered heading (``3. Traffic falls. Shift focus.``)
    stays a heading, whatever its length.

    >>> reads_as_paragraph("Malgré les acquis réalisés au profit de la femme depuis l’indépendance, "
    ...                    "la participation de la femme a connu un certain recul.")
    True
    >>> reads_as_paragraph("Des actions à entreprendre"), reads_as_paragraph("Why it matters, explained in detail for all?")
    (False, False)
    """
    text = clean_text(text)
    if not text:
        return False
    if _NUMBERED.match(text):
        return False
    return len(text.split()) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(text) is not None


_BOLD_TAGS = ("strong", "b")
_FINAL_PUNCTUATION = (".", "!", "?", "…", ";")


def is_bold_heading(element: etree._Element, text: str | None = None) -> bool:
    """True for a paragraph that is a short all-bold line with no final punctuation.

    Editors often set a subheading as ``<p><strong>Hintergrund</strong></p>`` instead of
    an ``h2``; a reader takes it for a heading. A bold lead sentence ending with a full
    stop, or a long bold paragraph, stays a paragraph.

    >>> from lxml import html
    >>> is_bold_heading(html.fromstring("<p><strong>Hintergrund</strong></p>"))
    True
    >>> is_bold_heading(html.fromstring("<p><b>Amnesty hat einen Filter entwickelt.</b></p>"))
    False
    """
    # ``text`` comes already cleaned from the block builder: most paragraphs are long
    # and are answered here, before any further work.
    if text is None:
        text = clean_text(raw_text_of(element))
    if not text or len(text) > 80 or len(text.split()) > 10:
        return False
    if text.rstrip("\"'”’»)]").endswith(_FINAL_PUNCTUATION):
        return False
    outer = [element] if element.tag in _BOLD_TAGS else _outer_bold(element)
    bold = "".join(raw_text_of(el) for el in outer)
    return _SPACE.sub("", bold) == _SPACE.sub("", text)


def _outer_bold(element: etree._Element) -> Iterator[etree._Element]:
    """The ``strong``/``b`` elements inside ``element`` that are not inside another one."""
    for el in element.iter(*_BOLD_TAGS):
        parent = el.getparent()
        while parent is not None and parent is not element and parent.tag not in _BOLD_TAGS:
            parent = parent.getparent()
        if parent is None or parent is element:
            yield el


def drop_signoff(blocks: Sequence[Block]) -> tuple[tuple[Block, ...], Byline | None]:
    """Split a trailing sign-off paragraph (``R. I.``, ``APS``, ``Rachid Ighil``) off the body.

    A sign-off set in bold (``<p><strong>APS</strong></p>``) reads as a heading to
    :func:`is_bold_heading`, so a last heading is tried too, but only as initials or an
    agency: a heading that ends a text (``<h3>Image Gallery</h3>`` over a gallery, a bold
    ``Download Guide``) is no name. A name set in bold stays a paragraph
    (:func:`signs_with_a_name`), and is tried as one.

    >>> drop_signoff([Block(text="Le texte."), Block(kind="heading", text="Image Gallery")])[1] is None
    True
    >>> drop_signoff([Block(text="Le texte."), Block(kind="heading", text="R. I.")])[1].text
    'R. I.'
    """
    if len(blocks) >= 2 and blocks[-1].kind in ("paragraph", "heading"):
        byline = signoff_byline(blocks[-1].text)
        if byline is not None and (blocks[-1].kind == "paragraph" or is_initials_or_agency(byline.text)):
            return tuple(blocks[:-1]), byline
    return tuple(blocks), None


def signs_with_a_name(text: str) -> bool:
    """Whether a short line is a writer's name signing the text (``Rachid Ighil``, ``Par
    K. Amine``), as :func:`signoff_byline` reads one: not initials, an agency or a
    closing phrase.

    >>> signs_with_a_name("Rachid Ighil"), signs_with_a_name("APS"), signs_with_a_name("Key Takeaways")
    (True, False, False)
    """
    byline = signoff_byline(text)
    return byline is not None and not is_initials_or_agency(byline.text) and "/" not in byline.text


def is_initials_or_agency(text: str) -> bool:
    """True for a credit that is only initials (``R. I.``) or a news agency (``APS``).

    >>> is_initials_or_agency("R. I."), is_initials_or_agency("APS"), is_initials_or_agency("Rachid Ighil")
    (True, True, False)
    """
    return bool(_INITIALS.match(text)) or text.lower() in AGENCIES


# --------------------------------------------------------------------------- credit lines

_WRITER_LABEL = re.compile(
    r"^(?:written by|words by|text by|story by|reporting by|report by|by|par|von|por|texte|text|texto)\s*:?\s+",
    re.IGNORECASE,
)
_SOURCE_CREDIT = re.compile(
    r"^(?:courtesy of|republished (?:with permission )?(?:from|by)|reprinted (?:with permission )?from|"
    r"originally published (?:by|in|on|at)|this (?:article|story) (?:first appeared|was (?:first|originally) published)|"
    r"avec l'aimable autorisation de|mit freundlicher genehmigung von|cortesía de)\b",
    re.IGNORECASE,
)


def writer_credit(text: str | None) -> Byline | None:
    """A Byline when a line of the text only credits its writer (``Written by: Jane Doe``).

    The label is required: a bare name is a sign-off (:func:`signoff_byline`), not this.

    >>> writer_credit("Written by: Julie Mollins")
    Byline(text='Julie Mollins', authors=('Julie Mollins',))
    >>> writer_credit("By the time we arrived, it was over.") is None
    True
    """
    text = clean_text(text)
    if not text or len(text) > 80:
        return None
    match = _WRITER_LABEL.match(text)
    if not match:
        return None
    names = clean_text(text[match.end() :])
    if not names or (names[-1] in ".!?;" and not _INITIALS.match(names)):
        return None
    authors = split_authors(names)
    if not authors or not all(_looks_like_name(a) for a in authors):
        return None
    return Byline(text=names, authors=authors)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def drop_leading_credits(blocks: Sequence[Block]) -> tuple[tuple[Block, ...], Byline | None]:
    """Split the credit lines a body opens with off it: who wrote it, where it comes from.

    ``Courtesy of Forests News`` then ``Written by: Julie Mollins`` leave the body; the
    writer (the last one named) is returned as a Byline.

    >>> body = [Block(text="Courtesy of Forests News"), Block(text="Written by: Julie Mollins"), Block(text="Text.")]
    >>> drop_leading_credits(body)
    ((Block(kind='paragraph', text='Text.'),), Byline(text='Julie Mollins', authors=('Julie Mollins',)))
    """
    byline = None
    start = 0
    while start < len(blocks) - 1 and blocks[start].kind == "paragraph":
        text = blocks[start].text
        writer = writer_credit(text)
        if writer is not None:
            byline = writer
        elif not (len(text) <= 80 and _SOURCE_CREDIT.match(text)):
            break
        start += 1
    return tuple(blocks[start:]), byline


def without_title_headings(blocks: Sequence[Block], *titles: str | None) -> list[Block]:
    """The blocks without a heading that only repeats one of ``titles`` (the headline, the
    deck), its case aside: the body leaves the headline out. A paragraph that says
    what the title says stays: it is the article's.

    >>> [b.text for b in without_title_headings([Block(kind="heading", text="Easy Bread"), Block(text="Mix.")], "easy bread")]
    ['Mix.']
    """
    texts = [t for t in titles if t]
    folded = {_folded(t) for t in texts}
    sizes = {len(t) for t in texts}
    # Only a heading about as long as a title can repeat it: fold those alone.
    return [b for b in blocks if b.kind != "heading" or len(b.text) not in sizes or _folded(b.text) not in folded]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- ads

_AD_LABEL = re.compile(
    r"^[\W_]*(?:(?:(?:story|article|text|content) continues (?:below|after) (?:this |the )?)?"
    r"(?:anzeige|werbung|advertisement|advertising|advert|ad|sponsored|publicité|publicite|publicidad|"
    r"pubblicità|reklame|إعلان)(?:[\W_]+scroll (?:down )?to continue(?: (?:reading|with content))?)?)[\W_]*$",
    re.IGNORECASE,
)


def is_ad_label(text: str) -> bool:
    """True for a block whose whole text is an ad label (``Anzeige``, ``- Advertisement -``).

    >>> is_ad_label("- Anzeige -"), is_ad_label("Anzeigen zeigen, wie es geht.")
    (True, False)
    >>> is_ad_label("Story continues below advertisement"), is_ad_label("Advertisement - Scroll to continue")
    (True, True)
    """
    return len(text) <= 50 and _AD_LABEL.match(text) is not None


# A letter or a digit, or a bracket or sign that closes a line of code.
_TEXT_OR_CODE = re.compile(r"[^\W_]|[()\[\]{}<>;=]")


def is_textless(block: Block) -> bool:
    """True for a block with no letter or digit: a rating's stars, an icon font's glyph, a
    separator line (``★★★★★``, ``—``, ``* * *``, ``|``). A line of code set as a paragraph
    (``):``, ``};``) and any preformatted block stay.

    >>> is_textless(Block(text="★★★★★")), is_textless(Block(text="— 1 —")), is_textless(Block(text="):"))
    (True, False, False)
    """
    return block.kind != "preformatted" and _TEXT_OR_CODE.search(block.text) is None


# --------------------------------------------------------------------------- captions

# No leading ``\s*`` or ``|``: the caption is cut before the label and stripped of them.
_CREDIT = re.compile(
    r"(?:(?:(?:photo|image|picture|foto)\s+credit|photo|foto|image|bild|credit|crédit|crédit photo|fuente|source|quelle)s?\s*:"
    r"|©|\(c\))\s*",
    re.IGNORECASE,
)


# No leading ``\s*``: searched over a run of spaces it would retry the run from every position.
_TRAILING_PARENS = re.compile(r"\(([^()]{2,60})\)$")


def split_caption_credit(text: str | None) -> tuple[str | None, str | None]:
    """Split ``Caption. Foto: Agency`` into caption and credit (the label dropped).

    >>> split_caption_credit("Der Bahnhof im Winter | Foto: Max Muster")
    ('Der Bahnhof im Winter', 'Max Muster')
    >>> split_caption_credit("Beispiel. Foto: Von Joschi71, CC BY-SA 3.0")
    ('Beispiel.', 'Joschi71, CC BY-SA 3.0')
    >>> split_caption_credit("A bowl of rice. (Photo credit: Melissa Zink)")
    ('A bowl of rice.', 'Melissa Zink')
    """
    text = clean_text(text)
    if not text:
        return None, None
    # Every label holds ":", "©" or "(c)": the case-blind search (slow: it tries every
    # alternative at every position) is skipped when none is there.
    match = _CREDIT.search(text) if (":" in text or "©" in text or "(c)" in text or "(C)" in text) else None
    if match:
        before, after = text[: match.start()].rstrip(" |-–—"), text[match.end() :]
        if before.endswith("(") and after.endswith(")"):  # "Caption (Photo credit: Name)"
            before, after = before[:-1], after[:-1]
        caption = clean_text(before)
        credit = clean_text(after)
        # "Foto: Von Joschi71" credits Joschi71, as a byline "Von X" credits X.
        return caption, (clean_text(_BY_PREFIX.sub("", credit)) if credit else None) or credit
    paren = _TRAILING_PARENS.search(text)
    if paren and paren.start() > 0:
        return clean_text(text[: paren.start()]), clean_text(paren.group(1))
    return text, None


_CAPTION_LABEL = re.compile(
    r"^(?:(?:header|featured|feature|top|lead|main|cover|title|hero)\s+)?(?:image|photo|picture|foto|bild|photograph)\s*:\s*",
    re.IGNORECASE,
)


def caption_paragraph(text: str | None) -> tuple[str | None, str | None] | None:
    """Caption and credit of a paragraph that only captions the lead image, else None.

    Some sites print the featured image's caption as the last paragraph of the text
    (``Header Image: People have lived ... Credit: Tomas Munita/CIFOR``).

    >>> caption_paragraph("Header Image: A petroglyph in Napo. Credit: Tomas Munita/CIFOR")
    ('A petroglyph in Napo.', 'Tomas Munita/CIFOR')
    >>> caption_paragraph("Photographs were taken at dawn.") is None
    True
    """
    text = clean_text(text)
    if not text:
        return None
    match = _CAPTION_LABEL.match(text)
    if not match:
        return None
    caption, credit = split_caption_credit(text[match.end() :])
    if caption is None and credit is None:
        return None
    return caption, credit
