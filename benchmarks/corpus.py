"""Shared by the benchmarks: corpus pages, WARC files built from them, and machine facts.

The corpus folder is given on the command line (``wcxb-dev`` layout: ``html/NNNN.html.gz``
and ``ground-truth/NNNN.json`` with the page URL). Nothing here is imported by newsparse.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from newsparse import PageInput


def corpus_pages(folder: Path) -> list[PageInput]:
    """Every page of a wcxb-dev style corpus folder, with its URL, in file order."""
    pages = []
    for path in sorted((folder / "html").glob("*.html.gz")):
        truth = folder / "ground-truth" / (path.name.removesuffix(".html.gz") + ".json")
        url = json.loads(truth.read_text("utf-8")).get("url") if truth.exists() else None
        pages.append(PageInput(id=path.name, data=gzip.decompress(path.read_bytes()), url=url))
    if not pages:
        raise SystemExit(f"{folder}: no html/*.html.gz pages here; pass a wcxb-dev style corpus folder")
    return pages


def response_record(url: str, body: bytes) -> bytes:
    """A WARC/1.1 response record holding a 200 HTTP response with an HTML body."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body)
    block = http + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: 2025-11-12T08:00:00Z\r\n"
        f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def cycle_pages(pages: list[PageInput]) -> Iterator[tuple[str, bytes]]:
    """The corpus pages over and over, each round with distinct URLs."""
    round_ = 0
    while True:
        for page in pages:
            url = page.url or f"https://corpus.invalid/{page.id}"
            yield (f"{url}#copy-{round_}" if round_ else url), page.data
        round_ += 1


def write_warc(path: Path, records: Iterator[tuple[str, bytes]], *, min_bytes: int = 0, count: int = 0) -> int:
    """Write records until the file holds ``min_bytes`` and ``count`` records; return the record count.

    A ``.gz`` path gets one gzip member per record, as crawlers write them.
    """
    gz = path.name.endswith(".gz")
    written = size = 0
    with open(path, "wb") as out:
        for url, body in records:
            if size >= min_bytes and written >= count:
                break
            record = response_record(url, body)
            blob = gzip.compress(record, compresslevel=6) if gz else record
            out.write(blob)
            size += len(blob)
            written += 1
    return written


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, as ``uptime`` prints them."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def _spin(seconds: float) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        pass
    return (time.process_time() - cpu) / (time.perf_counter() - started)


def cores_available(processes: int = 2, seconds: float = 1.0) -> float:
    """How many cores ``processes`` busy processes actually get right now (CPU seconds per second).

    On a quiet 2-core machine two spinning processes get about 2.0; on a shared one, less:
    that is the ceiling for any speed-up measured at the same time.
    """
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        return sum(pool.map(_spin, [seconds] * processes))
