"""The WordPress theme adapters on variants of their real pages, as other sites of each theme print them.

Each case edits a copy of a real page under ``tests/pages/themes/`` (the edit keeps the
theme's own markup around it; the page is still detected as its theme) and checks the
field FIELDS.md decides. They come from pages written to probe the adapters; each failed
before its fix.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newsparse import Article, detect, parse
from tests.conftest import expected, page_bytes

JANNAH = "themes/jannah/thenassauguardian.com.html"
SAHIFA = "themes/sahifa/sw1.news.html"
JNEWS = "themes/jnews/heartlandnewsfeed.com.html"
SOLEDAD = "themes/soledad/landesspiegel.li.html"
PUBLISHER = "themes/publisher/swim.de.html"
BDAIA = "themes/bdaia/lapresse.tn.html"
BLOCK_THEME = "themes/wp-block-theme/techcrunch.com.html"


def edited(name: str, *edits: tuple[str, str]) -> Article:
    """The page ``name`` with each ``old`` replaced by ``new`` (``old`` must be there), parsed."""
    page = page_bytes(name).decode("utf-8")
    chosen = detect(page_bytes(name)).adapter
    for old, new in edits:
        assert old in page, old[:60]
        page = page.replace(old, new)
    data = page.encode("utf-8")
    assert detect(data).adapter is chosen  # still the theme's page
    return parse(data, expected(name)["url"])


def body_of(name: str) -> list[str]:
    return [block["text"] for block in expected(name)["body"]]


# --------------------------------------------------------------------------- bylines


def test_jannah_with_two_writers_credits_both() -> None:
    second = (
        '<span class="meta-item meta-author-wrapper meta-author-2"><span class="meta-author">'
        '<a href="/author/jane-doe/" class="author-name tie-icon" title="Jane Doe">Jane Doe</a></span></span>'
    )
    old = '</a> </span></span><span class="date meta-item tie-icon">20 hours ago</span>'
    a = edited(JANNAH, (old, f"</a> </span>{second}</span>" + old.removeprefix("</a> </span></span>")))
    assert a.byline is not None and a.byline.authors == ("Paige McCartney", "Jane Doe")


def test_an_italian_credit_label_is_not_part_of_the_names() -> None:
    old = (
        '<span class="author-post byline"><span\n                                        class="author vcard">von'
        "                                         "
    )
    a = edited(SOLEDAD, (old, old.replace(">von", ">scritto da")))
    assert a.byline is not None and a.byline.text == "Landesspiegel"


def test_a_block_theme_post_with_two_author_cards_credits_both() -> None:
    card = '<div class="wp-block-tc23-author-card-name">\n\t\t\t<a href="https://techcrunch.com/author/{}/">{}</a>\n\t</div>'
    first = card.format("paul-sawers", "Paul Sawers")
    a = edited(BLOCK_THEME, (first, first + "\n" + card.format("sarah-perez", "Sarah Perez")))
    assert a.byline is not None and a.byline.authors == ("Paul Sawers", "Sarah Perez")


# --------------------------------------------------------------------------- text


def test_inline_related_posts_boxes_stay_out_of_the_text() -> None:
    jannah_box = (
        '<div id="inline-related-post" class="mag-box mini-posts-box content-only"><div class="container-wrapper">'
        '<div class="widget-title the-global-title"><div class="the-subtitle">Related Articles</div></div>'
        '<ul class="posts-items"><li class="widget-single-post-item"><div class="post-widget-body">'
        '<a class="post-title the-subtitle" href="/bca-wants-larger-role/">BCA wants larger role in preparing '
        'country for natural disasters</a><div class="post-meta"><span class="date meta-item tie-icon">20 hours '
        "ago</span></div></div></li></ul></div></div>"
    )
    anchor = "stocked at the best possible prices.</p>"
    assert [b.text for b in edited(JANNAH, (anchor, anchor + jannah_box)).body] == body_of(JANNAH)
    publisher_box = (
        '<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text '
        'heading-typo">Lesen Sie auch</span></div><div class="listing"><p class="title"><a class="post-url '
        'post-title" href="https://swim.de/training/ruecken-und-schnelligkeit/">Rücken und Schnelligkeit</a></p>'
        "</div></div>"
    )
    anchor = "die Druckphase voll auszunutzen.</p>"
    assert [b.text for b in edited(PUBLISHER, (anchor, anchor + publisher_box)).body] == body_of(PUBLISHER)


def test_a_read_also_line_without_its_accent_stays_out_of_the_text() -> None:
    anchor = '<p class="p1"><span class="s1">5- augmenter'
    line = '<p><strong>A lire aussi : <a href="https://lapresse.tn/48800/x/">Violence : les chiffres de 2019</a></strong></p>'
    assert [b.text for b in edited(BDAIA, (anchor, line + anchor)).body] == body_of(BDAIA)


# --------------------------------------------------------------------------- neighbours, comments, section


@pytest.mark.parametrize(
    ("name", "edits"),
    [
        (SAHIFA, (("<span>Vorher</span>", "<span>Önceki</span>"), ("<span>Danach</span>", "<span>Sonraki</span>"))),
    ],
)
def test_neighbour_labels_in_any_language_stay_out_of_the_titles(name: str, edits: tuple[tuple[str, str], ...]) -> None:
    a = edited(name, *edits)
    want = expected(name)["neighbors"]
    assert a.neighbors.previous is not None and a.neighbors.previous.title == want["previous"]["title"]
    assert a.neighbors.next is not None and a.neighbors.next.title == want["next"]["title"]


def test_jnews_neighbour_captions_in_any_language_stay_out_of_the_titles() -> None:
    links = (
        '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
        '<a href="/2023/10/26/blotters/" class="post prev-post"><span class="caption">Artikel Sebelumnya</span>'
        '<h3 class="post-title">Macoupin County police blotters</h3></a>'
        '<a href="/2023/10/28/levy/" class="post next-post"><span class="caption">Artikel Selanjutnya</span>'
        '<h3 class="post-title">Pana school board approves levy</h3></a></div></div>'
    )
    a = edited(JNEWS, ('<div class="jnews_prev_next_container"></div>', links))
    assert a.neighbors.previous is not None and a.neighbors.previous.title == "Macoupin County police blotters"
    assert a.neighbors.next is not None and a.neighbors.next.title == "Pana school board approves levy"


def test_a_german_leave_a_comment_link_is_a_count_of_zero() -> None:
    date = '<span class="tie-date"><i class="fa fa-clock-o"></i>15. Oktober 2023</span>\t\n\t\n</p>'
    link = '<span class="post-comments"><a href="https://sw1.news/x/#respond">Hinterlasse einen Kommentar</a></span>'
    a = edited(SAHIFA, (date, date.replace("</span>\t\n\t\n</p>", f"</span>\t\n\t{link}\n</p>")))
    assert a.comment_count == 0


def test_a_comma_joined_article_section_holding_a_flag_gives_the_category() -> None:
    label = '\n<a class="bd-cat-link bd-cat-20" href="https://lapresse.tn/category/societe/">Société</a>'
    assert edited(BDAIA, (label, "")).section == "Société"  # JSON-LD: "à la une,Société"


# --------------------------------------------------------------------------- dates and images


def test_a_block_themes_modified_date_block_is_the_modified_date() -> None:
    date = '<div class="wp-block-post-date"><time datetime="2024-05-16T11:00:00-07:00">11:00 AM PDT • May 16, 2024</time></div>'
    updated = (
        '<div class="wp-block-post-date__modified-date wp-block-post-date"><time datetime="2024-05-17T10:15:00-07:00">'
        "Updated 10:15 AM PDT • May 17, 2024</time></div>"
    )
    a = edited(BLOCK_THEME, (date, date + updated))
    assert a.modified == datetime.fromisoformat("2024-05-17T10:15:00-07:00")
    assert a.source_of("modified") is not None and a.source_of("modified").source == "markup"


def test_soledads_lazy_image_named_only_in_its_srcset_is_the_lead_image() -> None:
    src = '\n                                     data-src="https://landesspiegel.li/wp-content/uploads/2025/06/IMG_0234-585x439.jpg">'
    a = edited(SOLEDAD, (src, ">"))
    assert a.lead_image is not None and "IMG_0234" in a.lead_image.url
    assert a.lead_image.caption == parse(page_bytes(SOLEDAD), expected(SOLEDAD)["url"]).lead_image.caption  # type: ignore[union-attr]
