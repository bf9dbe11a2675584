"""What every fuzz test shares: its hypothesis settings, the invariants, the seed pages.

Settings come from the environment so that CI and a long hand-started run use the same
tests:

- ``NEWSPARSE_FUZZ_EXAMPLES``: inputs tried per test (default 60, what CI runs);
- ``NEWSPARSE_FUZZ_SEED``: unset for hypothesis' fixed derandomised seed (CI), an
  integer for another fixed seed, or ``random`` for a new seed every run;
- ``NEWSPARSE_FUZZ_DEADLINE_MS``: fail an input that takes longer (default: none, as
  the CI machine is shared and noisy; the long run sets one to catch blow-ups).

A long run (see docs/input-policy.md)::

    NEWSPARSE_FUZZ_EXAMPLES=20000 NEWSPARSE_FUZZ_SEED=random \\
        python -m pytest -m fuzz tests/fuzz --hypothesis-show-statistics
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import hypothesis
from hypothesis import HealthCheck, settings

from newsparse import Article, NewsparseError, json_schema, parse

PAGES = Path(__file__).parent.parent / "pages"

F = TypeVar("F", bound=Callable[..., Any])


def _int_env(name: str, default: int | None) -> int | None:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


EXAMPLES = _int_env("NEWSPARSE_FUZZ_EXAMPLES", 60) or 60
DEADLINE_MS = _int_env("NEWSPARSE_FUZZ_DEADLINE_MS", None)
SEED = os.environ.get("NEWSPARSE_FUZZ_SEED", "").strip()

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=not SEED,
    database=None,
    deadline=DEADLINE_MS,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)


def fuzz(test: F) -> F:
    """Apply the fuzz settings (and a seed from NEWSPARSE_FUZZ_SEED) to a hypothesis test."""
    test = FUZZ_SETTINGS(test)
    if SEED and SEED != "random":
        test = hypothesis.seed(int(SEED))(test)
    return test


class SeedPage:
    """A saved real page; its repr is its name, so a failing example prints short."""

    def __init__(self, path: Path) -> None:
        self.name = path.relative_to(PAGES).as_posix()
        self.data = path.read_bytes()

    def __repr__(self) -> str:
        return f"SeedPage({self.name!r})"


@cache
def seed_pages() -> tuple[SeedPage, ...]:
    """Every saved real page under tests/pages, the seeds for truncation and mutation."""
    return tuple(SeedPage(path) for path in sorted(PAGES.rglob("*.html")))


# --------------------------------------------------------------------------- invariants

# Characters that must never reach an Article's text: NUL and other controls, and the
# bidi overrides and isolates that make a value display differently from how it reads.
_FORBIDDEN_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# A problem recorded from an exception inside a field is a bug, not a fact about the page.
_INTERNAL_ERROR = re.compile(r"^(?:[A-Z]\w*(?:Error|Exception)|invalid value dropped)\b")


@cache
def _schema_validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def parse_or_error(page: object, url: str | None = None, **kwargs: Any) -> Article | None:
    """Parse ``page``; return the checked Article, or None when newsparse refused it.

    Anything but an Article or a :class:`NewsparseError` (with a message) fails the test,
    and so does an Article that breaks an invariant (see :func:`check_article`).
    """
    try:
        article = parse(page, url, **kwargs)  # type: ignore[arg-type]
    except NewsparseError as exc:
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        return None
    check_article(article)
    return article


def check_article(article: Article) -> None:
    """The invariants of any parse result: serialisable, schema-valid, safe URLs and text."""
    data = article.to_dict()
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    assert Article.from_json(text) == article, "to_json/from_json does not give the same Article back"
    _schema_validator().validate(data)
    for key, value in _walk(data):
        if key in ("url", "canonical_url") and value is not None:
            parts = urlsplit(value)
            assert parts.scheme in ("http", "https") and parts.netloc, f"{key} is not an http(s) URL: {value!r:.200}"
        if isinstance(value, str) and key not in ("url", "canonical_url"):
            bad = _FORBIDDEN_TEXT.search(value)
            assert bad is None, f"{key} holds the control character {bad.group()!r}: {value!r:.200}"
    for problem in article.problems:
        assert not _INTERNAL_ERROR.match(problem.message), f"a field failed inside: {problem}"


def _walk(data: object, key: str = "") -> Iterator[tuple[str, Any]]:
    stack: list[tuple[str, Any]] = [(key, data)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.items())
        elif isinstance(value, list):
            stack.extend((key, item) for item in value)
        else:
            yield key, value
