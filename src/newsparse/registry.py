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
from importlib import metadata
from typing import Any

import attrs

from newsparse.adapters.base import Adapter
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

    ``by`` is ``"caller"``, ``"url"``, ``"fingerprint"`` or ``"fallback"``.
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
        best_rule = None
        for adapter in adapters:
            for rule in adapter.url_rules:
                if rule.matches(url) and (best_rule is None or rule.specificity() > best_rule[1].specificity()):
                    best_rule = (adapter, rule)
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

    # ------------------------------------------------------------------ plugins

    def _plugins(self) -> None:
        if not self._load_entry_points:
            return
        with self._lock:
            if not self._load_entry_points:
                return
            self._load_entry_points = False
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
