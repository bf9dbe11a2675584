"""Peak RSS of ``newsparse batch`` on a WARC of at least 300 MB that this script builds.

    python benchmarks/memory.py /work/shared/corpus/wcxb-dev [--size-mb 300] [--gzip] [--dir /tmp] [--workers 2]

The WARC is written from corpus pages (cycled, each copy with its own URL) into a new
temporary folder under ``--dir`` and deleted at the end (``--keep`` keeps it). Then
``python -m newsparse batch WARC -o OUT.jsonl`` runs in a child process while this script
samples, ten times a second, the RSS of that process and of every process under it (the
forkserver and the workers). It prints the peak so far when 25%, 50% and 100% of the
records are in OUT: memory that stays flat does not grow between those three.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from corpus import corpus_pages, cycle_pages, load_average, write_warc

MB = 1024 * 1024


class Sampler:
    """The RSS of a process tree: current and peak, of the whole tree and of the main process."""

    def __init__(self, pid: int) -> None:
        self.main = psutil.Process(pid)
        self.peak_tree = self.peak_main = self.peak_worker = 0
        self.processes = 0

    def sample(self) -> None:
        try:
            tree = [self.main, *self.main.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        sizes = []
        for process in tree:
            try:
                sizes.append(process.memory_info().rss)
            except psutil.NoSuchProcess:
                sizes.append(0)
        self.processes = max(self.processes, len(tree))
        self.peak_tree = max(self.peak_tree, sum(sizes))
        self.peak_main = max(self.peak_main, sizes[0])
        self.peak_worker = max(self.peak_worker, max(sizes[1:], default=0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a wcxb-dev style corpus folder (html/*.html.gz)")
    parser.add_argument("--size-mb", type=int, default=300, help="the WARC's least size in MB (default 300)")
    parser.add_argument("--gzip", action="store_true", help="write .warc.gz (one gzip member per record)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary folder (default: TMPDIR)")
    parser.add_argument("--workers", type=int, default=2, help="newsparse batch --workers (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the WARC and OUT files")
    args = parser.parse_args()

    print(f"load average at start: {load_average()}")
    folder = Path(tempfile.mkdtemp(prefix="newsparse-memory-", dir=args.dir))
    try:
        warc = folder / ("big.warc.gz" if args.gzip else "big.warc")
        started = time.perf_counter()
        records = write_warc(warc, cycle_pages(corpus_pages(args.corpus)), min_bytes=args.size_mb * 1_000_000)
        size = warc.stat().st_size
        print(f"built {warc} : {size / 1e6:.1f} MB, {records} records, in {time.perf_counter() - started:.1f} s")

        out = folder / "out.jsonl"
        command = [sys.executable, "-m", "newsparse", "batch", str(warc), "-o", str(out)]
        command += ["--workers", str(args.workers), "--no-progress"]
        print("running:", " ".join(command))
        started = time.perf_counter()
        child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        sampler = Sampler(child.pid)
        checkpoints = {25: records * 25 // 100, 50: records * 50 // 100, 100: records}
        lines = offset = 0
        while child.poll() is None:
            sampler.sample()
            if out.exists():
                with open(out, "rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
                offset += len(chunk)
                lines += chunk.count(b"\n")
            for percent, target in list(checkpoints.items()):
                if lines >= target:
                    print(
                        f"{percent:3d}% ({lines} of {records} records, {time.perf_counter() - started:6.1f} s): "
                        f"peak RSS so far: all {sampler.processes} processes {sampler.peak_tree / MB:.0f} MB, "
                        f"main {sampler.peak_main / MB:.0f} MB, largest worker {sampler.peak_worker / MB:.0f} MB"
                    )
                    del checkpoints[percent]
            time.sleep(0.1)
        _, err = child.communicate()
        elapsed = time.perf_counter() - started
        for percent in checkpoints:  # the run ended between two samples
            print(
                f"{percent:3d}% (at exit): peak RSS: all {sampler.processes} processes {sampler.peak_tree / MB:.0f} MB, "
                f"main {sampler.peak_main / MB:.0f} MB, largest worker {sampler.peak_worker / MB:.0f} MB"
            )
        print(err.strip())
        print(f"exit code {child.returncode}; {records / elapsed:.1f} records/s over {elapsed:.1f} s")
        verdict = "under" if sampler.peak_tree < 300 * MB else "OVER"
        print(f"peak RSS of all processes: {sampler.peak_tree / MB:.0f} MB ({verdict} 300 MB)")
        print(f"load average at end: {load_average()}")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
