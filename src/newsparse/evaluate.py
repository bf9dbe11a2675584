"""Score newsparse against reference annotations: ``python -m newsparse.evaluate DIR...``.

Point it at folders holding ``<page>.html`` (or ``.html.gz``) files, each with a
``<page>.expected.json`` beside it (the FIELDS.md form; absent keys are not checked).
Every page is parsed with no adapter named, as a user would, with the annotation's
``url`` as the fetch URL. It prints which adapter each page got, per-field accuracy,
body token F1, and every mismatch.

Comparison rules (from the corpus README): dates compare as instants when both sides
have a time and an offset, else on the day; body compares block by block (kind and
text, in order) and is also scored with token-level F1 over the joined text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs

from newsparse.article import CONTENT_FIELDS, Article, parse_iso_day
from newsparse.errors import NewsparseError

__all__ = ["FieldResult", "PageResult", "compare", "evaluate_pages", "find_pages", "main", "token_f1"]


@attrs.frozen
class FieldResult:
    """One annotated field of one page: equal or not, with both values."""

    field: str
    equal: bool
    expected: Any
    got: Any


@attrs.frozen
class PageResult:
    """The outcome for one page: the adapter chosen, each field's result, body F1, or an error."""

    page: str
    adapter: str | None
    fields: tuple[FieldResult, ...] = ()
    body_f1: float | None = None
    error: str | None = None


# --------------------------------------------------------------------------- comparing

_TOKEN = re.compile(r"\w+")


def token_f1(expected: str, got: str) -> float:
    """Token-level F1 between two texts (``\\w+`` tokens, lower-cased, as multisets)."""
    want, have = Counter(_TOKEN.findall(expected.lower())), Counter(_TOKEN.findall(got.lower()))
    if not want and not have:
        return 1.0
    common = sum((want & have).values())
    if not common:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _same_day(expected: object, got: object) -> bool:
    if expected is None or got is None:
        return expected is got
    try:
        want = parse_iso_day(str(expected))
        have = parse_iso_day(str(got))
    except ValueError:
        return False
    both_aware = (
        isinstance(want, datetime)
        and isinstance(have, datetime)
        and want.tzinfo is not None
        and have.tzinfo is not None
    )
    if both_aware:
        return want == have
    if isinstance(want, datetime) and isinstance(have, datetime):
        return want.replace(tzinfo=None) == have.replace(tzinfo=None)
    return _day(want) == _day(have)


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def compare(expected: dict[str, Any], article: Article) -> tuple[list[FieldResult], float | None]:
    """Compare an article with a reference annotation, field by field."""
    got = article.to_dict(meta=False)
    results = []
    for name in CONTENT_FIELDS:
        if name not in expected:
            continue
        want, have = expected[name], got[name]
        equal = _same_day(want, have) if name in ("published", "modified") else want == have
        results.append(FieldResult(field=name, equal=equal, expected=want, got=have))
    f1 = None
    if "body" in expected:
        f1 = token_f1(" ".join(b["text"] for b in expected["body"]), " ".join(b["text"] for b in got["body"]))
    return results, f1


# --------------------------------------------------------------------------- running


def find_pages(folders: Iterable[Path]) -> list[tuple[Path, Path]]:
    """Every ``(page, annotation)`` pair under the folders, sorted by path."""
    pairs = []
    for folder in folders:
        if not folder.exists():
            raise NewsparseError(f"{folder}: no such folder")
        for page in sorted(folder.rglob("*.html*")):
            if page.suffix not in (".html", ".gz"):
                continue
            stem = page.name.removesuffix(".gz").removesuffix(".html")
            annotation = page.with_name(f"{stem}.expected.json")
            if annotation.exists():
                pairs.append((page, annotation))
    return pairs


def evaluate_pages(pairs: Sequence[tuple[Path, Path]], *, root: Path | None = None) -> list[PageResult]:
    """Parse each page (adapter detected) and compare it with its annotation."""
    from newsparse.api import parse
    from newsparse.document import Document
    from newsparse.registry import Registry

    results = []
    for page, annotation in pairs:
        name = str(page.relative_to(root)) if root and page.is_relative_to(root) else str(page)
        expected = json.loads(annotation.read_text("utf-8"))
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        try:
            url = expected.get("url")
            doc = Document.from_page(data, url)
            chosen = Registry.default().detect(doc, url).adapter
            article = parse(data, url)
        except NewsparseError as exc:
            results.append(PageResult(page=name, adapter=None, error=f"{type(exc).__name__}: {exc}"))
            continue
        fields, f1 = compare(expected, article)
        results.append(PageResult(page=name, adapter=chosen.name, fields=tuple(fields), body_f1=f1))
    return results


def _short(value: Any, width: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def report(results: Sequence[PageResult], out: Any = None) -> None:
    """Print the adapters chosen, the per-field table and every mismatch."""
    out = out or sys.stdout
    write = out.write
    write("page adapters\n")
    for r in results:
        wrong = sum(not f.equal for f in r.fields)
        status = r.error or f"{len(r.fields) - wrong}/{len(r.fields)} fields equal"
        f1 = f"  body F1 {r.body_f1:.3f}" if r.body_f1 is not None else ""
        write(f"  {r.page:<60} {r.adapter or '-':<26} {status}{f1}\n")
    write("\nper-field accuracy\n")
    write(f"  {'field':<15} {'checked':>7} {'equal':>6} {'accuracy':>8}\n")
    totals: dict[str, list[int]] = {}
    for r in results:
        for f in r.fields:
            count = totals.setdefault(f.field, [0, 0])
            count[0] += 1
            count[1] += f.equal
    for name in CONTENT_FIELDS:
        if name in totals:
            checked, equal = totals[name]
            write(f"  {name:<15} {checked:>7} {equal:>6} {equal / checked:>8.1%}\n")
    all_checked = sum(c for c, _ in totals.values())
    all_equal = sum(e for _, e in totals.values())
    if all_checked:
        write(f"  {'all fields':<15} {all_checked:>7} {all_equal:>6} {all_equal / all_checked:>8.1%}\n")
    f1s = [r.body_f1 for r in results if r.body_f1 is not None]
    if f1s:
        write(f"  body token F1 (mean over {len(f1s)} pages): {sum(f1s) / len(f1s):.3f}\n")
    errors = [r for r in results if r.error]
    write(f"  pages that failed to parse: {len(errors)}\n")
    mismatches = [(r.page, f) for r in results for f in r.fields if not f.equal]
    write(f"\nmismatches ({len(mismatches)})\n")
    for page, f in mismatches:
        write(f"  {page} :: {f.field}\n    expected {_short(f.expected)}\n    got      {_short(f.got)}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: evaluate folders; exit 0 when every annotated field matches, else 1."""
    parser = argparse.ArgumentParser(
        prog="python -m newsparse.evaluate",
        description="Parse annotated pages (<page>.html + <page>.expected.json) and score every field.",
    )
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR", help="folders of annotated pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a report")
    args = parser.parse_args(argv)
    try:
        pairs = find_pages(args.folders)
    except NewsparseError as exc:
        print(f"newsparse.evaluate: {exc}", file=sys.stderr)
        return 2
    if not pairs:
        print("newsparse.evaluate: no <page>.html with a <page>.expected.json found", file=sys.stderr)
        return 2
    root = Path(__import__("os").path.commonpath([str(p.parent) for p, _ in pairs]))
    results = evaluate_pages(pairs, root=root)
    if args.json:
        json.dump([attrs.asdict(r) for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        report(results)
    perfect = all(not r.error and all(f.equal for f in r.fields) for r in results)
    return 0 if perfect else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
