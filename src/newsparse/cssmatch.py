"""CSS selectors compiled to a per-element test, for walks that visit elements anyway.

``compile_css`` (in :mod:`newsparse.document`) turns a selector into an XPath that
searches a subtree; that is the right tool to *find* things. A walk that already visits
every element (building body blocks) only needs to *test* each one, and a selector group
of forty alternatives costs forty XPath predicates per element when run as XPath. A
:class:`Matcher` indexes the alternatives by tag, class token, class substring and
attribute name, so testing an element costs a few dictionary look-ups.

Simple selectors are compiled: type, ``#id``, ``.class``, every attribute operator,
and the descendant and child combinators. Anything else (pseudo-classes, ``:not()``,
sibling combinators) is still answered exactly, by one XPath search of the scope.

>>> from lxml import html
>>> root = html.fragment_fromstring('<div><p class="x">a</p><aside><p>b</p></aside></div>')
>>> test = compile_matcher(".x, aside p").bind(root)
>>> [test(p) for p in root.iter("p")]
[True, True]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import cast

from cssselect import parse
from cssselect.parser import Attrib, Class, CombinedSelector, Element, Hash, Tree
from lxml import etree

from newsparse.document import INDEXED_TAGS, CompiledCss, Document, compile_css, union_in_order

__all__ = ["Finder", "Matcher", "class_tokens", "compile_finder", "compile_matcher"]

_AttrTest = tuple[str, str, str]  # name, operator, value
_Attributes = list[tuple[str, str]]  # an HTML element's (name, value) pairs


class _Compound:
    """One compound selector (``blockquote.twitter-tweet[data-x]``): every test must pass."""

    __slots__ = ("attrs", "classes", "ident", "tag")

    def __init__(self) -> None:
        self.tag: str | None = None
        self.ident: str | None = None
        self.classes: tuple[str, ...] = ()
        self.attrs: tuple[_AttrTest, ...] = ()

    def test(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.ident is not None and el.get("id") != self.ident:
            return False
        if self.classes:
            tokens = class_tokens(el.get("class") or "")
            if not all(c in tokens for c in self.classes):
                return False
        for name, op, value in self.attrs:
            found = el.get(name)
            if found is None or not _attr_ok(found, op, value):
                return False
        return True


def class_tokens(value: str) -> list[str]:
    """The tokens of a class (or ``~=``) value, split where XPath's normalize-space splits.

    The XPath ``compile_css`` builds splits on space, tab, CR and LF only; ``str.split()``
    would also split on a no-break space and give another answer. (Empty strings among
    the tokens are harmless: no selector asks for an empty class.)

    >>> class_tokens("a\\xa0b c\\td")
    ['a\\xa0b', 'c', 'd']
    """
    if "\t" in value or "\n" in value or "\r" in value:  # rare; str.translate costs more than the split
        value = value.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return value.split(" ")


def _attr_ok(found: str, op: str, value: str) -> bool:
    if op == "exists":
        return True
    if op == "=":
        return found == value
    if op == "~=":
        return bool(value) and value in class_tokens(found)
    if op == "|=":
        return found == value or found.startswith(value + "-")
    if not value:  # ^= $= *= with an empty value match nothing (CSS)
        return False
    if op == "^=":
        return found.startswith(value)
    if op == "$=":
        return found.endswith(value)
    return value in found  # *=


class _Complex:
    """A compound with its combinator chain to the left (``nav .share > a``)."""

    __slots__ = ("chain", "class_parts", "classes", "id_parts", "ids", "last", "last_parts", "search")

    def __init__(self, last: _Compound, chain: tuple[tuple[str, _Compound], ...]) -> None:
        self.last = last
        self.chain = chain  # (combinator, compound) pairs, right to left
        compounds = [last, *(c for _, c in chain)]
        # What a matching page must carry somewhere: class tokens, ids, and pieces of the
        # class and id values that [class*=...], [id^=...] and the like ask for.
        self.classes = tuple(dict.fromkeys(c for compound in compounds for c in compound.classes))
        self.ids = tuple(dict.fromkeys(compound.ident for compound in compounds if compound.ident))
        self.class_parts = tuple(
            f" {v}" if op == "^=" else f"{v} " if op == "$=" else v
            for compound in compounds
            for name, op, v in compound.attrs
            if name == "class" and op in ("*=", "^=", "$=") and v and not any(ch in v for ch in "\t\n\r ")
        )
        # Text the last compound's other attributes must hold ([href*=...], [src^=...]).
        self.last_parts = tuple(
            (name, v)
            for name, op, v in last.attrs
            if name not in ("class", "id") and op in ("*=", "^=", "$=", "=") and v
        )
        self.id_parts = tuple(
            f" {v}" if op == "^=" else f"{v} " if op == "$=" else v
            for compound in compounds
            for name, op, v in compound.attrs
            if name == "id" and op in ("*=", "^=", "$=") and v and " " not in v
        )
        self.search: CompiledCss | None = None  # this alternative alone, as an XPath search

    def test(self, el: etree._Element, scope: etree._Element, memo: _Memo | None = None) -> bool:
        """Whether ``el`` matches, its combinators looking no higher than ``scope``.

        ``memo`` (one per scope, while the tree does not change) remembers, for each
        element climbed through, whether an ancestor-or-self matched the rest of the
        chain: each element is then climbed through once per descendant combinator,
        not once per element below it (2,000 nested ``div`` around 10,000 ``p`` cost
        20 million steps for ``.share p`` without it).
        """
        return self.last.test(el) and self._left(el, 0, scope, memo)

    def _left(self, el: etree._Element, i: int, scope: etree._Element, memo: _Memo | None) -> bool:
        if i == len(self.chain):
            return True
        combinator, compound = self.chain[i]
        if el is scope:
            return False
        parent = el.getparent()
        if combinator == ">":
            return parent is not None and compound.test(parent) and self._left(parent, i + 1, scope, memo)
        climbed = []
        answer = False
        while parent is not None:
            if memo is not None:
                known = memo.get((self, i, parent))
                if known is not None:
                    answer = known
                    break
                climbed.append(parent)
            if compound.test(parent) and self._left(parent, i + 1, scope, memo):
                answer = True
                break
            if parent is scope:
                break
            parent = parent.getparent()
        if memo is not None:
            for node in climbed:
                memo[(self, i, node)] = answer
        return answer


# Whether an element or one of its ancestors (within the scope) matches a complex
# selector's chain from step i on: {(selector, i, element): answer}.
_Memo = dict[tuple["_Complex", int, etree._Element], bool]


# The attribute operators _attr_ok answers as cssselect's XPath does (not ``!=``), and the
# characters cssselect's ``~=`` refuses in a value.
_OPERATORS = frozenset({"exists", "=", "~=", "|=", "^=", "$=", "*="})
_CSS_SPACE = " \t\n\r\f"


def _compound(tree: Tree) -> _Compound | None:
    """A compound from cssselect's tree, or None when it uses anything not compiled."""
    out = _Compound()
    classes: list[str] = []
    attrs: list[_AttrTest] = []
    node: Tree | None = tree
    while node is not None:
        if isinstance(node, Element):
            if node.namespace is not None:
                return None
            if node.element not in (None, "*"):
                out.tag = node.element.lower()
            node = None
        elif isinstance(node, Class):
            if not node.class_name or any(ch.isspace() for ch in node.class_name):
                return None  # XPath's token test matches such a class across two tokens
            classes.append(node.class_name)
            node = node.selector
        elif isinstance(node, Hash):
            if out.ident is not None and out.ident != node.id:
                return None
            out.ident = node.id
            node = node.selector
        elif isinstance(node, Attrib):
            if node.namespace is not None:
                return None
            value = node.value.value if node.value is not None and hasattr(node.value, "value") else node.value
            value = "" if value is None else str(value)
            if node.operator not in _OPERATORS or (node.operator == "~=" and any(ch in value for ch in _CSS_SPACE)):
                return None
            attrs.append((node.attrib.lower(), node.operator, value))
            node = node.selector
        else:
            return None
    out.classes, out.attrs = tuple(classes), tuple(attrs)
    return out


def _complex(tree: Tree) -> _Complex | None:
    chain: list[tuple[str, _Compound]] = []
    while isinstance(tree, CombinedSelector):
        if tree.combinator not in (" ", ">"):
            return None
        right = _compound(tree.subselector)
        if right is None:
            return None
        chain.append((tree.combinator, right))
        tree = tree.selector
    first = _compound(tree)
    if first is None:
        return None
    compounds = [first] + [c for _, c in reversed(chain)]
    combinators = [comb for comb, _ in reversed(chain)]
    # Right to left: the last compound is tested on the element, the rest on ancestors.
    last = compounds[-1]
    pairs = tuple((combinators[i - 1], compounds[i - 1]) for i in range(len(compounds) - 1, 0, -1))
    return _Complex(last, pairs)


class Matcher:
    """A selector group indexed for testing elements one by one; see :func:`compile_matcher`."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        self._by_tag: dict[str, list[_Complex]] = {}
        self._by_class: dict[str, list[_Complex]] = {}
        self._by_class_part: list[_Complex] = []
        self._by_attr: dict[str, list[_Complex]] = {}
        self._any: list[_Complex] = []
        leftovers: list[str] = []
        self._alternatives: list[_Complex] = []
        for sel in parse(selector):
            item = _complex(sel.parsed_tree) if sel.pseudo_element is None else None
            if item is None:
                leftovers.append(sel.canonical())
                continue
            item.search = compile_css(sel.canonical())
            self._alternatives.append(item)
            self._index(item)
        class_parts = [v for c in self._by_class_part for n, op, v in c.last.attrs if n == "class" and op == "*="]
        self._class_part = re.compile("|".join(map(re.escape, class_parts))) if class_parts else None
        self._xpath_rest = compile_css(", ".join(leftovers)) if leftovers else None
        # matches_in tests the alternatives on listed tags (a few elements) before any
        # that needs the page's class and id text or a search of the tree.
        self._listed = [item for item in self._alternatives if item.last.tag in INDEXED_TAGS]
        self._searched = [item for item in self._alternatives if item.last.tag not in INDEXED_TAGS]
        #: Whether :meth:`matches_in` may have to read the whole page (a search of the
        #: tree, or every class and id value); False when it only tests the few elements
        #: :meth:`Document.elements` lists (``body[class*=x]``, ``link[href*=y]``).
        self.searches_tree = bool(self._searched) or self._xpath_rest is not None
        #: The listed tags :meth:`matches_in` tests elements of.
        self.listed_tags = frozenset(cast(str, item.last.tag) for item in self._listed)

    def _index(self, item: _Complex) -> None:
        last = item.last
        if last.classes:
            self._by_class.setdefault(last.classes[0], []).append(item)
        elif last.tag is not None:
            self._by_tag.setdefault(last.tag, []).append(item)
        elif last.ident is not None:
            self._by_attr.setdefault("id", []).append(item)
        elif any(n == "class" and op == "*=" and v for n, op, v in last.attrs):
            self._by_class_part.append(item)
        elif last.attrs:
            self._by_attr.setdefault(last.attrs[0][0], []).append(item)
        else:
            self._any.append(item)

    def __repr__(self) -> str:
        return f"Matcher({self.selector!r})"

    def matches_in(self, doc: Document) -> bool:
        """Whether any element of the page matches: ``bool(compile_css(selector)(doc.root))``.

        Alternatives on the tags the document lists (``body``, ``link``, ``meta``...) are
        tested on those few elements. Any other alternative whose class tokens or ids the
        page does not carry anywhere (:meth:`Document.may_have`) is answered without
        searching the tree. Theme fingerprints ask this of every page, and a CSS search of
        the whole tree costs about a third of parsing the page; on a page of another theme
        almost every answer is such a quick no.
        """
        root = doc.root
        for item in self._listed:
            tag = cast(str, item.last.tag)
            if not all(doc.attribute_text(tag, name).find(v) >= 0 for name, v in item.last_parts):
                continue
            if any(item.test(el, root) for el in doc.elements(tag)):
                return True
        for item in self._searched:
            if not doc.may_have(
                classes=item.classes, ids=item.ids, class_parts=item.class_parts, id_parts=item.id_parts
            ):
                continue
            if item.search is not None and item.search(root):
                return True
        return self._xpath_rest is not None and bool(self._xpath_rest(root))

    def select(self, doc: Document, scope: etree._Element) -> list[etree._Element]:
        """What ``compile_css(selector)(scope)`` finds, in ``doc``: the same elements.

        Alternatives whose class tokens or ids the page carries nowhere
        (:meth:`Document.may_have`) are not searched for. A theme-wide selector lists the
        classes of many templates (``.nav-previous, .wp-block-post-navigation-link...``),
        and each alternative searched costs a walk of the scope; a page uses one template.
        """
        if len(self._alternatives) < 2:
            # One alternative: a search of the scope costs less than reading the page's
            # class and id values, the first time a page is asked.
            return compile_css(self.selector)(scope)
        possible = [
            item
            for item in self._alternatives
            if doc.may_have(classes=item.classes, ids=item.ids, class_parts=item.class_parts, id_parts=item.id_parts)
        ]
        if len(possible) == len(self._alternatives):
            return compile_css(self.selector)(scope)  # nothing to leave out: one search
        found = [cast(CompiledCss, item.search)(scope) for item in possible]
        if self._xpath_rest is not None:
            found.append(self._xpath_rest(scope))
        return union_in_order(found, scope)

    def bind(self, scope: etree._Element) -> Callable[[etree._Element], bool]:
        """A test for elements inside ``scope`` (the scope bounds descendant combinators)."""
        rest = set(self._xpath_rest(scope)) if self._xpath_rest is not None else None
        by_tag, by_class, by_attr, any_ = self._by_tag, self._by_class, self._by_attr, self._any
        class_part, by_class_part = self._class_part, self._by_class_part
        class_keys = frozenset(by_class)
        memo: _Memo = {}

        def test(el: etree._Element) -> bool:
            tag = el.tag
            if not isinstance(tag, str):
                return False
            for item in by_tag.get(tag, ()):
                if item.test(el, scope, memo):
                    return True
            # One call reads every attribute; most elements have none or one.
            for name, value in cast(_Attributes, el.items()):
                if name == "class" and value:
                    # str.split() splits wherever XPath does (and more): a quick, certain "none here".
                    if class_keys and not class_keys.isdisjoint(value.split()):
                        for token in class_tokens(value):
                            for item in by_class.get(token, ()):
                                if item.test(el, scope, memo):
                                    return True
                    if class_part is not None and class_part.search(value):
                        for item in by_class_part:
                            if item.test(el, scope, memo):
                                return True
                for item in by_attr.get(name, ()):
                    if item.test(el, scope, memo):
                        return True
            for item in any_:
                if item.test(el, scope, memo):
                    return True
            return rest is not None and el in rest

        return test


_Entry = tuple[int, _Complex]  # the selector's position, one of its alternatives


class Finder:
    """Several selectors searched in one walk of a subtree; see :func:`compile_finder`.

    An XPath search runs its predicates on every element of its tag, and each class
    test copies the element's ``class`` value: three searches of one ``article`` cost
    three times one. A Finder visits the subtree once and looks each element's class
    tokens and id up in an index of the selectors' alternatives, so only the elements
    that may match are tested. Selectors with combinators (``div.x a``), and any it
    does not compile, are searched by XPath.

    >>> from lxml import html
    >>> root = html.fragment_fromstring('<div><p class="x">a</p><aside id="n"><p>b</p></aside></div>')
    >>> [[el.tag for el in found] for found in compile_finder(("p.x", "#n p", "aside, .x")).find(root)]
    [['p'], ['p'], ['p', 'aside']]
    """

    def __init__(self, selectors: tuple[str, ...]) -> None:
        self.selectors = selectors
        self._xpath: list[tuple[int, CompiledCss, Matcher]] = []
        self._by_class: dict[str, list[_Entry]] = {}
        self._by_id: dict[str, list[_Entry]] = {}
        self._by_tag: dict[str, list[_Entry]] = {}
        self._any: list[_Entry] = []
        tags: set[str] | None = set()
        for i, selector in enumerate(selectors):
            items = [_complex(sel.parsed_tree) if sel.pseudo_element is None else None for sel in parse(selector)]
            # A combinator is left to XPath, which finds the ancestors first: testing it
            # here would climb from every candidate element to the scope.
            if not items or any(item is None or item.chain for item in items):
                self._xpath.append((i, compile_css(selector), compile_matcher(selector)))
                continue
            for item in cast(list[_Complex], items):
                last = item.last
                if last.tag is None:
                    tags = None
                elif tags is not None:
                    tags.add(last.tag)
                if last.classes:
                    self._by_class.setdefault(last.classes[0], []).append((i, item))
                elif last.ident is not None:
                    self._by_id.setdefault(last.ident, []).append((i, item))
                elif last.tag is not None:
                    self._by_tag.setdefault(last.tag, []).append((i, item))
                else:
                    self._any.append((i, item))
        self._class_keys = frozenset(self._by_class)
        # Only the tags the alternatives end on are visited, unless one ends on any tag.
        self._tags = tuple(sorted(tags)) if tags is not None else None
        self._walks = bool(self._by_class or self._by_id or self._by_tag or self._any)

    def __repr__(self) -> str:
        return f"Finder({self.selectors!r})"

    def find(self, scope: etree._Element, doc: Document | None = None) -> list[list[etree._Element]]:
        """For each selector, what ``compile_css(selector)(scope)`` finds: the same elements, in page order.

        With the ``doc`` the scope is part of, selectors left to XPath skip the
        alternatives the page cannot match (:meth:`Matcher.select`).
        """
        found: list[list[etree._Element]] = [[] for _ in self.selectors]
        for i, search, matcher in self._xpath:
            found[i] = search(scope) if doc is None else matcher.select(doc, scope)
        if not self._walks:
            return found
        by_class, by_id, by_tag, any_ = self._by_class, self._by_id, self._by_tag, self._any
        class_keys = self._class_keys
        elements = scope.iter(*self._tags) if self._tags is not None else scope.iter()
        for el in elements:
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if by_tag:
                entries = by_tag.get(tag)
                if entries:
                    _add(found, entries, el, scope)
            if class_keys:
                cls = el.get("class")
                # str.split() splits wherever XPath does (and more): a quick, certain "none here".
                if cls is not None and not class_keys.isdisjoint(cls.split()):
                    for token in class_tokens(cls):
                        entries = by_class.get(token)
                        if entries:
                            _add(found, entries, el, scope)
            if by_id:
                ident = el.get("id")
                if ident is not None:
                    entries = by_id.get(ident)
                    if entries:
                        _add(found, entries, el, scope)
            if any_:
                _add(found, any_, el, scope)
        return found


def _add(found: list[list[etree._Element]], entries: list[_Entry], el: etree._Element, scope: etree._Element) -> None:
    for i, item in entries:
        bucket = found[i]
        # Two alternatives of one selector (or a class token written twice) find an element once.
        if (not bucket or bucket[-1] is not el) and item.test(el, scope):
            bucket.append(el)


@lru_cache(maxsize=256)
def compile_finder(selectors: tuple[str, ...]) -> Finder:
    """Compile a tuple of CSS selectors once into a :class:`Finder`."""
    return Finder(selectors)


@lru_cache(maxsize=256)
def compile_matcher(selector: str) -> Matcher:
    """Compile a CSS selector group once into a :class:`Matcher`."""
    return Matcher(selector)
