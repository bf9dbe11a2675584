"""How long newsparse takes on theme pages, against lxml parsing the same bytes.

    python benchmarks/theme_speed.py CORPUS_DIR... [--rounds N] [--pattern GLOB]

For every ``*.html`` page under the folders (``.html.gz`` too), it times, side by side
in this one process, ``lxml.html.document_fromstring(data)`` and
``newsparse.parse(data, url)`` (bytes in, Article out, the adapter detected as a user
would get it). The two are run alternately, ``--rounds`` times each, and each page's time
is the median of its rounds. It prints, per page, both medians (ms) and their ratio, then
the medians over all pages of the ratios and of both times.

Times are the CPU time of this thread (``time.thread_time``), not wall-clock time: on a
shared machine a wall clock also counts the milliseconds the scheduler gives to other
processes, which lands on whichever call happens to be running and swamps the
difference being measured.

Both sides pay for freeing what they build: each timed call ends once its result (lxml's
tree, newsparse's Article) is freed. ``parse`` frees its own tree before it returns, so
timing lxml without freeing its tree would charge one side and not the other for the
same work; freeing a page's tree costs up to a fifth of parsing it. The Article freed on
the newsparse side is a few dozen small objects.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import lxml.html

import newsparse


def find_pages(folders: Sequence[Path], pattern: str) -> list[Path]:
    pages: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"theme_speed: {folder} is not a folder")
        pages.extend(sorted(p for p in folder.rglob(pattern) if p.name.endswith((".html", ".html.gz"))))
    return pages


def read(page: Path) -> tuple[bytes, str | None]:
    data = page.read_bytes()
    if page.name.endswith(".gz"):
        data = gzip.decompress(data)
    stem = page.name.removesuffix(".gz").removesuffix(".html")
    annotation = page.with_name(f"{stem}.expected.json")
    url = json.loads(annotation.read_text("utf-8")).get("url") if annotation.exists() else None
    return data, url


def timed(call: Callable[[], Any]) -> float:
    """The CPU time of ``call()``, freeing its result included (see the module docstring)."""
    start = time.thread_time()
    call()  # the result is not kept: it is freed before the clock is read
    return time.thread_time() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--rounds", type=int, default=41, help="timed runs of each side per page (default 41)")
    parser.add_argument("--pattern", default="*.html*", help="file name pattern (default *.html*)")
    args = parser.parse_args(argv)
    pages = find_pages(args.folders, args.pattern)
    if not pages:
        print("theme_speed: no pages found", file=sys.stderr)
        return 2
    print(f"{'page':<48} {'bytes':>8} {'adapter':<18} {'lxml ms':>8} {'parse ms':>9} {'ratio':>6}")
    ratios, lxml_medians, parse_medians = [], [], []
    for page in pages:
        data, url = read(page)
        adapter = newsparse.detect(data, url).adapter.name
        newsparse.parse(data, url)  # warm caches (compiled selectors), as a long-running process has them
        lxml_times, parse_times = [], []
        with_lxml = functools.partial(lxml.html.document_fromstring, data)
        with_newsparse = functools.partial(newsparse.parse, data, url)
        for _ in range(args.rounds):
            lxml_times.append(timed(with_lxml))
            parse_times.append(timed(with_newsparse))
        base, ours = statistics.median(lxml_times), statistics.median(parse_times)
        ratios.append(ours / base)
        lxml_medians.append(base)
        parse_medians.append(ours)
        name = str(page.relative_to(page.parents[1]))
        print(f"{name:<48} {len(data):>8} {adapter:<18} {base * 1e3:>8.2f} {ours * 1e3:>9.2f} {ours / base:>6.2f}")
    print(
        f"median over {len(ratios)} pages: ratio {statistics.median(ratios):.2f}, "
        f"lxml {statistics.median(lxml_medians) * 1e3:.2f} ms, parse {statistics.median(parse_medians) * 1e3:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
