"""The corpus evaluation command: comparison rules and report."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

from newsparse import Article, Block
from newsparse.evaluate import compare, evaluate_pages, find_pages, main, report, token_f1

from .conftest import PAGES


def test_dates_compare_as_instants_or_on_the_day() -> None:
    plus_one = timezone(timedelta(hours=1))
    article = Article(published=datetime(2023, 11, 1, 9, 50, 26, tzinfo=plus_one), modified=date(2023, 11, 2))
    results, _ = compare({"published": "2023-11-01T08:50:26+00:00", "modified": "2023-11-02T23:00:00+05:00"}, article)
    assert [r.equal for r in results] == [True, True]
    results, _ = compare({"published": "2023-11-01T09:50:26+00:00"}, article)
    assert [r.equal for r in results] == [False]


def test_absent_keys_are_not_checked_and_body_is_scored() -> None:
    article = Article(headline="H", body=[Block(text="one two three")])
    results, f1 = compare({"body": [{"kind": "paragraph", "text": "one two four"}]}, article)
    assert [r.field for r in results] == ["body"]
    assert f1 is not None and abs(f1 - 2 / 3) < 1e-9


def test_token_f1_edges() -> None:
    assert token_f1("", "") == 1.0
    assert token_f1("a b", "c d") == 0.0


def test_report_on_the_seed_pages_names_adapters_fields_and_mismatches() -> None:
    pairs = find_pages([PAGES / "seed"])
    assert len(pairs) == 4
    out = io.StringIO()
    report(evaluate_pages(pairs, root=PAGES), out)
    text = out.getvalue()
    assert "per-field accuracy" in text and "headline" in text and "mismatches" in text
    assert "seed/seed-classic.html" in text


def test_main_exit_codes(tmp_path: object) -> None:
    assert main([str(PAGES / "seed" / "does-not-exist")]) == 2
    assert main([str(PAGES / "seed")]) in (0, 1)
