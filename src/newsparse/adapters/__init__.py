"""Built-in adapters: theme adapters by family, and the generic fallback.

:data:`BUILTIN_ADAPTERS` lists the theme and site adapters the default registry holds;
the generic adapter is every registry's fallback. The adapter modules are imported the
first time the tuple is asked for (by ``Registry.default()`` on the first parse), so
``import newsparse`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsparse.adapters.base import Adapter

__all__ = ["BUILTIN_ADAPTERS"]

BUILTIN_ADAPTERS: tuple[type[Adapter], ...]


def _builtin_adapters() -> tuple[type[Adapter], ...]:
    from newsparse.adapters.arc import ArcAdapter
    from newsparse.adapters.bdaia import Bdaia
    from newsparse.adapters.drupal import DrupalAdapter
    from newsparse.adapters.jnews import JNews
    from newsparse.adapters.publisher import Publisher
    from newsparse.adapters.soledad import Soledad
    from newsparse.adapters.tagdiv import TagdivComposer, TagdivNewsmag, TagdivNewspaper
    from newsparse.adapters.tielabs import Jannah, Sahifa
    from newsparse.adapters.wordpress import WordPressAdapter

    return (
        TagdivNewspaper,
        TagdivComposer,
        TagdivNewsmag,
        Jannah,
        Sahifa,
        JNews,
        Soledad,
        Publisher,
        Bdaia,
        WordPressAdapter,
        DrupalAdapter,
        ArcAdapter,
    )


def __getattr__(name: str) -> Any:
    if name == "BUILTIN_ADAPTERS":
        adapters = _builtin_adapters()
        globals()["BUILTIN_ADAPTERS"] = adapters
        return adapters
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
