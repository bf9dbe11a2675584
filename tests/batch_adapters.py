"""Adapters that misbehave on purpose, importable by parse_many's worker processes."""

from __future__ import annotations

import os

from newsparse.adapters.generic import GenericAdapter
from newsparse.article import Article


class CrashingAdapter(GenericAdapter):
    """Kills its process on a page whose h1 says CRASH, raises on BUG: what a C-library crash or a bug does."""

    name = "test-crashing"

    def article(self) -> Article:
        heading = self.doc.first_text("h1") or ""
        if "CRASH" in heading:
            os._exit(3)
        if "BUG" in heading:
            raise RuntimeError("an adapter bug")
        return super().article()
