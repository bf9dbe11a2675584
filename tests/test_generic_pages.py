"""The generic adapter on real article pages from the WCXB benchmark, with and without their scripts.

The references are the benchmark's own ground truth (title, author, publication day, main
text), copied next to the pages; the pages are CC-BY-4.0 (see tests/SOURCES.md).
"""

from __future__ import annotations

import gzip
import json
import re
from typing import Any

import pytest

from newsparse import parse
from newsparse.evaluate import token_f1

from .conftest import PAGES

WCXB = PAGES / "wcxb"
IDS = sorted(p.name.split(".")[0] for p in WCXB.glob("*.html.gz"))
_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def load(page_id: str, *, strip_scripts: bool) -> tuple[bytes, dict[str, Any]]:
    page = gzip.decompress((WCXB / f"{page_id}.html.gz").read_bytes())
    if strip_scripts:
        page = _SCRIPT.sub(b"", page)
    return page, json.loads((WCXB / f"{page_id}.json").read_text("utf-8"))


def fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def words(text: str) -> str:
    """The words of a text, for snippets: the reference writes ' where the page prints ’."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def test_the_pages_are_here() -> None:
    assert len(IDS) == 4


@pytest.mark.parametrize("strip_scripts", [False, True], ids=["as-crawled", "scripts-stripped"])
@pytest.mark.parametrize("page_id", IDS)
def test_generic_adapter_on_a_wcxb_page(page_id: str, strip_scripts: bool) -> None:
    page, reference = load(page_id, strip_scripts=strip_scripts)
    truth = reference["ground_truth"]
    article = parse(page, reference["url"])
    assert article.source_of("headline") is not None
    assert fold(article.headline) == fold(truth["title"])
    assert article.byline is not None
    assert [fold(a) for a in article.byline.authors] == [fold(truth["author"])]
    assert article.published is not None and article.published.isoformat()[:10] == truth["publish_date"]
    body = " ".join(block.text for block in article.body)
    assert token_f1(truth["main_content"], body) >= 0.95
    # the benchmark's boilerplate snippets stay out, its must-have snippets are in
    for snippet in truth.get("without", []):
        assert words(snippet) not in words(body), snippet
    for snippet in truth.get("with", []):
        assert words(snippet) in words(body), snippet
