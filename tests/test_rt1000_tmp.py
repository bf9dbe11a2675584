"""parse(render(article, theme)) == article, on the fields the theme shows, for every renderer.

A failure is a bug in the adapter newsparse chose or in the renderer. The message names
the theme, the adapter and each field that differs (with newsparse.testing.diff), and
Hypothesis prints the smallest Article that shows it; write the page out with
``render(article, theme)`` and parse it to see which side is wrong.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings

from newsparse import Article, detect, parse
from newsparse.testing.diff import describe
from newsparse.testing.render import Renderer, renderers
from newsparse.testing.strategies import articles

# CI runs at least this many articles through every renderer.
EXAMPLES_PER_THEME = 1000


@pytest.mark.parametrize("renderer", renderers(), ids=lambda r: r.theme)
@settings(max_examples=EXAMPLES_PER_THEME, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_parsing_a_rendered_article_gives_it_back(renderer: Renderer, article: Article) -> None:
    assume(renderer.can_show(article))
    page = renderer(article)
    chosen = detect(page, article.url).name
    got = parse(page, article.url)
    want, have = renderer.shown(article), renderer.shown(got)
    differences = [describe(name, want[name], have[name]) for name in renderer.fields if want[name] != have[name]]
    assert chosen == renderer.adapter, f"{renderer.theme} page: adapter {chosen!r} chosen, not {renderer.adapter!r}"
    assert not differences, f"{renderer.theme} page read by {chosen}:\n" + "\n".join(d or "" for d in differences)


@pytest.mark.parametrize("renderer", renderers(), ids=lambda r: r.theme)
def test_every_renderer_declares_fields_and_an_adapter_that_exists(renderer: Renderer) -> None:
    from newsparse import Registry

    assert renderer.fields, f"{renderer.theme} shows no field"
    assert renderer.adapter in Registry.default().names()


def test_every_builtin_adapter_has_a_renderer() -> None:
    # A theme adapter comes with its renderer (issue #6): the round trip above then covers it.
    from newsparse.adapters import BUILTIN_ADAPTERS
    from newsparse.adapters.generic import GenericAdapter

    builtin = {adapter.name for adapter in (*BUILTIN_ADAPTERS, GenericAdapter)}
    assert builtin <= {r.adapter for r in renderers()}
