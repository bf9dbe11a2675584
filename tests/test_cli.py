"""The command line: outputs and exit codes (0 ok, 1 parse error, 2 usage)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

from .conftest import PAGES

SEED = str(PAGES / "seed" / "seed-minimal.html")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_parse_prints_the_article_as_json() -> None:
    code, out = run("parse", SEED, "--url", "https://www.quotidien-exemple.dz/x/")
    assert code == 0
    data = json.loads(out)
    assert data["headline"] == "La Russie œuvre à renforcer ses relations avec la nouvelle direction syrienne"
    assert data["url"] == "https://www.quotidien-exemple.dz/x/"
    assert "provenance" in data


def test_parse_text_format_and_no_meta() -> None:
    code, out = run("parse", SEED, "--format", "text")
    assert code == 0 and "La Russie œuvre" in out and "{" not in out.splitlines()[0]
    code, out = run("parse", SEED, "--no-meta")
    assert "provenance" not in json.loads(out)


def test_parse_reads_standard_input_and_gzip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    data = Path(SEED).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run("parse", "-")[0] == 0
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(data))
    assert json.loads(run("parse", str(packed))[1])["headline"].startswith("La Russie")


def test_a_page_that_cannot_be_parsed_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "paper.html"
    pdf.write_bytes(b"%PDF-1.4 not html")
    assert run("parse", str(pdf))[0] == 1
    err = capsys.readouterr().err
    assert "paper.html" in err and "PDF" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate"],
        ["parse", "/no/such/file.html"],
        ["parse", SEED, "--adapter", "no-such-adapter"],
        ["parse", SEED, "--format", "xml"],
        ["parse", "https://example.org/story"],
        ["parse", SEED, "--url", "not a url"],
        ["detect", SEED, "--url", "/relative/path"],
        ["fixture", "add", SEED, "--url", "example.org/story", "--dir", "/tmp/never-made"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    assert run(*argv)[0] == 2


def test_detect_explains_the_choice() -> None:
    code, out = run("detect", SEED)
    assert code == 0 and "chosen by" in out
    code, out = run("detect", SEED, "--json")
    assert json.loads(out)["adapter"]


def test_adapters_lists_generic_with_its_fields() -> None:
    code, out = run("adapters")
    assert code == 0 and "generic" in out and "fields:" in out
    rows = json.loads(run("adapters", "--json")[1])
    assert rows[-1]["name"] == "generic"


def test_schema_prints_json_schema() -> None:
    code, out = run("schema")
    assert code == 0 and json.loads(out)["title"] == "newsparse Article"


def test_console_script_and_module_entry_points_run() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", SEED, "--no-meta"], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "fr-FR"
    result = subprocess.run([sys.executable, "-m", "newsparse", "parse"], capture_output=True, check=False)
    assert result.returncode == 2


class _Endless(io.RawIOBase):
    """Standard input that never ends (``newsparse parse - < /dev/zero``), counting what is read."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if self.given > 50 * 2**20:
            raise AssertionError("read far past the page size limit")
        view = memoryview(buffer).cast("B")
        view[:] = b"<" * len(view)
        self.given += len(view)
        return len(view)


def test_standard_input_is_read_only_to_the_size_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsparse.document import DEFAULT_MAX_BYTES

    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    assert run("parse", "-")[0] == 1
    assert endless.given <= DEFAULT_MAX_BYTES + 2 * io.DEFAULT_BUFFER_SIZE
    err = capsys.readouterr().err
    assert err.startswith("newsparse: -: the page holds more than the page size limit of 20,971,520 bytes;")


def test_an_endless_or_huge_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:  # 3 GB, sparse: no disk used
        handle.truncate(3 * 2**30)
    for source in ("/dev/zero", str(huge)):
        result = subprocess.run(
            ["bash", "-c", f'ulimit -v 1500000; exec "{sys.executable}" -m newsparse parse "{source}"'],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 1, result.stderr
        assert result.stderr == (
            f"newsparse: {source}: the page holds more than the page size limit of 20,971,520 bytes; "
            "call newsparse.parse(page, max_bytes=...) from Python if the page is real\n"
        )


def test_a_bad_gzip_file_is_named_once_with_advice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"nope")
    assert run("parse", str(bad))[0] == 1
    err = capsys.readouterr().err
    assert err.count("bad.html.gz") == 1 and err.startswith(f"newsparse: {bad}: not a valid gzip file (")
    assert "rename it without .gz" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", SEED],
        ["parse", SEED, "--format", "text"],
        ["detect", SEED],
        ["batch", SEED, "-o", "-", "--workers", "0"],
    ],
)
def test_output_to_an_ascii_terminal_is_escaped_not_a_traceback(argv: list[str]) -> None:
    import os

    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", *argv], capture_output=True, env=env, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii() and b"Traceback" not in result.stderr
    text = result.stdout.decode("ascii")
    if "--format" in argv:
        assert "La Russie \\u0153uvre \\xe0 renforcer" in text
    elif argv[0] == "parse":
        assert json.loads(text)["headline"].startswith("La Russie œuvre à renforcer")
    elif argv[0] == "batch":
        assert json.loads(text)["article"]["headline"].startswith("La Russie œuvre à renforcer")
