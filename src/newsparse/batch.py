"""Parsing many pages on every core: :func:`parse_many`.

Pages are parsed in worker processes (lxml holds the GIL for much of a parse, so threads
would not help), a few chunks at a time: the input iterable is read only as fast as the
workers parse it, so memory stays flat whatever the number of pages. Results come back in
input order, one per input: an :class:`~newsparse.Article`, or a
:class:`~newsparse.records.Failure` that names the input and says why it failed.

>>> from newsparse import parse_many
>>> results = list(parse_many([b"<h1>One</h1><p>First.</p>", b"", b"<h1>Three</h1>"], workers=0))
>>> results[0].headline, results[2].headline
('One', 'Three')
>>> results[1].input, results[1].stage, results[1].error
('#1', 'parse', 'InputError')
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import attrs

from newsparse.adapters.base import Adapter
from newsparse.document import DEFAULT_MAX_BYTES
from newsparse.errors import AdapterError, InputError, NewsparseError
from newsparse.records import Failure, PageInput, Result

__all__ = [
    "BatchItem",
    "ParseOptions",
    "default_workers",
    "parse_input",
    "parse_many",
    "parse_many_with_ids",
    "parse_warc_lines",
]

#: What :func:`parse_many` accepts: pages from a reader (or failures it already met), or plain bytes / str.
BatchItem = PageInput | Failure | bytes | str

#: Pages sent to a worker at once: enough to make the cost of sending them negligible
#: next to parsing them, few enough to keep every worker busy to the end.
DEFAULT_CHUNK_SIZE = 8
#: Chunks in flight per worker: the workers never wait for the next chunk, and memory is
#: bounded by workers x IN_FLIGHT x chunk_size pages.
IN_FLIGHT = 3


@attrs.frozen(kw_only=True)
class ParseOptions:
    """How each page is parsed (the keyword arguments of :func:`newsparse.parse`)."""

    adapter: str | type[Adapter] | None = None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES


def default_workers() -> int:
    """The number of cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def parse_many(
    pages: Iterable[BatchItem],
    *,
    workers: int | None = None,
    adapter: str | type[Adapter] | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result]:
    """Parse many pages in parallel; yield one Article or Failure per input, in input order.

    ``pages`` may be any iterable (it is read lazily) of :class:`~newsparse.records.PageInput`
    (what the readers in :mod:`newsparse.readers` yield), bytes or str (named ``#0``,
    ``#1``... in failures), and :class:`~newsparse.records.Failure` records, which are passed
    through in place. Nothing is dropped: a page that cannot be parsed gives a Failure
    with ``stage="parse"``, and a worker process that dies gives a Failure for the page it
    was parsing (the other pages are parsed again in a new process).

    ``workers`` is the number of worker processes (default: one per core); ``0`` parses
    in this process. ``adapter``, ``strict`` and ``max_bytes`` are passed to
    :func:`newsparse.parse` for every page; adapters come from the default registry
    (plugins included). An adapter class must be defined at the top level of a module
    or of the script, where the workers can import it, not inside a function or under
    ``if __name__ == "__main__":``; one they cannot load raises
    :class:`~newsparse.AdapterError` before any result. Like any code that starts
    processes, call it from under ``if __name__ == "__main__":`` in a script.

    >>> from newsparse import parse_many
    >>> [a.headline for a in parse_many([b"<h1>A</h1>", b"<h1>B</h1>"], workers=0)]
    ['A', 'B']
    """
    for _, result in parse_many_with_ids(
        pages, workers=workers, adapter=adapter, strict=strict, max_bytes=max_bytes, chunk_size=chunk_size
    ):
        yield result


def parse_many_with_ids(
    pages: Iterable[BatchItem],
    *,
    workers: int | None = None,
    adapter: str | type[Adapter] | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[tuple[str, Result]]:
    """Like :func:`parse_many`, but yield ``(input id, result)`` pairs.

    >>> [(i, type(r).__name__) for i, r in parse_many_with_ids([b"<h1>A</h1>", b"%PDF-1.4"], workers=0)]
    [('#0', 'Article'), ('#1', 'Failure')]
    """
    if pages is None or isinstance(pages, (str, bytes, bytearray, memoryview)) or not _iterable(pages):
        what = "None" if pages is None else f"a {type(pages).__name__}"
        raise InputError(
            f"pages must be an iterable of pages, got {what}: to parse one page, wrap it in a list "
            "(parse_many([page])) or call newsparse.parse(page)"
        )
    if workers is None:
        workers = default_workers()
    if not isinstance(workers, int) or workers < 0:
        raise NewsparseError(f"workers must be 0 (parse in this process) or a number of processes, got {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise NewsparseError(f"chunk_size must be a positive number of pages, got {chunk_size!r}")
    if adapter is not None and not isinstance(adapter, str) and not _is_adapter_class(adapter):
        raise AdapterError(f"adapter must be an adapter name or an Adapter subclass, not {type(adapter).__name__}")
    options = ParseOptions(adapter=adapter, strict=strict, max_bytes=max_bytes)
    items = (_as_input(item, index) for index, item in enumerate(pages))
    if workers == 0:
        for item in items:
            yield _id_of(item), parse_input(item, options)
        return
    _check_picklable(options)
    yield from _parse_in_processes(items, workers, options, chunk_size)


def parse_input(item: PageInput | Failure, options: ParseOptions | None = None) -> Result:
    """Parse one input; return its Article, or a Failure saying why it gave none.

    A Failure passes through unchanged. Any error is caught and recorded: a newsparse
    error by its class name, anything else (a bug in an adapter) as well, so one bad page
    never stops a batch.

    >>> parse_input(PageInput(id="a", data=b"<h1>Hi</h1>")).headline
    'Hi'
    >>> parse_input(PageInput(id="b", data=b"%PDF-1.4")).message
    'received a PDF document (8 bytes), not an HTML page: extract its text with a PDF tool; newsparse reads HTML pages'
    """
    if isinstance(item, Failure):
        return item
    from newsparse.api import parse

    options = options or ParseOptions()
    try:
        return parse(
            item.data,
            item.url,
            adapter=options.adapter,
            strict=options.strict,
            charset=item.charset,
            max_bytes=options.max_bytes,
        )
    except NewsparseError as exc:
        return Failure(input=item.id, stage="parse", error=type(exc).__name__, message=str(exc), url=item.url)
    except Exception as exc:  # noqa: BLE001 - one page must never stop a batch; the failure says what happened
        return Failure(
            input=item.id,
            stage="parse",
            error=type(exc).__name__,
            message=f"unexpected error (a newsparse bug: please report it with the page): {exc}",
            url=item.url,
        )


# --------------------------------------------------------------------------- internals


def _iterable(value: object) -> bool:
    try:
        iter(value)  # type: ignore[call-overload]
    except TypeError:
        return False
    return True


def _is_adapter_class(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, Adapter)


def _check_picklable(options: ParseOptions) -> None:
    try:
        pickle.dumps(options)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise AdapterError(
            f"the adapter {options.adapter!r} cannot be sent to worker processes ({exc}): define it at the top "
            "level of an importable module, or pass workers=0"
        ) from None


def _as_input(item: BatchItem, index: int) -> PageInput | Failure:
    if isinstance(item, (PageInput, Failure)):
        return item
    if isinstance(item, (bytes, str)):
        return PageInput(id=f"#{index}", data=item)
    if isinstance(item, (bytearray, memoryview)):
        return PageInput(id=f"#{index}", data=bytes(item))
    return Failure(
        input=f"#{index}",
        stage="read",
        error="InputError",
        message=f"received a {type(item).__name__}: pass pages as bytes, str or newsparse.records.PageInput",
    )


def _id_of(item: PageInput | Failure) -> str:
    return item.id if isinstance(item, PageInput) else item.input


def _chunks(items: Iterator[PageInput | Failure], size: int) -> Iterator[list[PageInput | Failure]]:
    chunk: list[PageInput | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# The options each worker process parses with, set once when the process starts, or
# why they could not be loaded there.
_worker_options = ParseOptions()
_worker_error: str | None = None


class _OptionsNotLoadedError(Exception):
    """Raised by a worker whose options could not be unpickled; the caller gets an AdapterError."""


def _start_worker(pickled_options: bytes) -> None:
    # The options come pickled and are unpickled here, not by multiprocessing before the
    # worker starts: an adapter class that pickles by name but that the worker cannot
    # find (defined under `if __name__ == "__main__":` in a script, or in a `python -c`
    # command) would otherwise kill every worker as it starts, and every page would be
    # reported as a worker that died.
    global _worker_options, _worker_error  # noqa: PLW0603 - one value per worker process, set once by the pool
    try:
        _worker_options = pickle.loads(pickled_options)
    except Exception as exc:  # noqa: BLE001 - reported to the caller by _parse_chunk
        _worker_error = f"{type(exc).__name__}: {exc}"


def _parse_chunk(chunk: list[PageInput | Failure]) -> list[Result]:
    if _worker_error is not None:
        raise _OptionsNotLoadedError(_worker_error)
    return [parse_input(item, _worker_options) for item in chunk]


def _result(future: Future[list[Result]], options: ParseOptions) -> list[Result]:
    """The results of a chunk; an AdapterError if the workers could not load the adapter."""
    try:
        return future.result()
    except _OptionsNotLoadedError as exc:
        adapter = options.adapter
        what = f"{adapter.__module__}.{adapter.__qualname__}" if isinstance(adapter, type) else repr(adapter)
        raise AdapterError(
            f"the adapter {what} cannot be loaded in the worker processes ({exc}): they import it "
            "by name, so define it at the top level of an importable module (not under "
            '`if __name__ == "__main__":` or inside a function), or install it through the '
            "newsparse.adapters entry-point group and pass its name; or pass workers=0 to parse in this process"
        ) from None


def _new_pool(workers: int, options: ParseOptions) -> ProcessPoolExecutor:
    # forkserver (the default from Python 3.14 on) starts workers from a clean process:
    # no copy of the caller's threads or locks, as plain fork would make.
    context: multiprocessing.context.BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # The server imports newsparse once and every worker forks from it ready to parse.
        # (It only takes effect if this process has not started its forkserver yet.)
        context.set_forkserver_preload(["newsparse.batch"])
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(pickle.dumps(options),)
    )


_DIED = (
    "the worker process died while parsing this page (a crash in a C library, or killed by the "
    "system for using too much memory); the other pages were parsed in a new process"
)


def _parse_in_processes(
    items: Iterator[PageInput | Failure], workers: int, options: ParseOptions, chunk_size: int
) -> Iterator[tuple[str, Result]]:
    pool = _new_pool(workers, options)
    pending: deque[tuple[list[PageInput | Failure], Future[list[Result]]]] = deque()
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append((chunk, _submit(pool, chunk)))
            while len(pending) >= workers * IN_FLIGHT:
                pool = yield from _collect_oldest(pending, pool, workers, options)
        while pending:
            pool = yield from _collect_oldest(pending, pool, workers, options)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: list[PageInput | Failure]) -> Future[list[Result]]:
    """Send a chunk to the pool; a pool already broken by a dying worker gives a failed future.

    A worker can die between two submissions; the chunk then waits in line like the
    others and is parsed again when :func:`_collect_oldest` replaces the pool.
    """
    try:
        return pool.submit(_parse_chunk, chunk)
    except BrokenProcessPool as exc:
        future: Future[list[Result]] = Future()
        future.set_exception(exc)
        return future


def _collect_oldest(
    pending: deque[tuple[list[PageInput | Failure], Future[list[Result]]]],
    pool: ProcessPoolExecutor,
    workers: int,
    options: ParseOptions,
) -> Generator[tuple[str, Result], None, ProcessPoolExecutor]:
    chunk, future = pending.popleft()
    try:
        results = _result(future, options)
    except BrokenProcessPool:
        # Every chunk in flight died with the pool and we cannot tell which page killed it:
        # parse each of their pages alone in a fresh pool, so only the culprit fails.
        pool.shutdown(wait=True, cancel_futures=True)
        suspects = [chunk] + [c for c, _ in pending]
        pending.clear()
        pool = _new_pool(workers, options)
        for suspect in suspects:
            for item in suspect:
                result, pool = _parse_alone(item, pool, workers, options)
                yield _id_of(item), result
        return pool
    for item, result in zip(chunk, results, strict=True):
        yield _id_of(item), result
    return pool


def _parse_alone(
    item: PageInput | Failure, pool: ProcessPoolExecutor, workers: int, options: ParseOptions
) -> tuple[Result, ProcessPoolExecutor]:
    if isinstance(item, Failure):
        return item, pool
    try:
        return _result(pool.submit(_parse_chunk, [item]), options)[0], pool
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        failure = Failure(input=item.id, stage="parse", error="WorkerDied", message=_DIED, url=item.url)
        return failure, _new_pool(workers, options)


def parse_warc_lines(
    path: str | os.PathLike[str],
    start: int = 0,
    end: int | None = None,
    *,
    adapter: str | type[Adapter] | None = None,
    strict: bool = False,
    meta: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[dict[str, object]]:
    """Read and parse a WARC file (or the records starting in a byte range of it) in this process.

    Yields one :func:`~newsparse.records.result_line` object per page or unreadable
    record, as ``newsparse batch`` writes them. This is the pure function that Dask
    (:mod:`newsparse.dask`) and Spark (``mapPartitions``) run on each partition: it needs
    only the file path and the byte range, and holds one record in memory at a time.
    """
    from newsparse.readers import read_warc
    from newsparse.records import result_line

    options = ParseOptions(adapter=adapter, strict=strict, max_bytes=max_bytes)
    for item in read_warc(path, start=start, end=end, max_bytes=max_bytes):
        yield result_line(_id_of(item), parse_input(item, options), meta=meta)
