"""The pytest side of fixtures: each fixture folder becomes one test per checked field.

The plugin's hooks live in the top-level module ``_newsparse_pytestplugin`` (the
``pytest11`` entry point, registered when newsparse is installed and off until a
project names its fixture folders, in its configuration::

    [tool.pytest.ini_options]
    newsparse_fixtures = ["tests/fixtures"]

or with ``pytest --newsparse-fixtures tests/fixtures``). It hands each fixture folder
it collects (see :mod:`newsparse.testing.fixtures`) to :class:`FixtureFolder`, which
yields the tests ``tests/fixtures/lemonde-1::adapter``,
``tests/fixtures/lemonde-1::headline``, ... one per value its expectation checks. The
page is parsed once per folder, and a failing test prints a short, exact difference
of its field, nothing else. Only pytest's public API is used (8.0 or later).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsparse.testing.fixtures import Fixture

__all__ = ["FieldMismatchError", "FixtureField", "FixtureFolder"]


class FieldMismatchError(AssertionError):
    """Raised by a fixture field test; its message is the field's difference."""


class FixtureFolder(pytest.Directory):
    """A fixture folder: parses its page once and yields one test per checked field."""

    _fixture: Fixture | None = None
    _expected: dict[str, Any] | None = None
    _actual: dict[str, Any] | BaseException | None = None

    def collect(self) -> list[pytest.Item]:
        from newsparse.testing.fixtures import Fixture

        self._fixture = Fixture.load(self.path)
        self._expected = self._fixture.expectations()
        return [FixtureField.from_parent(self, name=name) for name in self._expected]

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        # A broken meta.json or expected.json: say which file and what is wrong, no traceback.
        if _is_newsparse_error(excinfo.value):
            return f"{type(excinfo.value).__name__}: {excinfo.value}"
        return super().repr_failure(excinfo)

    def expected(self, name: str) -> Any:
        """The expectation of check ``name``, as collected."""
        assert self._expected is not None, "collect() reads the expectations first"
        return self._expected[name]

    def actual(self, name: str) -> Any:
        """What the page gives for check ``name`` now; the page is parsed once, on first use.

        A page that cannot be parsed fails every field test with the same error.
        """
        from newsparse.errors import NewsparseError

        if self._actual is None:
            assert self._fixture is not None, "collect() loads the fixture first"
            try:
                self._actual = self._fixture.actual(self._fixture.parse())
            except NewsparseError as exc:
                self._actual = exc
        if isinstance(self._actual, BaseException):
            raise self._actual
        return self._actual[name]


class FixtureField(pytest.Item):
    """One checked value of a fixture (``adapter``, ``headline``, ``body``...)."""

    def runtest(self) -> None:
        folder = self.parent
        assert isinstance(folder, FixtureFolder)
        expected, got = folder.expected(self.name), folder.actual(self.name)
        if got != expected:
            from newsparse.testing.diff import describe

            raise FieldMismatchError(describe(self.name, expected, got))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, FieldMismatchError):
            return f"{excinfo.value}\n(fixture {_relative(self.path, self.config.rootpath)})"
        if _is_newsparse_error(excinfo.value):
            return f"{type(excinfo.value).__name__}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.parent.name if self.parent else ''}::{self.name}"


def _is_newsparse_error(error: BaseException) -> bool:
    return any(cls.__module__ == "newsparse.errors" for cls in type(error).__mro__)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
