"""Readers: HTML files and folders, WARC (whole, broken, in byte ranges) and JSONL."""

from __future__ import annotations

import gzip
import json
import sys
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import cast

import pytest

from newsparse import Failure, InputError, MissingExtraError, PageInput, parse
from newsparse.readers import (
    expand_paths,
    jsonl_line_limit,
    read_html_file,
    read_jsonl,
    read_paths,
    read_warc,
    warc_byte_ranges,
)

from .conftest import page_bytes
from .warcs import request, response, warc_record, write_warc


def page(n: int) -> bytes:
    return f"<html><head><title>t</title></head><body><h1>Story {n}</h1><p>Text {n}.</p></body></html>".encode()


def records(count: int) -> list[bytes]:
    return [response(f"https://news.example/{n}", page(n)) for n in range(count)]


def offsets(blobs: list[bytes], gz: bool) -> list[int]:
    out, at = [], 0
    for blob in blobs:
        out.append(at)
        at += len(gzip.compress(blob)) if gz else len(blob)
    return out


def ids(items: list[PageInput | Failure]) -> list[str]:
    return [i.id if isinstance(i, PageInput) else i.input for i in items]


@pytest.fixture(params=[".warc", ".warc.gz"])
def suffix(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --------------------------------------------------------------------------- WARC


def test_warc_pages_carry_the_target_uri_the_offset_and_the_http_charset(tmp_path: Path, suffix: str) -> None:
    blobs = [
        response("https://news.example/a", page(1)),
        response("<https://news.example/b>", page(2), content_type="text/html; charset=windows-1252"),
    ]
    path = write_warc(tmp_path / f"crawl{suffix}", blobs)
    items = list(read_warc(path))
    assert all(isinstance(i, PageInput) for i in items)
    starts = offsets(blobs, suffix.endswith(".gz"))
    assert ids(items) == [f"{path}@{starts[0]}", f"{path}@{starts[1]}"]
    assert [(i.url, i.charset) for i in items if isinstance(i, PageInput)] == [
        ("https://news.example/a", "utf-8"),
        ("https://news.example/b", "windows-1252"),  # WARC 1.0's <angle brackets> are dropped
    ]
    assert [i.data for i in items if isinstance(i, PageInput)] == [page(1), page(2)]


def test_records_that_are_not_html_pages_are_skipped_and_counted(tmp_path: Path, suffix: str) -> None:
    blobs = [
        warc_record("warcinfo", b"software: test\r\n", content_type="application/warc-fields"),
        request("https://news.example/a"),
        response("https://news.example/a", page(1)),
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png"),
        response("https://news.example/gone", b"<html>Not found</html>", status="404 Not Found"),
        response("https://news.example/moved", b"", status="301 Moved Permanently"),
        warc_record("revisit", b"HTTP/1.1 200 OK\r\n\r\n", url="https://news.example/a"),
        warc_record("resource", page(2), url="https://news.example/r", content_type="text/html; charset=utf-8"),
        response("https://news.example/untyped", page(3), content_type=None),
        response("https://news.example/data.json", b'{"a": 1}', content_type=None),
    ]
    path = write_warc(tmp_path / f"mixed{suffix}", blobs)
    skipped: Counter[str] = Counter()
    items = list(read_warc(path, skipped=skipped))
    assert [i.url for i in items if isinstance(i, PageInput)] == [
        "https://news.example/a",
        "https://news.example/r",
        "https://news.example/untyped",
    ]
    assert skipped == Counter(
        {
            "non-HTML responses": 2,
            "responses with a status other than 2xx": 2,
            "warcinfo records": 1,
            "request records": 1,
            "revisit records": 1,
        }
    )


def test_a_truncated_last_record_is_reported_and_the_others_read(tmp_path: Path, suffix: str) -> None:
    blobs = records(3)
    whole = write_warc(tmp_path / f"whole{suffix}", blobs).read_bytes()
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(whole[:-40])
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items] == ["PageInput", "PageInput", "Failure"]
    failure = items[2]
    assert isinstance(failure, Failure)
    assert failure.input == f"{path}@{offsets(blobs, suffix.endswith('.gz'))[2]}"
    assert (failure.stage, failure.error, failure.url) == ("read", "TruncatedRecord", "https://news.example/2")
    assert "cut short" in failure.message


def test_a_file_cut_at_any_byte_gives_each_record_it_began_or_a_failure(tmp_path: Path, suffix: str) -> None:
    # fastwarc ends quietly when the file ends inside a record's WARC headers or at the start of
    # its gzip member: that record was lost without a Failure.
    gz = suffix.endswith(".gz")
    blobs = [records(1)[0], request("https://news.example/1"), records(3)[2]]
    whole = write_warc(tmp_path / f"whole{suffix}", blobs).read_bytes()
    starts = offsets(blobs, gz)
    ends = [*starts[1:], len(whole)]
    path = tmp_path / f"cut{suffix}"
    for cut in range(1, len(whole)):
        path.write_bytes(whole[:cut])
        items = list(read_warc(path))
        got = ids(items)
        assert len(got) == len(set(got)), (cut, got)
        complete = [n for n, end in enumerate(ends) if end <= cut]
        assert [f"{path}@{starts[n]}" for n in complete if n != 1] == [i.id for i in items if isinstance(i, PageInput)][
            : len(complete) - (1 in complete)
        ], (cut, got)
        cut_record = next((n for n in range(3) if starts[n] < cut < ends[n]), 1)
        if cut_record != 1:  # the request is skipped, cut or not (and a cut between records cuts none)
            last = items[-1] if items else None
            assert isinstance(last, Failure) or (last is not None and last.id == f"{path}@{starts[cut_record]}"), (
                cut,
                got,
            )
        if cut % 5 == 0:
            split = [i for start, end in warc_byte_ranges(path, 97) for i in read_warc(path, start=start, end=end)]
            assert split == items, cut


def test_a_record_longer_than_the_file_says_is_reported_and_reading_resumes_inside_it(tmp_path: Path) -> None:
    blobs = records(4)
    blobs[1] = blobs[1].replace(b"Content-Length: ", b"Content-Length: 9", 1)  # claims ~9 kB more than it has
    path = write_warc(tmp_path / "lying.warc", blobs)
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items] == ["PageInput", "Failure", "PageInput", "PageInput"]
    assert isinstance(items[1], Failure) and items[1].error == "TruncatedRecord"
    assert [i.url for i in items if isinstance(i, PageInput)] == [f"https://news.example/{n}" for n in (0, 2, 3)]


def test_a_corrupt_gzip_member_is_reported_once_and_reading_resumes_after_it(tmp_path: Path) -> None:
    members = [gzip.compress(blob) for blob in records(5)]
    members[2] = members[2][:40] + b"\x00" * 30 + members[2][70:]  # a damaged member in the middle of the file
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join(members))
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items] == ["PageInput", "PageInput", "Failure", "PageInput", "PageInput"]
    failure = items[2]
    assert isinstance(failure, Failure) and failure.error == "UnreadableData" and failure.stage == "read"
    start_1, start_3 = len(members[0]), sum(map(len, members[:3]))
    assert failure.input == f"{path}@{start_1}-{start_3}"
    assert [i.url for i in items if isinstance(i, PageInput)] == [f"https://news.example/{n}" for n in (0, 1, 3, 4)]


def test_garbage_between_records_is_reported_and_skipped(tmp_path: Path) -> None:
    blobs = records(3)
    path = tmp_path / "garbage.warc"
    path.write_bytes(blobs[0] + b"this is not a WARC record\r\n\r\n" + blobs[1] + blobs[2])
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items] == ["PageInput", "Failure", "PageInput", "PageInput"]
    assert isinstance(items[1], Failure) and items[1].input.startswith(f"{path}@0-")


def test_garbage_at_the_end_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc"
    path.write_bytes(records(1)[0] + b"GARBAGE" * 20)
    items = list(read_warc(path))
    assert isinstance(items[-1], Failure) and items[-1].input == f"{path}@0-end"


def test_http_content_and_transfer_encodings_are_undone(tmp_path: Path) -> None:
    body = page(7)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    blobs = [
        response("https://news.example/gz", gzip.compress(body), headers=["Content-Encoding: gzip"]),
        response("https://news.example/chunked", chunked, headers=["Transfer-Encoding: chunked"]),
        response("https://news.example/bad", b"not gzip at all", headers=["Content-Encoding: gzip"]),
    ]
    items = list(read_warc(write_warc(tmp_path / "enc.warc", blobs)))
    assert [i.data for i in items[:2] if isinstance(i, PageInput)] == [body, body]
    assert isinstance(items[2], Failure) and items[2].error == "BadEncoding"


def test_a_record_whose_bytes_do_not_match_its_block_digest_is_reported(tmp_path: Path) -> None:
    import base64
    import hashlib

    def with_digest(record: bytes, digest: bytes) -> bytes:
        head, _, rest = record.partition(b"\r\n\r\n")
        return head + b"\r\nWARC-Block-Digest: sha1:" + base64.b32encode(digest) + b"\r\n\r\n" + rest

    good = response("https://news.example/good", page(1))
    block = good.partition(b"\r\n\r\n")[2][:-4]
    right = with_digest(good, hashlib.sha1(block).digest())
    wrong = with_digest(response("https://news.example/bad", page(2)), hashlib.sha1(b"other bytes").digest())
    items = list(read_warc(write_warc(tmp_path / "digests.warc", [right, wrong])))
    assert isinstance(items[0], PageInput) and items[0].data == page(1)
    assert isinstance(items[1], Failure) and items[1].error == "DigestMismatch"


def test_a_record_over_max_bytes_is_a_failure_not_a_memory_spike(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "big.warc", [response("https://news.example/big", b"<p>" + b"x" * 5000), *records(1)])
    items = list(read_warc(path, max_bytes=1000))
    assert isinstance(items[0], Failure) and items[0].error == "TooLarge"
    assert isinstance(items[1], PageInput)


def test_the_http_charset_reaches_the_decoder(tmp_path: Path) -> None:
    # The windows-1252 seed page without its <meta charset>: only the HTTP header names the charset.
    html = page_bytes("seed/seed-latin1.html").replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b""
    )
    assert b"charset" not in html.lower()
    blobs = [
        response("https://quotidien.example/a", html, content_type="text/html; charset=windows-1252"),
        response("https://quotidien.example/a", html, content_type="text/html; charset=iso-8859-15"),
    ]
    right, wrong = (i for i in read_warc(write_warc(tmp_path / "latin.warc", blobs)) if isinstance(i, PageInput))
    headline = "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne"
    assert parse(right.data, right.url, charset=right.charset).headline == headline
    assert parse(wrong.data, wrong.url, charset=wrong.charset).headline != headline


@pytest.mark.parametrize("blocksize", [1, 200, 333, 1000, 10_000])
def test_byte_ranges_read_every_record_exactly_once(tmp_path: Path, suffix: str, blocksize: int) -> None:
    path = write_warc(tmp_path / f"ranges{suffix}", records(6))
    whole = ids(list(read_warc(path)))
    ranges = warc_byte_ranges(path, blocksize)
    assert ranges[0][0] == 0 and ranges[-1][1] is None
    split = [i for start, end in ranges for i in ids(list(read_warc(path, start=start, end=end)))]
    assert split == whole and len(whole) == 6


def broken_files(folder: Path) -> list[Path]:
    blobs = records(8)
    members = [gzip.compress(blob) for blob in blobs]
    damaged = list(members)
    damaged[2] = damaged[2][:40] + b"\xff" * 30 + damaged[2][70:]
    damaged[5] = damaged[5][: len(damaged[5]) // 2]
    lying = list(blobs)
    lying[3] = lying[3].replace(b"Content-Length: ", b"Content-Length: 9", 1)
    files = {
        "damaged.warc.gz": b"".join(damaged),
        "garbage.warc": b"GARBAGE\r\n" + blobs[0] + b"junk" * 50 + b"".join(blobs[1:5]) + b"x" * 300 + blobs[5],
        "lying.warc": b"".join(lying),
        "cut.warc.gz": b"".join(members)[:-100],  # the last member loses its end: fastwarc says nothing
        "tail.warc.gz": b"".join(members[:3]) + b"not gzip" * 40,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


@pytest.mark.parametrize("blocksize", [1, 97, 256, 700, 2000])
def test_byte_ranges_of_broken_files_report_what_a_whole_read_reports(tmp_path: Path, blocksize: int) -> None:
    for path in broken_files(tmp_path):
        whole = list(read_warc(path))
        assert any(isinstance(i, Failure) for i in whole), path
        split = [i for start, end in warc_byte_ranges(path, blocksize) for i in read_warc(path, start=start, end=end)]
        assert split == whole, path


def test_a_byte_range_starting_inside_a_page_that_quotes_a_warc_header_finds_the_real_next_record(
    tmp_path: Path,
) -> None:
    tricky = response("https://news.example/warc", b"<pre>\nWARC/1.0\nnot a header\n</pre>" + page(1))
    path = write_warc(tmp_path / "tricky.warc", [tricky, *records(2)])
    second = list(read_warc(path, start=10))
    assert [i.url for i in second if isinstance(i, PageInput)] == ["https://news.example/0", "https://news.example/1"]


def test_reading_warc_without_fastwarc_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_warc(tmp_path / "a.warc", records(1))
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(MissingExtraError, match=r"newsparse\[warc\]") as info:
        list(read_warc(path))
    assert info.value.extra == "warc"


# --------------------------------------------------------------------------- files and JSONL


def test_html_files_plain_gzip_and_broken(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page(1))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page(2)))
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(page(3))[:-12])
    a, b, c = (read_html_file(tmp_path / n) for n in ("a.html", "b.html.gz", "c.html.gz"))
    assert isinstance(a, PageInput) and a.data == page(1) and a.id == str(tmp_path / "a.html") and a.url is None
    assert isinstance(b, PageInput) and b.data == page(2)
    assert isinstance(c, Failure) and c.stage == "read" and c.input == str(tmp_path / "c.html.gz")
    missing = read_html_file(tmp_path / "nope.html")
    assert isinstance(missing, Failure) and missing.error == "FileNotFoundError"
    big = read_html_file(tmp_path / "a.html", max_bytes=10)
    assert isinstance(big, Failure) and big.error == "TooLarge"


def test_a_gzip_bomb_is_too_large_without_being_unpacked_whole(tmp_path: Path) -> None:
    import zlib

    bomb = tmp_path / "bomb.html.gz"
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    with bomb.open("wb") as handle:  # 200 MiB of zeros, in about 200 kB
        for _ in range(200):
            handle.write(packer.compress(bytes(1 << 20)))
        handle.write(packer.flush())
    (tmp_path / "fine.html.gz").write_bytes(gzip.compress(page(1)))
    big, fine = (read_html_file(tmp_path / n, max_bytes=1 << 20) for n in ("bomb.html.gz", "fine.html.gz"))
    assert isinstance(big, Failure) and (big.input, big.stage, big.error) == (str(bomb), "read", "TooLarge")
    assert "unpacks to more bytes than max_bytes=1,048,576" in big.message
    assert isinstance(fine, PageInput) and fine.data == page(1)
    items = list(read_paths([bomb, tmp_path / "fine.html.gz"]))  # the default limit, 20 MiB
    assert [type(i).__name__ for i in items] == ["Failure", "PageInput"]


def test_a_file_with_no_size_is_read_only_to_the_limit() -> None:
    zero = read_html_file("/dev/zero", max_bytes=1000)  # st_size 0, endless
    assert isinstance(zero, Failure) and zero.error == "TooLarge" and "holds more bytes" in zero.message


def test_jsonl_lines_good_and_bad(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://news.example/a", "html": "<h1>A</h1>", "charset": "utf-8"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"url": "https://news.example/b"}),
        json.dumps({"url": 3, "html": "<h1>C</h1>"}),
        json.dumps({"html": "<h1>D</h1>"}),
    ]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    skipped: Counter[str] = Counter()
    items = list(read_jsonl(path, skipped=skipped))
    assert ids(items) == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7)]
    assert [type(i).__name__ for i in items] == ["PageInput", "Failure", "Failure", "Failure", "Failure", "PageInput"]
    assert isinstance(items[0], PageInput) and (items[0].url, items[0].charset) == ("https://news.example/a", "utf-8")
    assert all(i.error == "BadLine" for i in items if isinstance(i, Failure))
    assert skipped["blank JSONL lines"] == 1


def test_jsonl_pages_over_the_limit_are_failures_and_reading_goes_on(tmp_path: Path) -> None:
    small = json.dumps({"url": "https://news.example/a", "html": "<h1>A</h1>"})
    big_html = json.dumps({"url": "https://news.example/b", "html": "<p>" + "x" * 200 + "</p>"})
    long_line = '{"html": "' + "y" * (jsonl_line_limit(100) + 10) + '"}'
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join([long_line, big_html, small]) + "\n")
    items = list(read_jsonl(path, max_bytes=100))
    assert ids(items) == [f"{path}:{n}" for n in (1, 2, 3)]
    assert [getattr(i, "error", None) for i in items] == ["TooLarge", "TooLarge", None]
    assert "longer than 66,736 bytes" in cast(Failure, items[0]).message
    assert "207 characters, more than max_bytes=100" in cast(Failure, items[1]).message
    # read_paths passes its max_bytes on to the JSONL reader
    assert [getattr(i, "error", None) for i in read_paths([path], max_bytes=100)] == ["TooLarge", "TooLarge", None]


def test_a_jsonl_line_with_no_end_is_never_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "endless.jsonl.gz"
    with gzip.open(path, "wb") as handle:  # 40 MB on one line, no line break at all
        for _ in range(40):
            handle.write(b"z" * (1 << 20))
    tracemalloc.start()
    try:
        items = list(read_jsonl(path, max_bytes=1000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(i.input, getattr(i, "error", None)) for i in items] == [(f"{path}:1", "TooLarge")]
    assert peak < 8 << 20, f"peak {peak:,} bytes while reading a 40 MB line"


def test_paths_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.html").write_bytes(page(2))
    (tmp_path / "b" / "notes.txt").write_text("not a page")
    (tmp_path / "a.html").write_bytes(page(1))
    write_warc(tmp_path / "c.warc.gz", records(2))
    (tmp_path / "d.jsonl").write_text(json.dumps({"url": "https://news.example/d", "html": "<h1>D</h1>"}) + "\n")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.html", "c.warc.gz", "d.jsonl", "2.html"]
    assert [p.name for p in expand_paths([str(tmp_path / "*.html"), tmp_path / "b" / "notes.txt"])] == [
        "a.html",
        "notes.txt",
    ]
    assert len(list(read_paths([tmp_path]))) == 5
    with pytest.raises(InputError, match="no such file"):
        list(expand_paths([tmp_path / "missing.html"]))
    with pytest.raises(InputError, match="matches no file"):
        list(expand_paths([str(tmp_path / "*.xml")]))


def _deny_folders(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """Make os.walk fail on ``denied`` as on a chmod 000 folder (root, who runs the tests, ignores chmod)."""
    import os

    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)) in denied:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_folder_that_cannot_be_read_is_a_failure_and_reading_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("locked", "open", "open/inner"):
        (tmp_path / folder).mkdir()
    (tmp_path / "locked" / "a.html").write_bytes(page(1))
    (tmp_path / "open" / "b.html").write_bytes(page(2))
    (tmp_path / "open" / "inner" / "c.html").write_bytes(page(3))
    (tmp_path / "d.html").write_bytes(page(4))
    _deny_folders(monkeypatch, tmp_path / "locked", tmp_path / "open" / "inner")
    items = list(read_paths([tmp_path / "locked", tmp_path / "open", tmp_path / "d.html"]))
    assert ids(items) == [
        str(tmp_path / "locked"),
        str(tmp_path / "open" / "b.html"),
        str(tmp_path / "open" / "inner"),
        str(tmp_path / "d.html"),
    ]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [(f.stage, f.error) for f in failures] == [("read", "PermissionError")] * 2
    assert "cannot read the folder (Permission denied)" in failures[0].message
    with pytest.raises(InputError, match=r"locked: cannot read the folder"):
        list(expand_paths([tmp_path / "locked"]))


def test_a_warc_that_cannot_be_opened_is_a_failure(tmp_path: Path) -> None:
    (item,) = list(read_warc(tmp_path / "missing.warc.gz"))
    assert isinstance(item, Failure) and item.error == "FileNotFoundError" and item.stage == "read"


@pytest.mark.parametrize("page_name", ["seed-minimal.html", "seed-classic.html"])
def test_a_gzip_member_cut_anywhere_never_gives_a_wrong_page(tmp_path: Path, page_name: str) -> None:
    # A member cut short is followed by the next member's bytes: inflating on into them can give
    # a record of the right length and wrong content, caught only by the member's checksum.
    original = page_bytes(f"seed/{page_name}")
    bodies = [original.replace(b"La Russie", f"Story {n}".encode()) for n in range(3)]
    members = [gzip.compress(response(f"https://news.example/{n}", body)) for n, body in enumerate(bodies)]
    for cut in range(12, len(members[1]), len(members[1]) // 150):
        path = tmp_path / f"cut-{cut}.warc.gz"
        path.write_bytes(members[0] + members[1][:cut] + members[2])
        items = list(read_warc(path))
        pages = {i.url: i.data for i in items if isinstance(i, PageInput)}
        assert pages["https://news.example/0"] == bodies[0] and pages["https://news.example/2"] == bodies[2], cut
        assert pages.get("https://news.example/1") in (None, bodies[1]), cut
        assert len(items) == 3 and any(isinstance(i, Failure) for i in items), cut
