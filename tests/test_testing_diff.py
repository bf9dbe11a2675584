"""newsparse.testing.diff: a short, exact description of how a field differs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.testing.diff import MAX_LINES, describe


def test_equal_values_have_no_description() -> None:
    assert describe("headline", "Same", "Same") is None
    assert describe("body", [{"kind": "paragraph", "text": "a"}], [{"kind": "paragraph", "text": "a"}]) is None


def test_a_text_shows_both_values_and_the_first_differing_character() -> None:
    assert describe("headline", "Saisie de 22 kg", "Saisie de 23 kg") == (
        "headline differs at character 12:\n"
        "  expected: 'Saisie de 22 kg'\n"
        "  got:      'Saisie de 23 kg'\n"
        "                        ^"
    )


def test_a_long_text_is_cut_around_its_first_difference() -> None:
    expected = "Le président a parlé. " * 20 + "Fin du discours."
    got = "Le président a parlé. " * 20 + "Fin du discour."
    lines = describe("subheadline", expected, got).splitlines()  # type: ignore[union-attr]
    assert lines[0] == "subheadline differs at character 455:"
    assert lines[1].startswith("  expected: ...'") and "Fin du discours." in lines[1]
    assert all(len(line) < 100 for line in lines)


# Letters, digits and spaces: repr() shows each as one column, as most article text is.
PLAIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 éàœ", min_size=0, max_size=200)


@given(PLAIN, PLAIN)
def test_the_caret_points_at_the_first_differing_character(expected: str, got: str) -> None:
    if expected == got:
        return
    lines = describe("t", expected, got).splitlines()  # type: ignore[union-attr]
    at = int(lines[0].rsplit(" ", 1)[1].rstrip(":")) - 1
    column = lines[3].index("^")
    # The caret is under the first differing character, or under the closing quote
    # when one text is the start of the other.
    assert lines[1][column] == (expected[at] if at < len(expected) else "'")
    assert lines[2][column] == (got[at] if at < len(got) else "'")


def test_a_list_says_which_block_differs_and_how() -> None:
    expected = [{"kind": "paragraph", "text": "Un."}, {"kind": "paragraph", "text": "Deux."}]
    got = [{"kind": "paragraph", "text": "Un."}, {"kind": "quote", "text": "Deux."}]
    assert describe("body", expected, got) == (
        "body: 2 expected, 2 got\n"
        "  block 2 (body[1]).kind differs at character 1:\n"
        "    expected: 'paragraph'\n"
        "    got:      'quote'\n"
        "               ^"
    )


def test_a_list_names_missing_and_extra_items() -> None:
    crumbs = [{"label": "Accueil", "url": "https://x.dz/"}, {"label": "MONDE", "url": None}]
    assert describe("breadcrumb", crumbs, crumbs[:1]) == (
        "breadcrumb: 2 expected, 1 got\n  crumb 2 (breadcrumb[1]) missing: 'MONDE' -> None"
    )
    body = [{"kind": "paragraph", "text": "Un."}]
    extra = [*body, {"kind": "paragraph", "text": "Lire aussi : autre chose"}]
    assert describe("body", body, extra) == (
        "body: 1 expected, 2 got\n  extra block at body[1]: paragraph 'Lire aussi : autre chose'"
    )


def test_a_replaced_run_of_unequal_length_pairs_what_it_can() -> None:
    expected = [{"kind": "paragraph", "text": "Un."}, {"kind": "paragraph", "text": "Deux."}]
    got = [{"kind": "paragraph", "text": "Un et deux."}]
    lines = describe("body", expected, got).splitlines()  # type: ignore[union-attr]
    assert lines[1] == "  block 1 (body[0]).text differs at character 3:"
    assert lines[-1] == "  block 2 (body[1]) missing: paragraph 'Deux.'"


def test_objects_name_the_part_that_differs() -> None:
    expected = {"text": "R. I.", "authors": ["R. I."]}
    got = {"text": "R. I.", "authors": ["R.", "I."]}
    assert describe("byline", expected, got) == (
        "byline.authors: 1 expected, 2 got\n"
        "  author 1 (byline.authors[0]) differs at character 3:\n"
        "    expected: 'R. I.'\n"
        "    got:      'R.'\n"
        "                 ^\n"
        "  extra author at byline.authors[1]: 'I.'"
    )


def test_a_value_against_null() -> None:
    assert describe("comment_count", 0, None) == "comment_count differs:\n  expected: 0\n  got:      null"
    link = {"title": "Saisie", "url": "https://x.dz/s/"}
    assert describe("neighbors", {"previous": None, "next": link}, {"previous": None, "next": None}) == (
        'neighbors.next differs:\n  expected: {"title": "Saisie", "url": "https://x.dz/s/"}\n  got:      null'
    )


def test_a_long_description_is_cut() -> None:
    expected = [f"tag {i}" for i in range(100)]
    lines = describe("tags", expected, []).splitlines()  # type: ignore[union-attr]
    assert len(lines) == MAX_LINES + 1
    assert lines[-1] == f"  ... and {101 - MAX_LINES} more lines"
