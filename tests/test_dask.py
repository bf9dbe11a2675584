"""newsparse.dask: the same articles and failures as newsparse batch and parse_many, on a Dask cluster."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import InputError, MissingExtraError, PageInput, parse_many
from newsparse.cli import main
from newsparse.readers import read_paths
from newsparse.records import result_line

from .warcs import sample_crawl

pytest.importorskip("dask.distributed", reason="the dask extra is part of the test extra")

import newsparse.dask


@pytest.fixture
def crawl(tmp_path: Path) -> list[Path]:
    return sample_crawl(tmp_path)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A Dask client on an in-process LocalCluster (no sockets; the conftest guard stays on)."""
    import distributed.comm.inproc
    from dask.distributed import Client, LocalCluster

    # The in-process transport asks the system for this machine's IP by "connecting" a UDP
    # socket to a public address; tell it the answer instead.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(distributed.comm.inproc.global_manager, "_ip", "127.0.0.1")
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
            Client(cluster) as dask_client,
        ):
            yield dask_client


def batch_lines(crawl: list[Path], out: Path) -> list[dict[str, object]]:
    assert main(["batch", *map(str, crawl), "-o", str(out), "--workers", "2"], out=io.StringIO()) == 1
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def test_dask_batch_and_parse_many_give_the_same_articles_and_failures(
    crawl: list[Path], tmp_path: Path, client: object
) -> None:
    from_batch = batch_lines(crawl, tmp_path / "out.jsonl")
    from_dask = newsparse.dask.read_warc_bag(crawl).compute()
    ids = [i.id if isinstance(i, PageInput) else i.input for i in read_paths(crawl)]
    from_parse_many = [result_line(i, r) for i, r in zip(ids, parse_many(read_paths(crawl), workers=2), strict=True)]
    assert json.loads(json.dumps(from_dask)) == from_batch == from_parse_many
    kinds = [("article" if "article" in line else line["failure"]["error"]) for line in from_dask]  # type: ignore[index]
    assert kinds.count("article") == 7
    assert sorted(k for k in kinds if k != "article") == ["InputError", "TruncatedRecord", "UnreadableData"]


def test_the_dataframe_has_a_row_per_input_and_goes_to_parquet(
    crawl: list[Path], tmp_path: Path, client: object
) -> None:
    import pandas

    frame = newsparse.dask.read_warc_dataframe(crawl)
    assert frame.npartitions == 3 and list(frame.columns) == list(newsparse.dask.COLUMNS)
    frame.to_parquet(tmp_path / "articles")
    back = pandas.read_parquet(tmp_path / "articles").reset_index(drop=True)
    lines = batch_lines(crawl, tmp_path / "out.jsonl")
    assert list(back["input"]) == [line["input"] for line in lines]
    assert list(back["ok"]) == ["article" in line for line in lines]
    latin = back[back["url"] == "https://www.quotidien-exemple.dz/latin/"].iloc[0]
    assert latin["headline"] == "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne"
    assert json.loads(latin["article"])["language"] == "fr-FR"
    failed = back[~back["ok"]]
    assert sorted(failed["failure_error"]) == ["InputError", "TruncatedRecord", "UnreadableData"]


def test_byte_range_partitions_give_the_same_articles(crawl: list[Path], client: object) -> None:
    whole = newsparse.dask.read_warc_bag(crawl).compute()
    split = newsparse.dask.read_warc_bag(crawl, blocksize=20_000)
    assert split.npartitions > 3
    articles = [line for line in split.compute() if "article" in line]
    assert articles == [line for line in whole if "article" in line]


def test_partitions_and_their_errors(crawl: list[Path], tmp_path: Path) -> None:
    assert newsparse.dask.warc_partitions(crawl[0]) == [(str(crawl[0]), 0, None)]
    assert len(newsparse.dask.warc_partitions([str(tmp_path / "*.warc*")])) == 3
    (tmp_path / "page.html").write_text("<h1>x</h1>")
    with pytest.raises(InputError, match="no WARC file"):
        newsparse.dask.warc_partitions([tmp_path / "page.html"])


def test_without_dask_the_error_names_the_extra(crawl: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r"newsparse\[dask\]"):
        newsparse.dask.read_warc_bag(crawl)
