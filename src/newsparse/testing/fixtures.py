"""Saved pages with their expected Article: fixtures on disk.

A fixture is a folder::

    fixtures/lemonde-1/
        page.html        the page's bytes as fetched (or page.html.gz, gzipped)
        meta.json        {"url": ..., "adapter": ..., "saved": ...}
        expected.json    the expected Article, in Article.to_dict() form

``meta.json`` holds the URL the page was fetched from, the adapter newsparse is
expected to choose for it and when it was saved; other keys are yours (a source, a
licence). ``expected.json`` is meant to be read and edited by a person: a field that
is absent is not checked, ``null`` means the page does not show it.

:func:`add_fixture` saves a page and writes its current parse as the expectation, for
review; :meth:`Fixture.check` re-parses it and lists every field that differs;
:meth:`Fixture.update` rewrites expectations once a change is reviewed. The
``newsparse fixture`` command and the pytest plugin are built on these.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> page = b"<html lang='en'><h1>Hello</h1><article><p>World.</p></article></html>"
>>> fixture = add_fixture(page, url="https://news.example/hello/", root=root)
>>> fixture.name, fixture.adapter, fixture.check()
('news-1', 'generic', [])
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from newsparse.article import CONTENT_FIELDS, Article
from newsparse.errors import DataError, InputError
from newsparse.testing.diff import describe

__all__ = [
    "CHECKS",
    "EXPECTED_FILE",
    "META_FILE",
    "PAGE_FILES",
    "Difference",
    "Fixture",
    "Parsed",
    "add_fixture",
    "find_fixtures",
    "fixture_folders",
    "is_fixture",
]

META_FILE = "meta.json"
EXPECTED_FILE = "expected.json"
PAGE_FILES = ("page.html", "page.html.gz")
#: Everything a fixture can check: the adapter chosen, then each Article field.
CHECKS: tuple[str, ...] = ("adapter", *CONTENT_FIELDS)


@attrs.frozen(kw_only=True)
class Parsed:
    """A fixture's page as newsparse reads it now: the Article and the adapter chosen."""

    article: Article
    adapter: str


@attrs.frozen(kw_only=True)
class Difference:
    """One field of a fixture whose parse differs from the expectation (JSON values)."""

    fixture: str
    field: str
    expected: Any
    got: Any

    def describe(self) -> str:
        """The short, exact description of the difference (see :mod:`newsparse.testing.diff`)."""
        return describe(self.field, self.expected, self.got) or f"{self.field}: no difference"


def is_fixture(path: Path) -> bool:
    """True when ``path`` is a fixture folder (it holds a ``meta.json``)."""
    return (path / META_FILE).is_file()


@attrs.frozen(kw_only=True)
class Fixture:
    """One saved page and its expectations. Build it with :meth:`load` or :func:`add_fixture`."""

    path: Path
    url: str | None = None
    adapter: str | None = None
    saved: str | None = None

    @property
    def name(self) -> str:
        """The folder's name (``lemonde-1``)."""
        return self.path.name

    @classmethod
    def load(cls, path: str | Path) -> Fixture:
        """Read the fixture in folder ``path`` (its ``meta.json``)."""
        path = Path(path)
        meta = _read_json(path / META_FILE)
        if not isinstance(meta, dict):
            raise DataError(f"{path / META_FILE}: expected a JSON object with url, adapter and saved")
        values = {}
        for key in ("url", "adapter", "saved"):
            value = meta.get(key)
            if value is not None and not isinstance(value, str):
                raise DataError(f"{path / META_FILE}: {key} must be a string or null, not {type(value).__name__}")
            values[key] = value
        url = values["url"]
        if url is not None and not url.startswith(("http://", "https://")):
            raise DataError(f"{path / META_FILE}: url must be the http(s) URL the page was fetched from: {url!r}")
        return cls(path=path, **values)

    # ------------------------------------------------------------------ reading

    @property
    def page_path(self) -> Path:
        """The saved page: ``page.html`` or ``page.html.gz``."""
        for name in PAGE_FILES:
            candidate = self.path / name
            if candidate.is_file():
                return candidate
        raise InputError(f"{self.path}: no saved page; expected one of {', '.join(PAGE_FILES)}")

    def page(self) -> bytes:
        """The page's bytes (decompressed when gzipped)."""
        path = self.page_path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read the saved page ({exc.strerror or exc})") from None
        if path.suffix == ".gz":
            try:
                return gzip.decompress(data)
            except (OSError, EOFError) as exc:
                raise InputError(f"{path}: not a valid gzip file: {exc}") from None
        return data

    def expectations(self) -> dict[str, Any]:
        """The checked values by name, in JSON form: ``adapter`` (when set) and each field present.

        Values are normalised through :class:`Article` (``Z`` becomes ``+00:00``), so an
        expectation that is not a valid Article value fails here, naming where it is.
        """
        out: dict[str, Any] = {}
        if self.adapter is not None:
            out["adapter"] = self.adapter
        data = self._expected_data()
        try:
            normal = Article.from_dict(data).to_dict(meta=False)
        except DataError as exc:
            raise DataError(f"{self.path / EXPECTED_FILE}: {exc}") from None
        out.update((name, normal[name]) for name in CONTENT_FIELDS if name in data)
        return out

    def _expected_data(self) -> dict[str, Any]:
        data = _read_json(self.path / EXPECTED_FILE)
        if not isinstance(data, dict):
            raise DataError(f"{self.path / EXPECTED_FILE}: expected a JSON object of Article fields")
        return data

    def parse(self) -> Parsed:
        """Parse the saved page now, with the adapter the registry chooses."""
        from newsparse.api import detect
        from newsparse.document import Document

        doc = Document.from_page(self.page(), self.url)
        detection = detect(doc, self.url)
        return Parsed(article=detection.adapter(doc, url=doc.url).article(), adapter=detection.adapter.name)

    def actual(self, parsed: Parsed) -> dict[str, Any]:
        """``parsed`` in the form of :meth:`expectations` (every check, JSON values)."""
        return {"adapter": parsed.adapter, **parsed.article.to_dict(meta=False)}

    # ------------------------------------------------------------------ checking

    def check(self, parsed: Parsed | None = None) -> list[Difference]:
        """Every checked field whose current parse differs from the expectation."""
        expected = self.expectations()
        got = self.actual(parsed or self.parse())
        return [
            Difference(fixture=self.name, field=name, expected=value, got=got[name])
            for name, value in expected.items()
            if got[name] != value
        ]

    def update(self, fields: Iterable[str] | None = None) -> list[str]:
        """Rewrite expectations from the current parse; return the names that changed.

        With ``fields`` None every checked value is rewritten (the adapter, unless it is
        null, and each field present in ``expected.json``); otherwise only those named,
        which may add a check that was not made before.
        """
        parsed = self.parse()
        got = self.actual(parsed)
        data = self._expected_data() if (self.path / EXPECTED_FILE).is_file() else {}
        if fields is None:
            checked = ["adapter"] if self.adapter is not None else []
            targets = [*checked, *(name for name in CONTENT_FIELDS if name in data)]
        else:
            targets = list(fields)
            unknown = [name for name in targets if name not in CHECKS]
            if unknown:
                raise DataError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}")
        before = self.expectations() if data or self.adapter else {}
        for name in targets:
            if name != "adapter":
                data[name] = got[name]
        _write_json(self.path / EXPECTED_FILE, _ordered(data))
        if "adapter" in targets and self.adapter != parsed.adapter:
            meta = _read_json(self.path / META_FILE)
            meta["adapter"] = parsed.adapter
            _write_json(self.path / META_FILE, meta)
        return [name for name in targets if before.get(name, _ABSENT) != got[name]]


_ABSENT = object()


def find_fixtures(root: str | Path) -> list[Fixture]:
    """The fixture in folder ``root``, or every fixture below it, sorted by path."""
    return [Fixture.load(folder) for folder in fixture_folders(root)]


def fixture_folders(root: str | Path) -> list[Path]:
    """The folder ``root`` if it is a fixture, or every fixture folder below it, sorted; nothing is read.

    Each one can then be loaded on its own (:meth:`Fixture.load`), so one broken fixture
    does not hide the others.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder of fixtures")
    if is_fixture(root):
        return [root]
    return [meta.parent for meta in sorted(root.rglob(META_FILE))]


def add_fixture(
    page: bytes,
    *,
    url: str | None,
    root: str | Path,
    name: str | None = None,
    compress: bool = False,
    saved: datetime | None = None,
) -> Fixture:
    """Save ``page`` as a new fixture under ``root`` and write its current parse as the expectation.

    The folder is ``name``, or the site's name and the next free number
    (``lemonde-1``). Review ``expected.json`` afterwards: it holds what newsparse reads
    today, which is not always what the page shows.
    """
    if url is not None and not url.startswith(("http://", "https://")):
        raise InputError(f"url must be the http(s) URL the page was fetched from, got {url!r}")
    if name is not None and (not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name):
        raise InputError(f"name must be a folder name without / or \\ (and not . or ..), got {name!r}")
    root = Path(root)
    folder = root / (name or _free_name(root, url))
    if folder.exists():
        raise InputError(f"{folder} already exists: choose another name or remove it")
    from newsparse.document import Document

    Document.from_page(page, url)  # refuse what is not an HTML page before writing anything
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise InputError(
            f"{folder}: cannot create the fixture's folder ({exc.strerror or exc}): pick a root (--dir) you can write to"
        ) from None
    if compress:
        (folder / "page.html.gz").write_bytes(gzip.compress(page, mtime=0))
    else:
        (folder / "page.html").write_bytes(page)
    stamp = (saved or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    _write_json(folder / META_FILE, {"url": url, "adapter": None, "saved": stamp})
    fixture = Fixture.load(folder)
    fixture.update(CHECKS)
    return Fixture.load(folder)


def _free_name(root: Path, url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.lower().split(".") if label not in ("www", "m", "amp")]
    base = "".join(c if c.isalnum() else "-" for c in labels[0]).strip("-") if labels else "page"
    number = 1
    while (root / f"{base}-{number}").exists():
        number += 1
    return f"{base}-{number}"


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    order = {name: i for i, name in enumerate(CONTENT_FIELDS)}
    return dict(sorted(data.items(), key=lambda item: order.get(item[0], len(order))))


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: missing; a fixture folder holds {META_FILE}, {EXPECTED_FILE} and a page") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: cannot read it ({getattr(exc, 'strerror', None) or exc}): it must be a UTF-8 JSON file"
        ) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise DataError(f"{path}: not valid JSON: {exc}") from None


def _write_json(path: Path, data: Any) -> None:
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
