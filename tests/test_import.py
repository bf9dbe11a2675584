"""``import newsparse`` stays light: no BeautifulSoup, no optional extra."""

from __future__ import annotations

import subprocess
import sys


def imported_modules(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_import_does_not_load_beautifulsoup_or_extras() -> None:
    modules = imported_modules("import newsparse")
    heavy = {m.split(".")[0] for m in modules} & {"bs4", "dask", "fastwarc", "warcio", "tqdm", "pandas", "hypothesis"}
    assert heavy == set()


def test_parsing_utf8_bytes_does_not_load_beautifulsoup() -> None:
    modules = imported_modules("import newsparse; newsparse.parse(b'<h1>x</h1><p>y</p>')")
    assert "bs4" not in modules


def test_import_time_is_reported_by_importtime() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsparse"], capture_output=True, text=True, check=True
    )
    rows = [line for line in result.stderr.splitlines() if line.endswith("| newsparse")]
    assert rows, "python -X importtime lists newsparse"
    assert "bs4" not in result.stderr


def test_the_testing_toolkit_loads_hypothesis_and_pytest_only_where_needed() -> None:
    light = imported_modules(
        "import newsparse.testing, newsparse.testing.fixtures, newsparse.testing.render, newsparse.testing.diff"
    )
    assert {m.split(".")[0] for m in light} & {"hypothesis", "pytest", "_pytest"} == set()
    assert "hypothesis" in {m.split(".")[0] for m in imported_modules("import newsparse.testing.strategies")}


def test_the_strategies_are_reachable_from_the_testing_package_on_demand() -> None:
    modules = imported_modules("import newsparse.testing as t; t.articles")
    assert "newsparse.testing.strategies" in modules
