"""The Dask path on a LocalCluster of 2 worker processes against ``newsparse batch --workers 2``.

    python benchmarks/dask_vs_batch.py /work/shared/corpus/wcxb-dev [--files 4] [--pages-per-file 150] [--blocksize BYTES]

Builds ``--files`` WARC.gz files from corpus pages in a temporary folder, then parses them
with ``newsparse batch`` (a child process, as a user runs it) and with
``newsparse.dask.read_warc_bag`` on a ``LocalCluster(n_workers=2, threads_per_worker=1)``.
It checks that both give the same lines (articles and failures, in the same order) and
prints both times, the cluster's start-up time and the overhead of Dask over batch.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from corpus import cores_available, corpus_pages, cycle_pages, load_average, write_warc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a wcxb-dev style corpus folder (html/*.html.gz)")
    parser.add_argument("--files", type=int, default=4, help="WARC files to build (default 4)")
    parser.add_argument("--pages-per-file", type=int, default=150, help="records per file (default 150)")
    parser.add_argument("--blocksize", type=int, default=None, help="split files in byte ranges of this size")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary folder")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    import newsparse.dask

    print(f"load average at start: {load_average()}; two busy processes get {cores_available():.2f} cores")
    folder = Path(tempfile.mkdtemp(prefix="newsparse-dask-", dir=args.dir))
    try:
        pages = cycle_pages(corpus_pages(args.corpus))
        files = []
        for n in range(args.files):
            path = folder / f"part-{n}.warc.gz"
            write_warc(path, islice(pages, args.pages_per_file), count=args.pages_per_file)
            files.append(path)
        total = sum(p.stat().st_size for p in files) / 1e6
        print(f"built {len(files)} WARC.gz files, {args.files * args.pages_per_file} records, {total:.1f} MB")

        out = folder / "out.jsonl"
        command = [sys.executable, "-m", "newsparse", "batch", *map(str, files), "-o", str(out)]
        command += ["--workers", "2", "--no-progress"]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        batch_seconds = time.perf_counter() - started
        print(f"newsparse batch --workers 2: {batch_seconds:.1f} s (exit code {done.returncode})")
        print("  " + done.stderr.strip().replace("\n", "\n  "))
        batch_lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]

        started = time.perf_counter()
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
        client = Client(cluster)
        startup = time.perf_counter() - started
        try:
            bag = newsparse.dask.read_warc_bag(files, blocksize=args.blocksize)
            started = time.perf_counter()
            dask_lines = json.loads(json.dumps(bag.compute()))
            dask_seconds = time.perf_counter() - started
        finally:
            client.close()
            cluster.close()
        print(
            f"dask LocalCluster(2 processes): {dask_seconds:.1f} s for {bag.npartitions} partitions "
            f"(+ {startup:.1f} s to start the cluster)"
        )
        same = dask_lines == batch_lines
        articles = sum("article" in line for line in dask_lines)
        print(f"same lines as newsparse batch: {same} ({len(dask_lines)} lines, {articles} articles)")
        print(f"pages/s: batch {len(batch_lines) / batch_seconds:.1f}, dask {len(dask_lines) / dask_seconds:.1f}")
        print(
            f"dask overhead over batch: {dask_seconds / batch_seconds:.2f}x the time "
            f"({(dask_seconds + startup) / batch_seconds:.2f}x with the cluster start-up)"
        )
        print(f"load average at end: {load_average()}; two busy processes get {cores_available():.2f} cores")
        if not same:
            raise SystemExit("the Dask path and newsparse batch disagree")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
