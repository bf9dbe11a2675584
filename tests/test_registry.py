"""Choosing adapters: URL rules, then fingerprints, then generic; plugins via entry points."""

from __future__ import annotations

import gzip
import os
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Adapter, AdapterError, Document, Fingerprint, InputError, Registry, Text, UrlRule, detect, parse

from .conftest import PAGES, page_bytes

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


# --------------------------------------------------------------------------- choose() is detect()


class Scored(ThemeA):
    """An adapter that scores pages its own way: choose() must ask it, as detect() does."""

    name = "scored"

    @classmethod
    def score(cls, doc: Document) -> tuple[float, tuple[str, ...]]:
        return (5.0, ("own score",)) if doc.first_text("h1") == "Mine" else (0.0, ())


def test_choose_gives_the_winner_detect_gives() -> None:
    doc = Document.from_page(PAGE)
    for adapters in ([ThemeA, ThemeB], [ThemeB, ThemeA], [ThemeA, ThemeAChild], [ThemeAChild, ThemeA], [ThemeB]):
        reg = Registry(adapters)
        assert reg.choose(Document.from_page(PAGE)) is reg.detect(doc).adapter
    assert Registry([ThemeA]).choose(Document.from_page("<body class='global-block-template-1'>")).name == "generic"


def test_choose_follows_url_rules_and_own_scores() -> None:
    reg = Registry([ThemeA, SiteC, SiteCNews, Scored])
    assert reg.choose(Document.from_page(PAGE), "https://example.dz/news/a") is SiteCNews
    assert reg.choose(Document.from_page(PAGE, "https://example.dz/a")) is SiteC
    assert reg.choose(Document.from_page(PAGE)) is ThemeA
    assert reg.choose(Document.from_page("<h1>Mine</h1>")) is Scored


def test_choose_adds_up_weights_as_detect_does() -> None:
    # detect() scores 0.1, just the threshold; the bound 0.7 + 0.1 - 0.7 is
    # 0.09999999999999998, below it. Such weights are compared with a margin.
    class Rounded(Adapter):
        name = "rounded"
        fingerprints = (Fingerprint(body_class="x", weight=0.7), Fingerprint(body_class="y", weight=0.1))
        threshold = 0.1

    page = "<body class='y'><h1>t</h1></body>"
    reg = Registry([Rounded])
    assert reg.detect(Document.from_page(page)).adapter is Rounded
    assert reg.choose(Document.from_page(page)) is Rounded


@pytest.mark.parametrize("name", sorted(str(p.relative_to(PAGES)) for p in PAGES.rglob("*.html")))
def test_choose_agrees_with_detect_on_every_saved_page(name: str) -> None:
    data = page_bytes(name)
    assert Registry.default().choose(Document.from_page(data)) is detect(data).adapter


@pytest.mark.skipif(not os.environ.get("NEWSPARSE_CORPUS"), reason="set NEWSPARSE_CORPUS to a corpus folder")
def test_choose_agrees_with_detect_on_a_corpus() -> None:
    """``NEWSPARSE_CORPUS=/path/to/corpus pytest -k corpus``: every page under the folder."""
    pages = sorted(Path(os.environ["NEWSPARSE_CORPUS"]).rglob("*.htm*"))
    assert pages, "no pages under NEWSPARSE_CORPUS"
    for page in pages:
        data = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
        try:
            doc = Document.from_page(data)
        except InputError:
            continue
        assert Registry.default().choose(doc) is detect(data).adapter, page


# Traits an adapter may look for, and the markup that shows each.
_TRAITS: list[tuple[Fingerprint, str]] = [
    (Fingerprint(body_class="t-one"), "<body class='t-one'>"),
    (Fingerprint(body_class="pre-"), "<body class='pre-7'>"),
    (Fingerprint(css="body#main"), "<body id='main'>"),
    (Fingerprint(css="h1.title"), "<h1 class='title'>T</h1>"),
    (Fingerprint(css="link[href*='/themes/x/']"), "<link rel=stylesheet href='/themes/x/a.css'>"),
    (Fingerprint(css="div.box span"), "<div class='box'><span>s</span></div>"),
    (Fingerprint(css="#wrap, .outer"), "<div id='wrap'></div>"),
    (Fingerprint(script=r"varA\b"), "<script>var varA = 1;</script>"),
    (Fingerprint(script=r"themeName\s*=\s*'Y'"), "<script>themeName = 'Y'</script>"),
    (Fingerprint(meta="generator=^Gen"), "<meta name=generator content='Gen 1'>"),
]
_WEIGHTS = st.sampled_from([0.5, 1.0, 2.0, -3.0, 0.375, 0.1, 0.2, 0.3, 0.7, 1 / 3, -0.5])


@st.composite
def _races(draw: st.DrawFn) -> tuple[Registry, str]:
    classes: list[type[Adapter]] = []
    for i in range(draw(st.integers(1, 6))):
        traits = draw(st.lists(st.integers(0, len(_TRAITS) - 1), min_size=1, max_size=4, unique=True))
        fingerprints = tuple(attrs.evolve(_TRAITS[t][0], weight=draw(_WEIGHTS)) for t in traits)
        base = draw(st.sampled_from(classes)) if classes and draw(st.booleans()) else Adapter
        namespace = {"name": f"a{i}", "fingerprints": fingerprints, "threshold": draw(_WEIGHTS.map(abs))}
        classes.append(type(f"A{i}", (base,), namespace))
    shown = draw(st.lists(st.integers(0, len(_TRAITS) - 1), unique=True))
    body = [m for t, m in enumerate(m for _, m in _TRAITS) if t in shown]
    return Registry(classes), "<html><head></head>" + "".join(body) + "<p>text</p></html>"


@given(_races())
@settings(max_examples=300, deadline=None)
def test_choose_agrees_with_detect_on_any_race(race: tuple[Registry, str]) -> None:
    reg, page = race
    assert reg.choose(Document.from_page(page)) is reg.detect(Document.from_page(page)).adapter


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Fingerprint(script="tdThemeName("), r"invalid regular expression in Fingerprint\(script="),
        (lambda: Fingerprint(meta="generator=^(WordPress"), r"invalid regular expression in Fingerprint\(meta="),
        (lambda: Fingerprint(css="div.td-post-header["), r"invalid CSS selector 'div.td-post-header\['"),
        (lambda: Fingerprint(body_class="a", css="b"), "exactly one of body_class, css, script, meta; got 2"),
        (Fingerprint, "got 0"),
        (lambda: Fingerprint(css=""), "invalid CSS selector ''"),
        (lambda: Fingerprint(css="svg|a"), "Undefined namespace prefix"),
        (lambda: Text("h1.entry-title >"), r"invalid CSS selector 'h1.entry-title >'"),
    ],
)
def test_an_adapter_declared_wrong_fails_when_it_is_declared(make: object, message: str) -> None:
    # Not when a page is read: a bad pattern would otherwise raise re.error from parse().
    with pytest.raises(AdapterError, match=message):
        make()  # type: ignore[operator]


def test_an_invalid_selector_asked_of_a_document_is_an_adapter_error() -> None:
    doc = Document.from_page(b"<h1>x</h1>")
    with pytest.raises(AdapterError, match=r"invalid CSS selector 'h1:nth-child\('"):
        doc.css("h1:nth-child(")
