"""Small WARC files written byte by byte, so tests can break them on purpose."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path


def warc_record(warc_type: str, block: bytes, *, url: str | None = None, content_type: str | None = None) -> bytes:
    """One WARC/1.1 record: headers, the block, and the two CRLFs that end it."""
    headers = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        "WARC-Date: 2025-11-12T08:00:00Z",
    ]
    if url is not None:
        headers.append(f"WARC-Target-URI: {url}")
    if content_type is not None:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def response(
    url: str,
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Iterable[str] = (),
) -> bytes:
    """A ``response`` record holding an HTTP response with ``body``."""
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(headers)
    http = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    return warc_record("response", http, url=url, content_type="application/http; msgtype=response")


def request(url: str) -> bytes:
    """A ``request`` record (what crawlers write before each response)."""
    http = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
    return warc_record("request", http, url=url, content_type="application/http; msgtype=request")


def write_warc(path: Path, records: Iterable[bytes], *, gz: bool | None = None) -> Path:
    """Write ``records`` to ``path``; gzip each record as its own member when gz (default: by name)."""
    gz = path.name.endswith(".gz") if gz is None else gz
    path.write_bytes(b"".join(gzip.compress(r) if gz else r for r in records))
    return path
