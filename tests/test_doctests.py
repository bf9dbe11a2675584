"""Every docstring example in the package runs."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsparse

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(newsparse.__path__, "newsparse.") if name != "newsparse.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_every_public_name_has_a_docstring() -> None:
    missing = [name for name in newsparse.__all__ if name != "__version__" and not getattr(newsparse, name).__doc__]
    assert missing == []
