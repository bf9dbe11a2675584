"""What flows through batch parsing: the pages in, the failures out, and one JSON line per input.

A :class:`PageInput` is one page and the name of where it came from (a file path, a WARC
file and the byte offset of its record, a JSONL file and a line number). Parsing it gives
an :class:`~newsparse.Article` or a :class:`Failure`; a reader that cannot read a record
gives a :class:`Failure` too, so every input is accounted for.

:func:`result_line` turns either into the JSON object that ``newsparse batch`` writes, one
per line, and :func:`result_from_line` reads it back.

>>> from newsparse import Article
>>> line = result_line("a.html", Article(headline="Hi"), meta=False)
>>> line["input"], line["article"]["headline"]
('a.html', 'Hi')
>>> failure = Failure(input="b.html", stage="parse", error="InputError", message="received empty bytes")
>>> result_from_line(result_line("b.html", failure)) == ("b.html", failure)
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from newsparse.article import Article
from newsparse.errors import DataError

__all__ = ["STAGES", "Failure", "PageInput", "Result", "Stage", "result_from_line", "result_line"]

Stage = Literal["read", "parse"]
STAGES: tuple[str, ...] = ("read", "parse")


@attrs.frozen(kw_only=True)
class PageInput:
    """One page to parse: its bytes (or text), where it came from, and what its HTTP response said.

    ``id`` names the input in results and error records and must be unique within a run
    (``newsparse batch --resume`` matches on it). ``url`` is the URL the page was fetched
    from and ``charset`` the charset of its HTTP ``Content-Type``, when known.

    >>> PageInput(id="pages.jsonl:3", data=b"<h1>Hi</h1>", url="https://example.org/a")
    PageInput(id='pages.jsonl:3', url='https://example.org/a', charset=None, size=11)
    """

    id: str = attrs.field(validator=attrs.validators.instance_of(str))
    data: bytes | str = attrs.field(repr=False, validator=attrs.validators.instance_of((bytes, str)))
    url: str | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str)))
    charset: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    def __repr__(self) -> str:
        return f"PageInput(id={self.id!r}, url={self.url!r}, charset={self.charset!r}, size={len(self.data)})"


@attrs.frozen(kw_only=True)
class Failure:
    """An input that gave no article, and why.

    ``input`` is the :attr:`PageInput.id` (or the reader's name for an unreadable stretch of
    a file); ``stage`` is ``"read"`` (the reader could not get a page out of the file) or
    ``"parse"`` (newsparse could not parse the page); ``error`` is the kind of error (the
    exception's class name, or a reader's name such as ``TruncatedRecord``) and ``message``
    says what was wrong.

    >>> Failure(input="x.warc.gz@0", stage="read", error="TruncatedRecord", message="cut short")
    Failure(input='x.warc.gz@0', stage='read', error='TruncatedRecord', message='cut short', url=None)
    """

    input: str
    stage: Stage = attrs.field(validator=attrs.validators.in_(STAGES))
    error: str
    message: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as JSON-ready data (``input`` first)."""
        return {"input": self.input, "url": self.url, "stage": self.stage, "error": self.error, "message": self.message}


Result = Article | Failure


def result_line(input_id: str, result: Result, *, meta: bool = True) -> dict[str, Any]:
    """The JSON object ``newsparse batch`` writes for one input.

    An article gives ``{"input": ID, "article": {...}}`` (with provenance and problems
    unless ``meta=False``); a failure gives ``{"input": ID, "failure": {...}}``.
    """
    if isinstance(result, Failure):
        failure = result.to_dict()
        del failure["input"]
        return {"input": input_id, "failure": failure}
    return {"input": input_id, "article": result.to_dict(meta=meta)}


def result_from_line(line: Mapping[str, Any]) -> tuple[str, Result]:
    """Read back a :func:`result_line` object: the input's id and its Article or Failure.

    Raises :class:`~newsparse.DataError` when the object is not such a line.
    """
    input_id = line.get("input") if isinstance(line, Mapping) else None
    if not isinstance(input_id, str):
        raise DataError('not a newsparse batch line: it has no "input" string')
    if isinstance(line.get("article"), Mapping):
        return input_id, Article.from_dict(line["article"])
    failure = line.get("failure")
    if isinstance(failure, Mapping):
        try:
            return input_id, Failure(
                input=input_id,
                stage=failure["stage"],
                error=str(failure["error"]),
                message=str(failure["message"]),
                url=failure.get("url"),
            )
        except (KeyError, ValueError) as exc:
            raise DataError(f"the failure of input {input_id!r} is incomplete or invalid: {exc}") from None
    raise DataError(f'the line of input {input_id!r} has neither an "article" nor a "failure" object')
