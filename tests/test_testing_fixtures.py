"""Fixtures on disk (newsparse.testing.fixtures) and the ``newsparse fixture`` command."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsparse import Article, Block, DataError, InputError
from newsparse.cli import main
from newsparse.testing.fixtures import CHECKS, Fixture, add_fixture, find_fixtures
from newsparse.testing.render import render

ARTICLE = Article(
    url="https://www.lemonde.example/international/article/2025/11/12/story_1.html",
    canonical_url="https://www.lemonde.example/international/article/2025/11/12/story_1.html",
    language="fr",
    headline="Le ministre de l’Intérieur a annoncé la création de 300 postes",
    body=(
        Block(text="Le ministre de l’Intérieur a annoncé mardi la création de 300 postes d’enseignants dans le sud."),
        Block(text="Selon un communiqué, 40 communes sont concernées par la première phase du programme annoncé."),
        Block(text="Les syndicats de l’éducation ont salué une mesure attendue depuis plusieurs années."),
    ),
    comment_count=0,
    tags=("éducation",),
)
PAGE = render(ARTICLE).encode("utf-8")


def saved(tmp_path: Path, **kwargs: object) -> Fixture:
    return add_fixture(PAGE, url=ARTICLE.url, root=tmp_path, **kwargs)  # type: ignore[arg-type]


def edit_expected(fixture: Fixture, **changes: object) -> None:
    path = fixture.path / "expected.json"
    data = json.loads(path.read_text("utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")


def test_add_fixture_saves_the_page_its_metadata_and_its_parse(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    assert fixture.path == tmp_path / "lemonde-1"
    assert (fixture.path / "page.html").read_bytes() == PAGE
    meta = json.loads((fixture.path / "meta.json").read_text("utf-8"))
    assert meta["url"] == ARTICLE.url and meta["adapter"] == "generic" and meta["saved"].endswith("+00:00")
    expected = json.loads((fixture.path / "expected.json").read_text("utf-8"))
    assert Article.from_dict(expected) == ARTICLE
    assert list(expected) == list(ARTICLE.to_dict(meta=False)), "fields in FIELDS.md order, nothing else"
    assert fixture.check() == []


def test_fixture_names_count_up_per_site(tmp_path: Path) -> None:
    assert [saved(tmp_path).name for _ in range(3)] == ["lemonde-1", "lemonde-2", "lemonde-3"]
    assert saved(tmp_path, name="une-autre").name == "une-autre"
    with pytest.raises(InputError, match="une-autre already exists"):
        saved(tmp_path, name="une-autre")


def test_a_gzipped_fixture_is_read_back(tmp_path: Path) -> None:
    fixture = saved(tmp_path, compress=True)
    assert gzip.decompress((fixture.path / "page.html.gz").read_bytes()) == PAGE
    assert fixture.page() == PAGE and fixture.check() == []


def test_what_is_not_a_page_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="PDF"):
        add_fixture(b"%PDF-1.4", url=ARTICLE.url, root=tmp_path)
    with pytest.raises(InputError, match="http"):
        add_fixture(PAGE, url="www.example.org/a", root=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_check_lists_each_field_that_differs(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    edit_expected(fixture, headline="Un autre titre", comment_count=3)
    differences = fixture.check()
    assert [d.field for d in differences] == ["headline", "comment_count"]
    assert differences[1].describe() == "comment_count differs:\n  expected: 3\n  got:      0"


def test_an_absent_field_or_a_null_adapter_is_not_checked(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    path = fixture.path / "expected.json"
    data = json.loads(path.read_text("utf-8"))
    del data["headline"]
    path.write_text(json.dumps(data), "utf-8")
    meta = json.loads((fixture.path / "meta.json").read_text("utf-8"))
    (fixture.path / "meta.json").write_text(json.dumps({**meta, "adapter": None}), "utf-8")
    checks = Fixture.load(fixture.path).expectations()
    assert "headline" not in checks and "adapter" not in checks and "body" in checks


def test_dates_compare_as_the_article_model_writes_them(tmp_path: Path) -> None:
    utc = Article.from_dict({**ARTICLE.to_dict(meta=False), "published": "2025-11-12T08:30:00+00:00"})
    fixture = add_fixture(render(utc).encode(), url=utc.url, root=tmp_path)
    # "Z" and "+00:00" are the same offset: an expectation written either way matches.
    edit_expected(fixture, published="2025-11-12T08:30:00Z")
    assert fixture.check() == []
    edit_expected(fixture, published="2025-11-12T09:30:00+01:00")  # the same instant, another offset
    assert [d.field for d in fixture.check()] == ["published"]


def test_update_rewrites_the_named_fields_only(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    edit_expected(fixture, headline="Ancien titre", comment_count=5)
    assert fixture.update(["headline"]) == ["headline"]
    assert [d.field for d in fixture.check()] == ["comment_count"]
    assert fixture.update() == ["comment_count"]
    assert fixture.check() == []
    with pytest.raises(DataError, match="unknown field\\(s\\) title; known: adapter, url"):
        fixture.update(["title"])


def test_update_can_start_checking_a_field_and_the_adapter(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    path = fixture.path / "expected.json"
    path.write_text('{"headline": "Vieux titre", "_notes": "relu le 12/11"}', "utf-8")
    (fixture.path / "meta.json").write_text(json.dumps({"url": ARTICLE.url, "adapter": "old-theme"}), "utf-8")
    fixture = Fixture.load(fixture.path)
    assert fixture.update(["adapter", "tags"]) == ["adapter", "tags"]
    data = json.loads(path.read_text("utf-8"))
    assert data == {"headline": "Vieux titre", "tags": ["éducation"], "_notes": "relu le 12/11"}
    assert Fixture.load(fixture.path).adapter == "generic"


def test_a_broken_expectation_names_its_file_and_the_bad_value(tmp_path: Path) -> None:
    fixture = saved(tmp_path)
    edit_expected(fixture, body=[{"kind": "para", "text": "x"}])
    with pytest.raises(DataError, match=r"lemonde-1/expected\.json: body\[0\]"):
        fixture.check()
    (fixture.path / "meta.json").write_text("{", "utf-8")
    with pytest.raises(DataError, match=r"meta\.json: not valid JSON"):
        Fixture.load(fixture.path)


def test_find_fixtures_takes_one_fixture_or_a_folder_of_them(tmp_path: Path) -> None:
    first = saved(tmp_path / "a")
    second = saved(tmp_path / "b" / "deeper")
    assert [f.path for f in find_fixtures(tmp_path)] == [first.path, second.path]
    assert [f.path for f in find_fixtures(first.path)] == [first.path]
    with pytest.raises(InputError, match="no such folder of fixtures"):
        find_fixtures(tmp_path / "missing")


def test_checks_are_the_adapter_and_every_field() -> None:
    assert CHECKS[0] == "adapter" and set(CHECKS[1:]) == set(ARTICLE.to_dict(meta=False))


# --------------------------------------------------------------------------- the command


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_fixture_add_check_update_from_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(PAGE)
    code, out = run("fixture", "add", str(page), "--url", ARTICLE.url, "--dir", str(tmp_path / "fx"))
    assert code == 0 and out.startswith(f"saved {tmp_path / 'fx' / 'lemonde-1'} (adapter generic); review ")
    code, out = run("fixture", "check", str(tmp_path / "fx"))
    assert code == 0 and out.endswith("1 fixture(s): 1 ok, 0 with differences\n")

    edit_expected(
        Fixture.load(tmp_path / "fx" / "lemonde-1"), headline="Le ministre de l’Intérieur a annoncé 30 postes"
    )
    code, out = run("fixture", "check", str(tmp_path / "fx"))
    assert code == 1
    assert out.splitlines()[:5] == [
        f"{tmp_path / 'fx' / 'lemonde-1'}: 1 field(s) differ",
        "  headline differs at character 38:",
        "    expected: 'Le ministre de l’Intérieur a annoncé 30 postes'",
        "    got:      'Le ministre de l’Intérieur a annoncé la création de 300 postes'",
        " " * 52 + "^",  # under the first differing character
    ]
    code, out = run("fixture", "update", str(tmp_path / "fx"), "--field", "headline")
    assert code == 0 and out == f"{tmp_path / 'fx' / 'lemonde-1'}: updated headline\n"
    assert run("fixture", "check", str(tmp_path / "fx"))[0] == 0


def test_fixture_add_keeps_a_gzipped_page_gzipped(tmp_path: Path) -> None:
    page = tmp_path / "saved.html.gz"
    page.write_bytes(gzip.compress(PAGE))
    code, _ = run("fixture", "add", str(page), "--url", ARTICLE.url, "--dir", str(tmp_path), "--name", "z")
    assert code == 0 and (tmp_path / "z" / "page.html.gz").is_file()


def test_fixture_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("fixture", "add", str(tmp_path / "x.html"), "--dir", str(tmp_path))[0] == 2  # no --url
    assert run("fixture")[0] == 2
    assert run("fixture", "check", str(tmp_path / "nothing-here"))[0] == 2
    assert "no such folder of fixtures" in capsys.readouterr().err
    saved(tmp_path, name="ok")
    code, out = run("fixture", "update", str(tmp_path / "ok"), "--field", "nope")
    assert code == 2 and out == ""
    assert capsys.readouterr().err.startswith("newsparse: error: --field nope: no such field; known: adapter, url")


def test_fixture_check_checks_every_fixture_and_names_each_broken_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b", "c", "d", "e"):
        saved(tmp_path, name=name)
    (tmp_path / "b" / "page.html").write_bytes(b"")
    (tmp_path / "c" / "meta.json").unlink()
    (tmp_path / "c" / "meta.json").mkdir()
    (tmp_path / "d" / "expected.json").write_text("{oops")
    locked = tmp_path / "e" / "page.html"  # chmod 000 does not stop root, who runs the tests
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out = run("fixture", "check", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'a'}: ok (18 checks)",
        f"{tmp_path / 'b'}: cannot be checked: {tmp_path / 'b' / 'page.html'}: received empty bytes: "
        "pass the HTML of an article page",
        f"{tmp_path / 'c'}: cannot be checked: {tmp_path / 'c' / 'meta.json'}: cannot read it (Is a directory): "
        "it must be a UTF-8 JSON file",
        f"{tmp_path / 'd'}: cannot be checked: {tmp_path / 'd' / 'expected.json'}: not valid JSON: "
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        f"{tmp_path / 'e'}: cannot be checked: {locked}: cannot read the saved page (Permission denied)",
        "5 fixture(s): 1 ok, 0 with differences, 4 that could not be checked",
    ]
    code, out = run("fixture", "update", str(tmp_path))
    assert code == 1 and out.splitlines()[0] == f"{tmp_path / 'a'}: unchanged" and len(out.splitlines()) == 5


@pytest.mark.parametrize("name", ["../../escape", "a/b", "..", ".", "a\\b"])
def test_fixture_add_refuses_a_name_that_is_not_one_folder(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(PAGE)
    root = tmp_path / "x" / "y" / "fx"
    code, _ = run("fixture", "add", str(page), "--url", ARTICLE.url, "--dir", str(root), "--name", name)
    assert code == 2 and "give a folder name, without / or" in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and not (tmp_path / "escape").exists()
    with pytest.raises(InputError, match="name must be a folder name"):
        saved(root, name=name)


def test_fixture_add_into_a_folder_that_cannot_be_made_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(PAGE)
    (tmp_path / "file").write_text("not a folder")
    code, _ = run("fixture", "add", str(page), "--url", ARTICLE.url, "--dir", str(tmp_path / "file" / "fx"))
    assert code == 1
    assert capsys.readouterr().err == (
        f"newsparse: {tmp_path / 'file' / 'fx' / 'lemonde-1'}: cannot create the fixture's folder (Not a directory): "
        "pick a root (--dir) you can write to\n"
    )
