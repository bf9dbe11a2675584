"""Short, exact descriptions of how one Article field differs from its expectation.

Values are compared in their JSON form (:meth:`Article.to_dict`). Texts show the first
character that differs; lists say which block, crumb or tag differs, which are missing
and which are extra; objects (byline, neighbours, lead image) name the part.

>>> print(describe("headline", "La Russie œuvre", "La Russie oeuvre"))
headline differs at character 11:
  expected: 'La Russie œuvre'
  got:      'La Russie oeuvre'
                       ^
>>> print(describe("tags", ["Syrie", "Russie"], ["Syrie"]))
tags: 2 expected, 1 got
  tag 2 (tags[1]) missing: 'Russie'
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from typing import Any

__all__ = ["MAX_LINES", "describe"]

#: A description is cut after this many lines (the rest is counted, not shown).
MAX_LINES = 24
_WINDOW = 80  # characters of a long text shown around its first difference

# What one item of each list field is called in a message.
_ITEM_NAMES = {"body": "block", "breadcrumb": "crumb", "tags": "tag", "authors": "author"}


def describe(field: str, expected: Any, got: Any) -> str | None:
    """How ``got`` differs from ``expected`` for ``field``, or None when they are equal."""
    if expected == got:
        return None
    lines: list[str] = []
    _describe(field, expected, got, lines, "")
    if len(lines) > MAX_LINES:
        hidden = len(lines) - MAX_LINES
        lines = [*lines[:MAX_LINES], f"  ... and {hidden} more line{'s' if hidden > 1 else ''}"]
    return "\n".join(lines)


def _describe(path: str, expected: Any, got: Any, lines: list[str], indent: str) -> None:
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in [*expected, *(k for k in got if k not in expected)]:
            if expected.get(key) != got.get(key):
                _describe(f"{path}.{key}", expected.get(key), got.get(key), lines, indent)
        return
    if isinstance(expected, list) and isinstance(got, list):
        _describe_list(path, expected, got, lines, indent)
        return
    if isinstance(expected, str) and isinstance(got, str):
        _describe_text(path, expected, got, lines, indent)
        return
    lines.append(f"{indent}{path} differs:")
    lines.append(f"{indent}  expected: {_show(expected)}")
    lines.append(f"{indent}  got:      {_show(got)}")


def _describe_text(path: str, expected: str, got: str, lines: list[str], indent: str) -> None:
    at = next((i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b), min(len(expected), len(got)))
    start = max(0, at - _WINDOW // 2) if max(len(expected), len(got)) > _WINDOW else 0
    left, right = _excerpt(expected, start), _excerpt(got, start)
    lines.append(f"{indent}{path} differs at character {at + 1}:")
    lines.append(f"{indent}  expected: {left}")
    lines.append(f"{indent}  got:      {right}")
    # The caret sits under the first differing character of the excerpts.
    caret = len(repr(expected[start:at])) - 1 + (3 if start else 0)
    lines.append(f"{indent}  {' ' * 10}{' ' * caret}^")


def _excerpt(text: str, start: int) -> str:
    piece = text[start : start + _WINDOW]
    shown = repr(piece)
    if start:
        shown = "..." + shown
    if start + _WINDOW < len(text):
        shown += "..."
    return shown


def _describe_list(path: str, expected: list[Any], got: list[Any], lines: list[str], indent: str) -> None:
    noun = _ITEM_NAMES.get(path.rsplit(".", 1)[-1], "item")
    lines.append(f"{indent}{path}: {len(expected)} expected, {len(got)} got")
    keys_a = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in expected]
    keys_b = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in got]
    for op, a1, a2, b1, b2 in SequenceMatcher(a=keys_a, b=keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "replace":
            # Items replaced one for one are described part by part; the rest are
            # missing or extra.
            paired = min(a2 - a1, b2 - b1)
            for i, j in zip(range(a1, a1 + paired), range(b1, b1 + paired), strict=True):
                _describe(f"{noun} {i + 1} ({path}[{i}])", expected[i], got[j], lines, indent + "  ")
        else:
            paired = 0
        for i in range(a1 + paired, a2):
            lines.append(f"{indent}  {noun} {i + 1} ({path}[{i}]) missing: {_item(expected[i])}")
        for j in range(b1 + paired, b2):
            lines.append(f"{indent}  extra {noun} at {path}[{j}]: {_item(got[j])}")


def _item(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"kind", "text"}:
        return f"{value['kind']} {_show(value['text'])}"
    if isinstance(value, dict) and "label" in value:
        return f"{_show(value['label'])} -> {value.get('url')}"
    return _show(value)


def _show(value: Any, limit: int = 100) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= limit else repr(value[:limit]) + f"... ({len(value)} characters)"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."
