"""``newsparse batch``: one JSON line per input, summary, exit codes, --resume, the progress bar."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsparse import PageInput, parse_many
from newsparse.cli import main
from newsparse.readers import read_paths
from newsparse.records import result_from_line, result_line

from .conftest import PAGES
from .warcs import sample_crawl


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def crawl(tmp_path: Path) -> list[Path]:
    return sample_crawl(tmp_path)


def test_batch_writes_what_parse_many_gives_and_exits_1_when_an_input_failed(
    crawl: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code, _ = run("batch", *map(str, crawl), "-o", str(out), "--workers", "2")
    assert code == 1
    written = lines(out)
    expected = [(i.id if isinstance(i, PageInput) else i.input) for i in read_paths(crawl)]
    assert [line["input"] for line in written] == expected and len(expected) == 10
    parsed = list(parse_many(read_paths(crawl), workers=0))
    assert [result_from_line(line)[1] for line in written] == parsed
    assert written == [result_line(i, r) for i, r in zip(expected, parsed, strict=True)]
    err = capsys.readouterr().err
    assert "10 inputs parsed: 7 articles, 3 failed (2 unreadable, 1 unparsable)" in err
    assert "1 non-HTML responses" in err and "1 request records" in err and "pages/s" in err
    assert "\r" not in err  # no progress bar in a pipe


def test_batch_exits_0_when_every_input_gave_an_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    code, _ = run("batch", str(PAGES / "seed"), "-o", str(out), "--workers", "1", "--no-meta")
    assert code == 0
    written = lines(out)
    assert [Path(str(line["input"])).name for line in written] == [
        "seed-classic.html",
        "seed-composer.html",
        "seed-latin1.html",
        "seed-minimal.html",
    ]
    assert all("article" in line and "provenance" not in line["article"] for line in written)  # type: ignore[operator]


def test_batch_to_standard_output(tmp_path: Path) -> None:
    code, out = run("batch", str(PAGES / "seed" / "seed-minimal.html"), "-o", "-", "--workers", "0")
    assert code == 0 and json.loads(out)["article"]["language"] == "fr-FR"


def test_resume_skips_what_out_holds_and_ends_with_the_same_file(crawl: list[Path], tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl"
    assert run("batch", *map(str, crawl), "-o", str(full), "--workers", "0")[0] == 1
    complete = full.read_bytes().splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_bytes(b"".join(complete[:4]) + complete[4][:30])  # interrupted while writing line 5
    code, _ = run("batch", *map(str, crawl), "-o", str(part), "--workers", "2", "--resume")
    assert code == 1
    assert part.read_bytes() == full.read_bytes()
    code, _ = run("batch", *map(str, crawl), "-o", str(part), "--resume")  # nothing left to do
    assert code == 1 and part.read_bytes() == full.read_bytes()


def test_an_existing_out_needs_resume_or_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"input": "x", "article": {}}\n')
    seed = str(PAGES / "seed" / "seed-minimal.html")
    assert run("batch", seed, "-o", str(out))[0] == 2
    assert "--resume" in capsys.readouterr().err
    assert run("batch", seed, "-o", str(out), "--overwrite", "--workers", "0")[0] == 0
    assert len(lines(out)) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "/no/such/folder", "-o", "OUT"],
        ["batch", "/no/such/*.warc.gz", "-o", "OUT"],
        ["batch", "PAGE", "-o", "-", "--resume"],
        ["batch", "PAGE", "-o", "OUT", "--resume", "--overwrite"],
        ["batch", "PAGE", "-o", "OUT", "--workers", "-2"],
        ["batch", "PAGE", "-o", "OUT", "--adapter", "no-such-adapter"],
        ["batch", "PAGE"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    page = str(PAGES / "seed" / "seed-minimal.html")
    argv = [page if a == "PAGE" else str(tmp_path / "out.jsonl") if a == "OUT" else a for a in argv]
    assert run(*argv)[0] == 2


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    ("output", "said"),
    [
        ("/no/such/folder/out.jsonl", "cannot write (No such file or directory); its folder does not exist"),
        ("/dev/full", "cannot write (No space left on device); the disk is full"),
        ("FOLDER/out.jsonl/inner.jsonl", "cannot write (Not a directory)"),
        ("-", "cannot write (No space left on device); the disk is full: free some space or pick another -o\n"),
    ],
)
@pytest.mark.parametrize("workers", ["0", "2"])
def test_an_out_that_cannot_be_written_is_a_usage_error_naming_it(
    output: str, said: str, workers: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out.jsonl").write_text("")
    output = output.replace("FOLDER", str(tmp_path))
    seed = str(PAGES / "seed" / "seed-minimal.html")
    code = main(["batch", seed, seed, "-o", output, "--workers", workers], out=_FullDisk())
    err = capsys.readouterr().err
    assert code == 2
    name = "standard output" if output == "-" else output
    assert err.startswith(f"newsparse batch: error: {name}: {said}") and err.count("\n") == 1, err


def test_a_warc_input_without_fastwarc_names_the_extra(
    crawl: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    assert run("batch", str(crawl[0]), "-o", str(tmp_path / "o.jsonl"))[0] == 2
    assert "pip install 'newsparse[warc]'" in capsys.readouterr().err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_with_pages_per_second_and_errors_on_a_terminal(
    crawl: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run("batch", *map(str, crawl), "-o", str(tmp_path / "o.jsonl"), "--workers", "0")
    shown = terminal.getvalue()
    assert "10 pages" in shown and "pages/s" in shown and "errors=3" in shown
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run("batch", *map(str, crawl), "-o", str(tmp_path / "o.jsonl"), "--workers", "0", "--overwrite", "--no-progress")
    assert "errors=" not in terminal.getvalue()
