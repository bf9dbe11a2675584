"""The WCXB benchmark's metrics (benchmarks/wcxb.py): what it counts must be what it says."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wcxb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wcxb_benchmark", ROOT / "benchmarks" / "wcxb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["wcxb_benchmark"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_title_match_folds_case_and_space_only(wcxb: ModuleType) -> None:
    assert wcxb.title_matches("The  Story", ["the story"])
    assert wcxb.title_matches("ALGÉRIE : Le pétrole", [None, "ALGÉRIE : Le pétrole"])
    assert not wcxb.title_matches("Don't", ["Don’t"])  # quotes are not folded


def test_names_drop_credentials_and_split_lists(wcxb: ModuleType) -> None:
    assert wcxb.names_in("Dylan Bailey, MS, RD, FAND") == {"dylan bailey"}
    assert wcxb.names_in("By Danielle DeSiato, Donna Enzmann, and Natalie Nguyen") == {
        "danielle desiato",
        "donna enzmann",
        "natalie nguyen",
    }
    assert wcxb.names_in("Genevieve Carlton, Ph.D.") == {"genevieve carlton"}
    assert wcxb.names_in("José Martínez-Beltrán") == {"jose martinez-beltran"}
    assert wcxb.names_in(None) == frozenset()


def test_shingles_precision_and_recall(wcxb: ModuleType) -> None:
    reference = "one two three four five"
    assert wcxb.shingle_precision_recall(reference, reference) == (1.0, 1.0)
    # half the reference's shingles, nothing else
    assert wcxb.shingle_precision_recall(reference, "one two three four") == (1.0, 0.5)
    assert wcxb.shingle_precision_recall(reference, "") == (0.0, 0.0)
    assert wcxb.shingle_precision_recall("", "") == (1.0, 1.0)
    # a text shorter than a shingle is one shingle
    assert wcxb.shingles("a b") == {("a", "b"): 1}


def test_word_f1_is_wcxbs_metric(wcxb: ModuleType) -> None:
    assert wcxb.word_f1("a b c d", "a b c d") == 1.0
    assert wcxb.word_f1("a b", "c d") == 0.0
    assert wcxb.word_f1("a a b", "a b") == pytest.approx(0.8)


def test_same_day_reads_the_day_as_written(wcxb: ModuleType) -> None:
    assert wcxb.same_day("2025-03-03", date(2025, 3, 3))
    assert wcxb.same_day("2025-03-03", datetime(2025, 3, 3, 23, 0, tzinfo=timezone(timedelta(hours=-5))))
    assert not wcxb.same_day("2025-03-03", None)
    assert not wcxb.same_day(None, date(2025, 3, 3))
    assert wcxb.same_day("2025-03-03", "2025-03-03T10:00")


def test_strip_scripts_removes_json_ld_and_keeps_the_rest(wcxb: ModuleType) -> None:
    page = b'<head><script type="application/ld+json">{"a": 1}</script><SCRIPT src=x.js></SCRIPT></head><p>Hi</p>'
    assert wcxb.strip_scripts(page) == b"<head></head><p>Hi</p>"


def test_a_run_counts_invented_authors_and_failures(wcxb: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth").mkdir()
    page = b"<h1>Story</h1><p class='by'>By Jane Doe</p><article><p>" + b"Words of the story, " * 20 + b"</p></article>"
    (tmp_path / "html" / "0001.html.gz").write_bytes(gzip.compress(page))
    truth = {"title": "Story", "author": None, "publish_date": None, "main_content": "Words of the story, " * 20}
    (tmp_path / "ground-truth" / "0001.json").write_text(json.dumps({"url": "https://e.org/a", "ground_truth": truth}))
    pairs = wcxb.load_corpus(tmp_path)
    (tally,) = wcxb.run(pairs, ["newsparse"], strip=False)
    row = tally.row()
    assert row["title"] == "1.000"
    assert row["invented"] == "1.000"  # the reference credits no one, the page says "By Jane Doe"
    assert row["errors"] == "0"
    assert float(row["shingle F1"]) > 0.9
