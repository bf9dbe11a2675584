"""Pages per second of parse_many with 1 and 2 worker processes, on the same pages, in one run.

    python benchmarks/throughput.py /work/shared/corpus/wcxb-dev [--pages 711] [--rounds 2]

The pages are read into memory first (so the runs measure parsing, not disk), then parsed
with ``workers=1`` and ``workers=2`` in alternation, ``--rounds`` times each; every run is
printed, then the best and the median pages/s of each and their ratio. The load average
is printed at the start and the end, with the CPU that two busy processes actually get
(about 2.0 cores on a quiet 2-core machine): on a shared machine other processes take
cores, and the ratio drops with them. Each run also prints the cores it got (CPU seconds
of this process and its workers per second of wall time) and the pages parsed per CPU
second, which says whether going parallel costs anything whatever the load.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import threading
import time
from itertools import islice
from pathlib import Path

import psutil
from corpus import cores_available, corpus_pages, cycle_pages, load_average

from newsparse import Article, PageInput, parse_many


class CpuMeter:
    """CPU seconds used by this process and every process under it (the workers), sampled 5 times a second.

    Workers are not children this process waits for, so their CPU time is read while they
    live; the last 0.2 s of each may be missed.
    """

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.last: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        for process in [self.me, *self.me.children(recursive=True)]:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            self.last[process.pid] = times.user + times.system

    def _run(self) -> None:
        while not self.stop.wait(0.2):
            self._sample()

    def __enter__(self) -> CpuMeter:
        self._sample()
        self.start = dict(self.last)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(cpu - self.start.get(pid, 0.0) for pid, cpu in self.last.items())

    @property
    def main_seconds(self) -> float:
        """CPU seconds of this process alone: reading inputs, sending them, collecting results."""
        return self.last[self.me.pid] - self.start[self.me.pid]


def timed_run(pages: list[PageInput], workers: int) -> tuple[float, float, float, int, int]:
    """Parse every page; return the seconds taken, the CPU seconds used (all, main process), the articles and failures."""
    articles = failures = 0
    with CpuMeter() as cpu:
        started = time.perf_counter()
        for result in parse_many(pages, workers=workers):
            if isinstance(result, Article):
                articles += 1
            else:
                failures += 1
        elapsed = time.perf_counter() - started
    return elapsed, cpu.seconds, cpu.main_seconds, articles, failures


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
    per_cpu: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(1, args.rounds + 1):
        for workers in (1, 2):
            seconds, cpu, main_cpu, articles, failures = timed_run(pages, workers)
            rate = len(pages) / seconds
            rates[workers].append(rate)
            per_cpu[workers].append(len(pages) / cpu)
            print(
                f"round {round_}, workers={workers}: {rate:7.1f} pages/s ({seconds:.1f} s; "
                f"{articles} articles, {failures} failures; the run got {cpu / seconds:.2f} cores, "
                f"{len(pages) / cpu:.1f} pages per CPU second, {main_cpu / cpu:.0%} of the CPU in the main process; "
                f"load {load_average()})"
            )
    best = {w: max(r) for w, r in rates.items()}
    median = {w: statistics.median(r) for w, r in rates.items()}
    print(f"best:   1 worker {best[1]:.1f} pages/s, 2 workers {best[2]:.1f} pages/s, ratio {best[2] / best[1]:.2f}x")
    print(
        f"median: 1 worker {median[1]:.1f} pages/s, 2 workers {median[2]:.1f} pages/s, ratio {median[2] / median[1]:.2f}x"
    )
    cpu_1, cpu_2 = statistics.median(per_cpu[1]), statistics.median(per_cpu[2])
    print(
        f"pages per CPU second (median): 1 worker {cpu_1:.1f}, 2 workers {cpu_2:.1f}: "
        f"2 workers do {cpu_2 / cpu_1:.2f}x the work per CPU second (1.00 = no cost for going parallel)"
    )
    print(f"load average at end: {load_average()}; two busy processes get {cores_available():.2f} cores")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
