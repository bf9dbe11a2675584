"""Reading pages from what users have: HTML files and folders, WARC archives, JSONL.

Every reader yields :class:`~newsparse.records.PageInput` items, ready for
:func:`newsparse.parse_many`, and a :class:`~newsparse.records.Failure` (``stage="read"``)
for anything it could not read: a truncated WARC record, a corrupt stretch of a file, a
bad JSONL line. Readers never raise on bad data and never stop at it; they go on with the
next record. Records that are not pages (WARC requests and metadata, images, redirects)
are skipped and counted in the ``skipped`` counter when one is passed.

- :func:`read_paths`: files, folders (walked recursively) and glob patterns, each read by
  the reader its name calls for (``.warc``/``.warc.gz``, ``.jsonl``/``.jsonl.gz``, else HTML);
- :func:`read_html_file`: one ``.html`` or ``.html.gz`` file;
- :func:`read_warc`: HTTP response records with an HTML content type (needs the ``warc``
  extra, fastwarc); the record's target URI is the page URL and its HTTP ``Content-Type``
  charset is passed to the decoder;
- :func:`read_jsonl`: one ``{"url": ..., "html": ...}`` object a line.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> line = {"url": "https://example.org/a", "html": "<h1>Hi</h1>"}
>>> _ = (folder / "pages.jsonl").write_text(json.dumps(line) + "\\n{oops\\n")
>>> [type(item).__name__ for item in read_paths([folder])]
['PageInput', 'Failure']
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsparse.document import DEFAULT_MAX_BYTES
from newsparse.errors import InputError, missing_extra
from newsparse.records import Failure, PageInput

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "WARC_SUFFIXES",
    "expand_paths",
    "is_glob",
    "jsonl_line_limit",
    "read_html_file",
    "read_jsonl",
    "read_page_bytes",
    "read_paths",
    "read_warc",
    "warc_byte_ranges",
]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

PathArg = str | os.PathLike[str]


# --------------------------------------------------------------------------- paths


def expand_paths(args: Iterable[PathArg]) -> Iterator[Path]:
    """Every input file named by ``args``: files as given, folders walked, globs expanded.

    Folders are walked recursively in name order and give the files whose names end in a
    suffix newsparse reads (HTML, WARC or JSONL). A path that does not exist, a glob that
    matches nothing and a folder that cannot be read raise :class:`~newsparse.InputError`:
    a typo or a missing permission should not pass for an empty input.
    (:func:`read_paths` reports an unreadable folder as a Failure and goes on.)

    >>> list(expand_paths(["/no/such/page.html"]))
    Traceback (most recent call last):
    ...
    newsparse.errors.InputError: /no/such/page.html: no such file or folder
    """
    for item in _expand(args):
        if isinstance(item, Failure):
            raise InputError(f"{item.input}: {item.message}")
        yield item


def _expand(args: Iterable[PathArg]) -> Iterator[Path | Failure]:
    """What :func:`expand_paths` gives, with a Failure for each folder that cannot be read."""
    for arg in args:
        text = os.fspath(arg)
        path = Path(text)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif is_glob(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise InputError(f"{text}: the pattern matches no file")
            for match in matches:
                yield from _walk(Path(match)) if Path(match).is_dir() else (Path(match),)
        else:
            raise InputError(f"{text}: no such file or folder")


def is_glob(text: str) -> bool:
    """Whether ``text`` is a glob pattern (has ``*``, ``?`` or ``[``).

    >>> is_glob("crawl/*.warc.gz"), is_glob("crawl/a.warc.gz")
    (True, False)
    """
    return any(c in text for c in "*?[")


def _walk(folder: Path) -> Iterator[Path | Failure]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        yield from (_unreadable_folder(error, folder) for error in errors)
        errors.clear()
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(HTML_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES):
                yield Path(root) / name
    yield from (_unreadable_folder(error, folder) for error in errors)


def _unreadable_folder(error: OSError, walked: Path) -> Failure:
    where = os.fspath(error.filename) if error.filename is not None else os.fspath(walked)
    return Failure(
        input=where,
        stage="read",
        error=type(error).__name__,
        message=f"cannot read the folder ({error.strerror or error}), so none of its files were read: "
        "make it readable by the user running newsparse, or leave it out",
    )


def read_paths(
    args: Iterable[PathArg], *, skipped: Counter[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[PageInput | Failure]:
    """Read every page in the files, folders and globs ``args`` (see :func:`expand_paths`).

    A file is read by the reader its name calls for: WARC (``.warc``, ``.warc.gz``), JSONL
    (``.jsonl``, ``.ndjson``, optionally ``.gz``), otherwise an HTML page (``.gz`` is
    decompressed). A folder that cannot be read gives a Failure with its path as the
    input id, and reading goes on with the other inputs.
    """
    for path in _expand(args):
        if isinstance(path, Failure):  # a folder that cannot be read
            yield path
            continue
        name = path.name.lower()
        if name.endswith(WARC_SUFFIXES):
            yield from read_warc(path, skipped=skipped, max_bytes=max_bytes)
        elif name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path, skipped=skipped, max_bytes=max_bytes)
        else:
            yield read_html_file(path, max_bytes=max_bytes)


# --------------------------------------------------------------------------- HTML files


def read_html_file(path: PathArg, *, max_bytes: int = DEFAULT_MAX_BYTES) -> PageInput | Failure:
    """The page in one HTML file (gzip-compressed when its name ends in ``.gz``).

    Its id is the path as given; it has no URL (the parser falls back to the page's own
    canonical link). At most ``max_bytes`` + 1 bytes are read or unpacked: a larger page (or
    a small ``.gz`` that unpacks to gigabytes) gives a ``TooLarge`` Failure.
    """
    name = os.fspath(path)
    gz = name.lower().endswith(".gz")

    def too_large(what: str) -> Failure:
        return Failure(
            input=name,
            stage="read",
            error="TooLarge",
            message=f"{what} than max_bytes={max_bytes:,}: pass a larger max_bytes if the page is real",
        )

    try:
        size = os.stat(name).st_size
        if size > max_bytes:
            return too_large(f"the file is {size:,} bytes, more")
        with open(name, "rb") as handle:
            data = read_page_bytes(handle, gz=gz, max_bytes=max_bytes)
    except OSError as exc:  # gzip's BadGzipFile is an OSError too
        return Failure(input=name, stage="read", error=type(exc).__name__, message=f"cannot read the file: {exc}")
    except (EOFError, zlib.error) as exc:
        return Failure(input=name, stage="read", error="BadGzipFile", message=f"the gzip data is cut short: {exc}")
    if len(data) > max_bytes:
        return too_large("the file unpacks to more bytes" if gz else "the file holds more bytes")
    return PageInput(id=name, data=data)


def read_page_bytes(handle: IO[bytes], *, gz: bool, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read one page from ``handle``, unpacking gzip when ``gz``: at most ``max_bytes`` + 1 bytes.

    More than ``max_bytes`` bytes back means the page is over the limit: nothing larger is
    ever held in memory, whatever the file (``/dev/zero``, a gzip bomb, a 3 GB page).
    ``newsparse parse`` and :func:`read_html_file` read pages with it. Bad gzip data raises
    ``OSError``, ``EOFError`` or ``zlib.error``.
    """
    if gz:
        with gzip.GzipFile(fileobj=handle) as unpacked:
            return unpacked.read(max_bytes + 1)
    return handle.read(max_bytes + 1)


# --------------------------------------------------------------------------- JSONL


def read_jsonl(
    path: PathArg, *, skipped: Counter[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[PageInput | Failure]:
    """The pages in a JSONL file: one ``{"url": ..., "html": ...}`` object a line.

    ``charset`` (the HTTP charset) is read too when present. Each page's id is
    ``PATH:LINE`` (lines counted from 1); a line that is not such an object gives a
    Failure and reading goes on. Blank lines are skipped.

    A page whose ``html`` holds more than ``max_bytes`` characters gives a ``TooLarge``
    Failure, as does a line too long to hold a page within the limit (over
    :func:`jsonl_line_limit` bytes): such a line is skipped without being held in
    memory, so a file with no line breaks (or a 3 GB line) costs no more than the limit.
    """
    name = os.fspath(path)
    opener: Any = gzip.open if name.lower().endswith(".gz") else open
    limit = jsonl_line_limit(max_bytes)
    try:
        with opener(name, "rb") as handle:
            number = 0
            while raw := handle.readline(limit + 1):
                number += 1
                input_id = f"{name}:{number}"
                if len(raw) > limit and not raw.endswith(b"\n"):
                    _skip_line(handle)
                    yield Failure(
                        input=input_id,
                        stage="read",
                        error="TooLarge",
                        message=f"the line is longer than {limit:,} bytes, more than a page of max_bytes="
                        f"{max_bytes:,} can take in JSON: pass a larger max_bytes if the page is real",
                    )
                    continue
                if not raw.strip():
                    _count(skipped, "blank JSONL lines")
                    continue
                yield _page_from_json_line(input_id, raw, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(input=f"{name}:end", stage="read", error=type(exc).__name__, message=f"cannot read on: {exc}")


def jsonl_line_limit(max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The longest JSONL line (bytes) :func:`read_jsonl` reads for pages of ``max_bytes`` characters.

    JSON writes a character in at most 12 bytes (``\\ud83d\\ude00``, a character outside the
    Basic Multilingual Plane escaped as two UTF-16 halves); 64 KiB more leave room for
    the url, the charset and the keys.

    >>> jsonl_line_limit(1000)
    77536
    """
    return 12 * max_bytes + 65536


def _skip_line(handle: IO[bytes]) -> None:
    """Read on to the end of the current line, a MiB at a time, keeping none of it."""
    while (chunk := handle.readline(1 << 20)) and not chunk.endswith(b"\n"):
        pass


def _page_from_json_line(input_id: str, raw: bytes, max_bytes: int) -> PageInput | Failure:
    def bad(message: str) -> Failure:
        return Failure(input=input_id, stage="read", error="BadLine", message=message)

    try:
        obj = json.loads(raw)
    except ValueError as exc:
        return bad(f"not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return bad(f'expected an object {{"url": ..., "html": ...}}, got {type(obj).__name__}')
    html, url, charset = obj.get("html"), obj.get("url"), obj.get("charset")
    if not isinstance(html, str):
        return bad('the object has no "html" string')
    if url is not None and not isinstance(url, str):
        return bad(f'"url" must be a string, got {type(url).__name__}')
    if charset is not None and not isinstance(charset, str):
        return bad(f'"charset" must be a string, got {type(charset).__name__}')
    if len(html) > max_bytes:
        return Failure(
            input=input_id,
            stage="read",
            error="TooLarge",
            message=f'the "html" holds {len(html):,} characters, more than max_bytes={max_bytes:,}: '
            "pass a larger max_bytes if the page is real",
        )
    return PageInput(id=input_id, data=html, url=url, charset=charset)


# --------------------------------------------------------------------------- WARC

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_HEADER = re.compile(rb"WARC/1\.[01]\r?\n[A-Za-z][A-Za-z0-9-]*:")
# Two headers of a record read from its raw bytes, when fastwarc could not read it.
_CONTENT_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)", re.IGNORECASE)
_TARGET_URI = re.compile(rb"\r\nWARC-Target-URI:[ \t]*<?([^\s>]+)>?\r\n", re.IGNORECASE)
_SCAN_BLOCK = 1 << 20


def _fastwarc() -> Any:
    try:
        import fastwarc.stream_io
        import fastwarc.warc
    except ImportError:
        raise missing_extra("reading WARC files", "fastwarc", "warc") from None
    return fastwarc


def read_warc(
    path: PathArg,
    *,
    start: int = 0,
    end: int | None = None,
    skipped: Counter[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[PageInput | Failure]:
    """The HTML pages in a WARC file (``.warc`` or ``.warc.gz``), as the file is read.

    Each ``response`` record with a 2xx HTTP status and an HTML content type (or
    ``resource`` record of an HTML type) gives a page: its id is ``PATH@OFFSET`` (the
    record's byte offset in the file), its URL the record's ``WARC-Target-URI``, its
    charset the one in the HTTP ``Content-Type``; ``Content-Encoding`` and chunked
    transfer encoding are undone. Other records are skipped and counted in ``skipped``.

    A record cut short gives a ``TruncatedRecord`` Failure; a stretch of the file that
    cannot be read (corrupt gzip, garbage) gives one ``UnreadableData`` Failure with the id
    ``PATH@FROM-TO`` (from the last good record to the record where reading resumed, or
    ``end``), and reading resumes at the next record found after it.

    ``start`` and ``end`` read only the records that start in that byte range (what a
    Dask or Spark partition reads, see :func:`warc_byte_ranges`); ``start`` need not fall
    on a record. The ranges of a file together give exactly what reading it whole gives,
    failures included. Byte ranges need a plain WARC or one gzip member per record (what
    the WARC standard recommends and crawlers write).
    """
    warc = _fastwarc().warc
    name = os.fspath(path)
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed by the with below, after this check
    except OSError as exc:
        yield Failure(input=name, stage="read", error=type(exc).__name__, message=f"cannot open the file: {exc}")
        return
    with handle:
        gz = handle.read(2) == _GZIP_MAGIC[:2]
        position = _next_record_start(handle, start, gz) if start > 0 else 0
        bad_since: int | None = None  # the offset after which the file could not be read
        problem = ""
        # Unreadable data is reported by the range holding the last good record before it (which
        # reads on past its end to find where reading resumes), so every range reports what a
        # whole-file read reports. Until a range has read a record, what it cannot read is not its own.
        inherited = start > 0
        while position is not None and (end is None or position < end or bad_since is not None):
            restart = position
            handle.seek(restart)
            last: int | None = None
            resume_from: int | None = None
            # The last record read is handed out once fastwarc has read past its end: a gzip member
            # whose data is damaged can inflate to the right length and fail only at its checksum.
            held: PageInput | Failure | None = None
            try:
                for record in warc.ArchiveIterator(handle, parse_http=False, stream_detect=True):
                    offset = int(record.stream_pos)
                    if held is not None:
                        yield held
                        held = None
                    if bad_since is not None:
                        yield _unreadable(name, bad_since, offset, problem)
                        bad_since = None
                    if end is not None and offset >= end and _findable(handle, offset, gz):
                        break  # the range it starts in reads it (one whose headers are cut short is read here)
                    inherited = False
                    last = offset
                    item = _page_from_record(record, f"{name}@{offset}", skipped, max_bytes)
                    if isinstance(item, Failure) and item.error == "TruncatedRecord":
                        yield item
                        resume_from = offset + 1  # its length was wrong: look for the next record inside it
                        break
                    held = item
                else:
                    if held is not None:
                        yield held
                        held = None
                    # fastwarc ends quietly where a gzip member is cut short at the end of the file:
                    # a member left after the last record read is a record lost, and is reported.
                    after = last if last is not None else restart
                    # So is a file that ends inside a record's WARC headers, before fastwarc sees a record.
                    cut = None if inherited else _cut_short_at_end(handle, after, gz)
                    if cut is not None and cut == last:  # its data was read whole: only the gzip trailer is missing
                        cut = None
                    if cut is not None:
                        if bad_since is not None:
                            yield _unreadable(name, bad_since, cut, problem)
                            bad_since = None
                        yield _cut_short(handle, name, cut, gz)
                        position = None
                    elif gz and _next_record_start(handle, after + 1, gz) is not None:
                        if bad_since is None and not inherited:
                            bad_since, problem = after, "the gzip data of a record ends early"
                        resume_from = after + 1
                    else:
                        position = None
            except OSError as exc:  # fastwarc's word for corrupt gzip data or a bad header
                failed_after = last if last is not None else restart
                if last is not None and gz and not _gzip_member_intact(name, last):
                    yield Failure(
                        input=f"{name}@{last}",
                        stage="read",
                        error="CorruptRecord",
                        message=f"the gzip data of the record is damaged ({exc}); it was skipped",
                        url=held.url if held is not None else None,
                    )
                else:
                    if held is not None:
                        yield held
                    if bad_since is None and not inherited:
                        bad_since, problem = failed_after, str(exc)
                resume_from = failed_after + 1
            if resume_from is None:
                break
            position = _next_record_start(handle, resume_from, gz)
        if bad_since is not None:
            yield _unreadable(name, bad_since, position, problem)


def _cut_short_at_end(handle: IO[bytes], offset: int, gz: bool) -> int | None:
    """The offset of a record the file ends inside, before its WARC headers can be read; None if none.

    Walks the records from ``offset`` (a record start) to the end of the file: fastwarc ends
    quietly where the file ends inside a record's headers (or the start of its gzip member),
    and that record would be lost without a word. Anything else (garbage, a corrupt member)
    gives None and is left to the rest of :func:`read_warc`.
    """
    size = os.fstat(handle.fileno()).st_size
    position = offset
    while position < size:
        handle.seek(position)
        if gz:
            length = _gzip_member_length(handle)
            if length is None:  # not a gzip member, or a corrupt one
                return None
            if length < 0:  # the file ends inside this member
                return position
            position += length
            continue
        head = handle.read(_HTTP_HEAD_LIMIT)
        start = len(head) - len(head.lstrip(b"\r\n"))  # the blank lines that end the previous record
        head = head[start:]
        if not head:
            return None
        if not _could_start_record(head):
            return None
        ends = head.find(b"\r\n\r\n")
        if ends < 0:
            return position + start if position + start + len(head) >= size else None
        declared = _CONTENT_LENGTH.search(head[:ends])
        if declared is None:
            return None
        position += start + ends + 4 + int(declared.group(1))
    return None


def _gzip_member_length(handle: IO[bytes]) -> int | None:
    """The length of the gzip member at the handle's position; -1 when the file ends inside it.

    None when the bytes there are not a gzip member or its data is corrupt.
    """
    inflater = zlib.decompressobj(31)
    used = 0
    first = True
    while block := handle.read(_SCAN_BLOCK):
        if first and not block.startswith(_GZIP_MAGIC[: len(block)]):
            return None
        first = False
        data = block
        try:
            while data:
                inflater.decompress(data, _SCAN_BLOCK)  # bounded output: only the length is wanted
                if inflater.eof:
                    return used + len(block) - len(inflater.unused_data)
                data = inflater.unconsumed_tail
        except zlib.error:
            return None
        used += len(block)
    return None if first else -1


def _could_start_record(head: bytes) -> bool:
    """Whether ``head`` is, or could be the start of, a record's WARC headers."""
    return _WARC_HEADER.match(head) is not None or (b"WARC/1."[: len(head)] == head[:7] and len(head) <= 64)


def _cut_short(handle: IO[bytes], name: str, offset: int, gz: bool) -> Failure:
    size = os.fstat(handle.fileno()).st_size
    handle.seek(offset)
    head = handle.read(_HTTP_HEAD_LIMIT)
    if gz:
        try:
            head = zlib.decompressobj(31).decompress(head, _HTTP_HEAD_LIMIT)
        except zlib.error:
            head = b""
    found = _TARGET_URI.search(head)
    return Failure(
        input=f"{name}@{offset}",
        stage="read",
        error="TruncatedRecord",
        message=f"the record is cut short: the file ends {size - offset:,} bytes into it, before its WARC "
        "headers could be read (the file was truncated: copy or download it again)",
        url=found.group(1).decode("utf-8", "replace") if found else None,
    )


def _findable(handle: IO[bytes], offset: int, gz: bool) -> bool:
    """Whether the record at ``offset`` looks like a record start (see :func:`_next_record_start`).

    Leaves the handle where it was: fastwarc is reading from it.
    """
    here = handle.tell()
    try:
        return _is_record_start(handle, offset, gz)
    finally:
        handle.seek(here)


def _gzip_member_intact(name: str, offset: int) -> bool:
    """Whether the gzip member at ``offset`` inflates to its end and matches its checksum."""
    inflater = zlib.decompressobj(31)
    with open(name, "rb") as handle:
        handle.seek(offset)
        while block := handle.read(_SCAN_BLOCK):
            data = block
            try:
                while data:
                    inflater.decompress(data, _SCAN_BLOCK)  # bounded output: the bytes are only checked
                    if inflater.eof:
                        return True
                    data = inflater.unconsumed_tail
            except zlib.error:
                return False
    return False


def _unreadable(name: str, since: int, until: int | None, problem: str) -> Failure:
    where = f"resumed at the record at byte {until:,}" if until is not None else "found no record after it"
    return Failure(
        input=f"{name}@{since}-{until if until is not None else 'end'}",
        stage="read",
        error="UnreadableData",
        message=f"cannot read the file after byte {since:,} ({problem}); {where}",
    )


def _page_from_record(
    record: WarcRecord, input_id: str, skipped: Counter[str] | None, max_bytes: int
) -> PageInput | Failure | None:
    warc = _fastwarc().warc
    kind = record.record_type
    url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>") or None

    def failure(error: str, message: str) -> Failure:
        return Failure(input=input_id, stage="read", error=error, message=message, url=url)

    declared = (record.headers.get("Content-Length") or "").strip()
    if not declared.isdigit():  # every record has one: its headers were cut short (their type too, maybe)
        return failure("TruncatedRecord", "the record's WARC headers end early: it has no Content-Length")
    if kind not in (warc.WarcRecordType.response, warc.WarcRecordType.resource):
        _count(skipped, f"{kind} records")
        return None
    block_length = int(declared)
    wrapped = "application/http" in (record.headers.get("Content-Type") or "").lower()
    if kind == warc.WarcRecordType.response and not wrapped:
        _count(skipped, "response records without HTTP headers")
        return None
    head = _read_up_to(record.reader, min(block_length, _HTTP_HEAD_LIMIT)) if wrapped else b""
    status, headers, body_at = _http_head(head) if wrapped else (200, {}, 0)
    if body_at < 0:
        if len(head) < min(block_length, _HTTP_HEAD_LIMIT):
            return failure("TruncatedRecord", "the record is cut short inside its HTTP headers")
        return failure("BadHttpHeaders", f"no end of the HTTP headers in the first {len(head):,} bytes")
    if not 200 <= status < 300:
        _count(skipped, "responses with a status other than 2xx")
        return None
    content_type, charset = _content_type(
        headers.get("content-type") if wrapped else record.headers.get("Content-Type")
    )
    if content_type is not None and content_type.lower() not in _HTML_TYPES:
        _count(skipped, "non-HTML responses")
        return None
    payload_length = block_length - body_at
    if payload_length > max_bytes:
        return failure(
            "TooLarge", f"the record's payload is {payload_length:,} bytes, more than max_bytes={max_bytes:,}"
        )
    try:
        block = head + record.reader.read()
    except OSError as exc:
        return failure("TruncatedRecord", f"the record cannot be read to its end: {exc}")
    if len(block) < block_length:
        return failure(
            "TruncatedRecord",
            f"the record is cut short: {len(block):,} of its {block_length:,} bytes are in the file",
        )
    if not _digest_matches(block[:block_length], record.headers.get("WARC-Block-Digest")):
        return failure("DigestMismatch", "the record's bytes do not match its WARC-Block-Digest: the file is damaged")
    data = block[body_at:block_length]
    try:
        data = _undo_http_encodings(data, headers)
    except OSError as exc:
        return failure("BadEncoding", f"cannot decode the payload: {exc}")
    if content_type is None and not _looks_like_html(data):
        _count(skipped, "non-HTML responses")
        return None
    return PageInput(id=input_id, data=data, url=url, charset=charset or None)


# HTTP headers longer than this are not a web server's: the record is reported as malformed.
_HTTP_HEAD_LIMIT = 64 * 1024
_HTTP_STATUS = re.compile(rb"HTTP/\d(?:\.\d)?\s+(\d{3})")


def _digest_matches(block: bytes, header: str | None) -> bool:
    """Whether ``block`` matches a ``WARC-Block-Digest`` (``sha1:BASE32``, as crawlers write it; hex too).

    An absent digest or an algorithm Python does not know cannot be checked and passes.
    """
    import base64
    import hashlib

    algorithm, _, expected = (header or "").strip().partition(":")
    try:
        digest = hashlib.new(algorithm.lower().replace("-", ""), block).digest()
    except ValueError:
        return True
    expected = expected.strip()
    return expected.upper() == base64.b32encode(digest).decode() or expected.lower() == digest.hex()


def _read_up_to(reader: Any, size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        part = reader.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _http_head(head: bytes) -> tuple[int, dict[str, str], int]:
    """The status, the headers (lower-case names) and where the body starts; -1 when the head does not end."""
    end = head.find(b"\r\n\r\n")
    skip = 4
    if end < 0:
        end, skip = head.find(b"\n\n"), 2
    if end < 0:
        return 0, {}, -1
    lines = head[:end].decode("latin-1").splitlines()
    match = _HTTP_STATUS.match(lines[0].encode("latin-1")) if lines else None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return (int(match.group(1)) if match else 0), headers, end + skip


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    mime, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return mime.strip() or None, match.group(1) if match else None


def _undo_http_encodings(data: bytes, headers: dict[str, str]) -> bytes:
    import io

    stream_io = _fastwarc().stream_io
    if "chunked" in headers.get("transfer-encoding", "").lower():
        data = stream_io.ChunkedReader(io.BytesIO(data)).read()
    for coding in reversed([c.strip().lower() for c in headers.get("content-encoding", "").split(",")]):
        if coding in ("gzip", "x-gzip"):
            data = stream_io.GzipReader(io.BytesIO(data)).read()
        elif coding == "deflate":
            data = stream_io.GzipReader(io.BytesIO(data), zlib=True).read()
        elif coding == "br":
            data = stream_io.BrotliReader(io.BytesIO(data)).read()
        elif coding == "zstd":
            data = stream_io.ZstdReader(io.BytesIO(data)).read()
        elif coding not in ("", "identity"):
            raise OSError(f"unknown Content-Encoding {coding!r}")
    return bytes(data)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or b"<html" in head


def _count(skipped: Counter[str] | None, reason: str) -> None:
    if skipped is not None:
        skipped[reason] += 1


# --------------------------------------------------------------------------- record boundaries


def warc_byte_ranges(path: PathArg, blocksize: int) -> list[tuple[int, int | None]]:
    """Split a WARC file into byte ranges of about ``blocksize`` bytes for parallel reading.

    Each range is ``(start, end)`` (the last one ends with None): :func:`read_warc` with
    those bounds reads the records that start in it, so together the ranges read every
    record once. Only the file size is looked at; the ranges' starts need not fall on a
    record.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".warc") as f:
    ...     _ = f.write(b"x" * 2500); f.flush()
    ...     warc_byte_ranges(f.name, 1000)
    [(0, 1000), (1000, 2000), (2000, None)]
    """
    if blocksize < 1:
        raise InputError(f"blocksize must be a positive number of bytes, got {blocksize}")
    size = os.stat(os.fspath(path)).st_size
    starts = list(range(0, max(size, 1), blocksize))
    return [(s, starts[i + 1] if i + 1 < len(starts) else None) for i, s in enumerate(starts)]


def _next_record_start(handle: IO[bytes], offset: int, gz: bool) -> int | None:
    """The offset of the first thing at or after ``offset`` that looks like a record start.

    In a ``.warc.gz``: a gzip member that inflates to a WARC header; in a plain WARC: a
    ``WARC/1.x`` line at the start of a line followed by a header field.
    """
    needle = _GZIP_MAGIC if gz else b"\nWARC/1."
    skip = 0 if gz else 1  # the match starts at the newline before the record
    base = offset if gz else max(offset - 1, 0)
    if not gz and offset == 0 and _is_record_start(handle, 0, gz):
        return 0
    carry = b""
    while True:
        handle.seek(base)
        block = handle.read(_SCAN_BLOCK)
        if not block:
            return None
        data = carry + block
        data_start = base - len(carry)
        found = data.find(needle)
        while found != -1:
            candidate = data_start + found + skip
            if candidate >= offset and _is_record_start(handle, candidate, gz):
                return candidate
            found = data.find(needle, found + 1)
        carry = data[-(len(needle) - 1) :]
        base += len(block)


def _is_record_start(handle: IO[bytes], offset: int, gz: bool) -> bool:
    handle.seek(offset)
    head = handle.read(4096)
    if gz:
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return False
    return _WARC_HEADER.match(head) is not None
