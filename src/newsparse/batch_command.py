"""``newsparse batch``: parse files, folders, WARC and JSONL files into one JSONL file.

One JSON line per input, in input order: ``{"input": ID, "article": {...}}`` or
``{"input": ID, "failure": {...}}`` (see :func:`newsparse.records.result_line`). A progress
bar with pages/s and errors is drawn on a terminal (it needs the ``progress`` extra) and
nothing is drawn in a pipe; a summary is printed on standard error at the end.
``--resume`` skips the inputs already in OUT, so an interrupted run can go on.

Exit codes: 0 when every input gave an article, 1 when any input in OUT failed, 2 on a
usage error (a missing input, an OUT that exists without ``--resume`` or ``--overwrite``, an
OUT that cannot be written).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
import time
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from newsparse.errors import AdapterError, InputError, MissingExtraError, missing_extra
from newsparse.readers import WARC_SUFFIXES, is_glob, read_paths
from newsparse.records import Failure, PageInput

__all__ = ["add_batch_command"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class BatchUsageError(Exception):
    """A mistake in the command line (reported with exit code 2)."""


def add_batch_command(commands: Any) -> None:
    """Add the ``batch`` subcommand to the ``newsparse`` command's subparsers."""
    p = commands.add_parser(
        "batch",
        help="parse many pages (HTML files, folders, WARC, JSONL) into a JSONL file, on every core",
        description="Parse every page in the inputs in parallel; write one JSON line per input (article or failure).",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="HTML files (.html, .html.gz), folders, glob patterns, WARC files (.warc, .warc.gz) or JSONL files "
        "of {url, html} objects",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="the JSONL file to write (- for stdout)")
    p.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes (default: one per core; 0: no workers)"
    )
    p.add_argument("--resume", action="store_true", help="skip the inputs already in OUT and append the others")
    p.add_argument("--overwrite", action="store_true", help="replace OUT when it exists")
    p.add_argument("--adapter", help="use this adapter for every page instead of detecting one")
    p.add_argument("--no-meta", action="store_true", help="leave provenance and problems out of the articles")
    p.add_argument("--no-progress", action="store_true", help="draw no progress bar, even on a terminal")
    p.set_defaults(run=run_batch)


def run_batch(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``newsparse batch`` with parsed arguments; return the exit code."""
    try:
        return _run(args, out)
    except BatchUsageError as exc:
        print(f"newsparse batch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (AdapterError, InputError, MissingExtraError) as exc:
        print(f"newsparse batch: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.batch import parse_many_with_ids
    from newsparse.cli import unicode_output
    from newsparse.records import result_line

    _check_inputs(args.inputs)
    to_stdout = args.output == "-"
    if args.resume and args.overwrite:
        raise BatchUsageError("--resume and --overwrite contradict each other: pick one")
    if to_stdout and args.resume:
        raise BatchUsageError("--resume needs an OUT file, not standard output")
    if args.workers is not None and args.workers < 0:
        raise BatchUsageError(f"--workers must be 0 or more, got {args.workers}")
    if args.adapter:
        from newsparse.registry import Registry

        Registry.default().get(args.adapter)  # an unknown name is a usage error, not a failure per page
    done = _Done()
    if not to_stdout:
        target = Path(args.output)
        if target.is_dir():
            raise BatchUsageError(f"{target}: is a folder; -o names the JSONL file to write")
        if args.resume and target.exists():
            done = _Done.read(target)
        elif target.exists() and target.stat().st_size and not args.overwrite:
            raise BatchUsageError(f"{target} exists: pass --resume to go on with it, or --overwrite to replace it")

    skipped: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    inputs: Iterable[PageInput | Failure] = read_paths(args.inputs, skipped=skipped)
    if done:
        inputs = _not_done(inputs, done, counts)
    progress = _Progress(enabled=not args.no_progress and sys.stderr.isatty())
    started = time.monotonic()
    try:
        sink: TextIO = out if to_stdout else open(args.output, "a" if args.resume else "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise BatchUsageError(_cannot_write(args.output, exc)) from None
    ascii_only = to_stdout and not unicode_output(sink)  # JSON with \u escapes is valid in any encoding
    interrupted = False
    failing = True  # until the loop ends: then a failed close is the error to report
    results = parse_many_with_ids(inputs, workers=args.workers, adapter=args.adapter)
    try:
        last_flush = started
        for input_id, result in results:
            line = json.dumps(result_line(input_id, result, meta=not args.no_meta), ensure_ascii=ascii_only) + "\n"
            _output(args.output, sink.write, line)
            failed = isinstance(result, Failure)
            counts[f"failed {result.stage}" if isinstance(result, Failure) else "articles"] += 1
            progress.update(failed)
            if time.monotonic() - last_flush > 1.0:
                _output(args.output, sink.flush)
                last_flush = time.monotonic()
        failing = False
    except KeyboardInterrupt:
        interrupted, failing = True, False
    finally:
        getattr(results, "close", lambda: None)()  # stops the worker processes, also when OUT cannot be written
        progress.close()
        try:
            _output(args.output, sink.flush if to_stdout else sink.close)
        except BatchUsageError:
            if not failing:  # else the error already on its way says it
                raise
    elapsed = time.monotonic() - started
    print(
        _summary(counts=counts, skipped=skipped, done=done, elapsed=elapsed, args=args, interrupted=interrupted),
        file=sys.stderr,
    )
    if interrupted:
        return EXIT_INTERRUPTED
    failed_total = counts["failed read"] + counts["failed parse"] + done.failures
    return EXIT_FAILED if failed_total else EXIT_OK


def _output(name: str, operation: Any, *args: Any) -> None:
    """Write to OUT; an OSError (a missing folder, a full disk) becomes a usage error naming OUT."""
    try:
        operation(*args)
    except BrokenPipeError:
        raise  # `-o -` into a pipe whose reader stopped: the command ends quietly
    except OSError as exc:
        raise BatchUsageError(_cannot_write(name, exc)) from None


def _cannot_write(name: str, exc: OSError) -> str:
    import errno

    what = "standard output" if name == "-" else name
    advice = {
        errno.ENOENT: "its folder does not exist: create it or pick another -o",
        errno.ENOSPC: "the disk is full: free some space or pick another -o"
        + ("" if name == "-" else ", then go on with --resume"),
        errno.EACCES: "no permission to write there: pick another -o",
        errno.EROFS: "the file system is read-only: pick another -o",
    }.get(exc.errno or 0, "pick another -o")
    return f"{what}: cannot write ({exc.strerror or exc}); {advice}"


def _check_inputs(args: list[str]) -> None:
    for arg in args:
        if not os.path.exists(arg) and not (is_glob(arg) and glob.glob(arg, recursive=True)):
            what = "the pattern matches no file" if is_glob(arg) else "no such file or folder"
            raise BatchUsageError(f"{arg}: {what}")
        if arg.lower().endswith(WARC_SUFFIXES):
            try:
                import fastwarc  # noqa: F401
            except ImportError:
                raise missing_extra("reading WARC files", "fastwarc", "warc") from None


def _summary(
    *,
    counts: Counter[str],
    skipped: Counter[str],
    done: _Done,
    elapsed: float,
    args: argparse.Namespace,
    interrupted: bool,
) -> str:
    from newsparse.batch import default_workers

    failed = counts["failed read"] + counts["failed parse"]
    total = counts["articles"] + failed
    lines = [
        f"newsparse batch: {total:,} inputs parsed: {counts['articles']:,} articles, {failed:,} failed "
        f"({counts['failed read']:,} unreadable, {counts['failed parse']:,} unparsable)"
    ]
    if done:
        lines.append(
            f"  {counts['already done']:,} inputs skipped as already in {args.output} "
            f"({len(done):,} there before this run, {done.failures:,} of them failed)"
        )
    if skipped:
        lines.append("  not pages, skipped: " + ", ".join(f"{n:,} {reason}" for reason, n in skipped.most_common()))
    workers = default_workers() if args.workers is None else args.workers
    rate = total / elapsed if elapsed > 0 else 0.0
    lines.append(f"  {rate:,.1f} pages/s over {elapsed:,.1f} s with {workers} worker(s) -> {args.output}")
    if interrupted:
        lines.append("  interrupted: run the same command with --resume to go on")
    return "\n".join(lines)


# --------------------------------------------------------------------------- resume


class _Done:
    """The ids of the inputs already in OUT, kept as sorted 64-bit hashes (8 bytes each)."""

    def __init__(self, hashes: array[int] | None = None, failures: int = 0) -> None:
        self.hashes = hashes if hashes is not None else array("Q")
        self.failures = failures

    def __len__(self) -> int:
        return len(self.hashes)

    def __contains__(self, input_id: str) -> bool:
        key = _hash(input_id)
        i = bisect_left(self.hashes, key)
        return i < len(self.hashes) and self.hashes[i] == key

    @classmethod
    def read(cls, path: Path) -> _Done:
        """Read OUT's ids; cut off a last line left half-written by an interrupted run."""
        hashes: array[int] = array("Q")
        failures = 0
        keep = 0  # bytes of complete lines
        with open(path, "rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break
                keep += len(raw)
                found = _id_and_kind(raw)
                if found is not None:  # else a damaged line: its input is parsed again and appended
                    hashes.append(_hash(found[0]))
                    failures += found[1] == "failure"
        if keep < path.stat().st_size:
            with open(path, "r+b") as handle:
                handle.truncate(keep)
        return cls(array("Q", sorted(hashes)), failures)


_DECODER = json.JSONDecoder()
_PREFIX = '{"input": '


def _id_and_kind(raw: bytes) -> tuple[str, str] | None:
    """The input id and ``article`` or ``failure`` of an OUT line, without decoding the article."""
    text = raw.decode("utf-8", "replace")
    if text.startswith(_PREFIX):  # what newsparse batch writes: the id first
        try:
            input_id, end = _DECODER.raw_decode(text, len(_PREFIX))
        except ValueError:
            return None
        kind = text[end : end + 12]
        if isinstance(input_id, str) and kind in (', "article":', ', "failure":'):
            return input_id, kind[3:-2]
        return None
    try:
        line = json.loads(text)
    except ValueError:
        return None
    if isinstance(line, dict) and isinstance(line.get("input"), str) and ("article" in line or "failure" in line):
        return line["input"], "failure" if "failure" in line else "article"
    return None


def _hash(input_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(input_id.encode("utf-8", "surrogateescape"), digest_size=8).digest(), "big")


def _not_done(
    inputs: Iterable[PageInput | Failure], done: _Done, counts: Counter[str]
) -> Iterator[PageInput | Failure]:
    for item in inputs:
        if (item.id if isinstance(item, PageInput) else item.input) in done:
            counts["already done"] += 1
        else:
            yield item


# --------------------------------------------------------------------------- progress


class _Progress:
    """A tqdm bar with pages/s and errors on a terminal; nothing otherwise."""

    def __init__(self, *, enabled: bool) -> None:
        self.bar: Any = None
        self.errors = 0
        if not enabled:
            return
        try:
            from tqdm import tqdm  # type: ignore[import-untyped]
        except ImportError:
            print(f"newsparse batch: {missing_extra('a progress bar', 'tqdm', 'progress')}", file=sys.stderr)
            return
        self.bar = tqdm(unit=" pages", file=sys.stderr, mininterval=0.5, dynamic_ncols=True, postfix={"errors": 0})

    def update(self, failed: bool) -> None:
        if self.bar is None:
            return
        if failed:
            self.errors += 1
            self.bar.set_postfix(errors=self.errors, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
