"""Write an :class:`~newsparse.Article` back out as the page a theme would print.

A renderer is a small unit (one module under :mod:`newsparse.testing.themes`) that
knows one theme's markup: it writes a realistic page, with the menus, related
articles, sidebars, inline scripts and styles real pages carry, and declares which
Article fields that theme shows, and which adapter newsparse should choose for it.
Parsing the page must give the article back on those fields; the round-trip tests
check exactly that.

>>> from newsparse import Article, Block, parse
>>> article = Article(
...     url="https://news.example/2025/11/12/story/",
...     headline="The council approved the budget",
...     body=[Block(text=" ".join(["The city council approved the budget after a long debate."] * 4))],
... )
>>> page = render(article, "schema.org")
>>> parse(page, article.url).headline
'The council approved the budget'
>>> [r.theme for r in renderers()][:1]
['schema.org']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

import attrs

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.errors import AdapterError, DataError

__all__ = ["Renderer", "get_renderer", "render", "renderers"]


def _to_tuple(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


def _known_fields(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    unknown = [name for name in value if name not in CONTENT_FIELDS]
    if unknown:
        raise DataError(f"not Article fields: {', '.join(unknown)}", path=attribute.name)


@attrs.frozen(kw_only=True)
class Renderer:
    """One theme's page writer.

    ``theme`` names it; ``adapter`` is the adapter newsparse should choose for its
    pages; ``fields`` are the Article fields the theme shows (the ones a round trip
    must give back); ``write`` turns an Article into the page's HTML. ``can_show``
    says whether the theme can show a given Article faithfully (a theme that links
    every crumb cannot show a crumb without a URL); by default it can show any.
    """

    theme: str
    adapter: str
    fields: tuple[str, ...] = attrs.field(converter=_to_tuple, validator=_known_fields)
    write: Callable[[Article], str] = attrs.field(repr=False)
    description: str = ""
    can_show: Callable[[Article], bool] = attrs.field(default=lambda article: True, repr=False)

    def __call__(self, article: Article) -> str:
        return self.write(article)

    def shown(self, article: Article) -> dict[str, object]:
        """The part of ``article`` this theme shows, as JSON-ready data (for comparisons)."""
        data = article.to_dict(meta=False)
        return {name: data[name] for name in self.fields}


# The built-in renderers, imported on first use: "module:attribute".
_BUILTIN = (
    "newsparse.testing.themes.schema_org:RENDERER",
    "newsparse.testing.themes.tagdiv:CLASSIC",
    "newsparse.testing.themes.tagdiv:COMPOSER",
    "newsparse.testing.themes.tagdiv:NEWSMAG",
    "newsparse.testing.themes.jannah:RENDERER",
    "newsparse.testing.themes.sahifa:RENDERER",
    "newsparse.testing.themes.jnews:RENDERER",
    "newsparse.testing.themes.soledad:RENDERER",
    "newsparse.testing.themes.drupal:RENDERER",
    "newsparse.testing.themes.arc:RENDERER",
    "newsparse.testing.themes.publisher:RENDERER",
    "newsparse.testing.themes.bdaia:RENDERER",
    "newsparse.testing.themes.wordpress:RENDERER",
)
_loaded: dict[str, Renderer] = {}


def renderers() -> tuple[Renderer, ...]:
    """Every built-in renderer, in a stable order."""
    if not _loaded:
        for path in _BUILTIN:
            module, _, name = path.partition(":")
            renderer = getattr(importlib.import_module(module), name)
            _loaded[renderer.theme] = renderer
    return tuple(_loaded.values())


def get_renderer(theme: str) -> Renderer:
    """The built-in renderer for ``theme`` (``schema.org``, ...)."""
    for renderer in renderers():
        if renderer.theme == theme:
            return renderer
    known = ", ".join(r.theme for r in renderers())
    raise AdapterError(f"no renderer for the theme {theme!r}; themes with a renderer: {known}")


def render(article: Article, theme: str | Renderer = "schema.org") -> str:
    """The HTML page ``theme`` would print for ``article`` (a theme name or a :class:`Renderer`)."""
    if not isinstance(article, Article):
        raise DataError(f"render() takes an Article, not {type(article).__name__}")
    renderer = theme if isinstance(theme, Renderer) else get_renderer(theme)
    return renderer(article)
