"""The shared extraction helpers, one odd case per test."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newsparse import Byline, Crumb
from newsparse.extract import (
    byline_from_text,
    clean_breadcrumb,
    clean_text,
    comment_count_from_text,
    parse_date,
    resolve_url,
    signoff_byline,
    split_caption_credit,
    split_kicker,
)


@pytest.mark.parametrize(
    ("title", "kicker", "headline"),
    [
        (
            "LE PORTE-PAROLE DU KREMLIN L’A AFFIRME : La Russie œuvre",
            "LE PORTE-PAROLE DU KREMLIN L’A AFFIRME",
            "La Russie œuvre",
        ),
        ("ALGÉRIE : Le pétrole repart", "ALGÉRIE", "Le pétrole repart"),
        ("ALGÉRIE\u00a0: Le pétrole repart", "ALGÉRIE", "Le pétrole repart"),
        ("COUPE DU MONDE: Les Verts qualifiés", "COUPE DU MONDE", "Les Verts qualifiés"),
        ("DGB: Brückensperrung belegt die Versäumnisse", None, "DGB: Brückensperrung belegt die Versäumnisse"),
        ("Prison official: ‘Anyone’ can apply", None, "Prison official: ‘Anyone’ can apply"),
        ("Parité hommes-femmes en Tunisie : Au-dessous", None, "Parité hommes-femmes en Tunisie : Au-dessous"),
        ("Global: Waffensysteme", None, "Global: Waffensysteme"),
        ("2024 : une année", None, "2024 : une année"),
        ("NO COLON HERE", None, "NO COLON HERE"),
        ("TRAILING COLON :", None, "TRAILING COLON :"),
    ],
)
def test_split_kicker_follows_the_fields_rule(title: str, kicker: str | None, headline: str) -> None:
    assert split_kicker(title) == (kicker, headline)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("0", 0),
        ("12", 12),
        ("12 Comments", 12),
        ("Comments (4)", 4),
        ("Kommentare (3)", 3),
        ("3 commentaires", 3),
        ("2 comentarios", 2),
        ("No Comments", 0),
        ("Aucun commentaire", 0),
        ("Keine Kommentare", 0),
        ("Sin comentarios", 0),
        ("Be the first to comment", 0),
        ("لا توجد تعليقات", 0),
        ("٣ تعليقات", 3),
        ("One Comment", 1),
        ("1e400", None),
        ("-3", None),
        ("1,234 comments", None),
        ("", None),
        ("Comments", None),
        ("12 of 30", None),
    ],
)
def test_comment_count_from_text(text: str, count: int | None) -> None:
    assert comment_count_from_text(text) == count


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("R. I.", ("R. I.",)),
        ("M. B.", ("M. B.",)),
        ("APS", ("APS",)),
        ("AFP", ("AFP",)),
        ("Reuters", ("Reuters",)),
        ("Rachid Ighil", ("Rachid Ighil",)),
        ("(APS)", ("APS",)),
    ],
)
def test_signoff_byline_accepts_initials_agencies_and_names(text: str, authors: tuple[str, ...]) -> None:
    byline = signoff_byline(text)
    assert byline is not None and byline.authors == authors


@pytest.mark.parametrize(
    "text",
    ["Le président a parlé.", "Durant cette visite, al-Charaa a été accueilli.", "Lire aussi", "", "Fin."],
)
def test_signoff_byline_refuses_sentences(text: str) -> None:
    assert signoff_byline(text) is None


def test_byline_from_text_drops_the_label_and_splits_names() -> None:
    assert byline_from_text("By Jane Doe and John Roe") == Byline(
        text="Jane Doe and John Roe", authors=("Jane Doe", "John Roe")
    )
    assert byline_from_text("Von Max Muster") == Byline(text="Max Muster", authors=("Max Muster",))
    assert byline_from_text("Por Ana Pérez y Luis Gómez").authors == ("Ana Pérez", "Luis Gómez")  # type: ignore[union-attr]
    assert byline_from_text("   ") is None


def test_byline_from_text_splits_arabic_bylines_on_the_arabic_comma() -> None:
    # Found by the schema.org round trip: "بقلم A، B" gave one author named "A، B".
    byline = byline_from_text("بقلم محمد بن علي، سارة بوزيد")
    assert byline == Byline(text="محمد بن علي، سارة بوزيد", authors=("محمد بن علي", "سارة بوزيد"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2023-11-01T09:50:26+01:00", datetime(2023, 11, 1, 9, 50, 26, tzinfo=timezone(timedelta(hours=1)))),
        ("2023-11-01T08:50:26Z", datetime(2023, 11, 1, 8, 50, 26, tzinfo=timezone.utc)),
        ("2023-11-01T08:50:26.123+0000", datetime(2023, 11, 1, 8, 50, 26, tzinfo=timezone.utc)),
        ("2023-10-27", date(2023, 10, 27)),
        ("2023-10-27T21:25:00", datetime(2023, 10, 27, 21, 25)),
        ("27. Oktober 2023", date(2023, 10, 27)),
        ("12 novembre 2025", date(2025, 11, 12)),
        ("mercredi 1er mars 2023", date(2023, 3, 1)),
        ("October 27, 2023", date(2023, 10, 27)),
        ("Oct 27th, 2023 at 9:05 pm", datetime(2023, 10, 27, 21, 5)),
        ("27 de octubre de 2023", date(2023, 10, 27)),
        ("27/10/2023", date(2023, 10, 27)),
        ("20 hours ago", None),
        ("2023-13-45", None),
        ("", None),
    ],
)
def test_parse_date(text: str, value: object) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("/monde/", "https://example.dz/monde/"),
        ("//cdn.example.dz/x.jpg", "https://cdn.example.dz/x.jpg"),
        ("https://other.org/a", "https://other.org/a"),
        ("javascript:void(0)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("mailto:a@b.c", None),
        ("#comments", None),
        ("", None),
        ("http://[broken", None),
    ],
)
def test_resolve_url_keeps_only_http_links(href: str, url: str | None) -> None:
    assert resolve_url(href, "https://example.dz/2025/story/") == url


def test_resolve_url_without_base_keeps_absolute_links_only() -> None:
    assert resolve_url("/relative", None) is None
    assert resolve_url("https://a.org/x", None) == "https://a.org/x"


def test_clean_breadcrumb_drops_the_title_crumb_whole_or_cut() -> None:
    title = "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne et ses alliés"
    home, section = Crumb(label="Accueil", url="https://x.dz/"), Crumb(label="MONDE", url="https://x.dz/monde/")
    cut = Crumb(label="La Russie œuvre à renforcer ses relations avec la nouvelle direction...")
    assert clean_breadcrumb([home, section, cut], title) == (home, section)
    assert clean_breadcrumb([home, section, Crumb(label=title)], title) == (home, section)
    assert clean_breadcrumb([home, section], title) == (home, section)
    assert clean_breadcrumb([home, home, section], title) == (home, section)


def test_split_caption_credit() -> None:
    assert split_caption_credit("Der Bahnhof | Foto: Max Muster") == ("Der Bahnhof", "Max Muster")
    assert split_caption_credit("A forest. Credit: CIFOR") == ("A forest.", "CIFOR")
    assert split_caption_credit("Protesters in Algiers (AFP)") == ("Protesters in Algiers", "AFP")
    assert split_caption_credit("Just a caption") == ("Just a caption", None)


def test_clean_text_removes_invisible_and_control_characters() -> None:
    assert clean_text("a\u200b\u00a0b\x00c\u202ed") == "a bcd"
    assert clean_text("\u2008x\u2008") == "x"
