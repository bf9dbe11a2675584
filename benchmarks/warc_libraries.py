"""fastwarc against warcio: reading speed on corpus-built WARC files, and behaviour on broken ones.

    python benchmarks/warc_libraries.py /work/shared/corpus/wcxb-dev [--size-mb 100] [--dir /tmp]

Speed: each library reads every response record's payload from a plain ``.warc`` and a
``.warc.gz`` (one gzip member per record) of ``--size-mb`` MB; the best of two passes is
printed in MB/s of file and records/s. Robustness: each reads small files broken in the
ways real crawls are (a truncated end, a corrupt gzip member in the middle, garbage between
records, a record whose Content-Length is too large), and the script prints what each
library gave: the records whose payload came out whole, the short ones, and the error it
raised, if any. newsparse's reader (built on fastwarc) is shown too.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from corpus import corpus_pages, cycle_pages, load_average, response_record, write_warc

from newsparse import Failure
from newsparse.readers import read_warc


def fastwarc_payloads(path: Path) -> Iterator[tuple[int, int]]:
    """(payload bytes read, payload bytes declared) of every response record, with fastwarc."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True):
            declared = record.content_length
            yield len(record.reader.read()), declared


def warcio_payloads(path: Path) -> Iterator[tuple[int, int]]:
    """(payload bytes read, payload bytes declared) of every response record, with warcio."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                raw = record.raw_stream.read()
                yield len(raw), record.length - _http_header_length(record)


def _http_header_length(record: object) -> int:
    headers = getattr(record, "http_headers", None)
    return len(headers.to_bytes()) if headers is not None else 0


READERS: dict[str, Callable[[Path], Iterator[tuple[int, int]]]] = {
    "fastwarc": fastwarc_payloads,
    "warcio": warcio_payloads,
}


def speed(files: list[Path]) -> None:
    print("\nspeed (best of 2 passes, every response payload read):")
    for path in files:
        size = path.stat().st_size / 1e6
        for name, reader in READERS.items():
            best = float("inf")
            count = 0
            for _ in range(2):
                started = time.perf_counter()
                count = sum(1 for _ in reader(path))
                best = min(best, time.perf_counter() - started)
            print(f"  {path.name:12} {name:9} {size / best:8.1f} MB/s  {count / best:9.0f} records/s  ({best:.2f} s)")


def broken_files(folder: Path, bodies: list[bytes]) -> dict[str, Path]:
    records = [response_record(f"https://corpus.invalid/{n}", body) for n, body in enumerate(bodies)]
    members = [gzip.compress(r) for r in records]
    cases: dict[str, Path] = {}

    def case(name: str, data: bytes) -> None:
        cases[name] = folder / name
        cases[name].write_bytes(data)

    plain = b"".join(records)
    case("truncated-end.warc", plain[: len(plain) - len(records[-1]) // 2])
    whole_gz = b"".join(members)
    case("truncated-end.warc.gz", whole_gz[: len(whole_gz) - len(members[-1]) // 2])
    damaged = list(members)
    damaged[1] = damaged[1][:60] + b"\xff" * 40 + damaged[1][100:]
    case("corrupt-member.warc.gz", b"".join(damaged))
    cut = list(members)
    cut[1] = cut[1][: len(cut[1]) // 2]
    case("cut-member.warc.gz", b"".join(cut))
    case("garbage-between.warc", records[0] + b"this is not a WARC record\r\n\r\n" + b"".join(records[1:]))
    lying = list(records)
    lying[1] = lying[1].replace(b"Content-Length: ", b"Content-Length: 9", 1)
    case("length-too-large.warc", b"".join(lying))
    return cases


def robustness(folder: Path, bodies: list[bytes]) -> None:
    print(f"\nbroken files ({len(bodies)} response records each before breaking):")
    for name, path in broken_files(folder, bodies).items():
        print(f"  {name}")
        for library, reader in READERS.items():
            got: list[tuple[int, int]] = []
            error = "no error, read to the end"
            try:
                got.extend(reader(path))
            except Exception as exc:  # noqa: BLE001 - the point is to show what each library raises
                error = f"then raised {type(exc).__name__}: {ascii(str(exc))[:60]}"
            whole = sum(1 for read, declared in got if read >= declared)
            print(f"    {library:9} {whole} whole records, {len(got) - whole} short, {error}")
        items = list(read_warc(path))
        failures = [i for i in items if isinstance(i, Failure)]
        kinds = ", ".join(f.error for f in failures) or "none"
        print(f"    {'newsparse':9} {len(items) - len(failures)} pages, failures reported: {kinds}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a wcxb-dev style corpus folder (html/*.html.gz)")
    parser.add_argument("--size-mb", type=int, default=100, help="size of each speed-test file (default 100)")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the temporary folder")
    args = parser.parse_args()

    from importlib.metadata import version

    print(f"fastwarc {version('fastwarc')}, warcio {version('warcio')}")
    print(f"load average at start: {load_average()}")
    folder = Path(tempfile.mkdtemp(prefix="newsparse-warclibs-", dir=args.dir))
    try:
        corpus = corpus_pages(args.corpus)
        files = []
        for name in ("big.warc", "big.warc.gz"):
            path = folder / name
            write_warc(path, cycle_pages(corpus), min_bytes=args.size_mb * 1_000_000)
            files.append(path)
        speed(files)
        robustness(folder, [page.data for page in corpus[:5]])
        print(f"\nload average at end: {load_average()}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
