"""Choosing adapters: URL rules, then fingerprints, then generic; plugins via entry points."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newsparse import Adapter, AdapterError, Document, Fingerprint, Registry, Text, UrlRule, detect, parse

PAGE = """<html><head><meta name="generator" content="WordPress 6.4"></head>
<body class="single global-block-template-3 theme-x"><h1 class="story">STORY : Title</h1>
<div class="story-body"><p>First paragraph of the story with enough words.</p></div>
<script>var tdBlocksArray = [];</script></body></html>"""


class ThemeA(Adapter):
    name = "theme-a"
    fingerprints = (
        Fingerprint(body_class="global-block-template-", weight=1.0),
        Fingerprint(script=r"tdBlocksArray", weight=1.0),
    )
    threshold = 1.5
    title = Text("h1.story")


class ThemeAChild(ThemeA):
    """A refinement: same fingerprints, so the more specialised class wins the tie."""

    name = "theme-a-child"


class ThemeB(Adapter):
    name = "theme-b"
    fingerprints = (Fingerprint(meta="generator=^WordPress", weight=1.0),)
    title = Text("h1")


class SiteC(ThemeA):
    name = "site-c"
    url_rules = (UrlRule(domain="example.dz"),)


class SiteCNews(ThemeA):
    name = "site-c-news"
    url_rules = (UrlRule(domain="example.dz", path="/news/"),)


def test_url_rule_beats_fingerprints() -> None:
    reg = Registry([ThemeA, ThemeB, SiteC])
    found = reg.detect(Document.from_page(PAGE), "https://www.example.dz/2025/x")
    assert found.adapter is SiteC
    assert found.by == "url"


def test_most_specific_url_rule_wins() -> None:
    reg = Registry([SiteC, SiteCNews])
    doc = Document.from_page(PAGE)
    assert reg.detect(doc, "https://example.dz/news/story").adapter is SiteCNews
    assert reg.detect(doc, "https://example.dz/sport/story").adapter is SiteC
    assert reg.detect(doc, "https://notexample.dz/news/story").adapter is not SiteC


def test_highest_fingerprint_score_wins_over_lower_scores() -> None:
    reg = Registry([ThemeB, ThemeA])
    found = reg.detect(Document.from_page(PAGE))
    assert found.adapter is ThemeA
    assert found.by == "fingerprint"
    assert [c.adapter for c in found.candidates] == ["theme-a", "theme-b"]
    assert "tdBlocksArray" in found.explain()


def test_tie_goes_to_the_more_specialised_class() -> None:
    assert Registry([ThemeA, ThemeAChild]).detect(Document.from_page(PAGE)).adapter is ThemeAChild
    assert Registry([ThemeAChild, ThemeA]).detect(Document.from_page(PAGE)).adapter is ThemeAChild


def test_below_threshold_falls_back_to_generic() -> None:
    found = Registry([ThemeA]).detect(Document.from_page("<body class='global-block-template-1'><h1>x</h1></body>"))
    assert found.adapter.name == "generic"
    assert found.by == "fallback"
    assert found.candidates[0].score == 1.0 and not found.candidates[0].qualifies


def test_parse_with_a_registry_and_with_a_named_adapter() -> None:
    reg = Registry([ThemeA])
    article = parse(PAGE, registry=reg)
    assert (article.kicker, article.headline) == ("STORY", "Title")
    assert article.source_of("headline").adapter == "theme-a"  # type: ignore[union-attr]
    assert parse(PAGE, adapter="theme-a", registry=reg).headline == "Title"
    assert parse(PAGE, adapter=ThemeB).source_of("headline").adapter == "theme-b"  # type: ignore[union-attr]


def test_unknown_adapter_name_lists_the_known_ones() -> None:
    with pytest.raises(AdapterError, match="no adapter named 'nope'; known adapters: theme-a, generic"):
        parse(PAGE, adapter="nope", registry=Registry([ThemeA]))


def test_duplicate_names_are_refused() -> None:
    class Other(Adapter):
        name = "theme-a"

    reg = Registry([ThemeA])
    with pytest.raises(AdapterError, match="already registered"):
        reg.register(Other)
    reg.register(Other, replace=True)
    assert reg.get("theme-a") is Other


def test_register_refuses_non_adapters() -> None:
    with pytest.raises(AdapterError, match="not an Adapter subclass"):
        Registry().register(object)  # type: ignore[arg-type]


def test_default_registry_falls_back_to_generic() -> None:
    assert detect(b"<h1>Plain page</h1>").adapter.name == "generic"


def _install_plugin(tmp_path: Path, module: str, body: str) -> None:
    """Lay out an installed distribution whose entry point names ``module:MySite``."""
    package = tmp_path / module
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(body))
    info = tmp_path / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[newsparse.adapters]\nmy_site = {module}:MySite\n")


def test_entry_point_adapters_are_loaded_lazily(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugin(
        tmp_path,
        "np_good_plugin",
        """
        from newsparse import Adapter, Text, UrlRule

        class MySite(Adapter):
            name = "my-site"
            url_rules = (UrlRule(domain="my-site.example"),)
            title = Text("h1.big")
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import sys

    reg = Registry(entry_points=True)
    assert "np_good_plugin" not in sys.modules  # nothing loaded until the registry is used
    page = "<h1>small</h1><h1 class='big'>Big title</h1>"
    article = parse(page, "https://www.my-site.example/a", registry=reg)
    assert article.headline == "Big title"
    assert "my-site" in reg.names()


def test_a_broken_plugin_is_named_in_the_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugin(tmp_path, "np_broken_plugin", "raise ImportError('missing dependency foo')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(AdapterError, match=r"plugin 'my_site'.*missing dependency foo"):
        Registry(entry_points=True).names()
