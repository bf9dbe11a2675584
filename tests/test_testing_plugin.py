"""The pytest plugin: off unless enabled, then one test per checked field of each fixture."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsparse import Article, Block
from newsparse.testing.fixtures import CHECKS, add_fixture
from newsparse.testing.render import render

ARTICLE = Article(
    url="https://news.example/2025/11/12/budget/",
    language="en",
    headline="The council approved the budget",
    body=(
        Block(text="The city council approved the budget on Tuesday after a debate that lasted most of the night."),
        Block(text="The mayor said the plan would fund 40 new teaching posts and the reopening of the railway line."),
        Block(text="Opposition councillors criticised the rise in energy prices and asked for a new vote next year."),
    ),
    comment_count=3,
)
PLUGIN = ("-p", "_newsparse_pytestplugin")


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A project with one fixture (fixtures/news-1) and one ordinary test; plugins load only by -p."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    add_fixture(render(ARTICLE).encode(), url=ARTICLE.url, root=pytester.path / "fixtures", name="news-1")
    pytester.makepyfile(test_app="def test_app():\n    assert True\n")
    return pytester


def edit(project: pytest.Pytester, name: str, **changes: object) -> None:
    path = project.path / "fixtures" / "news-1" / name
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, **changes}, ensure_ascii=False), "utf-8")


def test_the_plugin_is_off_until_a_project_enables_it(project: pytest.Pytester) -> None:
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(passed=1)
    assert "newsparse" not in result.stdout.str()


def test_the_ini_option_gives_one_test_per_checked_field(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    result = project.runpytest(*PLUGIN, "--collect-only", "-q")
    ids = [line for line in result.stdout.lines if "::" in line]
    assert ids == [*(f"fixtures/news-1::{name}" for name in CHECKS), "test_app.py::test_app"]
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(passed=1 + len(CHECKS))
    result.stdout.fnmatch_lines(["newsparse fixtures: fixtures"])


def test_the_command_line_flag_enables_it_for_one_run(project: pytest.Pytester) -> None:
    project.runpytest(*PLUGIN, "--newsparse-fixtures", "fixtures/news-1").assert_outcomes(passed=1 + len(CHECKS))


def test_a_broken_expectation_fails_its_field_alone_with_a_short_exact_message(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    edit(project, "expected.json", headline="The council rejected the budget", comment_count=4)
    body = json.loads((project.path / "fixtures/news-1/expected.json").read_text("utf-8"))["body"]
    edit(project, "expected.json", body=[body[0], {"kind": "paragraph", "text": "Read more: the mayor’s plan"}])
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(passed=len(CHECKS) - 2, failed=3)  # 15 fields and test_app pass
    result.stdout.fnmatch_lines(
        [
            "*_ news-1::headline _*",
            "headline differs at character 13:",
            "  expected: 'The council rejected the budget'",
            "  got:      'The council approved the budget'",
            "                         ^",
            "(fixture fixtures/news-1)",
            "*_ news-1::body _*",
            "body: 2 expected, 3 got",
            "  block 2 (body[1]).text differs at character 1:",
            "*_ news-1::comment_count _*",
            "comment_count differs:",
            "  expected: 4",
            "  got:      3",
        ]
    )
    result.stdout.fnmatch_lines(["FAILED fixtures/news-1::headline - headline differs at character 13:"])
    assert "Traceback" not in result.stdout.str() and "def runtest" not in result.stdout.str()


def test_a_changed_adapter_is_a_failing_test_of_its_own(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    edit(project, "meta.json", adapter="tagdiv-newspaper")
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(passed=len(CHECKS), failed=1)  # the other fields, and test_app
    result.stdout.fnmatch_lines(["adapter differs at character 1:", "  expected: 'tagdiv-newspaper'"])


def test_a_broken_expectation_file_is_a_collection_error_naming_the_value(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    edit(project, "expected.json", comment_count=-1)
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)  # a collection error stops the run
    result.stdout.fnmatch_lines(["DataError: *fixtures/news-1/expected.json: comment_count: must not be negative: -1"])


def test_a_page_that_cannot_be_parsed_fails_every_field_with_the_reason(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nnewsparse_fixtures = fixtures\n")
    (project.path / "fixtures/news-1/page.html").write_bytes(b"%PDF-1.7 not a page")
    result = project.runpytest(*PLUGIN)
    result.assert_outcomes(passed=1, failed=len(CHECKS))
    result.stdout.fnmatch_lines(["InputError: received a PDF document (19 bytes), not an HTML page"])


def test_a_folder_that_does_not_exist_is_a_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest(*PLUGIN, "--newsparse-fixtures", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*newsparse fixtures: */nowhere is not a folder*"])


def test_loading_the_plugin_imports_neither_newsparse_nor_lxml(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In a fresh interpreter that loads the plugin, with no fixture folder named.
    project.makepyfile(
        test_modules="""
import sys

def test_light(pytestconfig):
    assert pytestconfig.pluginmanager.has_plugin("_newsparse_pytestplugin")
    assert not {"newsparse", "lxml", "hypothesis"} & set(sys.modules)
"""
    )
    source = str(Path(__file__).parents[1] / "src")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (source, os.environ.get("PYTHONPATH")) if p))
    result = project.runpytest_subprocess(*PLUGIN, "test_modules.py")
    result.assert_outcomes(passed=1)
