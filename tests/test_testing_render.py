"""newsparse.testing.render: realistic pages, with noise, written from an Article."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import attrs
import pytest
from lxml import html

from newsparse import AdapterError, Article, Block, Byline, Crumb, DataError, Image, Link, Neighbors, parse
from newsparse.testing.render import Renderer, get_renderer, render, renderers

FRENCH = Article(
    url="https://www.quotidien-exemple.dz/2025/11/12/peskov/",
    canonical_url="https://www.quotidien-exemple.dz/2025/11/12/peskov/",
    language="fr-FR",
    site_name="Le Quotidien d’Exemple",
    breadcrumb=(
        Crumb(label="Accueil", url="https://www.quotidien-exemple.dz/"),
        Crumb(label="MONDE", url="https://www.quotidien-exemple.dz/category/monde/"),
    ),
    kicker="LE PORTE-PAROLE DU KREMLIN L’A AFFIRME",
    headline="La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne",
    body=(
        Block(text="Le porte-parole de la présidence russe, Dmitri Peskov, a affirmé que son pays s’efforce de renforcer ses relations avec la nouvelle direction syrienne."),
        Block(text="Peskov a déclaré mardi : « La Russie espère que la voie bilatérale avec la Syrie continuera à se développer. » Faut-il s’en étonner ?"),
    ),
    byline=Byline(text="R. I.", authors=("R. I.",)),
    published=datetime(2025, 11, 12, 9, 30, tzinfo=timezone(timedelta(hours=1))),
    comment_count=0,
    neighbors=Neighbors(next=Link(title="Saisie de plus de 22 kg de cocaïne à Sétif", url="https://www.quotidien-exemple.dz/saisie/")),
    section="MONDE",
    tags=("Russie", "Syrie"),
    lead_image=Image(url="https://www.quotidien-exemple.dz/peskov.jpg", caption="Dmitri Peskov", credit="AFP"),
)  # fmt: skip


def test_the_schema_org_renderer_is_built_in_and_shows_every_field() -> None:
    renderer = get_renderer("schema.org")
    assert renderer in renderers()
    assert renderer.adapter == "generic"
    assert "kicker" in renderer.fields and "comment_count" in renderer.fields


def test_an_unknown_theme_is_refused_with_the_known_ones() -> None:
    with pytest.raises(AdapterError, match=r"no renderer for the theme 'wix'; themes with a renderer: schema\.org"):
        render(FRENCH, "wix")


def test_render_takes_an_article() -> None:
    with pytest.raises(DataError, match="render\\(\\) takes an Article, not dict"):
        render(FRENCH.to_dict(), "schema.org")  # type: ignore[arg-type]


def test_a_renderer_names_real_article_fields() -> None:
    with pytest.raises(ValueError, match="not Article fields: title"):
        Renderer(theme="t", adapter="generic", fields=("title",), write=lambda a: "")


def test_a_renderer_object_can_be_passed_directly() -> None:
    mine = Renderer(theme="bare", adapter="generic", fields=("headline",), write=lambda a: f"<h1>{a.headline}</h1>")
    assert render(FRENCH, mine) == f"<h1>{FRENCH.headline}</h1>"
    assert mine.shown(FRENCH) == {"headline": FRENCH.headline}


def test_a_page_is_a_pure_function_of_its_article() -> None:
    assert render(FRENCH) == render(FRENCH)
    other = render(Article(**{**{f: getattr(FRENCH, f) for f in ("url", "language")}, "headline": "Autre titre"}))
    assert other != render(FRENCH)


def test_the_page_carries_the_noise_real_pages_have() -> None:
    tree = html.fromstring(render(FRENCH))
    assert tree.xpath("//head/style") and len(tree.xpath("//script[not(@type)]")) >= 3
    assert tree.xpath("//nav[@class='main-navigation']//ul[@class='mega-menu']/li/a")
    assert tree.xpath("//section[@class='related-posts']//p[@class='excerpt']")
    assert tree.xpath("//aside[contains(@class, 'sidebar')]//form")
    assert tree.xpath("//div[contains(@class, 'tagcloud')]/a")
    assert tree.xpath("//section[@id='comments']//form")
    assert tree.xpath("//div[@itemprop='articleBody']/*[contains(@class, 'advert') or contains(@class, 'read-also')]")
    assert tree.xpath("//footer[@class='site-footer']")


def test_the_structured_data_describes_the_article() -> None:
    tree = html.fromstring(render(FRENCH))
    graph = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)["@graph"]
    news = next(o for o in graph if o["@type"] == "NewsArticle")
    assert news["datePublished"] == "2025-11-12T09:30:00+01:00"
    assert news["author"] == [{"@type": "Person", "name": "R. I."}]
    trail = next(o for o in graph if o["@type"] == "BreadcrumbList")
    assert [i["name"] for i in trail["itemListElement"]][:2] == ["Accueil", "MONDE"]


def test_french_pages_are_set_with_non_breaking_spaces_that_parsing_normalises() -> None:
    page = render(FRENCH)
    assert "déclaré mardi\u00a0: «\u00a0La Russie" in page
    assert "étonner\u202f?" in page
    assert "AFFIRME&nbsp;: La Russie" in page  # the h1, texturised like WordPress
    got = parse(page, FRENCH.url)
    assert got.body == FRENCH.body and got.kicker == FRENCH.kicker and got.headline == FRENCH.headline


def test_arabic_pages_are_right_to_left_with_arabic_digits() -> None:
    article = Article(
        url="https://www.al-mithal.dz/a/",
        language="ar",
        headline="أعلن وزير الداخلية إنشاء 300 منصب شغل",
        body=(
            Block(text=" ".join(["أعلن وزير الداخلية يوم الثلاثاء عن إنشاء 300 منصب شغل في الولايات الداخلية."] * 3)),
        ),
        comment_count=12,
    )
    page = render(article)
    assert '<html lang="ar" dir="rtl">' in page
    assert "١٢ تعليقات" in page
    assert parse(page, article.url).comment_count == 12


def test_a_neighbour_without_a_title_is_an_icon_link() -> None:
    article = Article(
        url="https://news.example/a/",
        headline="Council approves the budget",
        body=(Block(text=" ".join(["The council approved the budget on Tuesday after a long debate."] * 4)),),
        neighbors=Neighbors(previous=Link(url="https://news.example/older/")),
    )
    got = parse(render(article), article.url)
    assert got.neighbors == article.neighbors


@pytest.mark.parametrize(
    ("theme", "adapter"), [("tagdiv-classic", "tagdiv-newspaper"), ("tagdiv-composer", "tagdiv-composer")]
)
def test_the_tagdiv_renderers_write_pages_their_adapters_claim(theme: str, adapter: str) -> None:
    from newsparse import detect

    page = render(FRENCH, theme)
    assert detect(page, FRENCH.url).name == adapter
    assert '<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->' in page  # the theme's quirk
    assert "tdBlocksArray" in page and "td-a-rec" in page and "td_block_related_posts" in page
    assert parse(page, FRENCH.url) == FRENCH


def test_tagdiv_cannot_show_a_crumb_without_a_link() -> None:
    unlinked = attrs.evolve(FRENCH, breadcrumb=(Crumb(label="Accueil"),))
    assert get_renderer("tagdiv-classic").can_show(FRENCH)
    assert not get_renderer("tagdiv-classic").can_show(unlinked)
    assert get_renderer("schema.org").can_show(unlinked)


def test_tagdiv_pages_sometimes_sign_the_text_instead_of_showing_the_author() -> None:
    signed = [render(attrs.evolve(FRENCH, url=f"{FRENCH.url}?p={i}"), "tagdiv-classic") for i in range(12)]
    with_author = [page for page in signed if 'class="td-post-author-name"' in page]
    assert 0 < len(with_author) < len(signed), "both ways of crediting R. I. are drawn"
