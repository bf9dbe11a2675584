"""What merely reading a theme page's data costs, against lxml parsing the same bytes.

    python benchmarks/theme_floor.py CORPUS_DIR... [--rounds N] [--pattern GLOB]

A floor for ``benchmarks/theme_speed.py``: on every ``*.html`` page under the folders it
times, side by side in one process and in CPU time of the thread (as ``theme_speed.py``
does, each call freeing what it built), ``lxml.html.document_fromstring(data)``, a crude
extraction stopped after each of its stages, and ``newsparse.parse(data, url)``. The
crude extraction applies none of FIELDS.md's rules and checks nothing; it only reads
what the fields are made from, with plain lxml calls:

1. ``parse``: the bytes parsed as newsparse parses them (its ``HTMLParser`` settings);
2. ``index``: one walk collecting the landmark elements (meta, link, script, h1, ...);
3. ``meta``: the ``<meta>`` values by name and the body's classes;
4. ``scripts``: every inline script's text, searched for a word (a theme fingerprint);
5. ``json-ld``: every JSON-LD block decoded;
6. ``paragraphs``: the text of every ``<p>`` in the first ``h1``'s ``article``;
7. ``links``: the links, images and ``<time>`` values of that ``article``.

It prints, per page, each stage's median time over lxml's (cumulative), and newsparse's,
then the medians over all pages. The gap between the last stage and newsparse is what
newsparse's rules, checks and adapter choice cost on top of reading the data.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

import newsparse

# The page reading and the timer are theme_speed's: both benchmarks time the same way.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from theme_speed import find_pages, read, timed

STAGES = ("parse", "index", "meta", "scripts", "json-ld", "paragraphs", "links")
_LANDMARKS = ("html", "head", "title", "base", "meta", "link", "script", "body", "article", "main", "h1", "img")


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True)


def crude(data: bytes, stages: int) -> None:
    """Read the page's data up to stage ``stages`` (1 to 7); see the module docstring."""
    root = etree.fromstring(data, _parser())
    if stages < 2:
        return
    index: dict[str, list[Any]] = {}
    for el in root.iter(*_LANDMARKS):
        index.setdefault(el.tag, []).append(el)
    if stages < 3:
        return
    meta: dict[str, list[str | None]] = {}
    for el in index.get("meta", ()):
        key = el.get("property") or el.get("name")
        if key:
            meta.setdefault(key.lower(), []).append(el.get("content"))
    bodies = index.get("body", ())
    set((bodies[0].get("class") or "").split() if bodies else ())
    if stages < 4:
        return
    scripts = [s.text for s in index.get("script", ()) if not s.get("src") and s.text]
    any("tdThemeName" in text for text in scripts)
    if stages < 5:
        return
    for script in index.get("script", ()):
        if script.get("type") == "application/ld+json" and script.text:
            with contextlib.suppress(ValueError):
                json.loads(script.text)
    if stages < 6:
        return
    headings = index.get("h1", ())
    scope = next(headings[0].iterancestors("article"), root) if headings else root
    [" ".join("".join(p.itertext()).split()) for p in scope.iter("p")]
    if stages < 7:
        return
    [(a.get("href"), "".join(a.itertext())) for a in scope.iter("a")]
    [img.get("src") for img in scope.iter("img")]
    [t.get("datetime") for t in scope.iter("time")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--rounds", type=int, default=21, help="timed runs of each side per page (default 21)")
    parser.add_argument("--pattern", default="*.html*", help="file name pattern (default *.html*)")
    args = parser.parse_args(argv)
    pages = find_pages(args.folders, args.pattern)
    if not pages:
        print("theme_floor: no pages found", file=sys.stderr)
        return 2
    columns = (*STAGES, "newsparse")
    print(f"{'page':<34} " + " ".join(f"{c:>10}" for c in columns))
    ratios: dict[str, list[float]] = {c: [] for c in columns}
    for page in pages:
        data, url = read(page)
        newsparse.parse(data, url)  # warm caches, as a long-running process has them
        times: dict[str, list[float]] = {c: [] for c in columns}
        base: list[float] = []
        for _ in range(args.rounds):
            base.append(timed(functools.partial(lxml.html.document_fromstring, data)))
            for n, stage in enumerate(STAGES, 1):
                times[stage].append(timed(functools.partial(crude, data, n)))
            times["newsparse"].append(timed(functools.partial(newsparse.parse, data, url)))
        lxml_median = statistics.median(base)
        row = []
        for column in columns:
            ratio = statistics.median(times[column]) / lxml_median
            ratios[column].append(ratio)
            row.append(f"{ratio:>10.2f}")
        print(f"{page.name[:34]:<34} " + " ".join(row))
    print(
        f"{'median over ' + str(len(pages)) + ' pages':<34} "
        + " ".join(f"{statistics.median(ratios[c]):>10.2f}" for c in columns)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
