"""MkDocs hooks: the parts of the documentation that are generated from the code.

A page asks for a generated part with an HTML comment on a line of its own:

- ``<!-- newsparse:adapters -->``: the table of the adapters in
  ``Registry.default()``, how each is chosen and the fields it reads from markup
  (``Adapter.supported_fields()``);
- ``<!-- newsparse:inputs -->``: the inputs every adapter can declare, what each
  holds and the fields it feeds;
- ``<!-- newsparse:cli -->``: the ``--help`` of the ``newsparse`` command and of
  each subcommand.

They are computed when the site is built, from the source tree the site is built
from, so they cannot drift from the code. An unknown marker fails the build.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Document the checkout being built, not whatever newsparse happens to be installed.
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

_MARKER = re.compile(r"^<!-- newsparse:([\w-]+) -->$", re.MULTILINE)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace each ``<!-- newsparse:NAME -->`` line with the part it names."""

    def generate(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in GENERATORS:
            known = ", ".join(sorted(GENERATORS))
            raise ValueError(f"{page.file.src_path}: unknown marker newsparse:{name}; known: {known}")
        return GENERATORS[name]()

    return _MARKER.sub(generate, markdown)


# --------------------------------------------------------------------------- adapters


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


def _chosen_by(adapter: Any, fallback: Any) -> str:
    if adapter is fallback:
        return "fallback, when no other adapter claims the page"
    if adapter.url_rules:
        rules = ", ".join(f"`{r.domain}{r.path if r.path != '/' else ''}`" for r in adapter.url_rules)
        return f"URL: {rules}"
    if adapter.fingerprints:
        traits = len(adapter.fingerprints)
        return f"fingerprint: score ≥ {adapter.threshold:g} from {traits} trait{'s' if traits != 1 else ''}"
    return "by name only (`adapter=`)"


def adapters_table() -> str:
    """A Markdown table of every adapter in the default registry, in the order tried."""
    from newsparse import Registry

    registry = Registry.default()
    lines = [
        "| adapter | what it reads | chosen by | fields read from the page's markup |",
        "|---|---|---|---|",
    ]
    for adapter in registry:
        fields = ", ".join(f"`{f}`" for f in adapter.supported_fields()) or "structured data only"
        description = _escape(adapter.description) or "(no description)"
        chosen = _chosen_by(adapter, registry.fallback)
        lines.append(f"| `{adapter.name}` | {description} | {chosen} | {fields} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- inputs

_INPUT_LINE = re.compile(r"^    (\w+): [^=]+= (Text|Texts|Node|Nodes|Attr|Count)\(")


def _input_comments() -> dict[str, str]:
    """The ``#:`` comment above each input declared on the Adapter base class."""
    from newsparse.adapters import base

    comments: dict[str, str] = {}
    pending: list[str] = []
    for line in Path(base.__file__).read_text("utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        match = _INPUT_LINE.match(line)
        if match and pending:
            comments[match.group(1)] = " ".join(pending)
        pending = []
    return comments


def inputs_table() -> str:
    """A Markdown table of the inputs of :class:`newsparse.Adapter` and the fields each feeds."""
    from newsparse import Adapter, Attr, Count, Node, Nodes, Text, Texts
    from newsparse.adapters.base import FIELD_INPUTS

    comments = _input_comments()
    feeds: dict[str, list[str]] = {}
    for field_name, inputs in FIELD_INPUTS.items():
        for name in inputs:
            feeds.setdefault(name, []).append(field_name)
    lines = ["| input | declared as | what it holds | feeds |", "|---|---|---|---|"]
    for name, value in vars(Adapter).items():
        if not isinstance(value, (Text, Texts, Node, Nodes, Attr, Count)):
            continue
        what = _escape(comments.get(name, ""))
        fed = ", ".join(f"`{f}`" for f in feeds.get(name, ())) or "(read by other inputs or fields)"
        lines.append(f"| `{name}` | `{type(value).__name__}` | {what} | {fed} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def cli_help() -> str:
    """``newsparse --help`` and the help of each subcommand, as text blocks."""
    from newsparse.cli import build_parser

    with _columns(88):
        parser = build_parser()
        parts = ["### `newsparse`", "", "```text", parser.format_help().rstrip(), "```"]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parts += _subcommands_help(action, "newsparse")
    return "\n".join(parts)


def _subcommands_help(action: argparse._SubParsersAction[argparse.ArgumentParser], prefix: str) -> list[str]:
    """The help of each subcommand, and of theirs (``newsparse fixture add``), in order."""
    parts: list[str] = []
    for name, sub in action.choices.items():
        parts += ["", f"### `{prefix} {name}`", "", "```text", sub.format_help().rstrip(), "```"]
        for inner in sub._actions:
            if isinstance(inner, argparse._SubParsersAction):
                parts += _subcommands_help(inner, f"{prefix} {name}")
    return parts


GENERATORS: dict[str, Callable[[], str]] = {
    "adapters": adapters_table,
    "inputs": inputs_table,
    "cli": cli_help,
}
