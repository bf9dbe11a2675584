"""Parsing WARC files with Dask: a bag or a DataFrame of articles, one partition per file or byte range.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). The functions here only
build the task graph; they run wherever Dask computes it: the local scheduler, a
``LocalCluster`` on this machine, or a remote cluster (``Client("tcp://scheduler:8786")``)
whose workers can open the same paths (a shared file system). Each partition calls the
pure function :func:`newsparse.batch.parse_warc_lines` (the same one a Spark job maps
over), so the articles and failures are those ``newsparse batch`` writes.

.. code-block:: python

    from dask.distributed import Client
    import newsparse.dask

    with Client("tcp://scheduler:8786"):          # or Client(LocalCluster(...)), or no client at all
        frame = newsparse.dask.read_warc_dataframe("crawl/*.warc.gz", blocksize=256 * 2**20)
        frame.to_parquet("articles/")
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsparse.errors import InputError, missing_extra
from newsparse.readers import WARC_SUFFIXES, expand_paths, warc_byte_ranges

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["COLUMNS", "Partition", "flat_row", "read_warc_bag", "read_warc_dataframe", "warc_partitions"]

#: One partition: a WARC file and the byte range of the records it reads (end None: to the end).
Partition = tuple[str, int, "int | None"]

#: The DataFrame's columns and their pandas dtypes. ``article`` holds the whole article as
#: JSON (every field, nested ones included); the other columns are its most used fields.
COLUMNS: dict[str, str] = {
    "input": "string",
    "url": "string",
    "ok": "bool",
    "failure_stage": "string",
    "failure_error": "string",
    "failure_message": "string",
    "headline": "string",
    "kicker": "string",
    "subheadline": "string",
    "byline": "string",
    "published": "string",
    "modified": "string",
    "language": "string",
    "site_name": "string",
    "section": "string",
    "comment_count": "Int64",
    "text": "string",
    "article": "string",
}


def warc_partitions(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], blocksize: int | None = None
) -> list[Partition]:
    """The partitions for ``paths`` (files, folders or glob patterns of WARC files).

    With ``blocksize=None`` each file is one partition; with a number of bytes, each file
    is split in ranges of about that size (this needs plain WARC or one gzip member per
    record, as crawlers write them).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.warc"
    >>> _ = path.write_bytes(b"x" * 10)
    >>> warc_partitions([path]) == [(str(path), 0, None)]
    True
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files = [str(p) for p in expand_paths(items) if str(p).lower().endswith(WARC_SUFFIXES)]
    if not files:
        raise InputError(f"no WARC file (.warc, .warc.gz) in {', '.join(map(str, items)) or 'the empty list'}")
    if blocksize is None:
        return [(f, 0, None) for f in files]
    return [(f, start, end) for f in files for start, end in warc_byte_ranges(f, blocksize)]


def read_warc_bag(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    blocksize: int | None = None,
    adapter: str | None = None,
    meta: bool = True,
) -> dask.bag.Bag:
    """A Dask bag of result lines, one per page or unreadable record, in file order.

    Each element is the object ``newsparse batch`` writes:
    ``{"input": ..., "article": {...}}`` or ``{"input": ..., "failure": {...}}``.
    """
    bag, delayed = _dask_bag()
    parts = [delayed(_partition_lines, pure=True)(part, adapter, meta) for part in warc_partitions(paths, blocksize)]
    result: dask.bag.Bag = bag.from_delayed(parts)
    return result


def read_warc_dataframe(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    blocksize: int | None = None,
    adapter: str | None = None,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per page or unreadable record (columns: :data:`COLUMNS`).

    Ready for ``to_parquet``: failures are rows too (``ok`` is False and the
    ``failure_*`` columns say why), so nothing is lost on the way.
    """
    dataframe = _dask_dataframe()
    parts = warc_partitions(paths, blocksize)
    result: dask.dataframe.DataFrame = dataframe.from_map(
        _partition_frame, parts, adapter=adapter, meta=_empty_frame(), enforce_metadata=False
    )
    return result


def flat_row(line: dict[str, Any]) -> dict[str, Any]:
    """The DataFrame row of a result line: the failure or the article's main fields, and its JSON.

    >>> row = flat_row({"input": "a@0", "failure": {"url": None, "stage": "read", "error": "X", "message": "m"}})
    >>> row["ok"], row["failure_error"], row["headline"]
    (False, 'X', None)
    """
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["input"] = line["input"]
    failure = line.get("failure")
    if failure is not None:
        row.update(
            url=failure.get("url"),
            ok=False,
            failure_stage=failure["stage"],
            failure_error=failure["error"],
            failure_message=failure["message"],
        )
        return row
    article = line["article"]
    row.update({name: article.get(name) for name in _SCALARS})
    row["ok"] = True
    row["byline"] = (article.get("byline") or {}).get("text")
    row["text"] = "\n\n".join(block["text"] for block in article.get("body") or ()) or None
    row["article"] = json.dumps(article, ensure_ascii=False)
    return row


_SCALARS = (
    "url",
    "headline",
    "kicker",
    "subheadline",
    "published",
    "modified",
    "language",
    "site_name",
    "section",
    "comment_count",
)


# --------------------------------------------------------------------------- on the workers


def _partition_lines(part: Partition, adapter: str | None, meta: bool) -> list[dict[str, Any]]:
    from newsparse.batch import parse_warc_lines

    path, start, end = part
    return list(parse_warc_lines(path, start, end, adapter=adapter, meta=meta))


def _partition_frame(part: Partition, adapter: str | None = None) -> Any:
    pandas = _pandas()
    rows = [flat_row(line) for line in _partition_lines(part, adapter, True)]
    return pandas.DataFrame(rows, columns=list(COLUMNS)).astype(COLUMNS)


def _empty_frame() -> Any:
    pandas = _pandas()
    return pandas.DataFrame({name: pandas.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def _pandas() -> Any:
    import pandas  # type: ignore[import-untyped]  # (dask[dataframe] brings it; its stubs are not installed)

    return pandas


def _dask_bag() -> tuple[Any, Any]:
    try:
        import dask.bag
        from dask.delayed import delayed
    except ImportError:
        raise missing_extra("newsparse.dask", "dask", "dask") from None
    return dask.bag, delayed


def _dask_dataframe() -> Any:
    try:
        import dask.dataframe
    except ImportError:
        raise missing_extra("newsparse.dask", "dask[dataframe]", "dask") from None
    return dask.dataframe
