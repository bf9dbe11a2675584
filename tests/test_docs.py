"""Every code example in the documentation runs, and the API reference is complete.

The rules a page in ``docs/`` (or the README) follows, checked here:

- A ```` ```python ```` block runs. The blocks of one page run in order in one
  namespace, from the repository root, so ``examples/seed/...`` and
  ``tests/pages/...`` paths work. A block with ``>>>`` lines is a doctest (``...``
  matches anything, whitespace differences are ignored); ```` ```pycon ```` blocks too.
- In a ```` ```console ```` block, each ``$ newsparse ...`` command runs in-process and
  the lines under it, up to the next ``$``, are its expected output (standard output
  and standard error, line by line; ``...`` matches anything, a line of only ``...``
  any number of lines). When no output is shown, the command must exit with 0.
  ``$ echo $?`` checks the exit code of the command before it. Other commands
  (``$ pip install ...``) are shown, not run.
- A block that must not run says so on the line right above its fence:
  ``<!-- docs-test: skip: the reason -->``.

Other fences (``sh``, ``toml``, ``json``, ``text``...) are not run.
"""

from __future__ import annotations

import ast
import contextlib
import doctest
import io
import re
import shlex
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import Registry
from newsparse.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})\s*\{?\s*\.?(?P<lang>[\w+-]*)(?P<info>[^\n]*)$")
_SKIP = re.compile(r"^\s*<!-- docs-test: skip:(?P<reason>.*)-->\s*$")
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')


@attrs.frozen
class Block:
    """A fenced code block of a Markdown page."""

    path: Path
    line: int  # the line of the first line of code (1-based)
    lang: str
    title: str | None
    code: str
    skip: str | None  # the reason given by a skip marker

    def at(self, line: int | None = None) -> str:
        """``docs/page.md:LINE``, for messages (the block's first line by default)."""
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{line or self.line}"


def blocks_of(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, in order (indented ones dedented)."""
    lines = path.read_text("utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, ticks = match["indent"], match["ticks"]
        before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        skip = _SKIP.match(before)
        title = _TITLE.search(match["info"])
        start = i + 1
        i += 1
        while i < len(lines) and not (
            lines[i].strip().startswith(ticks[0] * len(ticks)) and not lines[i].strip().strip(ticks[0])
        ):
            i += 1
        body = [line[len(indent) :] if line.startswith(indent) else line.lstrip() for line in lines[start:i]]
        blocks.append(
            Block(
                path=path,
                line=start + 1,
                lang=match["lang"].lower(),
                title=title["title"] if title else None,
                code="\n".join(body) + "\n",
                skip=skip["reason"].strip() if skip else None,
            )
        )
        i += 1
    return blocks


# --------------------------------------------------------------------------- running blocks


def run_python(block: Block, namespace: dict[str, Any]) -> None:
    if ">>>" in block.code:
        run_doctest(block, namespace)
        return
    code = compile("\n" * (block.line - 1) + block.code, str(block.path), "exec")
    exec(code, namespace)


def run_doctest(block: Block, namespace: dict[str, Any]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, namespace, block.at(), str(block.path), block.line - 1)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report = io.StringIO()
    result = runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)  # DocTest ran on a copy: later blocks see its names
    assert result.failed == 0, f"{block.at()}: a doctest example failed\n{report.getvalue()}"


def console_commands(block: Block) -> Iterator[tuple[int, str, str]]:
    """``(line, command, expected output)`` for each ``$ `` line of a console block."""
    lines = block.code.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        line, command = block.line + i, lines[i][2:]
        i += 1
        output = []
        while i < len(lines) and not lines[i].startswith("$ "):
            output.append(lines[i])
            i += 1
        yield line, command, "\n".join(output).strip()


def _normal_lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.strip("\n").splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def output_matches(expected: str, got: str) -> bool:
    """Whether a command's output is the one a page shows.

    Line by line, with runs of spaces and tabs counted as one space. ``...`` matches
    any text (across lines too), and a line that is only ``...`` also matches no line.
    """
    pattern = ""
    for line in _normal_lines(expected):
        if line == "...":
            pattern += r"(?:[\s\S]*?\n)?"
        else:
            pattern += r"[\s\S]*?".join(map(re.escape, line.split("..."))) + r"\n"
    text = "".join(line + "\n" for line in _normal_lines(got))
    return re.fullmatch(pattern, text) is not None


def run_console(block: Block) -> int:
    """Run the ``newsparse`` commands of a console block; return how many ran.

    ``< FILE`` feeds a file to standard input, and ``$ echo $?`` checks the exit code
    of the command before it.
    """
    ran, code = 0, None
    for line, command, expected in console_commands(block):
        at = block.at(line)
        words = shlex.split(command, comments=True)
        if words == ["echo", "$?"] and code is not None:
            assert expected == str(code), f"{at}: the exit code was {code}, the page shows {expected!r}"
            continue
        code = None
        if not words or words[0] != "newsparse":
            continue
        stdin = b""
        if len(words) > 2 and words[-2] == "<":
            stdin = Path(words[-1]).read_bytes()
            words = words[:-2]
        assert not {"|", ">", ">>", "<", "&&", ";"} & set(words), (
            f"{at}: shell syntax cannot be run here; show one newsparse command per `$` line"
        )
        out, err = io.StringIO(), io.StringIO()
        fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        with contextlib.redirect_stderr(err), _stdin(fake_stdin):
            code = cli_main(words[1:], out=out)
        got = out.getvalue() + err.getvalue()
        ran += 1
        if not expected:
            assert code == 0, f"{at}: `{command}` exited with {code}:\n{got}"
            continue
        assert output_matches(expected, got), (
            f"{at}: `{command}` printed something else.\n"
            f"--- the page shows:\n{expected}\n--- it printed (exit code {code}):\n{got}"
        )
    return ran


@contextlib.contextmanager
def _stdin(stream: io.TextIOWrapper) -> Iterator[None]:
    old = sys.stdin
    sys.stdin = stream
    try:
        yield
    finally:
        sys.stdin = old


def run_page(path: Path) -> int:
    """Run every runnable block of a page; return how many ran."""
    namespace: dict[str, Any] = {"__name__": f"docs_{path.stem.replace('-', '_')}"}
    ran = 0
    for block in blocks_of(path):
        if block.skip is not None:
            continue
        if block.lang in ("python", "py", "python3"):
            run_python(block, namespace)
            ran += 1
        elif block.lang == "pycon":
            run_doctest(block, namespace)
            ran += 1
        elif block.lang == "console":
            ran += run_console(block)
    return ran


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # A page's adapters must not leak into the shared default registry.
    monkeypatch.setattr(Registry, "_default", None)
    run_page(path)


def test_skip_markers_give_a_reason() -> None:
    for path in PAGES:
        for block in blocks_of(path):
            if block.skip is not None:
                assert len(block.skip) >= 10, f"{block.at()}: say why the block is not run"


# --------------------------------------------------------------------------- the runner itself


def test_blocks_of_reads_fences_titles_indents_and_skip_markers(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        textwrap.dedent(
            """\
            # A page

            ```python title="pkg/mod.py"
            x = 1
            ```

            !!! example
                ```pycon
                >>> x + 1
                2
                ```

            <!-- docs-test: skip: needs a network connection -->

            ```console
            $ newsparse adapters
            ```
            """
        ),
        "utf-8",
    )
    blocks = blocks_of(page)
    assert [(b.lang, b.line, b.title, b.skip) for b in blocks] == [
        ("python", 4, "pkg/mod.py", None),
        ("pycon", 9, None, None),
        ("console", 16, None, "needs a network connection"),
    ]
    assert blocks[1].code == ">>> x + 1\n2\n"


def test_a_wrong_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```python\n>>> 1 + 1\n3\n```\n", "utf-8")
    with pytest.raises(AssertionError, match="doctest example failed"):
        run_page(page)
    page.write_text("```python\nraise ValueError('boom')\n```\n", "utf-8")
    with pytest.raises(ValueError, match="boom"):
        run_page(page)


def test_console_output_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    page = tmp_path / "page.md"
    page.write_text('```console\n$ newsparse adapters --json\n[\n  {\n    "name": "nobody"\n...\n```\n', "utf-8")
    with pytest.raises(AssertionError, match="printed something else"):
        run_page(page)
    page.write_text("```console\n$ pip install newsparse\n$ newsparse parse missing.html\n```\n", "utf-8")
    with pytest.raises(AssertionError, match="exited with 2"):
        run_page(page)


@pytest.mark.parametrize(
    ("expected", "got", "same"),
    [
        ("a  b\nc", "a b\nc\n", True),
        ("...\nplugin  line\n...", "plugin line\nfields: x\n", True),
        ("...\nplugin  line\n...", "builtin\nplugin line\n", True),
        ("first ...\nlast", "first and more\nand more\nlast\n", True),
        ("first\nlast", "first\nmiddle\nlast\n", False),
        ("first", "first\nextra\n", False),
        ("plugin line", "other line\n", False),
    ],
)
def test_output_matches(expected: str, got: str, same: bool) -> None:
    assert output_matches(expected, got) is same


# --------------------------------------------------------------------------- the API reference


def documented_names() -> list[str]:
    """The objects the API page renders (``::: newsparse.NAME`` lines)."""
    return re.findall(r"^::: newsparse\.([\w.]+)\s*$", (DOCS / "api.md").read_text("utf-8"), re.MULTILINE)


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = set(documented_names())
    missing = [name for name in newsparse.__all__ if name not in documented]
    assert missing == [], f"add `::: newsparse.NAME` lines to docs/api.md for: {', '.join(missing)}"


def test_every_public_name_has_a_docstring_of_its_own() -> None:
    missing = []
    for name in newsparse.__all__:
        if name == "__version__":  # a string: its docstring is the one after the assignment
            continue
        if not (getattr(newsparse, name).__doc__ or "").strip():
            missing.append(name)
    assert missing == []
    tree = ast.parse((ROOT / "src" / "newsparse" / "__init__.py").read_text("utf-8"))
    after_version = [
        tree.body[i + 1]
        for i, node in enumerate(tree.body[:-1])
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets)
    ]
    assert after_version and isinstance(after_version[0], ast.Expr), "document __version__ with a docstring"
    assert isinstance(after_version[0].value, ast.Constant) and isinstance(after_version[0].value.value, str)


# --------------------------------------------------------------------------- the plugin tutorial


def test_plugin_tutorial_package_is_found_through_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Build the package the adapters page describes (its module and its entry point),
    install it the way pip would (a ``.dist-info`` on ``sys.path``), then run the page's
    commands that need it."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    blocks = blocks_of(DOCS / "adapters.md")
    pyproject = next(b for b in blocks if b.lang == "toml" and "newsparse.adapters" in b.code)
    entry_points = tomllib.loads(pyproject.code)["project"]["entry-points"]["newsparse.adapters"]
    project = tomllib.loads(pyproject.code)["project"]
    modules = [b for b in blocks if b.lang == "python" and b.title and b.title.startswith("src/")]
    assert modules, 'the plugin tutorial shows the package\'s module in a ```python title="src/..." block'
    for block in modules:
        target = tmp_path / block.title.removeprefix("src/")  # type: ignore[union-attr]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(block.code, "utf-8")
        (target.parent / "__init__.py").touch()
    dist_info = tmp_path / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n", "utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        "[newsparse.adapters]\n" + "".join(f"{k} = {v}\n" for k, v in entry_points.items()), "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(Registry, "_default", None)

    registry = Registry.default()
    for value in entry_points.values():
        assert value.rsplit(":", 1)[-1] in {a.__name__ for a in registry}
    needs_plugin = [b for b in blocks if b.skip and "test_plugin_tutorial" in b.skip]
    assert needs_plugin, "the page's commands that need the plugin are marked for this test"
    assert sum(run_console(b) for b in needs_plugin if b.lang == "console") >= 1
