"""Built-in adapters: theme adapters by family, and the generic fallback.

:data:`BUILTIN_ADAPTERS` lists the theme and site adapters the default registry holds;
the generic adapter is every registry's fallback.
"""

from __future__ import annotations

from newsparse.adapters.arc import ArcAdapter
from newsparse.adapters.base import Adapter
from newsparse.adapters.bdaia import Bdaia
from newsparse.adapters.drupal import DrupalAdapter
from newsparse.adapters.jnews import JNews
from newsparse.adapters.publisher import Publisher
from newsparse.adapters.soledad import Soledad
from newsparse.adapters.tagdiv import TagdivComposer, TagdivNewsmag, TagdivNewspaper
from newsparse.adapters.tielabs import Jannah, Sahifa
from newsparse.adapters.wordpress import WordPressAdapter

__all__ = ["BUILTIN_ADAPTERS"]

BUILTIN_ADAPTERS: tuple[type[Adapter], ...] = (
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
