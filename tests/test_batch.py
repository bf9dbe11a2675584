"""parse_many: every input gives one result, in input order, from worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Failure, NewsparseError, PageInput, parse, parse_many
from newsparse.batch import DEFAULT_CHUNK_SIZE, IN_FLIGHT, parse_many_with_ids
from newsparse.readers import read_warc

from .batch_adapters import CrashingAdapter
from .warcs import response, write_warc


def page(n: int, heading: str | None = None) -> bytes:
    return f"<html><body><h1>{heading or f'Story {n}'}</h1><p>Paragraph of story {n}.</p></body></html>".encode()


def mixed_inputs(count: int) -> list[PageInput | Failure | bytes]:
    items: list[PageInput | Failure | bytes] = []
    for n in range(count):
        if n % 7 == 3:
            items.append(PageInput(id=f"p{n}", data=b"%PDF-1.7 not a page", url=f"https://news.example/{n}"))
        elif n % 11 == 5:
            items.append(Failure(input=f"p{n}", stage="read", error="TruncatedRecord", message="cut"))
        elif n % 13 == 6:
            items.append(page(n))
        else:
            items.append(PageInput(id=f"p{n}", data=page(n), url=f"https://news.example/{n}"))
    return items


def test_parse_many_is_exported_from_the_package() -> None:
    assert newsparse.parse_many is parse_many
    assert "parse_many" in newsparse.__all__


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_one_result_per_input_in_input_order(workers: int) -> None:
    items = mixed_inputs(90)
    results = list(parse_many_with_ids(items, workers=workers, chunk_size=4))
    assert len(results) == len(items)
    for n, (item, (input_id, result)) in enumerate(zip(items, results, strict=True)):
        if isinstance(item, Failure):
            assert result == item and input_id == item.input
        elif isinstance(item, bytes):
            assert input_id == f"#{n}" and isinstance(result, Article) and result.headline == f"Story {n}"
        elif item.data.startswith(b"%PDF"):
            assert isinstance(result, Failure) and (result.input, result.stage, result.error) == (
                item.id,
                "parse",
                "InputError",
            )
            assert result.url == item.url and "PDF" in result.message
        else:
            assert input_id == item.id and isinstance(result, Article)
            assert result == parse(item.data, item.url)


def test_workers_give_the_same_results_as_parsing_in_process() -> None:
    items = mixed_inputs(40)
    assert list(parse_many(items, workers=2)) == list(parse_many(items, workers=0))


def test_inputs_are_read_lazily_so_memory_stays_flat() -> None:
    consumed = 0

    def pages() -> Iterator[bytes]:
        nonlocal consumed
        for n in range(10_000):
            consumed += 1
            yield page(n)

    results = parse_many(pages(), workers=2)
    first = next(results)
    assert isinstance(first, Article) and first.headline == "Story 0"
    assert consumed <= 2 * IN_FLIGHT * DEFAULT_CHUNK_SIZE + DEFAULT_CHUNK_SIZE
    results.close()  # stops the workers


def test_a_worker_that_dies_fails_only_its_page() -> None:
    items = [page(n, "CRASH" if n == 13 else None) for n in range(30)]
    results = list(parse_many(items, workers=2, adapter=CrashingAdapter, chunk_size=4))
    assert len(results) == 30
    died = results[13]
    assert isinstance(died, Failure) and (died.input, died.stage, died.error) == ("#13", "parse", "WorkerDied")
    assert [r.headline for r in results if isinstance(r, Article)] == [f"Story {n}" for n in range(30) if n != 13]


def test_an_unexpected_exception_becomes_a_failure_naming_it() -> None:
    results = list(parse_many([page(1), page(2, "BUG"), page(3)], workers=0, adapter=CrashingAdapter))
    bug = results[1]
    assert isinstance(bug, Failure) and bug.error == "RuntimeError" and "an adapter bug" in bug.message
    assert isinstance(results[2], Article)


def test_options_reach_the_workers() -> None:
    big = page(1) + b"<p>" + b"x" * 5000 + b"</p>"
    (result,) = parse_many([big], workers=1, max_bytes=1000)
    assert isinstance(result, Failure) and "max_bytes" in result.message
    (named,) = parse_many([page(1)], workers=1, adapter="generic")
    assert isinstance(named, Article)
    (unknown,) = parse_many([page(1)], workers=1, adapter="no-such-adapter")
    assert isinstance(unknown, Failure) and unknown.error == "AdapterError"


def test_an_adapter_the_workers_cannot_import_is_refused_up_front() -> None:
    from newsparse.adapters.generic import GenericAdapter

    class Local(GenericAdapter):  # defined in a function: no worker process can import it
        name = "test-local"

    with pytest.raises(NewsparseError, match="cannot be sent to worker processes"):
        next(parse_many([page(1)], workers=1, adapter=Local))
    (article,) = parse_many([page(1)], workers=0, adapter=Local)
    assert isinstance(article, Article)


_SCRIPT = """
import newsparse
from newsparse.adapters.generic import GenericAdapter

{top}

if __name__ == "__main__":
{guarded}
    try:
        for result in newsparse.parse_many([b"<h1>A</h1>", b"<h1>B</h1>"], adapter=Local, workers=2):
            print("result", type(result).__name__, getattr(result, "headline", None), getattr(result, "error", None))
    except newsparse.AdapterError as exc:
        print("AdapterError", exc)
"""
_LOCAL = """class Local(GenericAdapter):
        name = "local"
"""


def _run_script(tmp_path: Path, *, top: str = "", guarded: str = "") -> subprocess.CompletedProcess[str]:
    """Run a script as __main__ in a new interpreter, with this newsparse first on its path."""
    script = tmp_path / "script.py"
    script.write_text(_SCRIPT.format(top=top, guarded=guarded))
    source = str(Path(newsparse.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=True
    )


def test_an_adapter_defined_under_the_main_guard_of_a_script_is_refused_not_a_worker_death(tmp_path: Path) -> None:
    # It pickles (by name, __main__.Local), but each worker runs the script as
    # __mp_main__, skipping the guarded block, so it cannot find the class.
    run = _run_script(tmp_path, guarded="    " + _LOCAL)
    assert "WorkerDied" not in run.stdout and "result" not in run.stdout
    assert run.stdout.startswith("AdapterError the adapter __main__.Local cannot be loaded in the worker processes")
    assert "define it at the top level of an importable module" in run.stdout and "workers=0" in run.stdout
    assert "Traceback" not in run.stderr


def test_an_adapter_defined_at_the_top_level_of_a_script_works_in_the_workers(tmp_path: Path) -> None:
    run = _run_script(tmp_path, top=_LOCAL.replace("\n    ", "\n"))
    assert run.stdout.splitlines() == ["result Article A None", "result Article B None"]
    assert "Traceback" not in run.stderr


def test_other_objects_are_failures_not_crashes() -> None:
    (result,) = parse_many([12], workers=0)  # type: ignore[list-item]
    assert isinstance(result, Failure) and result.input == "#0" and "int" in result.message


@pytest.mark.parametrize("kwargs", [{"workers": -1}, {"chunk_size": 0}, {"adapter": 3}])
def test_bad_arguments_raise_newsparse_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(NewsparseError):
        list(parse_many([page(1)], **kwargs))  # type: ignore[arg-type]


def test_parse_many_over_a_warc_reader(tmp_path: Path) -> None:
    blobs = [response(f"https://news.example/{n}", page(n)) for n in range(5)]
    path = write_warc(tmp_path / "crawl.warc.gz", blobs)
    results = list(parse_many(read_warc(path), workers=2))
    assert [r.url for r in results if isinstance(r, Article)] == [f"https://news.example/{n}" for n in range(5)]


def test_the_batch_modules_import_their_extras_only_when_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsparse.batch, newsparse.readers, newsparse.records, newsparse.dask, newsparse.cli;"
        "newsparse.cli.build_parser();"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'fastwarc', 'tqdm', 'pandas'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_chunk_sent_to_a_pool_a_dead_worker_broke_waits_as_a_failed_future() -> None:
    # A worker can die while chunks are still being submitted; submitting then raises at
    # once. It must give a failed future that the collector replaces the pool for, not
    # an exception that stops the batch (a race that made this file's crash test flaky).
    import os
    from concurrent.futures.process import BrokenProcessPool

    from newsparse.batch import ParseOptions, _new_pool, _submit

    pool = _new_pool(1, ParseOptions())
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(os._exit, 3).result()
        future = _submit(pool, [])
        with pytest.raises(BrokenProcessPool):
            future.result()
    finally:
        pool.shutdown()


@pytest.mark.parametrize("pages", ["<h1>x</h1>", b"<h1>x</h1>", None, 3])
def test_one_page_or_none_instead_of_an_iterable_of_pages_is_refused(pages: object) -> None:
    with pytest.raises(newsparse.InputError, match=r"wrap it in a list \(parse_many\(\[page\]\)\)"):
        list(parse_many(pages, workers=0))  # type: ignore[arg-type]
