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
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{warc_type} {url} {block!r}')}>",  # fixed bytes
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


def sample_crawl(folder: Path) -> list[Path]:
    """Three small WARC files with the cases batch parsing must handle, pages from tests/pages.

    Real article pages (UTF-8, and windows-1252 named only by the HTTP header), records
    that are not pages (a request, an image, a 404), a PDF served as text/html (a parse
    failure), a truncated last record, and a corrupt gzip member in the middle of a file.
    """
    from .conftest import page_bytes

    latin = page_bytes("seed/seed-latin1.html").replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b""
    )
    base = "https://www.quotidien-exemple.dz"
    one = write_warc(
        folder / "one.warc.gz",
        [
            warc_record("warcinfo", b"software: newsparse tests\r\n", content_type="application/warc-fields"),
            request(f"{base}/classic/"),
            response(f"{base}/classic/", page_bytes("seed/seed-classic.html")),
            response(f"{base}/latin/", latin, content_type="text/html; charset=windows-1252"),
            response(f"{base}/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png"),
            response(f"{base}/paper/", b"%PDF-1.7\n" + b"x" * 200, content_type="text/html"),
            response(f"{base}/gone/", b"<html><h1>Not found</h1></html>", status="404 Not Found"),
        ],
    )
    two = folder / "two.warc"
    whole = write_warc(
        two,
        [
            response(f"{base}/composer/", page_bytes("seed/seed-composer.html")),
            response(f"{base}/minimal/", page_bytes("seed/seed-minimal.html")),
            response(f"{base}/cut/", page_bytes("seed/seed-minimal.html")),
        ],
    ).read_bytes()
    two.write_bytes(whole[:-500])  # the last record is cut short
    members = [
        gzip.compress(response(f"{base}/{n}/", b"<html><h1>Page %d</h1><p>Text %d.</p></html>" % (n, n)))
        for n in range(4)
    ]
    members[1] = members[1][:40] + b"\xff" * 24 + members[1][64:]  # damaged inside
    three = folder / "three.warc.gz"
    three.write_bytes(b"".join(members))
    return [one, two, three]
