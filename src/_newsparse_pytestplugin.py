"""newsparse's pytest plugin, as the ``pytest11`` entry point loads it.

Installing newsparse registers this module, and it stays off: a project's test run
is unchanged until the project names its fixture folders, in its configuration::

    [tool.pytest.ini_options]
    newsparse_fixtures = ["tests/fixtures"]

or on the command line (``pytest --newsparse-fixtures tests/fixtures``). Then each
fixture folder below those that pytest collects becomes one test per checked field
(``tests/fixtures/lemonde-1::headline``); :mod:`newsparse.testing.plugin` holds those
collectors.

The module lives outside the ``newsparse`` package, as Hypothesis's plugin does, so
that loading it imports only pytest and the standard library: newsparse (and lxml) are
imported when the first fixture folder is collected, never in a project that has not
enabled the plugin. ``-p no:newsparse`` turns it off entirely. It uses only pytest's
public API (8.0 or later, for ``pytest_collect_directory``; on older pytest it stays
off, and enabling it is a usage error).
"""

from __future__ import annotations

from pathlib import Path

import pytest

INI_NAME = "newsparse_fixtures"
OPTION = "--newsparse-fixtures"
META_FILE = "meta.json"  # what makes a folder a fixture (newsparse.testing.fixtures.META_FILE)
_ROOTS = pytest.StashKey[tuple[Path, ...]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsparse", "newsparse fixtures")
    group.addoption(
        OPTION,
        action="append",
        default=[],
        metavar="DIR",
        help="run the newsparse fixtures in DIR (a fixture folder or a folder of them); repeatable",
    )
    parser.addini(
        INI_NAME,
        type="paths",
        default=[],
        help="folders of newsparse fixtures to run, one test per checked field (off when empty)",
    )


def pytest_configure(config: pytest.Config) -> None:
    ini: list[Path] = config.getini(INI_NAME)
    flags = [config.invocation_params.dir / p for p in config.getoption(OPTION) or []]
    roots = tuple(p.resolve() for p in [*ini, *flags])
    if roots and not hasattr(pytest, "Directory"):
        raise pytest.UsageError(f"newsparse fixtures need pytest 8 or later; this is pytest {pytest.__version__}")
    for root in roots:
        if not root.is_dir():
            raise pytest.UsageError(f"newsparse fixtures: {root} is not a folder (set by {INI_NAME} or {OPTION})")
    config.stash[_ROOTS] = roots


def pytest_report_header(config: pytest.Config) -> str | None:
    roots = config.stash.get(_ROOTS, ())
    if not roots:
        return None
    return "newsparse fixtures: " + ", ".join(_relative(p, config.rootpath) for p in roots)


def is_enabled_for(config: pytest.Config, path: Path) -> bool:
    """True when ``path`` is a fixture folder inside one of the configured folders."""
    roots = config.stash.get(_ROOTS, ())
    if not roots or not (path / META_FILE).is_file():
        return False
    resolved = path.resolve()
    return any(resolved == root or root in resolved.parents for root in roots)


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if not is_enabled_for(parent.config, path):
        return None
    from newsparse.testing.plugin import FixtureFolder

    return FixtureFolder.from_parent(parent, path=path)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.resolve()))
    except ValueError:
        return str(path)


if not hasattr(pytest, "Directory"):  # pytest < 8 has no such hook: do not declare it
    del pytest_collect_directory
