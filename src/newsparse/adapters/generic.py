"""The generic adapter: structured data and page heuristics, for any article page.

It reads what every site publishes for search engines (JSON-LD, OpenGraph, meta) and
what most article templates share (an ``h1`` with a byline and a date near it, a block
of prose, ``rel`` links), so that a site no adapter knows still gives a useful Article.

The markup heuristics stand on their own: some crawlers strip every ``<script>`` (and
JSON-LD with them) before they store a page. They are small named functions in
:mod:`newsparse.heuristics` (title, byline, date) and :mod:`newsparse.content` (the
article text). To stay a few times the cost of parsing the page, the adapter never
runs a class selector over the whole tree: it looks around the headline (the
*header zone*) and inside the article it found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from itertools import islice
from typing import Any, cast
from urllib.parse import urlsplit

from lxml import etree

from newsparse.adapters.base import PUBLISHED_META, Adapter, field, ld_name, ld_text
from newsparse.article import Block, Byline, Day, Image, Source
from newsparse.content import DATE_ONLY, article_blocks, best_container, earlier_parts, is_boilerplate, select
from newsparse.document import ARTICLE_TYPES, Document, ld_types
from newsparse.extract import (
    byline_from_text,
    clean_text,
    date_in_url,
    first_date_in,
    in_comments,
    is_author_page,
    is_comments_section,
    is_default_image,
    is_placement_flag,
    parse_date,
    reads_both_ways,
    split_authors,
    text_of,
    without_author_bio,
    without_deep_nesting,
    without_title_headings,
)
from newsparse.heuristics import (
    author_name,
    byline_from_window,
    choose_title,
    closing_lines,
    credits_a_reviewer,
    host_of_person,
    is_role,
    looks_like_person,
    name_beside_date,
    names_agree,
    personal_site_owner,
    shown_date,
    site_names_from,
    spaced_text,
    text_lines,
    text_window,
    trailing_lines,
    without_tagline,
)
from newsparse.heuristics import (
    is_site_name as _is_site_name,
)

__all__ = ["GenericAdapter", "main_content"]


def main_content(root: etree._Element) -> etree._Element | None:
    """The element that holds the article text (see :func:`newsparse.content.best_container`)."""
    return best_container(root)


# Elements of the header zone that say who wrote the article, when, and what it is about:
# their class or id names one of these, or they carry a date or an author relation. (One
# pass in Python over the zone is several times faster than an XPath of contains() tests.)
_HINT_NAMES = re.compile(
    r"author|byline|breadcrumb|subtitle|standfirst|dek|comments-link|comment-count|comments-count", re.IGNORECASE
)
_HINT_ITEMPROPS = re.compile(r"author|datePublished|alternativeHeadline")


def zone_hints(zone: etree._Element) -> list[etree._Element]:
    """The elements of the header zone that may hold a byline, a date, a deck, a breadcrumb or a comment count."""
    found = []
    for el in zone.iter():
        for name, value in cast("list[tuple[str, str]]", el.items()):
            if (
                (name in ("class", "id") and _names_hint(value))
                or name == "datetime"
                or (name == "rel" and "author" in value)
                or (name == "itemprop" and _HINT_ITEMPROPS.search(value))
            ):
                found.append(el)
                break
    return found


_HINTS_SEEN: dict[str, bool] = {}


def _names_hint(value: str) -> bool:
    """Whether a class or id value names a hint (cached: a page repeats its class names)."""
    verdict = _HINTS_SEEN.get(value)
    if verdict is None:
        if len(_HINTS_SEEN) > 50_000:
            _HINTS_SEEN.clear()
        verdict = _HINTS_SEEN[value] = _HINT_NAMES.search(value) is not None
    return verdict


# The text node that shows a title, for a page whose title sits in no heading.
_TEXT_EQUAL = etree.XPath("(descendant::body//text()[normalize-space() = $title])[1]")
# ``a[rel]`` anywhere: authors, tags and the neighbouring articles, in one pass.
_REL_LINKS = etree.XPath("descendant::a[@rel]")
_ZONE_LEVELS = 3


class GenericAdapter(Adapter):
    """Structured data and page heuristics; the fallback for pages no adapter claims."""

    name = "generic"
    description = "Any page: JSON-LD, OpenGraph, microdata, meta and markup heuristics"
    byline_from_structured_data = True

    # ------------------------------------------------------------------ the headline

    @field
    def headings(self) -> tuple[etree._Element, ...]:
        """The page's ``h1`` elements that show text, but the site's logo or name."""
        return tuple(h for h in _article_h1s(self.doc) if text_of(h))

    @property
    def site_names(self) -> list[str]:
        return site_names_of(self)

    @field
    def title(self) -> str | None:
        """The main heading: see :func:`newsparse.heuristics.choose_title`."""
        metas = [
            ld_text(self.ld.get("headline")),
            self.doc.meta_first("og:title"),
            self.doc.meta_first("twitter:title"),
            self.doc.title_tag,
        ]
        # Theme adapters call this with their own instance (GenericAdapter.title.compute(self)):
        # it reads only what every adapter has.
        headings = _article_h1s(self.doc)
        texts = [t for t in map(text_of, headings) if t]
        earlier = _headings_before(self.doc.root, headings[0] if headings else None)
        return without_tagline(choose_title(texts, metas, site_names_of(self), earlier=earlier))

    @field
    def title_element(self) -> etree._Element | None:
        """The ``h1`` the title was read from, else the first ``h1`` (the byline sits by it all the same)."""
        headings: tuple[etree._Element, ...] = self.headings
        title: str | None = self.title
        for heading in headings:
            text = text_of(heading)
            if text and title and text.startswith(title):
                return heading
        if title:  # a title read from metadata: the page may show it as a lesser heading
            wanted = title.casefold()
            root: etree._Element = self.doc.root
            for heading in root.iter("h2", "h3"):
                text = text_of(heading)
                if text and text.casefold() == wanted:
                    return heading
        if headings:
            return headings[0]
        if title:  # no heading at all: the element that shows the title's text
            shown = cast("list[etree._ElementUnicodeResult]", _TEXT_EQUAL(self.doc.root, title=title))
            if shown:
                return shown[0].getparent()
        return None

    @field
    def zone(self) -> etree._Element | None:
        """The header zone: the headline's ancestors up to a few levels (its byline and date live there)."""
        anchor: etree._Element | None = self.title_element
        if anchor is None:
            content: etree._Element | None = self.content
            return content.getparent() if content is not None else None
        zone = anchor
        for level, ancestor in enumerate(anchor.iterancestors()):
            if ancestor.tag in ("body", "html") or level >= _ZONE_LEVELS:
                break
            zone = ancestor
        return zone

    @field
    def zone_nodes(self) -> tuple[etree._Element, ...]:
        if self.zone is None:
            return ()
        return tuple(el for el in zone_hints(self.zone) if self.is_own(el))

    def is_own(self, element: etree._Element) -> bool:
        """Whether an element the heuristics found is the article's own, not another item's.

        The generic adapter leaves out what sits in a box of other stories named so by its
        class or id (``section.related``, ``div.next-story``, ``more-stories``): their
        cards credit and date their own articles. An adapter that knows where the article
        is overrides this (WordPress leaves out the posts a "More posts" list prints inside
        the post's ``main``).
        """
        # Each box on the way up is judged once per page: the heuristics ask about many
        # elements of the same boxes (every <time> of a page of 500 comments).
        known: dict[etree._Element, bool] = self.__dict__.setdefault("_own_below", {})
        path = []
        verdict = True
        for ancestor in element.iterancestors():
            seen = known.get(ancestor)
            if seen is not None:
                verdict = seen
                break
            if ancestor.tag in _STORY_LEVELS:
                break  # the page's, the article's: "has-related-posts" on the body names no box
            path.append(ancestor)
            if any(_OTHER_STORIES.search(ancestor.get(name) or "") for name in ("class", "id")):
                verdict = False
                break
        for ancestor in path:
            known[ancestor] = verdict
        return verdict

    @field
    def window(self) -> str:
        """The visible text around the headline (see :func:`newsparse.heuristics.text_window`)."""
        anchor: etree._Element | None = self.title_element
        if anchor is None:
            return ""
        content: etree._Element | None = self.content
        if content is not None and (content is anchor or content in set(anchor.iterancestors())):
            content = None  # the headline inside the article container: nothing to fence off
        return text_window(anchor, stop=content)

    @field
    def subtitle_element(self) -> etree._Element | None:
        """The deck under the headline: an element of the header zone named so."""
        nodes = [
            el
            for el in self.zone_nodes
            if el.get("itemprop") == "alternativeHeadline"
            or (
                any(w in (el.get("class") or "") for w in ("subtitle", "standfirst", "dek"))
                and not _TYPE_SCALE.search(el.get("class") or "")
            )
        ]
        shown: str = self.window  # empty without a headline: a deck named so is then taken
        for el in without_deep_nesting(nodes):
            text = text_of(el)
            if not text or text == self.title or len(text) <= 20:
                continue
            if shown and not _shown_by_headline(el, shown):
                continue  # a form's or a call to action's "subtitle" further down the page (wcxb 0127, 0206)
            if _CRUMB_TRAIL.search(text):
                continue  # a trail set in a deck's style ("Home > Tech > Laptops")
            if any(ancestor.tag == "a" for ancestor in el.iterancestors()):
                continue  # a card linking elsewhere ("Book a demo with Otter")
            return el
        return None

    @field
    def subtitle(self) -> str | None:
        element: etree._Element | None = self.subtitle_element
        return text_of(element) if element is not None else None

    # ------------------------------------------------------------------ the text

    @field
    def content(self) -> etree._Element | None:
        return best_container(self.doc.root)

    @field
    def text_containers(self) -> list[etree._Element]:
        """The elements the text is read from, in page order: :attr:`content` and the
        parts of the text a page builder cut off before it (:func:`~newsparse.content.earlier_parts`)."""
        content: etree._Element | None = self.content
        return [*earlier_parts(content), content] if content is not None else []

    @field
    def paragraphs(self) -> tuple[Block, ...]:
        return article_blocks(
            self.text_containers, (self.title, self.subtitle), skip=(self.title_element, self.subtitle_element)
        )

    @field
    def body(self) -> tuple[Block, ...]:
        """The blocks, less a last line that only signs the article with the byline's name,
        and less a heading that repeats the headline (a CMS template's, read by a subclass)."""
        blocks, signoff = self.signoff
        byline: Byline | None = self.byline
        if signoff is not None and byline is not None and names_agree(signoff.text, byline.text):
            text = tuple(blocks)
        else:
            paragraphs: tuple[Block, ...] = self.paragraphs
            text = without_author_bio(paragraphs, byline.authors) if byline is not None else paragraphs
        return tuple(without_title_headings(text, self.title, self.headline))

    # ------------------------------------------------------------------ who wrote it

    @field
    def rel_links(self) -> tuple[etree._Element, ...]:
        return tuple(select(_REL_LINKS, self.doc.root))

    def rel(self, kind: str) -> list[etree._Element]:
        return [a for a in self.rel_links if kind in (a.get("rel") or "").lower().split()]

    @field
    def author_text(self) -> str | None:
        """The credit shown near the headline: a byline or author element of the header zone.

        Not an element that holds the headline: the post's wrapper, whose class names its
        writer (``<article class="entry author-mark-denney">``), holds the whole post."""
        heading: etree._Element | None = self.title_element
        wrappers = set(heading.iterancestors()) if heading is not None else set()
        candidates = [
            el
            for el in self.zone_nodes
            if el.get("datetime") is None
            and _is_author_node(el)
            and el not in wrappers
            and not in_comments(el)
            and not _in_page_chrome(el, banners=False)  # a sidebar's teasers credit their own writers
            and self.is_own(el)
        ]
        # A candidate nested in many others is read with them already (500 nested .byline).
        for el in without_deep_nesting(candidates):
            name = _name_in(el)
            if name:
                return name
        return None

    @field
    def byline(self) -> Iterator[tuple[Byline | None, Source]]:
        """Who wrote it, most trusted first.

        JSON-LD persons; the byline by the headline; ``rel=author``; a ``By Name`` line
        or a name beside the date under the headline; names linked to their writer's
        page; the ``author`` meta tags and Yoast's "Written by"; JSON-LD organisations; a
        sign-off; the owner of a personal site; an author box; the microdata author. A
        credit that only repeats the site's name counts only when the page shows it by
        the headline or reads as a person's name (a personal site named after its
        writer): otherwise, in meta tags and JSON-LD alone, it is the publisher, not an
        author.
        """
        people, shown = self.byline_from_json_ld(persons=True), _byline(self.author_text)
        if people is not None and shown is not None and _same_people(people, shown):
            yield shown, "markup"  # the credit as the page prints it ("سارة بوزيد، كريم حداد")
        yield people, "json-ld"
        yield shown, "markup"
        # Not a widget's (a sidebar's "Recent posts" links its writers with rel=author too).
        for link in [a for a in self.rel("author") if not _in_page_chrome(a, banners=False)][:3]:
            name = _name_in(link)
            # A link to the site's home page names the site (a blog's title marked up as
            # its h-card), unless the site is a person's own (jefftk.com: "Jeff Kaufman").
            if name and (not self.links_home(link) or looks_like_person(name)):
                yield _byline(name), "markup"
        by_line, linked = byline_from_window(self.window), self.author_page_names
        if by_line and not linked:
            linked = self.names_credited_with(by_line)
        if by_line and linked and linked != by_line and by_line in linked.split(", "):
            yield _byline(linked), "markup"  # "Written by A, B, and C": the line names the first only
        yield _byline(by_line), "heuristic"
        # The heading's own words are no byline: its headline, and a kicker set inside it
        # in an element of its own (Arc's ``<h1><em class="com-lead">KICKER</em> ...``).
        heading = "\n".join(t for t in (self.title, text_of(self.title_element)) if t)
        beside = name_beside_date(self.window, self.site_names, heading)
        if beside is not None and not self.opens_the_text(beside) and not self.names_a_topic(beside):
            yield _byline(beside), "heuristic"
        yield _byline(self.author_page_names), "markup"
        yield self.metadata_credit(self.doc.meta_first(*_AUTHOR_META)), "meta"
        yield self.metadata_credit(self.written_by), "meta"
        yield self.byline_from_json_ld(persons=False), "json-ld"
        yield self.signoff[1], "heuristic"
        yield _byline(self.site_owner), "heuristic"
        yield _byline(self.author_box_name), "heuristic"
        yield _byline(self.written_by_line), "heuristic"
        # Last: a theme's microdata may name the account that posted ("Marie Stafford")
        # where the author box shows the writer (network1consulting.com).
        yield self.metadata_credit(self.microdata_author), "microdata"

    def links_home(self, link: etree._Element) -> bool:
        """Whether ``link`` goes to this site's home page (a writer's own site elsewhere
        is not this site's home)."""
        href = self.doc.resolve(link.get("href"))
        if href is None:
            return (link.get("href") or "").strip() in ("", "/")
        target, page = urlsplit(href), urlsplit(self.doc.base_url or "")
        return not target.path.strip("/") and not target.query and target.netloc == page.netloc

    def names_a_topic(self, name: str) -> bool:
        """Whether ``name`` is the text of a link to a category, tag or topic page by the
        headline: a label beside the date, not a writer (``<a href="/category/nonessential-
        thoughts/" rel="tag">Nonessential Thoughts</a>`` under spectrecollie.com's title,
        ``<div class="post-topic"><a href="/blog/?content_topic=906">HR Strategy</a>`` in
        the row under paycom.com's hero headline)."""
        zone: etree._Element | None = self.zone
        if zone is None:
            return False
        anchors = [anchor for anchor in zone.iter("a") if text_of(anchor) == name]
        heading: etree._Element | None = self.title_element
        if not anchors and heading is not None:
            # The row under a hero headline may sit outside the headline's zone: the links
            # of that text nearest the headline.
            anchors = cast(list[etree._Element], _NEAREST_LINKS_NAMED(heading, name=name))
        for anchor in anchors:
            rel = (anchor.get("rel") or "").lower().split()
            if "tag" in rel or "category" in rel or _TOPIC_PAGE.search(anchor.get("href") or ""):
                return True
            # <div class="post-topic"><button><a>: the link or its nearest wrappers name a topic.
            if _marks_a_topic(anchor, next(islice(anchor.iterancestors(), _TOPIC_WRAPPERS, None), None)):
                return True
        return False

    def opens_the_text(self, name: str) -> bool:
        """Whether ``name`` is only the first words of the article's text: the lines by the
        headline end a few lines into the text, one line per text node, so ``La Banque
        <em>d'Algérie</em> a annoncé…`` gives them a line "La Banque" that reads as a name
        (found by the drupal and arc-xp round trips)."""
        blocks: tuple[Block, ...] = self.paragraphs
        return bool(blocks) and blocks[0].text.startswith(name + " ")

    def metadata_credit(self, credit: str | None) -> Byline | None:
        """A byline from a credit in the page's metadata: a name that is not the site's,
        or that reads as a person's (a personal site named after its writer). A list of
        names too long to read as one credit is read name by name when each is a person's
        (kroll.com's ``<meta name="author">`` names eight)."""
        name = author_name(credit)
        if name is None and credit:
            names = [author_name(part) for part in split_authors(credit)]
            if len(names) > 1 and all(n and looks_like_person(n) for n in names):
                name = ", ".join(n for n in names if n)
        if name and (not _is_site_name(name, self.site_names) or looks_like_person(name)):
            return _byline(name)
        return None

    @field
    def author_page_names(self) -> str | None:
        """The names that link to their writer's page (``/author/jane-doe/``, ``/authors/…``,
        ``/profile/…``) by the headline: the first such link, and the ones printed after it
        with only separators between (``Written by <a>A</a>, <a>B</a>, and <a>C</a>``).
        Links whose text is no name (``All posts``) or the site's are left out."""
        if self.zone is None:
            return None
        for anchor in self.zone.iter("a"):
            if self._links_author_page(anchor) and self.is_own(anchor):
                names = self._names_linked_from(anchor)
                if names:
                    return names
        return None

    def names_credited_with(self, name: str) -> str | None:
        """All the names of a credit the lines by the headline name first, when its links
        to writers' pages sit outside the header zone (reviewed.com prints ``Written by
        <a>A</a>, <a>B</a>, and <a>C</a>`` under the lead image)."""
        root: etree._Element = self.doc.root
        for anchor in root.iter("a"):
            if self._links_author_page(anchor) and text_of(anchor) == name and self.is_own(anchor):
                return self._names_linked_from(anchor)
        return None

    def _names_linked_from(self, anchor: etree._Element) -> str | None:
        # One link may name two writers: "/blog/author/moses-kim-and-kate-shokurova".
        texts = [text_of(a) for a in _credit_links(anchor, self._links_author_page)]
        names = [author_name(part) for text in texts if text for part in split_authors(text)]
        kept = [n for n in dict.fromkeys(names) if n and looks_like_person(n) and not _is_site_name(n, self.site_names)]
        return ", ".join(kept) if kept else None

    def _links_author_page(self, anchor: etree._Element) -> bool:
        """Whether ``anchor`` links to a writer's page of this site (not a profile elsewhere: ``bsky.app/profile/…``)."""
        href = anchor.get("href")
        if href is None or not is_author_page(href):
            return False
        target = self.doc.resolve(href)
        page = self.doc.base_url
        if target is None or page is None:
            return target is None and "//" not in href  # no page address: a relative link only
        return urlsplit(target).hostname == urlsplit(page).hostname

    @field
    def microdata_author(self) -> str | None:
        """The post's ``itemprop=author`` (its ``itemprop=name`` when it is an item): themes
        mark the writer so in their markup (tagDiv's hidden ``td-page-meta``), and the mark
        stays when a crawler strips the JSON-LD. An author of a comment, or of an item that
        is not the article (a review, a related post), is not the article's."""
        for el in self.doc.microdata.get("author", ())[:_MAX_MICRODATA_AUTHORS]:
            if in_comments(el) or not _of_the_article(el):
                continue
            names = cast(list[etree._Element], _NAME_PROPS(el)) if el.get("itemscope") is not None else []
            for node in names[:1] or [el]:
                credit = clean_text(node.get("content")) or text_of(node)
                if credit:
                    return credit
        return None

    @field
    def written_by(self) -> str | None:
        """The writer Yoast SEO names in its link-preview meta tags, which stay when a crawler
        strips the JSON-LD: ``twitter:label1`` "Written by" and ``twitter:data1`` the name
        (the label in the site's language)."""
        for n in range(1, 5):
            label = self.doc.meta_first(f"twitter:label{n}")
            if label is None:
                return None
            if _WRITTEN_BY_LABEL.fullmatch(label):
                return self.doc.meta_first(f"twitter:data{n}")
        return None

    @field
    def author_box_name(self) -> str | None:
        """The name an author box shows (``About the author``, ``Written by John Crenshaw``),
        when nothing by the headline credits anyone: the first of its lines that is a
        ``By`` credit or reads as a person's name. Boxes in a sidebar, the navigation, the
        page's header or footer, or the comments are not the article's."""
        for box in _classed(self.class_values, ("author",), ("comment",), _MAX_AUTHOR_BOXES):
            if _in_page_chrome(box) or not self.is_own(box):
                continue
            lines = text_lines(box)[:6]
            for i, line in enumerate(lines):
                if i and credits_a_reviewer(lines[i - 1]):
                    continue  # the name after "Reviewed by": a reviewer, not the writer
                credited = _BY_LINE.match(line) or _WRITTEN_BY_IN_LINE.search(line)
                name = author_name(line) if credited else line.strip(" :")
                if name and looks_like_person(name):
                    return name
        return None

    @field
    def written_by_line(self) -> str | None:
        """The name a heading gives after ``Written by`` or ``Article by`` anywhere in the
        article's page (an author box that names no ``author`` class: Elementor's
        ``<h3>Written by Cassidy Horton</h3>``, ``<h2>Article by</h2><p>Matias
        Heikkilä</p>``), when nothing else credits anyone: the heading's lines and the
        lines after it read as a ``By`` credit. Not in the comments, the site's header,
        footer, navigation or sidebar, nor another item's. Only headings are read: a
        search of every text node of the page costs as much as parsing it."""
        root: etree._Element = self.doc.root
        labelled = (h for h in root.iter(*_LESSER_HEADINGS) if _WRITTEN_BY_START.match(_first_text(h)))
        for heading in islice(labelled, _MAX_WRITTEN_BY):
            if in_comments(heading) or _in_page_chrome(heading) or not self.is_own(heading):
                continue
            window = "\n".join([*text_lines(heading)[:2], *trailing_lines(heading, 2)])
            name = byline_from_window(window)
            if name:
                return name
        return None

    @field
    def site_owner(self) -> str | None:
        """The person whose blog the site says it is (``Colin Watson's blog`` in
        ``og:site_name`` or after the title in ``<title>``): the writer of its posts when
        no other credit is found (see :func:`newsparse.heuristics.personal_site_owner`)."""
        title_site = None
        if self.doc.title_tag and self.title:
            head, sep, tail = self.doc.title_tag.rpartition(" | ")
            if sep and head.strip().casefold() == self.title.casefold():
                title_site = tail
        for name in (self.doc.meta_first("og:site_name"), title_site):
            owner = personal_site_owner(name)
            if owner:
                return owner
        # A site named after a person, at an address of theirs on a shared host.
        host = urlsplit(self.doc.base_url or "").hostname
        for name in (self.doc.meta_first("og:site_name"), title_site):
            if name and looks_like_person(name) and host_of_person(host, name):
                return name
        return None

    def byline_from_json_ld(self, *, persons: bool = True) -> Byline | None:
        """The JSON-LD authors: people only (``persons``), or organisations that are not the site."""
        for obj in (self.ld, *self.doc.json_ld):
            value = obj.get("author")
            items = value if isinstance(value, list) else [value]
            names = []
            for item in items[:20]:
                kind = ld_types(item) if isinstance(item, dict) else set()
                if persons != ("Organization" not in kind and "NewsMediaOrganization" not in kind):
                    continue
                credit = ld_name(item)
                if credit and credit.lstrip().startswith(","):
                    continue  # ", USA TODAY": the writer's name left empty, only the paper after it
                for name in _credited_names(author_name(credit), self.site_names):
                    if persons and not self.credits(name):
                        continue  # the account that posted it, named nowhere on the page
                    if name not in names and (
                        not _is_site_name(name, self.site_names) or self.shows(name) or _personal_site(item, name)
                    ):
                        names.append(name)
            if names:
                return Byline(text=", ".join(names), authors=tuple(names))
        return None

    def credits(self, name: str) -> bool:
        """Whether the page credits ``name`` beyond its JSON-LD: in its text (by the headline,
        else anywhere) or in an author meta tag.

        A JSON-LD author the page names nowhere else (``Jessie Powell`` on a Harvard page
        that credits no one) is the CMS's record of the account that posted it, not a credit.
        """
        folded = name.casefold()
        if folded in " ".join(self.window.split()).casefold():
            return True
        metas = (self.doc.meta_first(*_AUTHOR_META), self.written_by)
        if any(meta and folded in meta.casefold() for meta in metas):
            return True
        return bool(_NAMED_IN_TEXT(self.doc.root, name=name))

    def shows(self, name: str) -> bool:
        """True when the lines by the headline show ``name`` (a publisher credited as author)."""
        return name.casefold() in self.window.casefold()

    # ------------------------------------------------------------------ when

    @field
    def published(self) -> Iterator[tuple[Day | None, Source]]:
        """The date shown by the headline or in a publication line that closes the article
        text (FIELDS.md: the shown date first), else structured data.

        A date the page labels as an update (``Updated on ...``) is not the publication:
        it waits behind the structured ``datePublished`` and, alone, is only ``modified``.
        """
        shown, updated = shown_date(self.window, month_first=self.month_first)
        # The zone's dated elements; a comment's date is the comment's (a short post's zone
        # can reach its comments).
        stamps = [
            el
            for el in self.zone_nodes
            if (el.get("datetime") or el.get("content")) and not _marks_modified(el) and not in_comments(el)
        ]
        update_day = self.update_day
        # The day of the last update, or a later one (a review, the day the page was made),
        # shown unlabelled by the headline is no publication when the structured data says so.
        if not updated and (shown is None or update_day is None or shown < update_day):
            for el in stamps:
                stamp = parse_date(el.get("datetime") or el.get("content"))
                if stamp is None or _day_of(stamp) == update_day:
                    continue
                # The shown date, with the time its datetime attribute adds; when the page shows
                # none by the headline ("3 hours ago"), a stamp whose text is not there either
                # (a "More from News" list's <time>) waits behind the structured data.
                if (_day_of(stamp) == shown) if shown is not None else _shown_by_headline(el, self.window):
                    yield stamp, "markup"
            yield shown, "markup"
            yield self.labelled_date_closing_text, "markup"
        yield self.ld_published, "json-ld"
        yield self.og_published, "opengraph"
        # Past the structured data, a stamp on the day the headline labels as an update
        # ("Last updated: <time datetime=2026-01-12>") is that update.
        for el in stamps:
            yield _unless_on(parse_date(el.get("datetime") or el.get("content")), shown if updated else None)
        root: etree._Element = self.doc.root
        for el in root.iter("time"):  # a time element anywhere but the comments, as a last markup resort
            if not _marks_modified(el) and self.is_own(el) and not in_comments(el):
                yield _unless_on(parse_date(el.get("datetime")), shown if updated else None)
        yield self.labelled_date_closing_text, "markup"
        yield self.labelled_date_after_text(), "markup"
        yield parse_date(self.doc.meta_first(*PUBLISHED_META)), "meta"
        yield parse_date(self.doc.microdata_value("datePublished")), "microdata"
        yield self.meta_named_published, "meta"
        yield self.publish_date_attribute, "markup"
        yield self.date_element_day, "markup"
        yield self.date_beside_byline, "markup"
        yield self.date_above_headline, "markup"

    @field
    def meta_named_published(self) -> Day | None:
        """The date of a meta tag named for the publication in a site's or a plugin's own
        words (``w-published-date``, ``cxenseparse:publishtime``, ``dc.date.issued``,
        ``citation_publication_date``): the first such tag whose content is a date."""
        meta: dict[str, list[str]] = self.doc.meta
        for name, values in meta.items():
            if _PUBLISHED_NAME.search(name):
                for value in values:
                    found = parse_date(value)
                    if found is not None:
                        return found
        return None

    @field
    def update_day(self) -> date | None:
        """The day the structured data gives as the last update, when it is not the day it
        gives as the publication: a page that shows that day by its headline, unlabelled,
        shows when it was updated (userpilot.com prints "October 26, 2025" under the title;
        its JSON-LD says published 2024-02-21, modified 2025-10-26)."""
        published = self.ld_published or self.og_published
        modified = self.ld_modified or self.og_modified
        if published is None or modified is None or _day_of(published) == _day_of(modified):
            return None
        return _day_of(modified)

    # The structured dates, read once for the fields that weigh them against each other.
    @field
    def ld_published(self) -> Day | None:
        return self.ld_date("datePublished")

    @field
    def ld_modified(self) -> Day | None:
        return self.ld_date("dateModified")

    @field
    def og_published(self) -> Day | None:
        return parse_date(self.doc.meta_first("article:published_time", "og:published_time"))

    @field
    def og_modified(self) -> Day | None:
        return parse_date(self.doc.meta_first("article:modified_time", "og:updated_time"))

    def ld_date(self, key: str) -> Day | None:
        """The first ``key`` date (``datePublished``...) of the article's JSON-LD, else of any object."""
        for obj in (self.ld, *self.doc.json_ld):
            found = parse_date(ld_text(obj.get(key)))
            if found is not None:
                return found
        return None

    @field
    def publish_date_attribute(self) -> Day | None:
        """The date an element carries in an attribute named for it: USA Today's
        ``<lit-timestamp publishdate=2025-12-19T11:15:56Z>``, Moz's ``<body
        data-pubdate="2022-10-05">``. Read when nothing else dates the page (its scripts
        stripped, say), on ``<body>`` and in the header zone only: not from the teasers
        of other stories, and without a search of the whole page."""
        zone: etree._Element | None = self.zone
        holders = [*self.doc.elements("body")[:1]]
        if zone is not None:
            holders += cast(list[etree._Element], _PUBLISH_DATE_HOLDERS(zone))[:_MAX_DATE_ELEMENTS]
        for el in holders:
            if el.tag != "body" and (_in_page_chrome(el) or not self.is_own(el)):
                continue
            for name in _PUBLISH_DATE_ATTRIBUTES:
                found = parse_date(el.get(name))
                if found is not None:
                    return found
        return None

    @field
    def class_values(self) -> tuple[Any, ...]:
        """Every ``class`` value of the page, in page order, each knowing its element
        (``value.getparent()``): read once for the searches of the whole page by class."""
        return tuple(cast(list[Any], _CLASS_ATTRIBUTES(self.doc.root)))

    @field
    def date_element_day(self) -> Day | None:
        """The day the elements marked as the post's date show (``div.single-post-date``,
        ``small.post-date``), when nothing else dates the page. Elements in the page's
        chrome or the comments, and dates labelled as updates, are left out; when the
        others show different days (a list of posts, each with its date), none is the
        post's."""
        days = set()
        for el in _classed(
            self.class_values, ("date", "publish", "publication"), ("update", "modif", "related"), _MAX_DATE_ELEMENTS
        ):
            if _in_page_chrome(el) or not self.is_own(el) or _marks_modified(el):
                continue
            text = text_of(el)
            if not text or len(text) > 60:
                continue
            day, updated = shown_date(text, month_first=self.month_first)
            if day is None and not updated and _TIMESTAMP.match(text):  # "2022-11-23T08:10+02:00"
                stamp = parse_date(text)
                day = _day_of(stamp) if stamp is not None else None
            if day is not None and not updated:
                days.add(day)
        return days.pop() if len(days) == 1 else None

    @field
    def date_beside_byline(self) -> date | None:
        """The day an element shows on its own beside the credit, when nothing else dates
        the page: ``<p>Written by <a>Moses Kim</a></p><p>April 8, 2024</p>``, ``<p>Luke
        Kim</p><small>December 17, 2025</small>`` in an author card of the header zone, away
        from the lines the window reads by the headline (see :meth:`day_shown_alone`); it
        is a sibling of the element that shows the writer's name, or of its parent; the
        credit is the article's own."""
        byline: Byline | None = self.byline
        zone: etree._Element | None = self.zone
        if byline is None or not byline.authors or zone is None:
            return None
        name = byline.authors[0]
        showing = (el for el in zone.iter(*_CREDIT_HOLDERS) if (el.text or "").lstrip().startswith(name))
        for shown in islice(showing, _MAX_NAME_HOLDERS):
            if not self.is_own(shown):
                continue
            parent = shown.getparent()
            for holder in (shown, parent) if parent is not None else (shown,):
                for sibling in [*islice(holder.itersiblings(), 2), *islice(holder.itersiblings(preceding=True), 2)]:
                    day = self.day_shown_alone(sibling)
                    if day is not None:
                        return day
            return None  # the first element that shows the name is the credit
        return None

    @field
    def date_above_headline(self) -> date | None:
        """The day an element shows on its own above the headline in the header zone (an
        overline: ``<span data-identity="overline-text">November 28, 2025</span>``), past
        the lines the window reads, when nothing else dates the page: the nearest such
        element before the headline (see :meth:`day_shown_alone`), not in boilerplate (an
        embedded post's date) nor the site's chrome."""
        heading: etree._Element | None = self.title_element
        zone: etree._Element | None = self.zone
        if heading is None or zone is None:
            return None
        candidates = []
        for el in zone.iter(heading.tag, *_CREDIT_HOLDERS, "time", "small"):
            if el is heading:
                break
            if not len(el) and el.text and DATE_ONLY.match(el.text.strip()):
                candidates.append(el)
        for el in islice(reversed(candidates), _MAX_DATE_ELEMENTS):  # the nearest first
            if _in_page_chrome(el) or any(is_boilerplate(a) for a in _ancestors_within(el, zone)):
                continue
            day = self.day_shown_alone(el) if self.is_own(el) else None
            if day is not None:
                return day
        return None

    def day_shown_alone(self, element: etree._Element) -> date | None:
        """The day an element shows when its whole text is a date (no sentence that quotes
        one), unless the element before it, or its parent's text before it, labels it an
        update (``Last updated:`` then the day)."""
        text = text_of(element) if isinstance(element.tag, str) else None
        if not text or len(text) > _DATE_ONLY_CHARS or not DATE_ONLY.match(text):
            return None
        before, parent = element.getprevious(), element.getparent()
        if before is not None and isinstance(before.tag, str):
            label = text_of(before)
        else:
            label = clean_text(parent.text) if parent is not None else None
        day, updated = shown_date(f"{label or ''}\n{text}", month_first=self.month_first)
        return None if updated else day

    @field
    def labelled_date_closing_text(self) -> Day | None:
        """A date the article text's own last lines label as its publication: a blog that
        signs its posts off with "Posted on the 15/12/2025 at 19:00 by @name", uschamber.com's
        "Published <time>August 13, 2025</time>" (two lines of text: a label line is read
        with the line after it). Shown on the page, it comes before the structured data."""
        content: etree._Element | None = self.content
        if content is None:
            return None
        closing = closing_lines(content, _CLOSING_LINES)
        return self._first_labelled_day(closing, _OPENS_WITH_PUBLISHED.match)

    def labelled_date_after_text(self) -> Day | None:
        """A date the lines after the article text label as its publication ("Posted on
        April 13, 2023" in a footer credit); the story's own dates carry no such label."""
        content: etree._Element | None = self.content
        if content is None:
            return None
        return self._first_labelled_day(trailing_lines(content), _PUBLISHED_LABEL.search)

    def _first_labelled_day(self, lines: list[str], labels: Callable[[str], object]) -> date | None:
        for i, line in enumerate(lines):
            if labels(line):
                found = first_date_in(" ".join(lines[i : i + 2]), month_first=self.month_first)
                if found is not None:
                    return found
        return None

    @field
    def month_first(self) -> bool:
        """Whether ``03/04/2025`` is read month first: as the page's machine-readable dates
        read the date shown by the headline, else as its language writes it (American
        English, or English with no region, month first).

        A page in English from outside the US writes its day first (``02-12-2025`` on a
        blog whose sidebar dates the same post ``2025-12-02``; ``03/10/2023`` at an address
        ending ``/2023/october/03/``): when exactly one reading of the shown date is a day
        the address, the structured data or a ``time`` element gives, that reading wins.
        """
        by_language = (self.language or "").lower().replace("_", "-") in ("en", "en-us")
        if not reads_both_ways(self.window):
            return by_language  # no numeric date that reads both ways: nothing to decide
        readings = {order: shown_date(self.window, month_first=order)[0] for order in (True, False)}
        if readings[True] == readings[False]:
            return by_language
        known = self.machine_days
        agreeing = [order for order, day in readings.items() if day is not None and day in known]
        return agreeing[0] if len(agreeing) == 1 else by_language

    @field
    def machine_days(self) -> frozenset[date]:
        """The days the page gives in machine-readable form: its address (``/2023/10/03/``),
        JSON-LD and OpenGraph dates, and the first ``time[datetime]`` elements."""
        doc = self.doc
        stamps = [self.ld_published, self.ld_modified, self.og_published, self.og_modified]
        stamps += [parse_date(el.get("datetime")) for el in doc.elements("time")[:_MAX_MACHINE_TIMES]]
        days = {_day_of(stamp) for stamp in stamps if stamp is not None}
        days.update(day for day in (date_in_url(self.url_given), date_in_url(doc.canonical_link)) if day)
        return frozenset(days)

    @field
    def modified(self) -> Iterator[tuple[Day | None, Source]]:
        yield self.ld_modified, "json-ld"
        yield self.og_modified, "opengraph"
        if isinstance(self, GenericAdapter):  # theme adapters call this too
            shown, updated = shown_date(self.window, month_first=self.month_first)
            if updated:
                yield shown, "markup"  # "Updated on February 24, 2026" by the headline

    # ------------------------------------------------------------------ around the article

    @field
    def crumb_nodes(self) -> tuple[etree._Element, ...]:
        """The breadcrumb's items: in the header zone, else in a ``nav``, ``ol`` or ``ul`` named so."""
        root: etree._Element = self.doc.root
        containers = [el for el in self.zone_nodes if _is_breadcrumb(el)]
        if not containers:
            containers = [el for el in root.iter("nav", "ol", "ul") if _is_breadcrumb(el)]
        for container in containers:
            items = list(container.iter("li")) or list(container.iter("a"))
            if items:
                return tuple(items)
        return ()

    @field
    def comments_text(self) -> str | None:
        for el in self.zone_nodes:
            if "comment" in (el.get("class") or ""):
                text = text_of(el)
                if text:
                    return text
        return None

    @field
    def previous_link(self) -> etree._Element | None:
        return next(iter(_outside_pagination(self.rel("prev"))), None)

    @field
    def next_link(self) -> etree._Element | None:
        return next(iter(_outside_pagination(self.rel("next"))), None)

    @field
    def section(self) -> Iterator[tuple[str | None, Source]]:
        yield from Adapter.section.compute(self)
        # WordPress files a post it has no category for under "Uncategorized": no section;
        # nor is a placement flag ("Featured") printed before the real one.
        meta: dict[str, list[str]] = self.doc.meta
        for section in meta.get("article:section", ()):
            if section.casefold() not in _NO_SECTION and not is_placement_flag(section):
                yield section, "opengraph"

    @field
    def categories(self) -> tuple[str, ...]:
        """The category labels shown with the article: WordPress's and other blogs'
        ``rel="category"`` links (``<a rel="category tag">Politics</a>``), not a sidebar's
        or another story's."""
        shown: dict[str, None] = {}
        for link in self.rel("category"):
            text = text_of(link)
            if text and not _in_page_chrome(link, banners=False) and self.is_own(link):
                shown.setdefault(text)
        return tuple(shown)

    @field
    def tag_texts(self) -> tuple[str, ...]:
        """The tag links shown: ``rel=tag`` anywhere, else the links of a tag list near the article."""
        # WordPress prints category links as rel="category tag": those are sections, not tags.
        # Not the tags of other posts' cards, in a sidebar or a box of other stories.
        links = [
            a
            for a in self.rel("tag")
            if "category" not in (a.get("rel") or "").lower().split()
            and not _in_page_chrome(a, banners=False)
            and self.is_own(a)
        ]
        if not links and self.content is not None:
            around = self.content.getparent()
            region = around if around is not None else self.content
            lists = [el for el in region.iter("ul", "div", "p", "span", "footer", "section") if _names_tags(el)]
            links = [a for el in lists[:1] for a in el.iter("a")]
        shown: dict[str, None] = {}  # ordered, and O(1) per look-up for a page of 20,000 tags
        for link in without_deep_nesting(links):
            text = text_of(link)
            if text:
                shown.setdefault(text)
        return tuple(shown)

    @field
    def tags(self) -> Iterator[tuple[tuple[str, ...], Source]]:
        yield self.tag_texts, "markup"
        yield tuple(t for t in (clean_text(v) for v in self.doc.meta.get("article:tag", ())) if t), "opengraph"

    @field
    def lead_image(self) -> Iterator[tuple[Image | None, Source]]:
        zone = self.zone if isinstance(self, GenericAdapter) else None  # theme adapters call this too
        if zone is not None:
            yield self.image_from(next((f for f in zone.iter("figure") if self.is_own(f)), None)), "markup"
        url = self.doc.resolve(self.doc.meta_first("og:image", "og:image:url", "twitter:image"))
        # Many sites give every page their logo or a default picture there.
        yield (Image(url=url) if url and not is_default_image(url) else None), "opengraph"


# A text node of the page's body that holds a name (scripts and styles are no text).
_NAMED_IN_TEXT = etree.XPath(
    "boolean(//body//text()[contains(., $name)][not(parent::script or parent::style or parent::template)])"
)
_NAME_INSIDE = etree.XPath("descendant::*[@itemprop='name' or self::a or contains(@class, 'name')][normalize-space()]")


_LOGO = re.compile(r"(?:^|[\s_-])(?:logo|site-?(?:title|name))", re.IGNORECASE)


def _article_h1s(doc: Document) -> list[etree._Element]:
    """The page's ``h1`` elements but the site's logo or name (``h1.site-title``,
    ``h1#gt-logo``): some templates mark it up as the page's main heading on every page."""
    return [
        h for h in doc.elements("h1") if not (_LOGO.search(h.get("class") or "") or _LOGO.search(h.get("id") or ""))
    ]


def _headings_before(root: etree._Element, first: etree._Element | None) -> Iterator[str]:
    """The texts of the ``h2`` elements before ``first`` (the page's first ``h1``; every
    ``h2`` when there is none), at most a few, read only when asked for."""
    for count, heading in enumerate(root.iter("h1", "h2")):
        if heading is first or count >= _MAX_EARLIER_HEADINGS:
            return
        if heading.tag == "h2" and (text := text_of(heading)):
            yield text


_MAX_EARLIER_HEADINGS = 12


def _classed(values: Sequence[Any], names: tuple[str, ...], but: tuple[str, ...], limit: int) -> list[etree._Element]:
    """The first ``limit`` elements whose class holds one of ``names`` and none of ``but``,
    and that sit inside no element whose class holds the first of ``names`` (the outer one
    of nested ``post-date`` wrappers, say).

    ``values`` are the page's class values (:attr:`GenericAdapter.class_values`), tested
    here: XPath's own ``contains(@class, ...)`` costs about a microsecond for every
    element of the page.
    """
    found: list[etree._Element] = []
    outer = names[0]
    for value in values:
        if any(name in value for name in names) and not any(word in value for word in but):
            element: etree._Element = value.getparent()
            if not any(outer in (a.get("class") or "") for a in element.iterancestors()):
                found.append(element)
                if len(found) == limit:
                    break
    return found


def _unless_on(stamp: Day | None, update: date | None) -> tuple[Day | None, Source]:
    """A markup candidate for ``published``: ``stamp``, unless it falls on the ``update`` day."""
    return (None if stamp is None or _day_of(stamp) == update else stamp), "markup"


def _day_of(value: Day) -> date:
    return value.date() if isinstance(value, datetime) else value


def _name_in(el: etree._Element) -> str | None:
    """The name an author element shows: its own name part (a link, ``itemprop=name``), else its text.

    A byline row that also prints the story's category (``<section class="byline">`` with
    ``<span class="byline__category"><a>Wellness &amp; Prevention</a></span>``) names no
    one by that link."""
    text = spaced_text(el)
    if credits_a_reviewer(text):  # "Reviewed by <a>Monika Nemcova</a>": not the writer
        return None
    found = select(_NAME_INSIDE, el)
    inner = [part for part in found if not _marks_a_topic(part, el)]
    if found and not inner:
        return None
    # A name part inside another is the same name (``<span class="author-name"><a>...</a>``).
    parts = set(inner)
    inner = [part for part in inner if not _inside_any(part, parts, el)]
    if len(inner) == 1:
        name = author_name(spaced_text(inner[0]))
        if name:
            return name
    # Several names ("<a>Rachid Ighil</a> et <a>Amina Benali</a>"), or none marked: the credit's text.
    return author_name(text) or (author_name(spaced_text(inner[0])) if inner else None)


def _inside_any(part: etree._Element, parts: set[etree._Element], holder: etree._Element) -> bool:
    node = part.getparent()
    while node is not None and node is not holder:
        if node in parts:
            return True
        node = node.getparent()
    return False


def _marks_a_topic(part: etree._Element, holder: etree._Element | None) -> bool:
    """Whether a part of a byline element, or a wrapper of it inside the element (below
    ``holder``), is marked as the story's category or tags by its class."""
    node: etree._Element | None = part
    while node is not None and node is not holder:
        classes = node.get("class") or ""
        if _TOPIC_CLASS.search(classes) or _SECTION_LABEL_CLASS.search(classes):
            return True
        node = node.getparent()
    return False


# A class token that ends with a category or tag word: ``byline__category``, ``post-categories``,
# ``cat-links``, ``tags`` (not a modifier such as ``--has-tags`` in the middle of a token).
_STORY_LEVELS = frozenset({"article", "main", "body", "html"})
# A box of other stories, by a word of its class or id names (``related``, ``post-related``).
_OTHER_STORIES = re.compile(
    r"(?:^|[\s_-])(?:related|recirc(?:ulation)?|teasers?|next-(?:story|stories|post|posts|article|articles)|"
    r"more-(?:stories|from|news|articles|posts)|read-next|up-next|recommended|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
_TOPIC_CLASS = re.compile(r"(?:^|[\s_-])(?:categor(?:y|ies)|cats?|tags?|topics?)(?:-links?)?(?:$|\s)", re.IGNORECASE)
# A section's label over the headline (``<a class="label" href="/news/supreme-court/">``): a
# whole class token, as "author-label" names a byline's part.
_SECTION_LABEL_CLASS = re.compile(r"(?:^|\s)(?:label|kicker|eyebrow|overline|section|rubrique)(?:$|\s)", re.IGNORECASE)


def _credited_names(name: str | None, site_names: Sequence[str]) -> list[str]:
    """The people one JSON-LD author name credits: ``Manoj Jain and Jagpreet Chhatwal, The
    Commercial Appeal`` names two writers and their paper (dropped). A name is split only
    when every part has two words or more, so ``Doe, Jane`` stays one name.

    >>> _credited_names("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal", ["The Commercial Appeal"])
    ['Manoj Jain', 'Jagpreet Chhatwal']
    >>> _credited_names("Doe, Jane", [])
    ['Doe, Jane']
    """
    if not name:
        return []
    parts = split_authors(name)
    if len(parts) < 2 or any(len(part.split()) < 2 for part in parts):
        return [name]
    people = [part for part in parts if not _is_site_name(part, site_names)]
    return [p for p in (author_name(part) for part in people) if p] or [name]


def _personal_site(item: object, name: str) -> bool:
    """True when a JSON-LD author that is also the site's name is a person: a personal site.

    A blog named after its writer (``Thoughts on Zig | Sam Bossley``) credits its author
    with the site's name; an author typed ``Person`` whose name reads as a person's is
    kept, where a newsroom's name in the author slot (``Redaktion``) is not.
    """
    return isinstance(item, dict) and "Person" in ld_types(item) and looks_like_person(name)


def _same_people(a: Byline, b: Byline) -> bool:
    return {n.casefold() for n in a.authors} == {n.casefold() for n in b.authors}


def site_names_of(adapter: Adapter) -> list[str]:
    """The names the page's site goes by: ``og:site_name``, the JSON-LD publisher, the host."""
    names = [adapter.doc.meta_first("og:site_name", "application-name", "apple-mobile-web-app-title")]
    publisher = adapter.ld.get("publisher")
    if isinstance(publisher, dict):
        names.append(ld_text(publisher.get("name")))
    return site_names_from(adapter.url_given or adapter.doc.canonical_link, *names)


_TAG_LIST = re.compile(r"(?:^|[\s_-])tags(?:$|[\s_-])")


def _names_tags(el: etree._Element) -> bool:
    """A tag list next to the article: ``tags``, ``post-tags``, ``field--name-field-tags``."""
    names = el.get("class")
    if not names or "tags" not in names:
        return False
    return _TAG_LIST.search(names) is not None


_PUBLISHED_LABEL = re.compile(r"\b(?:posted|published|publié|veröffentlicht|publicado|pubblicato)\b", re.IGNORECASE)
# A short line that is only a publication credit ("Posted on the 15/12/2025 at 19:00 by"),
# not a sentence of the story that mentions a publication.
_OPENS_WITH_PUBLISHED = re.compile(
    r"^(?:posted|published|publié|veröffentlicht|publicado|pubblicato)\b(?=.{0,80}$)", re.IGNORECASE
)
_CLOSING_LINES = 6


def _is_breadcrumb(el: etree._Element) -> bool:
    names = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("aria-label"), el.get("itemtype")))).lower()
    return "breadcrumb" in names or "crumbs" in names


def _marks_modified(el: etree._Element) -> bool:
    """True for a ``time`` element that holds the last-modified date, not the published one.

    WordPress prints ``<time class="entry-date published updated">`` for a post never
    edited, and a separate ``<time class="updated">`` once it is.
    """
    classes = set((el.get("class") or "").split())
    if "dateModified" in (el.get("itemprop") or "").split():
        return True
    return bool(classes & {"updated", "modified", "date-modified"}) and "published" not in classes


def _is_author_node(el: etree._Element) -> bool:
    marks = " ".join(filter(None, (el.get("class"), el.get("rel"), el.get("itemprop")))).lower()
    if "author" not in marks and "byline" not in marks:
        return False
    if _TOPIC_CLASS.search(el.get("class") or ""):
        return False  # a byline row's category part (``byline__category``)
    # An author box or an avatar says more than a name; a byline is short; a comment's author
    # is not the article's.
    return not any(
        w in marks for w in ("author-box", "authorbox", "author-bio", "author-avatar", "author-image", "comment")
    )


# Author boxes by their class: "author-box", "blog_author-box", "author__photo", "post-author".
_MAX_AUTHOR_BOXES = 5
_MAX_MICRODATA_AUTHORS = 5
_MAX_LINKED_AUTHORS = 8
# A listing of a site's stories by subject: /category/x/, /tag/x/, /topics/x/, /resource-topic/x/,
# /blog/?content_topic=906.
_TOPIC_PAGE = re.compile(
    r"/(?:[a-z-]*-)?(?:category|categories|tags?|topics?|subjects?)/|[?&][a-z_-]*(?:category|tag|topic)[a-z_]*=",
    re.IGNORECASE,
)
# How many of a link's wrappers may say it is a topic's (``div.post-topic > button > a``).
_TOPIC_WRAPPERS = 3
# The links of a text nearest an element, before and after it.
_NEAREST_LINKS_NAMED = etree.XPath(
    "preceding::a[normalize-space(.) = $name][1] | following::a[normalize-space(.) = $name][1]"
)
# What may stand between two linked names of one credit: ", ", " and ", ", and ", " & ".
_NAME_SEPARATOR = re.compile(r"\s*,?\s*(?:(?:and|&|et|und|y|e)\s+)?", re.IGNORECASE)
_INLINE_WRAPPERS = frozenset({"strong", "b", "em", "i", "span"})


def _credit_links(first: etree._Element, links_writer: Callable[[etree._Element], bool]) -> list[etree._Element]:
    """``first`` and the writer links printed after it, only separators between them."""
    links = [first]
    node = first
    while len(links) < _MAX_LINKED_AUTHORS:
        parent = node.getparent()
        while parent is not None and parent.tag in _INLINE_WRAPPERS and len(parent) == 1:
            node, parent = parent, parent.getparent()  # <strong><a>A</a></strong>: the wrapper stands beside B
        after = node.getnext()
        if after is None or not _NAME_SEPARATOR.fullmatch(node.tail or ""):
            break
        anchor = after if after.tag == "a" else next(after.iter("a"), None)
        text_before = after is not anchor and bool((after.text or "").strip())
        if anchor is None or text_before or not links_writer(anchor):
            break
        links.append(anchor)
        node = anchor
    return links


_NAME_PROPS = etree.XPath("descendant::*[@itemprop='name']")
_ITEM_TYPE = etree.XPath("ancestor::*[@itemscope][1]/@itemtype", smart_strings=False)


def _of_the_article(element: etree._Element) -> bool:
    """Whether a microdata property belongs to no item or to an article-like item."""
    owner = cast(list[str], _ITEM_TYPE(element))
    if not owner:
        return True
    kind = owner[0].rstrip("/").rsplit("/", 1)[-1]
    return kind in ARTICLE_TYPES or kind == "WebPage"


_NO_SECTION = frozenset(
    {"uncategorized", "uncategorised", "non classé", "sin categoría", "sem categoria", "senza categoria"}
)
# A meta name that ends with a publication word, alone or with "date", "time" or "at".
_PUBLISHED_NAME = re.compile(
    r"(?:^|[:._\s-])(?:date[:._\s-]?)?(?:publish(?:ed)?|pub|issued|publication)(?:[:._\s-]?(?:date|time|at))?$"
)
# The elements that show a writer's name in a credit, and how long a date shown alone is.
_CREDIT_HOLDERS = ("a", "p", "span", "div", "strong", "b", "li", "h3", "h4", "h5", "h6")
_DATE_ONLY_CHARS = 40
_MAX_NAME_HOLDERS = 5  # elements showing the name weighed (teaser cards by the same writer)
# Every class value of the page, each knowing its element (see _classed).
_CLASS_ATTRIBUTES = etree.XPath("//@class")
_MAX_DATE_ELEMENTS = 5
_MAX_MACHINE_TIMES = 30
# A style sheet's type size named "subtitle" (``subtitle-2``, ``text-subtitle-large``),
# which a site gives to any line of that size: no deck by itself.
_TYPE_SCALE = re.compile(r"subtitle[-_]?(?:\d|large|medium|small|lg|md|sm|xl)\b", re.IGNORECASE)


def _shown_by_headline(element: etree._Element, window: str) -> bool:
    """Whether an element's first line of text is among the lines by the headline (``window``).

    A deck sits under its headline, before the article text; a newsletter box or a contact
    form whose heading is styled ``subtitle`` sits further down.
    """
    lines = text_lines(element)
    return bool(lines) and lines[0][:40] in window


# Words joined by a breadcrumb's separators: "Home > Tech > Laptops".
_CRUMB_TRAIL = re.compile(r"^[^>›»]{1,40}\s[>›»]\s[^>›»]{1,40}\s[>›»]\s")
# Attributes that hold the publication date on custom elements and page wrappers.
_PUBLISH_DATE_ATTRIBUTES = (
    "publishdate", "data-publishdate", "data-pubdate", "data-publish-date", "data-published-date",
    "data-date-published", "data-datepublished",
)  # fmt: skip
_PUBLISH_DATE_HOLDERS = etree.XPath(
    "descendant::*[" + " or ".join(f"@{name}" for name in _PUBLISH_DATE_ATTRIBUTES) + "]"
)
# A date printed as a machine timestamp (ISO 8601 with its time).
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# Meta tags naming the writer: HTML's own, Open Graph's, those of analytics and newsletter
# services (Parse.ly, Sailthru, cXense), Dublin Core's and Google Scholar's. Not Drupal
# Metatag's ``dcterms.creator``: it prints the account's user name ("veena").
_AUTHOR_META = (
    "author", "article:author", "og:author", "parsely-author", "sailthru.author", "cxenseparse:author",
    "dc.creator", "citation_author",
)  # fmt: skip
# Yoast SEO's "Written by" label, as its translations print it.
_WRITTEN_BY_LABEL = re.compile(
    r"written by|geschrieben von|verfasst von|écrit par|escrito por|scritto da|geschreven door|skrevet af|skrevet av",
    re.IGNORECASE,
)


def _ancestors_within(element: etree._Element, scope: etree._Element) -> Iterator[etree._Element]:
    """``element`` and its ancestors below ``scope``."""
    yield element
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return
        yield ancestor


def _first_text(element: etree._Element) -> str:
    """The text an element starts with: its own, else its first child's (``<h3><span>Written
    by</span>``). Cheaper than ``itertext()``, which costs microseconds per call."""
    text = element.text
    if (not text or text.isspace()) and len(element):
        text = element[0].text
    return text or ""


# The label a heading of an author box starts with.
_WRITTEN_BY_START = re.compile(r"\s*(?:article\s+(?:written\s+)?|written\s+)by\b", re.IGNORECASE)
_LESSER_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_WRITTEN_BY = 5  # labelled headings weighed (a page of 10,000 is read no further)
# "This post was written by Danielle Padula, ...": a box's sentence that credits the writer.
_WRITTEN_BY_IN_LINE = re.compile(r"\b(?:written|authored)\s+by\s", re.IGNORECASE)
_BY_LINE = re.compile(r"^(?:written|posted|authored|words)?\s*by\b", re.IGNORECASE)
_SIDE_TAGS = frozenset({"aside", "nav"})
_BANNER_TAGS = frozenset({"header", "footer"})
_SECTIONING = frozenset({"main", "article"})


def _names_comments(element: etree._Element) -> bool:
    """Whether an element is the comments or one of them, by its id or a class word
    (``comment-wrapper``, ``fb-comments``); a state class of the post (Squarespace's
    ``has-comments``, WordPress's ``comments-open``) says nothing of the element."""
    if is_comments_section(element):
        return True
    value = element.get("class") or ""
    return "omment" in value and any(
        "comment" in token and not token.startswith(_STATE_PREFIXES) and token not in _COMMENT_STATES
        for token in value.lower().split()
    )


_STATE_PREFIXES = ("has-", "no-", "with-", "without-")
_COMMENT_STATES = frozenset({"comments-open", "comments-closed", "comment-open", "comment-closed"})


def _in_page_chrome(element: etree._Element, *, banners: bool = True) -> bool:
    """Whether ``element`` sits in the page's navigation, a sidebar, the comments, or the
    page's header or footer. A ``header`` or ``footer`` inside ``main`` or ``article`` is a
    section's own (Webflow wraps a whole post in ``<header class="section_blog-post">``),
    and a ``nav``, ``aside``, ``header`` or ``footer`` around the ``main`` or ``article``
    the element is in wraps the page by a markup slip (a menu item left open), not a widget.
    Without ``banners``, the page's header and footer do not count (a personal blog's
    header names its writer)."""
    ancestors = list(element.iterancestors())
    sectioned = False  # chrome around the article itself is broken markup
    for i, ancestor in enumerate(ancestors):
        tag = ancestor.tag
        sectioned = sectioned or tag in _SECTIONING
        if (tag in _SIDE_TAGS and not sectioned) or _names_comments(ancestor):
            return True
        if (
            banners
            and tag in _BANNER_TAGS
            and not sectioned
            and not any(outer.tag in _SECTIONING for outer in ancestors[i + 1 :])
        ):
            return True
    return False


def _byline(name: str | None) -> Byline | None:
    if not name:
        return None
    byline = byline_from_text(name)
    if byline is None:
        return None
    authors = tuple(a for a in (author_name(x) for x in split_authors(byline.text)) if a and not is_role(a))
    return Byline(text=byline.text, authors=authors) if authors else None


# Pages carry a handful of rel=prev/next links; looking further only lets a hostile
# page make us climb 2,000 ancestors for each of 100,000 links.
_MAX_REL_LINKS = 20


def _outside_pagination(links: list[etree._Element]) -> list[etree._Element]:
    """The links not in a pagination block, of the first :data:`_MAX_REL_LINKS`."""
    out = []
    for a in links[:_MAX_REL_LINKS]:
        classes = " ".join((anc.get("class") or "") for anc in a.iterancestors())
        if "pagination" in classes or "page-numbers" in (a.get("class") or ""):
            continue
        out.append(a)
    return out
