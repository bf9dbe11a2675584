"""Pages per second of parse_many with 1 and 2 worker processes, on the same pages, in one run.

    python benchmarks/throughput.py /work/shared/corpus/wcxb-dev [--pages 711] [--rounds 2]

The pages are read into memory first (so the runs measure parsing, not disk), then parsed
with ``workers=1`` and ``workers=2`` in alternation, ``--rounds`` times each; every run is
printed, then the best and the median pages/s of each and their ratio. The load average
is printed at the start and the end, with the CPU that two busy processes actually get
(about 2.0 cores on a quiet 2-core machine): on a shared machine other processes take
cores, and the ratio drops with them.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

from corpus import cores_available, corpus_pages, cycle_pages, load_average

from newsparse import Article, PageInput, parse_many


def timed_run(pages: list[PageInput], workers: int) -> tuple[float, int, int]:
    """Parse every page; return the seconds taken, the articles and the failures."""
    started = time.perf_counter()
    articles = failures = 0
    for result in parse_many(pages, workers=workers):
        if isinstance(result, Article):
            articles += 1
        else:
            failures += 1
    return time.perf_counter() - started, articles, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a wcxb-dev style corpus folder (html/*.html.gz)")
    parser.add_argument("--pages", type=int, default=711, help="pages per run (the corpus is cycled; default 711)")
    parser.add_argument("--rounds", type=int, default=2, help="runs per worker count (default 2)")
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print(f"load average at start: {load_average()}; two busy processes get {cores_available():.2f} cores")
    corpus = corpus_pages(args.corpus)
    pages = [
        PageInput(id=f"{n}", data=body, url=url)
        for n, (url, body) in enumerate(islice(cycle_pages(corpus), args.pages))
    ]
    megabytes = sum(len(p.data) for p in pages) / 1e6
    print(f"pages: {len(pages)} ({megabytes:.1f} MB of HTML) from {args.corpus}")

    rates: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(1, args.rounds + 1):
        for workers in (1, 2):
            seconds, articles, failures = timed_run(pages, workers)
            rate = len(pages) / seconds
            rates[workers].append(rate)
            print(
                f"round {round_}, workers={workers}: {rate:7.1f} pages/s ({seconds:.1f} s; "
                f"{articles} articles, {failures} failures; load {load_average()})"
            )
    best = {w: max(r) for w, r in rates.items()}
    median = {w: statistics.median(r) for w, r in rates.items()}
    print(f"best:   1 worker {best[1]:.1f} pages/s, 2 workers {best[2]:.1f} pages/s, ratio {best[2] / best[1]:.2f}x")
    print(
        f"median: 1 worker {median[1]:.1f} pages/s, 2 workers {median[2]:.1f} pages/s, ratio {median[2] / median[1]:.2f}x"
    )
    print(f"load average at end: {load_average()}; two busy processes get {cores_available():.2f} cores")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
