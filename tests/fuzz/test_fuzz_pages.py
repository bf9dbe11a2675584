"""Fuzz: the real pages of tests/pages, truncated, mutated and re-encoded."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .strategies import DECLARED_CHARSETS, ENCODINGS, Mutated, hostile_text, mutated_pages, real_pages
from .support import SeedPage, fuzz, parse_or_error

pytestmark = pytest.mark.fuzz


@fuzz
@given(real_pages, st.data())
def test_real_pages_truncated_at_any_point(page: SeedPage, data: st.DataObject) -> None:
    # A cut in ten-thousandths of the page: hypothesis favours small integers, and a
    # cut anywhere in the page is what is wanted.
    cut = len(page.data) * data.draw(st.integers(0, 10_000), label="cut (1/10,000 of the page)") // 10_000
    parse_or_error(page.data[:cut], "https://example.org/2024/01/a.html")


@fuzz
@given(mutated_pages())
def test_real_pages_with_elements_duplicated_deleted_moved_or_nested(page: Mutated) -> None:
    parse_or_error(page.data, "https://example.org/2024/01/a.html")


def _with_charset(text: str, declared: str | None) -> str:
    if declared is None:
        return text
    return text.replace("<head>", f'<head><meta charset="{declared}">', 1).replace(
        "<HEAD>", f'<HEAD><meta http-equiv="Content-Type" content="text/html; charset={declared}">', 1
    )


@fuzz
@given(
    real_pages,
    st.sampled_from(ENCODINGS),
    st.one_of(st.none(), st.sampled_from(DECLARED_CHARSETS)),
    st.one_of(st.none(), st.sampled_from(DECLARED_CHARSETS)),
    hostile_text,
    st.data(),
)
def test_real_pages_in_undeclared_wrong_and_mixed_encodings(
    page: SeedPage, encoding: str, declared: str | None, http_charset: str | None, extra: str, data: st.DataObject
) -> None:
    text = page.data.decode("utf-8", errors="replace")
    text = text.replace("</h1>", extra.replace("<", "&lt;") + "</h1>", 1)
    text = _with_charset(text, declared)
    encoded = text.encode(encoding, errors="replace")
    if data.draw(st.booleans(), label="mixed"):
        # Splice in a run of the same page in another encoding, or raw invalid bytes.
        other = data.draw(st.sampled_from(ENCODINGS), label="other encoding")
        splice = data.draw(
            st.one_of(
                st.just(text[: len(text) // 3].encode(other, errors="replace")),
                st.sampled_from((b"\xff\xfe\xfd", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x00" * 64)),
            ),
            label="splice",
        )
        at = data.draw(st.integers(0, len(encoded)), label="at")
        encoded = encoded[:at] + splice + encoded[at:]
    if data.draw(st.booleans(), label="bom"):
        encoded = data.draw(st.sampled_from((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE))) + encoded
    parse_or_error(encoded, "https://example.org/a", charset=http_charset)
