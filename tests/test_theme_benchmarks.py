"""The theme benchmarks run on the seed pages and print what they say they print."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "pages" / "seed"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_benchmark", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_theme_speed_prints_a_row_per_page_and_the_medians(capsys: pytest.CaptureFixture[str]) -> None:
    assert load("theme_speed").main([str(SEED), "--rounds", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = [line for line in out if line.startswith("seed/")]
    assert len(rows) == 4 and all("tagdiv-" in row for row in rows)
    assert re.fullmatch(r"median over 4 pages: ratio \d+\.\d\d, lxml \d+\.\d\d ms, parse \d+\.\d\d ms", out[-1])


def test_theme_floor_prints_every_stage_and_newsparse(capsys: pytest.CaptureFixture[str]) -> None:
    floor = load("theme_floor")
    assert floor.main([str(SEED), "--rounds", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[1:] == [*floor.STAGES, "newsparse"]
    assert len(out) == 6 and out[-1].startswith("median over 4 pages")
    for line in out[1:]:
        ratios = [float(x) for x in line.split()[-8:]]
        assert all(r > 0 for r in ratios)


def test_theme_floor_refuses_an_empty_folder(tmp_path: Path) -> None:
    assert load("theme_floor").main([str(tmp_path)]) == 2
