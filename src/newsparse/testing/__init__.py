"""Tools for testing code that uses newsparse, and newsparse itself.

- :mod:`newsparse.testing.fixtures`: saved pages with their expected Article on disk
  (``newsparse fixture add/check/update``);
- :mod:`newsparse.testing.plugin`: what the pytest plugin (``_newsparse_pytestplugin``,
  off unless a project enables it) collects: one test per checked field of a fixture;
- :mod:`newsparse.testing.render`: write an Article as a realistic page of a theme;
- :mod:`newsparse.testing.strategies`: Hypothesis strategies for Articles (needs the
  ``testing`` extra: ``pip install 'newsparse[testing]'``).

The names most tests need are here. Importing this package loads neither pytest nor
Hypothesis: the strategies are imported when first asked for.

>>> from newsparse.testing import render, renderers
>>> [r.theme for r in renderers()]
['schema.org', 'tagdiv-classic', 'tagdiv-composer', 'tagdiv-newsmag', 'jannah', ...]
"""

from __future__ import annotations

from typing import Any

from newsparse.testing.diff import describe
from newsparse.testing.fixtures import Difference, Fixture, add_fixture, find_fixtures
from newsparse.testing.render import Renderer, get_renderer, render, renderers

__all__ = [
    "Difference",
    "Fixture",
    "Renderer",
    "add_fixture",
    "articles",
    "bodies",
    "bylines",
    "describe",
    "find_fixtures",
    "get_renderer",
    "headlines",
    "render",
    "renderers",
]

_STRATEGIES = frozenset({"articles", "bodies", "bylines", "headlines"})


def __getattr__(name: str) -> Any:
    # The strategies need Hypothesis: import them only when asked for.
    if name in _STRATEGIES:
        from newsparse.testing import strategies

        return getattr(strategies, name)
    raise AttributeError(f"module 'newsparse.testing' has no attribute {name!r}")
