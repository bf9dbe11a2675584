"""Finding the article text on a page no adapter knows: text density against link density.

The generic adapter cannot know where a site keeps its article, so it looks for it:

1. :func:`score_paragraphs` gives every paragraph a score for its text (length and
   commas, as prose has them) discounted by the share of it that is link text, and
   hands each score to the paragraph's parent, and half of it to the grandparent;
2. :func:`best_container` takes the best-scored element, after its class and id have
   said what they say (``entry-content`` helps, ``sidebar`` or ``comments`` hurts) and
   its own link density has been counted;
3. :func:`widen` climbs to an ancestor when it holds clearly more prose (a page
   builder that cuts the article into many text modules);
4. :func:`article_blocks` turns those elements into blocks: paragraphs, headings,
   lists, quotes, tables rows; it drops figures and captions, share bars, related-link
   lists, newsletter boxes, author boxes and link-only lines on the way.

Everything heavy is done by lxml in C (tag-filtered iteration, text serialisation);
Python only looks at paragraphs and at the elements inside the chosen container.

>>> from lxml import html
>>> page = html.fromstring(
...     "<html><body><nav><p><a href='/'>Home</a></p></nav><div class='story'>"
...     "<p>The first paragraph of the story, long enough to count, with commas, too.</p>"
...     "<ul class='related'><li><a href='/x'>Another story</a></li></ul>"
...     "<p>The second paragraph of the story says more about what happened next.</p></div></body></html>"
... )
>>> [b.text for b in article_blocks([best_container(page)])]
['The first paragraph of the story, long enough to count, with commas, too.', 'The second paragraph of the story says more about what happened next.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby, islice
from operator import itemgetter
from typing import Any, cast

from lxml import etree

from newsparse.article import Block, BlockKind
from newsparse.extract import (
    SKIPPED_TAGS,
    clean_text,
    is_ad_label,
    is_textless,
    raw_text_of,
    without_deep_nesting,
    without_title_headings,
)

__all__ = [
    "DATE_ONLY",
    "REPEATABLE_CHARS",
    "article_blocks",
    "best_container",
    "earlier_parts",
    "is_boilerplate",
    "is_page_furniture",
    "is_unlikely",
    "link_density",
    "paragraph_score",
    "score_paragraphs",
    "signup_boxes",
    "widen",
    "without_repeats",
    "without_trailer",
]

# --------------------------------------------------------------------------- text measures


def select(path: etree.XPath, element: etree._Element, **variables: Any) -> list[etree._Element]:
    """The elements a compiled XPath finds from ``element`` (typed: lxml's stubs return a union)."""
    return cast("list[etree._Element]", path(element, **variables))


def select_text(path: etree.XPath, element: etree._Element, **variables: Any) -> list[str]:
    """The text nodes a compiled XPath finds from ``element``, as strings."""
    return [str(found) for found in cast("list[Any]", path(element, **variables))]


def _text(element: etree._Element) -> str:
    """The element's text as lxml serialises it (fast; scripts included, so only for text blocks)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def link_density(element: etree._Element, text_length: int | None = None) -> float:
    """The share of an element's text that sits in links (0.0 for an element with no text).

    >>> from lxml import html
    >>> link_density(html.fromstring("<p>Read <a href='/a'>this story</a></p>"))
    0.6666666666666666
    """
    total = len(_text(element).strip()) if text_length is None else text_length
    if not total:
        return 0.0
    links = sum(len(_text(a).strip()) for a in element.iter("a"))
    return min(1.0, links / total)


def paragraph_score(text: str, links: int, *, normalised: bool = True) -> float:
    """What one paragraph adds to its container: prose scores, link lists and scraps do not.

    Readability's measure: one point, one per comma, one per hundred characters (three
    at most), all scaled down by the share of link text. A paragraph shorter than 25
    characters or more than half links adds nothing. With ``normalised=False`` the
    text's length is taken as it is (the scorer's fast path: close enough for prose).

    >>> paragraph_score("Short.", 0)
    0.0
    >>> paragraph_score("A sentence of prose, with two commas, that runs on a while.", 0)
    3.59
    >>> paragraph_score("Related: a headline that is a link and nothing else at all", 55)
    0.0
    """
    length = _length(text) if normalised else len(text)
    if length < 25:
        return 0.0
    density = min(1.0, links / length)
    if density > 0.5:
        return 0.0
    commas = text.count(",") + text.count("،") + text.count("，")
    return round((1 + commas + min(length / 100, 3.0)) * (1 - density), 4)


# --------------------------------------------------------------------------- class and id hints

# Words in a class or id that mark an element as not the article (checked word by word:
# ``comments-area`` and ``site-footer`` are out, ``no-sidebars`` is not).
_UNLIKELY_WORDS = frozenset(
    {
        "comment", "comments", "disqus", "sidebar", "related", "recommended",
        "footer", "masthead", "menu", "navbar", "nav", "navigation", "breadcrumb", "breadcrumbs",
        "share", "sharing", "social", "sponsor", "sponsored", "promo", "newsletter", "subscribe",
        "signup", "popup", "modal", "cookie", "cookies", "banner", "advert", "advertisement",
        "outbrain", "taboola", "pager", "pagination", "authorbox", "respond", "reply", "replies",
    }
)  # fmt: skip
_LIKELY_WORDS = frozenset(
    {
        "article", "entry", "content", "body", "post", "story", "main", "text", "blog", "prose",
        "richtext", "hentry", "articlebody", "postbody", "storybody", "single",
    }
)  # fmt: skip
_WORDS = re.compile(r"[a-z]+")
_PLAIN_TOKEN = re.compile(r"^[a-z0-9_-]{1,40}$")
# A part of a name that mixes letters and digits, five characters or more, is a hash or a
# size ("elementor-element-2638ad0", "css-1ad2f9", "ad_300x250"): its letters are no words
# ("ad" in "2638ad0").
_HASH_PART = re.compile(r"(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{5,}")
_PART_SEPARATOR = re.compile(r"[-_]+")


def _token_words(token: str) -> list[str]:
    """The lower-case words of one class token, its hash-like parts left out.

    >>> _token_words("elementor-element-2638ad0"), _token_words("ad-slot-1")
    (['elementor', 'element'], ['ad', 'slot'])
    """
    if not any(ch.isdigit() for ch in token):
        return _WORDS.findall(token)
    return [
        word for part in _PART_SEPARATOR.split(token) if not _HASH_PART.fullmatch(part) for word in _WORDS.findall(part)
    ]


_UNLIKELY_TAGS = frozenset({"nav", "aside", "footer"})
_LIKELY_TAGS = frozenset({"article", "main"})


def _class_words(element: etree._Element) -> list[list[str]]:
    """The class names and id of an element, each cut into lower-case words.

    Utility-class tokens with brackets or colons (``md:[grid-area:main]``) say nothing
    about the content and are left out.
    """
    names: list[list[str]] = []
    for value in (element.get("class"), element.get("id")):
        if value:
            names.extend(_token_words(token) for token in value.lower().split() if _PLAIN_TOKEN.match(token))
    return names


def is_unlikely(element: etree._Element) -> bool:
    """True for a container that holds no article: a sidebar, comments, footer, menu, share bar.

    Judged by tag and by the class names and id: a name that starts or ends with a
    boilerplate word (``comments-area``, ``site-footer``) counts against, a name with an
    article word (``content-area``) or an ``article`` or ``main`` tag counts for, and
    one thing for is enough to keep it.

    >>> from lxml import html
    >>> is_unlikely(html.fromstring("<div id='comments' class='comments-area'></div>"))
    True
    >>> is_unlikely(html.fromstring("<div id='content' class='no-sidebars'></div>"))
    False
    >>> is_unlikely(html.fromstring("<div class='content-area has-sidebar'></div>"))
    False
    """
    tag = element.tag
    if tag in _UNLIKELY_TAGS:
        return True
    key = (tag in _LIKELY_TAGS, element.get("class"), element.get("id"))
    verdict = _UNLIKELY_VERDICTS.get(key)
    if verdict is None:
        bad, good = False, key[0]
        for words in _class_words(element):
            if not words:
                continue
            if words[0] in _UNLIKELY_WORDS:  # comment-body, sidebar-content
                bad = True
            elif any(w in _LIKELY_WORDS for w in words):  # content-area, post-comments... as one name
                good = True
            elif words[-1] in _UNLIKELY_WORDS:  # site-footer
                bad = True
        verdict = bad and not good
        if len(_UNLIKELY_VERDICTS) > 50_000:
            _UNLIKELY_VERDICTS.clear()
        _UNLIKELY_VERDICTS[key] = verdict
    return verdict


_UNLIKELY_VERDICTS: dict[tuple[bool, str | None, str | None], bool] = {}


def class_weight(element: etree._Element) -> float:
    """A container's bonus or penalty from its class and id: +25 for article words, -25 for boilerplate.

    >>> from lxml import html
    >>> class_weight(html.fromstring("<div class='entry-content'></div>"))
    25.0
    >>> class_weight(html.fromstring("<div id='comments' class='comments-area'></div>"))
    -25.0
    """
    if is_unlikely(element):
        return -25.0
    for words in _class_words(element):
        if any(w in _LIKELY_WORDS for w in words):
            return 25.0
    return 0.0


# --------------------------------------------------------------------------- choosing the container

# Text set loose in an element (``<br>``-separated lines): the parents of long text nodes.
_LOOSE_TEXT_PARENTS = etree.XPath(
    "descendant::text()[string-length(normalize-space(.)) >= 40]"
    "[not(parent::p or parent::pre or parent::script or parent::style or parent::a or parent::noscript)]/.."
)
_INLINE = frozenset({"span", "b", "strong", "em", "i", "u", "font", "small", "big", "mark", "sup", "sub", "cite", "q"})
_TAG_BONUS = {"div": 5.0, "article": 8.0, "section": 3.0, "main": 3.0, "td": 3.0, "blockquote": 3.0, "pre": 3.0}
# Below this total, paragraphs say little: look at loose text as well.
_WEAK_TOTAL = 30.0
_TOP = frozenset({"body", "html"})
_UNLIKELY_FACTOR = 0.1


class Scores:
    """Paragraph scores: readability's local score, and the sum of every paragraph below an element.

    Scores are gathered by the element that holds them first (:meth:`add`), then
    handed up the tree once per holder (:meth:`settle`), so a page of 200 paragraphs
    in one container walks its ancestors once.
    """

    def __init__(self, root: etree._Element | None = None) -> None:
        self.local: dict[etree._Element, float] = {}
        self.total: dict[etree._Element, float] = {}
        self._pending: dict[tuple[etree._Element, bool], float] = {}
        heading = next(root.iter("h1"), None) if root is not None else None
        #: The ancestors of the page's first ``h1``: whatever their names, they wrap the article.
        self.around_headline = frozenset(heading.iterancestors()) if heading is not None else frozenset()

    def add(self, holder: etree._Element, score: float, *, loose: bool = False) -> None:
        """Credit a paragraph's score to ``holder``'s parent, or ``loose`` text's to ``holder`` itself."""
        target = holder if loose else holder.getparent()
        if target is not None:
            key = (target, loose)
            self._pending[key] = self._pending.get(key, 0.0) + score

    def settle(self) -> Scores:
        """Hand the gathered scores to the ancestors.

        A paragraph under an unlikely container (comments, sidebar, footer) counts a
        tenth, unless that container wraps the headline too, or holds half the page's
        prose when only its class speaks against it: broken markup and odd themes wrap
        whole articles in an unclosed ``nav`` or a ``share-container``.

        Each element is visited once, however many paragraphs sit below it: parents are
        recorded on the way up, then sums flow up the tree deepest first.
        """
        parent_of: dict[etree._Element, etree._Element | None] = {}
        for holder, _loose in self._pending:
            element: etree._Element | None = holder
            while element is not None and element not in parent_of:
                parent = element.getparent()
                parent_of[element] = parent if parent is not None and parent.tag != "html" else None
                element = parent_of[element]
        depth: dict[etree._Element, int] = {}
        for element in parent_of:
            chain = []
            node: etree._Element | None = element
            while node is not None and node not in depth:
                chain.append(node)
                node = parent_of[node]
            base = depth[node] if node is not None else -1
            for offset, item in enumerate(reversed(chain), start=1):
                depth[item] = base + offset
        deepest_first = sorted(parent_of, key=depth.__getitem__, reverse=True)
        raw = self._flow_up({holder: score for (holder, _), score in self._pending.items()}, deepest_first, parent_of)
        most = max(raw.values(), default=0.0)
        verdicts: dict[etree._Element, bool] = {}
        below_against: dict[etree._Element, bool] = {}
        for element in reversed(deepest_first):  # the top first: a flag flows down
            parent = parent_of[element]
            inherited = below_against[parent] if parent is not None else False
            below_against[element] = inherited or self._counts_against(element, raw[element], most, verdicts)
        own: dict[etree._Element, float] = {}
        for (holder, _loose), score in self._pending.items():
            weighted = score * _UNLIKELY_FACTOR if below_against[holder] else score
            own[holder] = own.get(holder, 0.0) + weighted
            self.local[holder] = self.local.get(holder, 0.0) + weighted
            parent = parent_of[holder]
            if parent is not None:
                self.local[parent] = self.local.get(parent, 0.0) + weighted / 2
        for element, total in self._flow_up(own, deepest_first, parent_of).items():
            self.total[element] = self.total.get(element, 0.0) + total
        self._pending.clear()
        return self

    @staticmethod
    def _flow_up(
        scores: dict[etree._Element, float],
        deepest_first: list[etree._Element],
        parent_of: dict[etree._Element, etree._Element | None],
    ) -> dict[etree._Element, float]:
        """Each element's score plus everything below it."""
        sums = dict.fromkeys(deepest_first, 0.0)
        for element, score in scores.items():
            sums[element] += score
        for element in deepest_first:
            parent = parent_of[element]
            if parent is not None:
                sums[parent] += sums[element]
        return sums

    def _counts_against(
        self, element: etree._Element, prose: float, most: float, verdicts: dict[etree._Element, bool]
    ) -> bool:
        """An unlikely container that is not a wrapper of the article: one that does not hold
        the headline and, when only its class or id speaks against it, less than half the prose."""
        if not _cached(verdicts, element) or element in self.around_headline:
            return False
        return element.tag in _UNLIKELY_TAGS or prose < 0.5 * most

    @property
    def grand_total(self) -> float:
        return max(self.total.values(), default=0.0)


def _cached(verdicts: dict[etree._Element, bool], element: etree._Element) -> bool:
    verdict = verdicts.get(element)
    if verdict is None:
        verdict = verdicts[element] = is_unlikely(element)
    return verdict


def score_paragraphs(root: etree._Element) -> Scores:
    """Every paragraph scored and credited to its ancestors (loose text too on a page with few)."""
    scores = Scores(root)
    links = _link_chars_by_paragraph(root)
    # lxml's own walk (cheaper than an XPath union); a paragraph nested in several others
    # (libxml2 lets <p><span><p> nest) is in their text already: reading each one's text
    # again would cost depth x text.
    for para in without_deep_nesting(list(root.iter("p", "pre"))):
        text = _text(para).strip()
        if len(text) < 25:
            continue
        score = paragraph_score(text, links.get(para, 0), normalised=False)
        if score:
            scores.add(para, score)
    scores.settle()
    if scores.grand_total < _WEAK_TOTAL:
        _score_loose_text(root, scores)
        scores.settle()
    return scores


# The links inside paragraphs (a link in a <pre> is rare enough to leave), found in one
# walk: each link's ancestors are checked in C, at most MAX_NESTING of them. libxml2's
# "descendant::p//a" would merge each paragraph's links with a duplicate check that grows
# with the square of the links.
_LINKS_IN_PARAGRAPHS = etree.XPath("descendant::a[ancestor::p]")


def _link_chars_by_paragraph(root: etree._Element) -> dict[etree._Element, int]:
    """How many characters of each paragraph are link text (one search for the whole page)."""
    found: dict[etree._Element, int] = {}
    nearest: dict[etree._Element, etree._Element | None] = {}
    for link in cast(list[etree._Element], _LINKS_IN_PARAGRAPHS(root)):
        holder = _nearest_paragraph(link, nearest)
        if holder is not None:
            found[holder] = found.get(holder, 0) + len(_text(link).strip())
    return found


def _nearest_paragraph(
    el: etree._Element, nearest: dict[etree._Element, etree._Element | None]
) -> etree._Element | None:
    """The closest ``p`` above ``el``; ``nearest`` remembers the answer for every element climbed through."""
    climbed = []
    node = el.getparent()
    answer = None
    while node is not None:
        if node in nearest:
            answer = nearest[node]
            break
        if node.tag == "p":
            answer = node
            break
        climbed.append(node)
        node = node.getparent()
    for node in climbed:
        nearest[node] = answer
    return answer


def _score_loose_text(root: etree._Element, scores: Scores) -> None:
    """Pages that set their text loose in a ``div`` or ``span`` with ``<br>``, not in ``<p>``."""
    seen: set[etree._Element] = set()
    for found in select(_LOOSE_TEXT_PARENTS, root):
        holder = found
        parent = holder.getparent()
        while holder.tag in _INLINE and parent is not None:
            holder, parent = parent, parent.getparent()
        if holder in seen or holder.tag in _TOP or holder.tag in _NOT_LOOSE:
            continue
        seen.add(holder)
        parts = [holder.text or ""]
        for child in holder:
            if child.tag in _INLINE or child.tag == "a":
                parts.append(_text(child))
            parts.append(child.tail or "")
        score = paragraph_score("".join(parts), 0)
        if score:
            scores.add(holder, score, loose=True)


_NOT_LOOSE = frozenset({"li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "option", "label"})


def best_container(root: etree._Element) -> etree._Element | None:
    """The element most likely to hold the article text, or None on a page without prose.

    The candidates are the elements paragraphs scored (readability's rule: a
    paragraph's score to its parent, half to its grandparent); each gets its tag's
    bonus and its class weight (at most doubling its score), and is scaled by
    ``1 - link density``. From the best,
    :func:`widen` climbs to the ancestor that holds the rest of the article.
    """
    scores = score_paragraphs(root)
    if not scores.local:
        # A page too short to score: its article or main element, if it has one.
        return next(root.iter("article", "main"), None)
    shortlist = sorted(scores.local, key=scores.local.__getitem__, reverse=True)[:6]
    best, best_score = shortlist[0], 0.0
    for rank, element in enumerate(shortlist):
        tag = element.tag if isinstance(element.tag, str) else ""
        local = scores.local[element]
        bonus = _TAG_BONUS.get(tag, 0.0) + class_weight(element)
        # A name can double a container's score, not make one: a "widget-text" box with one
        # paragraph in a sidebar is no article however its class reads.
        score = (local + min(bonus, local)) * (1 - link_density(element))
        if rank == 0 or score > best_score:
            best, best_score = element, score
    return widen(_out_of_a_table(best), scores)


def _out_of_a_table(element: etree._Element) -> etree._Element:
    """The block that holds a data table chosen as the container: a table with headers
    (or the figure or wrapper a block editor sets a table in) is a part of an article,
    however much text its cells hold (a product round-up's comparison table). A layout
    table, with no headers, may hold the whole page: it is left as it is."""
    chain = [element, *islice(element.iterancestors(), _TABLE_WRAPPER_LEVELS + 1)]
    outermost = None  # a table in a figure: the figure's parent holds the article
    for i, el in enumerate(chain[: _TABLE_WRAPPER_LEVELS + 1]):
        if (el.tag == "figure" and next(el.iter("table"), None) is not None) or (
            el.tag == "table" and next(el.iter("th", "thead"), None) is not None
        ):
            outermost = i
    if outermost is not None and outermost + 1 < len(chain) and chain[outermost + 1].tag not in _TOP:
        return chain[outermost + 1]
    return element


_TABLE_WRAPPER_LEVELS = 2  # how far above the chosen element a table or its figure is looked for


def widen(element: etree._Element, scores: Scores, gain: float = 1.3) -> etree._Element:
    """Climb from the best container while an ancestor holds clearly more prose.

    Page builders (Elementor, Divi, WPBakery) cut one article into many text modules,
    and the best-scored container is one of them. An ancestor is taken when the
    paragraphs below it score at least ``gain`` times those below the current choice
    and it is not mostly links.
    """
    current = element
    for parent in element.iterancestors():
        if parent.tag in _TOP:
            break
        if scores.total.get(parent, 0.0) >= gain * scores.total.get(current, 0.0) > 0:
            if link_density(parent) > 0.5:
                break
            current = parent
    return current


def earlier_parts(content: etree._Element) -> list[etree._Element]:
    """The parts of the article text before ``content`` that a page builder cut off from
    it: the earlier elements of the same tag and the same class, when that class names a
    text block (``articletext``, ``w-richtext``, ``rte``) and they hold paragraphs; else
    an introduction in a block of its own (:func:`_introduction`).

    techgearlab.com prints a review's introduction in one ``div.articletext`` and, after
    its product table, the review in another; Webflow splits a post's ``w-richtext``
    around an inset. A grid class (``col-12``) names no text and is not followed, and when
    a ``main`` or ``article`` holds ``content``, nothing outside it is.
    """
    names = content.get("class")
    if not names or not _TEXT_CLASS.search(names):
        return _introduction(content)
    parts = []
    # Within the page's main or article that holds ``content``, when one does: a block of
    # the same class before it (a reader-funding appeal above the headline) is the site's.
    scope = next(content.iterancestors("main", "article"), None)
    # In page order: the ones before ``content`` come first (an ancestor of it too).
    for el in (scope if scope is not None else content.getroottree()).iter(content.tag):
        if el is content:
            break
        if (
            el.get("class") == names
            and not is_boilerplate(el)
            and _holds_paragraphs(el)
            and content not in el.iterdescendants(content.tag)
        ):
            parts.append(el)
    return parts or _introduction(content)


def _introduction(content: etree._Element) -> list[etree._Element]:
    """The article's introduction set before ``content`` in a block of its own, whose
    class names it (``article-intro``, ``intro-text``, ``large-intro-paragraph``): the
    nearest such element before ``content`` or before its parent, among their siblings,
    when it holds paragraphs (Dotdash Meredith's list articles, Webflow posts)."""
    parent = content.getparent()
    for anchor in (content, parent) if parent is not None and parent.tag not in _TOP else (content,):
        for el in anchor.itersiblings(preceding=True):
            if (
                isinstance(el.tag, str)
                and _INTRO_CLASS.search(el.get("class") or "")
                and not is_boilerplate(el)
                and _holds_paragraphs(el)
            ):
                return [el]
    return []


def _holds_paragraphs(element: etree._Element) -> bool:
    """Whether ``element`` holds a part of an article: paragraphs of some length."""
    return _length(" ".join(select_text(_PARAGRAPH_TEXT, element))) >= _MIN_PART_CHARS


# A class word that names an article's introduction.
_INTRO_CLASS = re.compile(r"(?:^|[\s_-])intro(?:duction)?(?:$|[\s_-])", re.IGNORECASE)


# A class word that names a block of text: "articletext", "rich-text", "w-richtext", "rte"
# (not a utility class such as "text-center", which names how any text is set).
_TEXT_CLASS = re.compile(r"text(?:\s|$)|(?:^|[\s_-])rte(?:\s|$)", re.IGNORECASE)
_PARAGRAPH_TEXT = etree.XPath(".//p//text()")
_MIN_PART_CHARS = 200


# --------------------------------------------------------------------------- blocks

# Tags that never hold article text, wherever they are in the container.
_DROPPED_TAGS = frozenset(
    {*SKIPPED_TAGS, "figure", "figcaption", "aside", "nav", "form", "button", "input", "label", "footer"}
)
# A caption's class word in other languages, for a caption set outside a figure
# (``<p class="legende">``, ``<div class="bildunterschrift">``); "pie de foto" is in
# _BOILERPLATE_NAMES, its words being too common alone.
_CAPTION_WORDS = frozenset(
    {"legende", "bildunterschrift", "bildtext", "bildlegende", "didascalia", "onderschrift", "fotoonderschrift"}
)
# Class or id words of boilerplate set inside an article: share bars, captions, boxes.
# Anywhere in a name (``wp-caption-text``, ``jp-relatedposts``):
_BOILERPLATE_ANYWHERE = frozenset(
    {
        "share", "sharing", "sharedaddy", "social", "related", "relatedposts", "newsletter",
        "subscribe", "subscription", "signup", "advert", "advertisement", "adsbygoogle", "sponsor",
        "sponsored", "caption", "breadcrumb", "breadcrumbs", "comments", "yarpp", "outbrain",
        "taboola", "disqus", "authorbox", "recirc", "banner", "cta", "slider", "carousel", "swiper",
        "megamenu", "dropdown", *_CAPTION_WORDS,
    }
)  # fmt: skip
# Only as the first or last word of a name (``entry-meta``, ``post-tags``, ``ad-slot``):
_BOILERPLATE_EDGE = frozenset(
    {
        "ad", "ads", "promo", "meta", "tags", "tag", "tagcloud", "print", "credit",
        "credits", "byline", "dateline", "comment", "bio", "readmore", "popup", "modal", "cookie",
        "pagination", "pager", "disclaimer", "disclosure", "affiliate",
    }
)  # fmt: skip
# A name that says what an element has or lacks (``has-disclaimer``, ``no-sidebar``,
# ``container-has-disclaimer``, ``with-nav-sidebar``) describes a container's state, not
# a box of boilerplate.
_STATE_WORDS = frozenset({"has", "no", "with", "without"})
# Layout words that mark boilerplate in a short name (``entry-footer``, ``post-sidebar``) but
# not in a long one (``page-paragraphs with-nav-sidebar`` holds a whole article).
_LAYOUT_EDGE = frozenset({"sidebar", "footer", "nav", "menu"})
# Class names that only say an element is hidden for now (a utility class an accordion's
# script swaps for "block" when the reader opens it).
_HIDDEN_NOW = frozenset({"hidden", "is-hidden", "d-none"})
# Only as a whole name:
_BOILERPLATE_NAMES = frozenset(
    {
        *_HIDDEN_NOW, "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",
        "read-more", "read-also", "see-also", "more-stories", "author-box", "author-bio", "about-author",
        "about-the-author", "table-of-contents", "toc", "wp-block-buttons", "noprint",
        # embedded posts of other sites (and WordPress's card of another post), as the theme
        # adapters' BOILERPLATE leaves them out
        "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "fb-video",
        "fb-xfbml-parse-ignore", "wp-embedded-content", "bluesky-embed", "text-post-media", "reddit-embed-bq",
        # the author boxes of two WordPress plugins (Simple Author Box, Author Box by Hover)
        "saboxplugin-wrap", "abh_box",
        # a Gravity Forms box: its heading and description sit beside the form
        "gform_wrapper",
        # a caption in Spanish, outside a figure
        "pie-de-foto", "pie_de_foto", "piedefoto", "pie-foto",
    }
)  # fmt: skip
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")


def is_boilerplate(element: etree._Element) -> bool:
    """True for an element that is never article text: by tag, by class or id, or hidden
    (but a collapsed accordion panel, which the reader opens: see :func:`_is_collapsed_panel`);
    a box about the writer too, a block whose class or id names an author and that holds
    little text (``author_detail_box``: not a post wrapper named for its writer).

    >>> from lxml import html
    >>> is_boilerplate(html.fromstring("<div class='share-buttons'>Share</div>"))
    True
    >>> is_boilerplate(html.fromstring("<div class='entry-content'>Text</div>"))
    False
    >>> is_boilerplate(html.fromstring("<div class='field field--label-hidden'>Text</div>"))
    False
    """
    tag = element.tag
    if not isinstance(tag, str) or tag in _DROPPED_TAGS:
        # Block editors put tables and pull quotes in a figure: those are text, not images.
        return not (tag == "figure" and next(element.iter("table", "blockquote"), None) is not None)
    for name, value in cast("list[tuple[str, str]]", element.items()):
        if name in ("class", "id"):
            if value and _names_say_boilerplate(value) and not _hidden_panel_class(value, element):
                return True
            if "uthor" in value and tag not in _INLINE_TAGS and _is_small_box(element):
                return True  # a box about the writer: "author_detail_box", "post-author_desc"
        elif name == "aria-hidden":
            if value == "true" and not _is_collapsed_panel(element):
                return True
        elif (name == "hidden" or (name == "style" and "none" in value and _DISPLAY_NONE.search(value))) and (
            not _is_collapsed_panel(element)  # text the reader opens
        ):
            return True
    return False


def _is_collapsed_panel(element: etree._Element) -> bool:
    """Whether a hidden element is a collapsed accordion panel, text the reader opens:
    WAI-ARIA's ``role="region"``; the element right after a heading that holds the
    panel's toggle button (``<h3><button>Weight</button></h3><div hidden>…``); or the one
    whose ``id`` the toggle just before it names (``<button aria-controls="content-2"
    aria-expanded="false">``)."""
    if element.get("role") == "region":
        return True
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    if before.tag in _HEADINGS and next(before.iter("button"), None) is not None:
        return True
    ident = element.get("id")
    return bool(ident) and bool(_CONTROLS(before, ident=ident or ""))


# The toggle sits in the element before the panel, a few levels down at most (read no
# deeper: nested panels would each read the whole page before them).
_CONTROLS = etree.XPath("(self::* | * | */* | */*/*)[@aria-controls = $ident][@aria-expanded]")


def _hidden_panel_class(value: str, element: etree._Element) -> bool:
    """Whether a class names boilerplate only by hiding the element, and the element is
    a collapsed panel (``ss-accordion-content … hidden`` after its toggle)."""
    tokens = value.split()
    if _HIDDEN_NOW.isdisjoint(tokens):
        return False
    rest = " ".join(t for t in tokens if t not in _HIDDEN_NOW)
    return not (rest and _names_say_boilerplate(rest)) and _is_collapsed_panel(element)


# Inline elements: an author's name linked inside a sentence is the sentence's.
_INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "small", "cite", "time", "abbr", "sup", "sub", "u"})
# A box about the writer (a name, a role, a line of bio) or a sign-up box: a few hundred
# characters, a paragraph or two.
_BOX_CHARS = 600


def _is_small_box(element: etree._Element) -> bool:
    """Whether ``element`` holds little text: a box beside the article, not a wrapper of
    its text (a post wrapper whose class names its writer, ``entry author-jane-doe``).

    Its text is read only up to the limit: nested boxes around a long text each stop early.
    """
    if sum(1 for _ in islice(element.iter("p"), 3)) >= 3:
        return False
    seen = 0
    for chunk in element.itertext():
        seen += len(chunk.strip())
        if seen > _BOX_CHARS:
            return False
    return True


_VERDICTS: dict[str, bool] = {}
_HAS_UPPER = re.compile(r"[A-Z]")
# Where camel case starts a word: "ResourcesCTA" -> "Resources_CTA", "CTAContent" -> "CTA_Content".
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _names_say_boilerplate(value: str) -> bool:
    """Whether a class or id value names boilerplate (cached: pages repeat their class names)."""
    verdict = _VERDICTS.get(value)
    if verdict is None:
        # CSS modules and styled components join words in camel case
        # ("AdvisorResourcesCTA_content", "SocialShareBar"): their words count where any word
        # of a name does, not where only a name's first or last one does ("edTag" is a heading).
        verdict = _HAS_UPPER.search(value) is not None and any(
            word in _BOILERPLATE_ANYWHERE for word in _WORDS.findall(_CAMEL.sub("_", value).lower())
        )
        for token in () if verdict else value.lower().split():
            if token in _BOILERPLATE_NAMES:
                verdict = True
                break
            if not _PLAIN_TOKEN.match(token):
                continue
            words = _token_words(token)
            if any(word in _STATE_WORDS for word in words[:-1]):
                continue
            edges = (words[0], words[-1]) if words else ()
            # A layout word ends the name ("post-sidebar") or starts one with no article word
            # after it ("sidebar-left", not "sidebar-content"), in a short name only.
            layout = 0 < len(words) <= 2 and (
                words[-1] in _LAYOUT_EDGE or (words[0] in _LAYOUT_EDGE and not any(w in _LIKELY_WORDS for w in words))
            )
            if layout or any(w in _BOILERPLATE_EDGE for w in edges) or any(w in _BOILERPLATE_ANYWHERE for w in words):
                verdict = True
                break
        if len(_VERDICTS) > 50_000:
            _VERDICTS.clear()
        _VERDICTS[value] = verdict
    return verdict


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks the HTML parser never lets hold another block (it closes a ``p`` at a ``div``).
_LEAF_BLOCKS = frozenset({"p", "pre", *_HEADINGS})
_BLOCK_KIND: dict[str, BlockKind] = {
    **dict.fromkeys(_HEADINGS, "heading"),
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "blockquote": "quote",
    "pre": "preformatted",
    "p": "paragraph",
    "tr": "paragraph",
}
_BREAKS = frozenset(
    {
        "p", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
        "header", "footer", "center", "details", "summary", "br", "hr", "address",
    }
)  # fmt: skip


class _Blocks:
    """Turns the chosen containers into blocks, one walk over their elements.

    Texts are gathered raw and normalised together at the end (:func:`_clean_all`): one
    pass of the whitespace rules over the article instead of one per block.
    """

    def __init__(self, skipped: frozenset[etree._Element] = frozenset()) -> None:
        self.skipped = skipped
        self.raw: list[tuple[BlockKind, str]] = []
        self.loose: list[str] = []
        self.loose_links = 0  # characters of the loose text inside links
        self.loose_anchors = 0  # how many links

    def flush(self, kind: BlockKind = "paragraph") -> None:
        if not self.loose:
            return
        joined = "".join(self.loose)
        self.loose = []
        links, self.loose_links = self.loose_links, 0
        anchors, self.loose_anchors = self.loose_anchors, 0
        if joined.isspace():
            return
        if links:
            length = len(" ".join(joined.split()))
            if links >= 0.9 * length and (length < 150 or anchors >= 3):
                # A line of links set loose: "Share: Facebook | X | Email", or a row of
                # topic links of any length ("health benefits of coffee", "coffee and...").
                return
        self.raw.append((kind, joined))

    def walk(self, node: etree._Element, quote: bool, depth: int = 0) -> None:
        if node.text:
            self.loose.append(node.text)
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or is_boilerplate(child) or child in self.skipped:
                if child.tail:
                    self.loose.append(child.tail)
                continue
            if depth >= _MAX_WALK_DEPTH:
                # Past any real page's nesting: what is below is read as one block, in C,
                # and the Python stack never holds more than this many frames.
                self.flush("quote" if quote else "paragraph")
                self.raw.append(("quote" if quote else "paragraph", raw_text_of(child)))
                if child.tail:
                    self.loose.append(child.tail)
                continue
            kind = _BLOCK_KIND.get(tag)
            if tag in ("ul", "ol", "dl") and _is_link_list(child):
                pass
            elif kind is not None and tag != "tr" and (tag in _LEAF_BLOCKS or not _holds_blocks(child)):
                self.flush("quote" if quote else "paragraph")
                self.emit(child, "quote" if quote and kind == "paragraph" else kind)
            elif tag == "tr":
                self.flush("quote" if quote else "paragraph")
                self.emit_row(child)
            elif kind is not None or tag in _BREAKS:
                self.flush("quote" if quote else "paragraph")
                self.walk(child, quote or tag == "blockquote", depth + 1)
                self.flush("quote" if quote or tag == "blockquote" else "paragraph")
            elif tag == "a":
                if _is_card(child):
                    if child.tail:
                        self.loose.append(child.tail)
                    continue
                text = _visible_text(child)  # a link may hold a style or a script (CSS-in-JS)
                self.loose.append(text)
                self.loose_links += _length(text)
                self.loose_anchors += 1
            else:
                self.walk(child, quote, depth + 1)
            if child.tail:
                self.loose.append(child.tail)

    def emit(self, element: etree._Element, kind: BlockKind) -> None:
        if not len(element):  # the usual paragraph: text and nothing inside it
            raw = element.text
            if raw and not raw.isspace():
                self.raw.append((kind, raw))
            return
        if kind == "paragraph" and _is_picture_with_caption(element):
            return
        # A code block's highlighter names its spans for what they hold (``hljs-comment``):
        # all of its text is the code.
        raw = _visible_text(element, code=kind == "preformatted")
        if not raw or raw.isspace():
            return
        if kind != "heading" and len(raw) < 300 and next(element.iter("a"), None) is not None:
            length = _length(raw)
            if length < 150 and link_density(element, length) >= 0.9:
                return  # a paragraph that is one link: "Click here", a related story
        self.raw.append((kind, raw))

    def emit_row(self, row: etree._Element) -> None:
        cells = [_visible_text(cell) for cell in row if cell.tag in ("td", "th")]
        text = " ".join(c for c in cells if c and not c.isspace())
        if text:
            self.raw.append(("paragraph", text))

    def blocks(self) -> list[Block]:
        texts = _clean_all([raw for _, raw in self.raw])
        return [Block(kind=kind, text=text) for (kind, _), text in zip(self.raw, texts, strict=True) if text]


def _is_picture_with_caption(paragraph: etree._Element) -> bool:
    """Whether a paragraph is a picture and its caption set in italics under it, with no
    figure around them (``<p><img src=…><br><em>The mayor at the council meeting.</em></p>``,
    an old editor's way): the caption is no text of the article (FIELDS.md)."""
    if (paragraph.text or "").strip() or paragraph[0].tag != "img":
        return False
    rest = list(paragraph)[1:]
    if not any(child.tag in ("em", "i") for child in rest):
        return False
    return all(child.tag in ("br", "em", "i") and not (child.tail or "").strip() for child in rest) and (
        _length(_text(paragraph)) < _CAPTION_CHARS
    )


# A caption is a line or two.
_CAPTION_CHARS = 200


# How deep the walk over the article follows nested elements (real pages nest a few dozen).
_MAX_WALK_DEPTH = 150
_SENTINEL = "\ue000"


def _clean_all(texts: list[str]) -> list[str | None]:
    """:func:`~newsparse.extract.clean_text` of each text, done in one pass over them all."""
    if not texts:
        return []
    joined = _SENTINEL.join(texts)
    if joined.count(_SENTINEL) != len(texts) - 1:  # the page uses the private character itself
        return [clean_text(t) for t in texts]
    cleaned = clean_text(joined) or ""
    parts = cleaned.split(_SENTINEL)
    if len(parts) != len(texts):
        return [clean_text(t) for t in texts]
    return [part.strip() or None for part in parts]


def _visible_text(element: etree._Element, depth: int = 0, *, code: bool = False) -> str:
    """Text of a block, leaving out what :func:`is_boilerplate` drops (a caption in a ``p``),
    with a space for each line break (``Click Here</a><br>Pages 1-5``: lxml's text output
    has nothing for a ``br`` and would glue the two words). In a block of ``code`` every
    element's text is kept."""
    if depth >= _MAX_WALK_DEPTH or not len(element) or not any(map(_breaks_or_hides, element.iterdescendants())):
        return _text(element)
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and (code or not is_boilerplate(child)):
            parts.append(_visible_text(child, depth + 1, code=code))
            if child.tag == "br" or child.tag in _BREAKS:
                parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def _breaks_or_hides(element: etree._Element) -> bool:
    return element.tag == "br" or is_boilerplate(element)


def _holds_blocks(element: etree._Element) -> bool:
    for el in element.iter():
        tag = el.tag
        if el is not element and isinstance(tag, str) and tag != "br" and (tag in _BLOCK_KIND or tag in _BREAKS):
            return True
    return False


def _is_card(anchor: etree._Element) -> bool:
    """A link that holds a title and an excerpt (two headings or paragraphs at least): a
    card of another page, not text of this one. A heading that links to a product, or
    to a part of this page (``#section``), is text. Counts no further than two."""
    if not len(anchor) or (anchor.get("href") or "").startswith("#"):
        return False
    return sum(1 for _ in islice(anchor.iter("p", *_HEADINGS), 2)) == 2


def _is_link_list(element: etree._Element) -> bool:
    """A list whose items are links and nothing else: related stories, a menu, a tag list."""
    items = [li for li in element if li.tag in ("li", "dt", "dd")]
    if len(items) < 2:
        return False
    linked = sum(1 for li in items if next(li.iter("a"), None) is not None and link_density(li) >= 0.8)
    return linked >= 0.8 * len(items)


def article_blocks(
    containers: Sequence[etree._Element],
    skip_texts: Iterable[str | None] = (),
    skip: Iterable[etree._Element | None] = (),
) -> tuple[Block, ...]:
    """The blocks of the chosen containers, in page order, boilerplate left out.

    ``skip`` are elements already read as other fields (the headline's ``h1``, the deck)
    and left out; ``skip_texts`` are their texts: a heading that only repeats one of them
    is dropped too (a second ``h1`` with the title). A paragraph that says what the deck
    says stays: it is the article's. Headings that end the blocks, with no text after
    them, head nothing of the article and go (a list's or a widget's title left behind).
    """
    boxes = [box for container in containers for box in signup_boxes(container)]
    builder = _Blocks(frozenset([*(el for el in skip if el is not None), *boxes]))
    for container in containers:
        if container.tag in _BLOCK_KIND and not _holds_blocks(container):
            builder.emit(container, _BLOCK_KIND[container.tag])
        else:
            builder.walk(container, container.tag == "blockquote")
            builder.flush()
    blocks = without_title_headings(builder.blocks(), *skip_texts)
    blocks = without_trailer(blocks)
    while blocks and blocks[-1].kind == "heading":
        blocks.pop()  # a heading with nothing after it heads no text of the article
    last = len(blocks) - 1
    kept = [
        b
        for i, b in enumerate(blocks)
        if not is_textless(b) and not is_page_furniture(b, at_edge=i < 3 or i >= last - 1)
    ]
    return without_repeats(kept)


_EMAIL_INPUTS = etree.XPath("descendant::input[@type='email' or @type='tel' or contains(@name, 'email')]")
# A sign-up box with no form: its pitch and a button that links to the site's newsletter
# page ("Get the Morning Briefing ... <a href="/newsletters">Sign up now</a>", a French
# site's "<a href="/newsletters">Je m'inscris</a>"). The link's words must be a call to
# sign up: a sentence linking to a newsletter's page is the article's.
_SIGNUP_LINKS = etree.XPath(
    "descendant::a[contains(@href, 'newsletter') or contains(@href, 'signup') or contains(@href, 'sign-up')]"
)
_SIGNUP_CALL = re.compile(
    r"^(?:sign up|sign me up|subscribe|join|register|je m'inscris|je m’inscris|inscrivez-vous|s'inscrire|"
    r"s’inscrire|abonnieren|jetzt abonnieren|anmelden|jetzt anmelden|suscríbete|suscribirse|regístrate|iscriviti)"
    r"(?:\s+(?:now|here|today|for free|free|it's free|gratuitement|kostenlos|gratis|ahora|jetzt))?\s*[!.→›»>]*$",
    re.IGNORECASE,
)


def signup_boxes(container: etree._Element) -> list[etree._Element]:
    """The newsletter and SMS sign-up boxes inside ``container``: around each e-mail or
    phone field, or sign-up button that links to a newsletter's page (a box with no form),
    the largest element that holds it and little text (the box's pitch, its
    consent line, its button): up to :data:`_BOX_CHARS` characters, and under a
    third of the container's text (a form that wraps the article is no box).

    >>> from lxml import html
    >>> page = html.fromstring("<div><p>" + "The story. " * 30 + "</p><section><p>Get our newsletter!</p>"
    ...     "<form><input type='email'><button>Sign up</button></form></section></div>")
    >>> [box.tag for box in signup_boxes(page)]
    ['section']
    """
    fields = select(_EMAIL_INPUTS, container)
    fields += [a for a in select(_SIGNUP_LINKS, container) if _is_signup_button(a)]
    if not fields:
        return []
    limit = min(_BOX_CHARS, _length(_text(container)) / 3)
    boxes: list[etree._Element] = []
    lengths: dict[etree._Element, int] = {}  # the fields of one form share their ancestors
    # A page shows a box or two, its field a score of levels down in a form builder's
    # wrappers at most: both bounds keep a page of a thousand fields nested a thousand
    # deep linear.
    for field in fields[:_MAX_SIGNUP_FIELDS]:
        box = None
        for ancestor in islice(field.iterancestors(), _SIGNUP_DEPTH):
            if ancestor is container:
                break
            length = lengths.get(ancestor)
            if length is None:
                length = lengths[ancestor] = _length(_text(ancestor))
            if length > limit:
                break
            box = ancestor
        if box is not None:
            boxes.append(box)
    return boxes


def _is_signup_button(link: etree._Element) -> bool:
    """Whether a link to a sign-up page is a button: a call alone and capitalised ("Sign up
    now"), not words of a sentence ("readers can <a>sign up</a> for it")."""
    words = _text(link).strip()
    return words[:1].isupper() and _SIGNUP_CALL.match(words) is not None


_MAX_SIGNUP_FIELDS = 10
_SIGNUP_DEPTH = 30


# A heading set as a paragraph ("Popular posts" in a styled div) is as short as this; a
# paragraph of prose is at least as long as the other.
_LABEL_CHARS = 40
_PROSE_CHARS = 200


def without_trailer(blocks: list[Block]) -> list[Block]:
    """The blocks before a list of other articles that ends the container.

    A container wider than the article (a ``main`` holding the post and what follows it)
    ends with a heading such as ``Related content`` or ``More from Jane Roe`` (or a short
    line set as one: ``<div class="title">Popular posts</div>``) and the teasers under it.
    Everything from that heading on goes when what follows reads as a
    list, not as more of the article: it is short beside the text before it (under 30%),
    mostly lines shorter than a paragraph of prose (200 characters) and holds fewer than
    four such paragraphs. A heading of that kind in the middle of the text, with the
    article going on after it, is left alone.

    >>> text = [Block(text="A paragraph of the article." * 20) for _ in range(3)]
    >>> teasers = [Block(kind="heading", text="Related posts"), Block(text="Another story"), Block(text="A third")]
    >>> len(without_trailer(text + teasers)), len(without_trailer(teasers[:1] + text))
    (3, 4)
    """
    sizes = [len(b.text) for b in blocks]
    # From the end: how many blocks after each one are shorter than prose, and how many prose.
    short_after, prose_after = [0] * len(sizes), [0] * len(sizes)
    for k in range(len(sizes) - 2, -1, -1):
        short_after[k] = short_after[k + 1] + (sizes[k + 1] < _PROSE_CHARS)
        prose_after[k] = prose_after[k + 1] + (sizes[k + 1] >= _PROSE_CHARS)
    total, before = sum(sizes), 0
    for k, block in enumerate(blocks):
        rest = len(sizes) - k - 1
        if (
            k
            and rest
            and (block.kind == "heading" or sizes[k] <= _LABEL_CHARS)
            and total - before - sizes[k] <= 0.3 * before
            and short_after[k] > rest // 2  # the median line is a short one
            and prose_after[k] < 4
            and _TRAILER_HEADING.match(block.text.strip())
        ):
            return blocks[:k]
        before += sizes[k]
    return blocks


def without_repeats(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks without a second copy of a passage of the text.

    Pages print some passages twice, one copy for each screen size (the other hidden by a
    style sheet newsparse does not read), or the article again in a print view. A run of
    blocks that were all read before, two of some length among them, is such a copy and
    goes, and so does a block of some length that says again what the block right before
    it says (a dek printed twice, an image's description over its caption). A block
    repeated on its own further on stays: a refrain, a "Yes" in a list.

    >>> a, b, c, d, e = (Block(text=letter * 60) for letter in "ABCDE")
    >>> "".join(x.text[0] for x in without_repeats([a, b, c, d, c, e, a, b, b]))
    'ABCDCE'
    """
    seen: set[str] = set()
    marked = []
    previous = None
    for block in blocks:
        if block.text == previous and len(block.text) >= REPEATABLE_CHARS:
            continue
        previous = block.text
        marked.append((block, block.text in seen))
        seen.add(block.text)
    out: list[Block] = []
    for repeated, pairs in groupby(marked, key=itemgetter(1)):
        run = [block for block, _ in pairs]
        if not repeated or sum(1 for block in run if len(block.text) >= REPEATABLE_CHARS) < 2:
            out.extend(run)
    return tuple(out)


# A copy of a passage holds at least two blocks of this length; a block of this length that
# says again what the block before it says is a copy too (shorter ones may be a table's
# equal cells: "1, plus $11 monthly per added user" in two plans' columns).
REPEATABLE_CHARS = 60


# --------------------------------------------------------------------------- lines that are not the article

# Labels of widgets that sit in the article flow.
_WIDGET_LABELS = frozenset(
    {
        "table of contents", "contents", "on this page", "jump to", "skip to content", "advertisement",
        "show caption", "hide caption", "share", "share this", "share this article", "share this post",
        "listen to this article", "sommaire", "inhaltsverzeichnis", "leave a comment", "read more",
        # a byline's label left alone when its name went to the byline
        "by",
    }
)  # fmt: skip
# What a page shows while its scripts fetch a part of it ("Loading paragraph...", React's
# fallbacks left in place when a crawler dropped the comments that delimit them).
_LOADING = re.compile(r"^loading(?:\s+[\w-]+){0,2}\s*(?:\.{3}|…)$", re.IGNORECASE)
# Headings of the other articles a page lists in the middle or at the end of this one.
_TRAILER_HEADING = re.compile(
    r"^(?:related (?:articles?|posts?|stories|reading|content|resources|news|guides)"
    r"(?: (?:that|on|from|in|for|you|and)\b.*)?|"
    r"recommended(?: reading| articles| posts| for you| stories)|recent (?:articles|posts|news|stories)|"
    r"more (?:from|stories|articles|posts|news)\b.*|what to read next.*|read (?:this )?next|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|keep reading|"
    r"(?:latest|popular)(?: (?:articles|posts|news|stories|insights))?|other articles|"
    r"à lire aussi|sur le même sujet|weitere artikel|"
    r"noticias relacionadas|artículos relacionados)\W*$",
    re.IGNORECASE,
)
# A line that points to another article: "Related: <a>...</a>", "Lire aussi : <a>...</a>";
# under the other labels news sites give it ("RELATED STORY:", "WATCH:", "Auch interessant:",
# "Te puede interesar:", "LIRE AUSSI > ...").
_READ_ALSO_LINE = re.compile(
    r"^(?:related|read|read also|also read|read more|see also|more|lire aussi|[àa] lire aussi|lire également|"
    r"lesen sie auch|mehr zum thema|lea también|lee también|ver también|"
    r"related (?:story|stories|article|articles|link|links|coverage|reading)|also see|watch|recommended|"
    r"à voir aussi|voir aussi|auch interessant|lesen sie mehr|te puede interesar|leer más|más información)"
    r"\s*[:：»>›|]\s*[«\"“'‘]?\s*"
    r"(?-i:[A-ZÀ-ÖØ-Þ0-9])",  # a title follows, not a sentence going on in lower case
    re.IGNORECASE,
)
# The labels among those that say only "read this other article".
_POINTER_LINE = re.compile(
    r"^(?:related(?: (?:story|stories|article|articles|link|links|coverage|reading))?|read also|also read|"
    r"read more|see also|also see|lire aussi|[àa] lire aussi|lire également|[àa] voir aussi|voir aussi|"
    r"lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lea también|lee también|ver también|"
    r"te puede interesar|leer más)"
    r"\s*[:：»>›|]\s*[«\"“'‘]?\s*"
    r"(?-i:[A-ZÀ-ÖØ-Þ0-9])",
    re.IGNORECASE,
)
# A caption credit: "Image credit: ...", "Courtesy of ...".
_CREDIT_LINE = re.compile(
    r"^(?:(?:image|photo|photograph|picture|illustration|header image|featured image)s?\s*(?:credit|courtesy)\s*[:|]|"
    r"courtesy of\b|©|\(c\)\s|getty images\b)",
    re.IGNORECASE,
)
# A picture's credit line, wherever the picture sits: "Photo: ...", "Getty Images / ...",
# and in the words of other languages and agencies: "Photograph: John Smith/PA",
# "Foto: dpa/Bernd Weißbrod", "Bild: Keystone", "Crédit photo : AFP", "Fotografía: EFE".
_IMAGE_CREDIT = re.compile(
    r"^(?:getty images|shutterstock|adobe stock|istock|photo|image|source|credit|courtesy|photograph|"
    r"fotos?|fotografía|bild|crédits? photos?)\b\s*[:/|]",
    re.IGNORECASE,
)
# A credit line with no label, only a photographer and an agency, whole: "(Photo by John
# Smith/Getty Images)", "Photo by John Smith on Unsplash", "REUTERS/John Smith", "John
# Smith/AP", "AFP via Getty Images", "Getty Images". Names are capitalised: "Photo by
# night, the river..." goes on in words.
_AGENCY = (
    r"(?-i:REUTERS|Reuters|AP|AFP|EPA|EFE|dpa|DPA|ANP|ANSA|Getty Images|XINHUA|Xinhua|KEYSTONE|Keystone|"
    r"IMAGO|imago|picture alliance|PA)"
)
_NAME = r"(?-i:[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3})"
_AGENCY_CREDIT = re.compile(
    rf"^\(?(?:(?:photo|image|picture)s?\s+by\s+{_NAME}(?:\s*/\s*{_NAME}|\s+(?:on|via|for)\s+{_NAME})?|"
    rf"{_AGENCY}\s*/\s*{_NAME}|{_NAME}\s*/\s*{_AGENCY}|(?:{_AGENCY}|{_NAME})\s+via\s+getty images|getty images)\)?$",
    re.IGNORECASE,
)
# A byline or dateline that stayed in the article flow.
_DATELINE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted|modified|reviewed|edited|written|fact[- ]checked|medically reviewed)"
    # then a date, a name or nothing: not "Written off by many, ..." or "Updated guidance on ..."
    r"(?=\s*(?:$|[:|•·,–—-]|(?:on|by|at|in|under)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun)[a-z]*\b))|\d+\s*min(?:ute)?s?\.?\s+read\b|reading time\b)",
    re.IGNORECASE,
)
_BY_NAME = re.compile(r"^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ&][\w'’.\-]*){0,4}$")
# A byline and a date on one line, at the text's first or last place, where a template sets
# them as one (the byline's name taken, the line left): "By Jane Roe | March 3, 2025",
# "Par Jeanne Roux – Publié le 3 mars 2025 à 18h05", "Von Jana Roth | 03.03.2025, 14:05 Uhr",
# "Por Juana Ruiz - 3 de marzo de 2025". A credit word, a name, a separator, then a date and
# nothing else: "By Tuesday, the council..." goes on in words.
_MONTH = r"(?:jan|feb|fév|mar|mär|apr|avr|may|mai|jun|jui|jul|aug|aoû|ago|sep|oct|okt|nov|dec|déc|dez|dic|ene|abr)[a-zéûä]*\.?"
_BYLINE_AND_DATE = re.compile(
    r"^(?:by|von|par|por)\s+(?-i:[A-ZÀ-Þ][\w'’.\-]*(?:\s+(?:[A-ZÀ-Þ&][\w'’.\-]*|and|et|und|y)){0,6})"
    r"\s*(?:[|,·•–—-]|\s(?=(?:le|am|el|on)\s))\s*"
    r"(?:(?:publié|mis à jour|updated|published|posted|veröffentlicht|aktualisiert|publicado|actualizado)\b\s*:?\s*)?"
    r"(?:(?:le|am|el|on)\s+)?(?:\w+,?\s+)??"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:er)?\.?\s+(?:de\s+)?"
    + _MONTH
    + r"\s+(?:de\s+)?\d{4}|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"(?:\s*,?\s*(?:à|at|um|a las|[|·•–—-])?\s*\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?)?"
    r"(?:\s*[|·•]\s*\d+\s*min\w*\.?(?:\s+read)?)?$",
    re.IGNORECASE,
)
# A share bar, a tag list or a breadcrumb left as a line of text at the text's first or last
# place when its class names none of them (``<div class="meta-line">``, a French site's
# ``<p class="partage">``): a label and social networks only ("Share: Facebook | X | Email",
# "Partager : Facebook X E-mail"); a label and short items ("Tags: Parks, Budget",
# "Mots-clés : Parcs, Budget"); a path of short items from a home page ("Accueil > Monde").
_SOCIAL = r"(?:facebook|x|twitter|e-?mail|mail|linkedin|whatsapp|pinterest|reddit|telegram|threads|bluesky|flipboard|print|imprimer|drucken|imprimir|copy link|copier le lien|link kopieren|copiar enlace)"
_SHARE_LINE = re.compile(
    rf"^(?:share(?: this(?: article| post| story)?)?|partager(?: cet article)?|teilen|artikel teilen|compartir|condividi)"
    rf"\s*:?\s*{_SOCIAL}(?:\s*[|,·•/]?\s*{_SOCIAL})*$",
    re.IGNORECASE,
)
_TAG_ITEM = r"[\w#][\w'’&.\-]*(?: [\w'’&.\-]+){0,3}"
_TAG_LINE = re.compile(
    rf"^(?:tags|tagged(?: with)?|topics|filed under|mots[- ]clés|tags associés|schlagwörter|stichwörter|themen|"
    rf"etiquetas|temas|tag)\s*:\s*{_TAG_ITEM}(?:\s*[,|·•;]\s*{_TAG_ITEM})*$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(
    r"^(?:home|accueil|startseite|inicio|portada|home page|homepage)(?:\s+[>›»/]\s+[\w'’&.\-]+(?: [\w'’&.\-]+){0,3})+$",
    re.IGNORECASE,
)
# A line that is only a date ("Friday, December 19, 2025", "12.12.2025", "Dec 4, 2025 at 9:30").
DATE_ONLY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})"
    r"(?:\s*(?:at\s+)?\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)


def points_to_another_article(text: str) -> bool:
    """True for a line that only points to another article: ``Lire aussi : Le titre``,
    ``Related: …``, ``Lesen Sie auch: …`` (a label that says nothing else, a separator, then
    a title of at most 200 characters). A theme's text is read with this, not with the
    generic adapter's wider list: in a theme's text ``Read: Members can view pages`` or
    ``Más información: …`` open a line of the article.

    >>> points_to_another_article("Lire aussi : Saisie de cocaïne à Sétif")
    True
    >>> points_to_another_article("Read: Members can view pages."), points_to_another_article("Watch: The Series 10")
    (False, False)
    """
    return len(text) <= 200 and _POINTER_LINE.match(text) is not None


def is_page_furniture(block: Block, *, at_edge: bool = True) -> bool:
    """True for a short line that belongs to the page, not to the article text.

    Anywhere: a widget label (``Table of Contents``, ``Show Caption``), a placeholder
    shown while the page loads a part of itself (``Loading paragraph...``) or left by a
    template in a box it never filled (``Lorem ipsum dolor sit amet…``), the heading of
    a list of other articles (``Related posts``, ``Recommended reading``), a line that
    points to another article (``Related: …``, ``À lire aussi : …``) or a picture's
    credit line (``Getty Images / Jane Roe``, ``Source: Salesforce``, ``REUTERS/John Smith``). Among the
    first and last blocks (``at_edge``), where templates leave them: a byline
    (``By Ben Nadel``), a dateline (``Updated on July 9, 2025``, ``3 min read``,
    ``Friday, December 19, 2025``), both on one line (``By Jane Roe | March 3, 2025``), a
    share bar, tag list or breadcrumb set as a line (``Share: Facebook | X``, ``Tags: Parks,
    Budget``, ``Accueil > Monde``) or a lead-image credit. In the middle of an article
    the same shapes are content: an events page lists its dates, a games guide says
    ``Published by Hachette``.

    >>> is_page_furniture(Block(kind="heading", text="Table of Contents"))
    True
    >>> is_page_furniture(Block(text="By Ben Nadel")), is_page_furniture(Block(text="By Ben Nadel"), at_edge=False)
    (True, False)
    >>> is_page_furniture(Block(text="By 2013, the landscape had transformed."))
    False
    """
    text = block.text
    if text[:11].casefold() == "lorem ipsum":
        return True  # a template's placeholder, at any length
    if len(text) > 200:
        return False
    if text.casefold().strip(" :.!|") in _WIDGET_LABELS or _LOADING.match(text) or is_ad_label(text):
        return True
    if _READ_ALSO_LINE.match(text):
        return True  # "Related: Cybersecurity M&A Roundup", a link to another article
    if block.kind == "heading":
        return bool(_TRAILER_HEADING.match(text.strip()))
    if len(text) < 120 and block.kind == "paragraph" and (_IMAGE_CREDIT.match(text) or _AGENCY_CREDIT.match(text)):
        # "Getty Images / Kenny McCartney", "Source: Salesforce" under a picture; an item of
        # a list ("Credit: a score of 670 or higher") is the list's
        return True
    if not at_edge or len(text) > 80:
        return False
    return bool(
        _DATELINE.match(text)
        or _BY_NAME.match(text)
        or DATE_ONLY.match(text)
        or _CREDIT_LINE.match(text)
        or _BYLINE_AND_DATE.match(text)
        or _SHARE_LINE.match(text)
        or _TAG_LINE.match(text)
        or _BREADCRUMB.match(text)
    )
