"""newscards' own tests: a property test over Articles drawn by newsparse's strategies,
and a test on an Article read from one of the saved pages."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from newsparse import Article
from newsparse.testing.fixtures import Fixture
from newsparse.testing.strategies import articles

from newscards import card

FIXTURES = Path(__file__).parent / "fixtures"


@settings(max_examples=100, deadline=None)
@given(articles())
def test_a_card_shows_the_headline_and_stays_short(article: Article) -> None:
    text = card(article)
    lines = text.splitlines()
    assert article.headline in lines
    if article.kicker:
        assert lines[0] == article.kicker
    assert len(lines) <= 6
    assert ("No comments" in lines) == (article.comment_count == 0)


def test_a_card_for_a_saved_page() -> None:
    article = Fixture.load(FIXTURES / "seed-classic").parse().article
    assert card(article).splitlines()[:3] == [
        "LE PORTE-PAROLE DU KREMLIN L’A AFFIRME",
        "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne",
        "R. I. · 2025-11-12",
    ]
