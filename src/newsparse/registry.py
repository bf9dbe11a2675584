"""Choosing an adapter for a page: URL rules, then markup fingerprints, then generic.

A :class:`Registry` holds adapter classes. For a page it tries, in order:

1. **URL rules** (:class:`~newsparse.adapters.base.UrlRule`): the most specific rule
   that matches the page URL wins (priority, then the longest domain, then the longest
   path). Nothing is fetched and no public-suffix list is downloaded.
2. **Fingerprints**: every adapter without URL rules scores the page's markup; the
   highest score at or above the adapter's threshold wins (a tie goes to the more
   specialised class). Site adapters, which have URL rules, are only chosen by URL.
3. The **generic** adapter.

Third-party adapters arrive through the ``newsparse.adapters`` entry-point group: each
entry point names an Adapter subclass (or a list of them). They are loaded the first
time the default registry is asked to choose, not at import.

>>> from newsparse import Registry
>>> reg = Registry.default()
>>> "generic" in reg.names()
True
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse.adapters.base import Adapter, Fingerprint, UrlRule
from newsparse.document import Document
from newsparse.errors import AdapterError

__all__ = ["ENTRY_POINT_GROUP", "Candidate", "Detection", "Registry"]

ENTRY_POINT_GROUP = "newsparse.adapters"


@attrs.frozen(kw_only=True)
class Candidate:
    """One adapter's claim on a page: its fingerprint score and the traits that matched.

    ``adapter`` is the adapter's name, ``score`` the sum of the weights of its
    fingerprints found on the page, ``threshold`` the score it needs, and ``reasons``
    the traits found.
    """

    adapter: str
    score: float
    threshold: float
    reasons: tuple[str, ...] = ()

    @property
    def qualifies(self) -> bool:
        """Whether the score reaches the threshold (and is above zero)."""
        return self.score >= self.threshold and self.score > 0


@attrs.frozen(kw_only=True)
class Detection:
    """Which adapter a registry chose for a page, and why.

    ``by`` is ``"url"``, ``"fingerprint"`` or ``"fallback"``.
    """

    adapter: type[Adapter] = attrs.field(repr=lambda a: a.name)
    by: str
    reason: str
    candidates: tuple[Candidate, ...] = ()

    @property
    def name(self) -> str:
        """The chosen adapter's name."""
        return self.adapter.name

    def to_dict(self) -> dict[str, Any]:
        """The detection as JSON-ready data (what ``newsparse detect --json`` prints)."""
        return {
            "adapter": self.adapter.name,
            "by": self.by,
            "reason": self.reason,
            "candidates": [attrs.asdict(c) for c in self.candidates],
        }

    def explain(self) -> str:
        """A few human-readable lines: the winner, then every scored candidate."""
        lines = [f"{self.adapter.name}  (chosen by {self.by}: {self.reason})"]
        for c in self.candidates:
            mark = "*" if c.adapter == self.adapter.name else " "
            traits = ", ".join(c.reasons) if c.reasons else "no trait matched"
            lines.append(f" {mark} {c.adapter:<28} score {c.score:g} / {c.threshold:g}  {traits}")
        return "\n".join(lines)


class Registry:
    """An ordered set of adapter classes and the rules to choose among them.

    ``Registry()`` is empty but for the generic fallback; ``Registry.default()`` holds
    the built-in adapters and, lazily, the ones installed through entry points.
    """

    def __init__(
        self,
        adapters: Iterable[type[Adapter]] = (),
        *,
        fallback: type[Adapter] | None = None,
        entry_points: bool = False,
    ) -> None:
        from newsparse.adapters.generic import GenericAdapter

        self._adapters: dict[str, type[Adapter]] = {}
        self.fallback: type[Adapter] = fallback or GenericAdapter
        self._load_entry_points = entry_points
        self._lock = threading.Lock()
        for adapter in adapters:
            self.register(adapter)

    _default: Registry | None = None

    @classmethod
    def default(cls) -> Registry:
        """The shared registry of built-in adapters (and installed plugins)."""
        if cls._default is None:
            from newsparse.adapters import BUILTIN_ADAPTERS

            cls._default = cls(BUILTIN_ADAPTERS, entry_points=True)
        return cls._default

    def __repr__(self) -> str:
        return f"<Registry {len(self)} adapters: {', '.join(self.names())}>"

    def __len__(self) -> int:
        self._plugins()
        return len(self._adapters) + 1

    def __iter__(self) -> Iterator[type[Adapter]]:
        self._plugins()
        yield from self._adapters.values()
        yield self.fallback

    def names(self) -> list[str]:
        """The adapters' names, in the order they are tried, the fallback last."""
        return [a.name for a in self]

    def register(self, adapter: type[Adapter], *, replace: bool = False) -> type[Adapter]:
        """Add an adapter class; usable as a class decorator. Names must be unique."""
        if not (isinstance(adapter, type) and issubclass(adapter, Adapter)):
            raise AdapterError(f"{adapter!r} is not an Adapter subclass: subclass newsparse.Adapter")
        existing = self._adapters.get(adapter.name)
        if existing is not None and existing is not adapter and not replace:
            raise AdapterError(
                f"an adapter named {adapter.name!r} is already registered ({existing.__module__}.{existing.__qualname__});"
                " give yours another name or pass replace=True"
            )
        self._adapters[adapter.name] = adapter
        return adapter

    def get(self, name: str) -> type[Adapter]:
        """The adapter class called ``name``."""
        for adapter in self:
            if adapter.name == name:
                return adapter
        raise AdapterError(f"no adapter named {name!r}; known adapters: {', '.join(self.names())}")

    # ------------------------------------------------------------------ choosing

    def detect(self, doc: Document, url: str | None = None) -> Detection:
        """Choose the adapter for ``doc`` (fetched from ``url``) and say why."""
        url = url or doc.url or doc.canonical_link
        adapters = list(self)[:-1]
        candidates = []
        for adapter in adapters:
            score, reasons = adapter.score(doc)
            # A site adapter (one with URL rules) is chosen for its URLs only, even though
            # it inherits its theme's fingerprints.
            if adapter.fingerprints and not adapter.url_rules:
                candidates.append(
                    Candidate(adapter=adapter.name, score=score, threshold=adapter.threshold, reasons=reasons)
                )
        candidates.sort(key=lambda c: -c.score)
        best_rule = _best_url_rule(adapters, url)
        if best_rule is not None:
            adapter, rule = best_rule
            return Detection(
                adapter=adapter,
                by="url",
                reason=f"URL rule domain={rule.domain} path={rule.path}",
                candidates=tuple(candidates),
            )
        qualified = [c for c in candidates if c.qualifies]
        if qualified:
            top = max(c.score for c in qualified)
            tied = [self._adapters[c.adapter] for c in qualified if c.score == top]
            winner = max(tied, key=lambda a: len(a.__mro__))  # the most specialised class
            chosen = next(c for c in qualified if c.adapter == winner.name)
            return Detection(
                adapter=winner,
                by="fingerprint",
                reason=f"score {chosen.score:g} >= {chosen.threshold:g}: {', '.join(chosen.reasons)}",
                candidates=tuple(candidates),
            )
        return Detection(
            adapter=self.fallback,
            by="fallback",
            reason="no URL rule or fingerprint matched",
            candidates=tuple(candidates),
        )

    def choose(self, doc: Document, url: str | None = None) -> type[Adapter]:
        """The adapter :meth:`detect` chooses for ``doc``, found testing as few traits as it can.

        :func:`~newsparse.parse` calls this: it needs the winner, not the scores of every
        candidate that :meth:`detect` lists. Traits are tested cheapest first
        (:attr:`Fingerprint.cost`: body classes, a few listed elements, inline scripts,
        searches of the whole tree), and an adapter is dropped as soon as the weights it
        has left cannot take it to its threshold or past an adapter already sure to
        qualify with a higher score (a tie counts as :meth:`detect` breaks it).

        >>> doc = Document.from_page(b'<body class="global-block-template-1 td-standard-pack td-boxed-layout">')
        >>> Registry.default().choose(doc).name
        'tagdiv-newspaper'
        """
        adapters = list(self)[:-1]
        if any(adapter.url_rules for adapter in adapters):
            best_rule = _best_url_rule(adapters, url or doc.url or doc.canonical_link)
            if best_rule is not None:
                return best_rule[0]
        contenders = [adapter for adapter in adapters if adapter.fingerprints and not adapter.url_rules]
        return _fingerprint_winner(doc, contenders) or self.fallback

    # ------------------------------------------------------------------ plugins

    def _plugins(self) -> None:
        if not self._load_entry_points:
            return
        with self._lock:
            if not self._load_entry_points:
                return
            self._load_entry_points = False
            from importlib import metadata  # only when plugins are first looked for

            for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
                try:
                    loaded = entry.load()
                except Exception as exc:
                    raise AdapterError(
                        f"the adapter plugin {entry.name!r} ({entry.value}) failed to load: {type(exc).__name__}: {exc};"
                        " fix or uninstall the package that provides it"
                    ) from exc
                for adapter in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
                    self.register(adapter, replace=True)


def _best_url_rule(adapters: Iterable[type[Adapter]], url: str | None) -> tuple[type[Adapter], UrlRule] | None:
    """The adapter with the most specific URL rule matching ``url`` (the first of equals)."""
    best: tuple[type[Adapter], UrlRule] | None = None
    for adapter in adapters:
        for rule in adapter.url_rules:
            if rule.matches(url) and (best is None or rule.specificity() > best[1].specificity()):
                best = (adapter, rule)
    return best


# --------------------------------------------------------------------------- the fingerprint race

# The base class's scoring, the sum of the weights of the traits found; an adapter may override it.
_SCORE = Adapter.score.__func__  # type: ignore[attr-defined]


def _fingerprint_winner(doc: Document, adapters: list[type[Adapter]]) -> type[Adapter] | None:
    """The adapter :meth:`Registry.detect` chooses by fingerprint, or None when none qualifies.

    Rounds of tests from the cheapest traits to the costliest. Within a round the
    adapters that can still score highest go first, and after each one every adapter
    that can no longer qualify or win is dropped. When one adapter is left and sure to
    qualify, it is the winner; when every trait of the ones left is tested, detect's rule
    decides among them.
    """
    claims = [_Claim(adapter, order, doc) for order, adapter in enumerate(adapters)]
    # Weights such as 0.375 add up exactly in any order, so bounds compare exactly and a
    # tie is broken as detect breaks it. Other weights compare with a margin, and a near
    # tie keeps both adapters until their scores are known.
    exact = all(claim.plan.exact for claim in claims)
    margin = 0.0 if exact else 1e-9 * (1 + sum(claim.plan.size for claim in claims))
    shown: dict[object, bool] = {}
    alive = claims
    for cost in range(5):  # Fingerprint.cost, cheapest first
        testing = [claim for claim in alive if claim.next_cost <= cost]
        if not testing:
            continue
        for claim in sorted(testing, key=_highest_first) if len(testing) > 1 else testing:
            if claim not in alive:
                continue
            claim.test(doc, cost, shown, margin)
            # Body classes cost next to nothing: the first round drops adapters at its end only.
            if cost:
                alive = _survivors(alive, margin)
                if len(alive) == 1 and alive[0].sure(margin):
                    return alive[0].adapter
        alive = _survivors(alive, margin)
        if len(alive) == 1 and alive[0].sure(margin):
            return alive[0].adapter
        if not alive:
            return None
    scored = [(claim, claim.score()) for claim in alive]
    qualified = [(claim, score) for claim, score in scored if score >= claim.adapter.threshold and score > 0]
    if not qualified:
        return None
    top = max(score for _, score in qualified)
    return max((claim for claim, score in qualified if score == top), key=lambda c: c.rank).adapter


def _highest_first(claim: _Claim) -> float:
    return -claim.high


def _survivors(claims: list[_Claim], margin: float) -> list[_Claim]:
    """The claims that may still qualify and beat every claim sure to qualify."""
    able = [c for c in claims if c.high >= c.adapter.threshold - margin and c.high > -margin]
    best = None
    for claim in able:
        if claim.sure(margin) and (best is None or (claim.low, claim.rank) > (best.low, best.rank)):
            best = claim
    if best is None:
        return able
    return [c for c in able if c is best or not best.beats(c, margin)]


class _Plan:
    """An adapter's fingerprints in the order to test them: cheapest, then weightiest first.

    Each step is the trait's position, cost, weight, the key its answer is shared under
    (adapters that test the same trait with other weights share one test), and the trait.
    """

    __slots__ = ("exact", "fingerprints", "high", "low", "size", "steps")

    def __init__(self, fingerprints: tuple[Fingerprint, ...]) -> None:
        self.fingerprints = fingerprints
        order = sorted(range(len(fingerprints)), key=lambda i: (fingerprints[i].cost, -abs(fingerprints[i].weight)))
        self.steps = tuple(
            (i, fingerprints[i].cost, fingerprints[i].weight, _key(fingerprints[i]), fingerprints[i]) for i in order
        )
        self.low = sum(fp.weight for fp in fingerprints if fp.weight < 0)
        self.high = sum(fp.weight for fp in fingerprints if fp.weight > 0)
        self.size = sum(abs(fp.weight) for fp in fingerprints)
        # Multiples of 1/1024 below 2**20 add up without rounding, in any order.
        self.exact = all((fp.weight * 1024).is_integer() and abs(fp.weight) < 2**20 for fp in fingerprints)


def _key(fp: Fingerprint) -> object:
    if type(fp) is Fingerprint:  # the weight and label do not change the answer
        return (fp.body_class, fp.css, fp.script, fp.meta)
    return fp


_PLANS: dict[type[Adapter], _Plan] = {}
_DONE = 99  # the next cost of a claim with every trait tested


def _plan(adapter: type[Adapter]) -> _Plan:
    plan = _PLANS.get(adapter)
    if plan is None or plan.fingerprints is not adapter.fingerprints:
        plan = _PLANS[adapter] = _Plan(adapter.fingerprints)
    return plan


class _Claim:
    """One adapter's fingerprint score while its traits are tested: bounds, then the score.

    ``low`` and ``high`` bound the score the adapter has once every trait is tested: the
    weights found so far plus every untested negative (``low``) or positive (``high``)
    weight.
    """

    __slots__ = ("adapter", "found", "high", "low", "next", "next_cost", "plan", "rank", "scored")

    def __init__(self, adapter: type[Adapter], order: int, doc: Document) -> None:
        self.adapter = adapter
        self.plan = plan = _plan(adapter)
        # detect() gives a tie to the more specialised class, then to the one registered first.
        self.rank = (len(adapter.__mro__), -order)
        self.found: dict[int, bool] = {}
        self.next = 0  # the next step of the plan
        self.scored: float | None = None
        if getattr(adapter.score, "__func__", None) is not _SCORE:
            # An adapter that scores pages its own way is scored its own way, at once.
            self.scored = adapter.score(doc)[0]
            self.low = self.high = self.scored
            self.next = len(plan.steps)
        else:
            self.low, self.high = plan.low, plan.high
        self.next_cost = plan.steps[self.next][1] if self.next < len(plan.steps) else _DONE

    def test(self, doc: Document, cost: int, shown: dict[object, bool], margin: float) -> None:
        """Test the untested traits up to this cost, while the claim can qualify."""
        steps = self.plan.steps
        threshold = self.adapter.threshold - margin
        while self.next < len(steps):
            i, trait_cost, weight, key, fp = steps[self.next]
            self.next_cost = trait_cost
            if trait_cost > cost or self.high < threshold:
                return
            self.next += 1
            found = shown.get(key)
            if found is None:
                found = shown[key] = fp.test(doc)
            self.found[i] = found
            if weight > 0:
                if found:
                    self.low += weight
                else:
                    self.high -= weight
            elif found:
                self.high += weight
            else:
                self.low -= weight
        self.next_cost = _DONE

    def sure(self, margin: float) -> bool:
        """Whether the adapter qualifies whatever its untested traits show."""
        return self.low >= self.adapter.threshold + margin and self.low > margin

    def beats(self, other: _Claim, margin: float) -> bool:
        """Whether this claim's score will be above any score ``other`` can reach, or win their tie."""
        if other.high < self.low - margin:
            return True
        return margin == 0 and other.high == self.low and self.rank > other.rank

    def score(self) -> float:
        """The score, added up as :meth:`Adapter.score` does (every trait tested)."""
        if self.scored is not None:
            return self.scored
        total = 0.0
        for i, fp in enumerate(self.plan.fingerprints):
            if self.found[i]:
                total += fp.weight
        return total
