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
