"""A Griffe extension: newsparse's docstrings, shown as Markdown in the API reference.

The docstrings are written for ``help()`` and doctest: Sphinx roles
(``:class:`Article```) and ``>>>`` examples. mkdocstrings renders docstrings as
Markdown, where a role would show as typed and a ``>>>`` line would become a quote.
This extension rewrites, for the docs only:

- the ``#:`` comment above an attribute (as Sphinx reads them) into its docstring;
- each ``>>>`` example (with its continuation and output lines) into a ``pycon``
  code block;
- each role into inline code, linked to the API reference when the name is
  documented there (a public name of ``newsparse`` or one of its members), plain
  code otherwise.

Loaded by ``mkdocs.yml`` (``extensions:`` of the mkdocstrings Python handler).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

from griffe import AliasResolutionError, CyclicAliasError, Docstring, Extension, Object

# Document the checkout being built, not whatever newsparse happens to be installed.
_SRC = Path(__file__).resolve().parent.parent / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`(~?)([\w.]+)`")
_API_PAGE = Path(__file__).with_name("api.md")
_DOCUMENTED = re.compile(r"^::: (newsparse[\w.]*)\s*$", re.MULTILINE)


def _public_paths() -> dict[str, str]:
    """Canonical paths (``newsparse.article.Article``) -> the path the API page documents."""
    newsparse = importlib.import_module("newsparse")
    documented = set(_DOCUMENTED.findall(_API_PAGE.read_text("utf-8")))
    paths: dict[str, str] = {}
    for public in documented:
        obj: Any = newsparse
        for part in public.split(".")[1:]:
            obj = getattr(obj, part, None)
        module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
        paths[public] = public
        if module and qualname:
            paths[f"{module}.{qualname}"] = public
    return paths


def _rendered(path: str, origin: Object) -> bool:
    """Whether the API page shows ``path``: a public object with a docstring of its own."""
    if any(part.startswith("_") for part in path.split(".")[1:]):
        return False
    try:
        target = origin.modules_collection[path]
        return bool(target.docstring and target.docstring.value.strip())
    except (KeyError, AliasResolutionError, CyclicAliasError):
        return False


def _comment_docstring(obj: Object) -> Docstring | None:
    """The ``#:`` comment lines right above an attribute, as its docstring (as Sphinx reads them)."""
    if not obj.lineno or not isinstance(obj.filepath, Path):
        return None
    try:
        lines = obj.lines_collection[obj.filepath]
    except KeyError:
        return None
    found: list[str] = []
    index = obj.lineno - 2
    while index >= 0 and lines[index].strip().startswith("#:"):
        found.insert(0, lines[index].strip()[2:].strip())
        index -= 1
    return Docstring("\n".join(found), lineno=index + 2, parent=obj) if found else None


class MarkdownDocstrings(Extension):
    """Rewrite doctest examples and Sphinx roles of every docstring as Markdown."""

    def __init__(self) -> None:
        super().__init__()
        self._paths: dict[str, str] | None = None

    @property
    def paths(self) -> dict[str, str]:
        if self._paths is None:
            self._paths = _public_paths()
        return self._paths

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is None and obj.is_attribute:
            obj.docstring = _comment_docstring(obj)
        if obj.docstring is None:
            return
        text = fence_examples(obj.docstring.value)
        obj.docstring.value = _ROLE.sub(lambda m: self._role(m, obj), text)

    def _role(self, match: re.Match[str], obj: Object) -> str:
        short, name = match.group(1) == "~", match.group(2)
        shown = f"`{name.rsplit('.', 1)[-1] if short else name}`"
        target = self._resolve(name, obj)
        return f"[{shown}][{target}]" if target else shown

    def _resolve(self, name: str, obj: Object) -> str | None:
        """The documented identifier ``name`` refers to from ``obj``'s docstring, if any."""
        scopes = [obj.path, obj.parent.path if obj.parent else "", obj.module.path, "newsparse"]
        for scope in scopes:
            path = name if name.startswith("newsparse.") else f"{scope}.{name}" if scope else name
            for canonical, public in self.paths.items():
                if path == canonical or path.startswith(canonical + "."):
                    resolved = public + path[len(canonical) :]
                    if _rendered(resolved, obj):
                        return resolved
        return None


_PROMPT = re.compile(r"^(\s*)>>> ")


def fence_examples(text: str) -> str:
    """Wrap each run of ``>>>`` lines (and the output under them) in a pycon block."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = _PROMPT.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent = match.group(1)
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)
