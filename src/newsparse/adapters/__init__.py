"""Built-in adapters: theme adapters by family, and the generic fallback.

:data:`BUILTIN_ADAPTERS` lists the theme and site adapters the default registry holds;
the generic adapter is every registry's fallback.
"""

from __future__ import annotations

from newsparse.adapters.base import Adapter
from newsparse.adapters.tagdiv import TagdivComposer, TagdivNewsmag, TagdivNewspaper

__all__ = ["BUILTIN_ADAPTERS"]

BUILTIN_ADAPTERS: tuple[type[Adapter], ...] = (
    TagdivNewspaper,
    TagdivComposer,
    TagdivNewsmag,
)
