"""The ``newsparse`` command: parse, detect, list adapters, print the JSON Schema, fixtures.

It reads files or standard input and never fetches a URL. Exit codes: 0 on success,
1 when a page could not be parsed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsparse.errors import AdapterError, NewsparseError

if TYPE_CHECKING:
    from newsparse.testing.fixtures import Fixture, Parsed

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _read(source: str) -> bytes:
    """The page in FILE or standard input (``-``), read to at most the page size limit + 1 byte.

    A larger page, a .gz that unpacks to more, or endless input (``/dev/zero``) is refused
    without being held in memory. Errors name no file: :func:`main` prefixes it.
    """
    from newsparse.document import DEFAULT_MAX_BYTES
    from newsparse.readers import read_page_bytes

    if source.startswith(("http://", "https://")):
        raise _UsageError(
            f"{source}: newsparse never fetches URLs; save the page and pass the file (and --url {source})"
        )
    gz = source != "-" and source.endswith(".gz")
    try:
        handle = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise _UsageError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise _UsageError(f"{source}: is a directory; pass an HTML file") from None
    except OSError as exc:
        raise _UsageError(f"{source}: cannot read: {exc.strerror or exc}") from None
    try:
        data = read_page_bytes(handle, gz=gz, max_bytes=DEFAULT_MAX_BYTES)
    except (OSError, EOFError, zlib.error) as exc:
        if gz and isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
            raise NewsparseError(
                f"not a valid gzip file ({exc}): if the page is not compressed, rename it without .gz"
            ) from None
        raise _UsageError(f"{source}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    if len(data) > DEFAULT_MAX_BYTES:
        what = "unpacks to" if gz else "holds"
        raise NewsparseError(
            f"the page {what} more than the page size limit of {DEFAULT_MAX_BYTES:,} bytes; "
            f"{'unpack it yourself and ' if gz else ''}call newsparse.parse(page, max_bytes=...) "
            "from Python if the page is real"
        )
    return data


class _UsageError(Exception):
    pass


def unicode_output(stream: object) -> bool:
    """Whether ``stream`` can take any character: its encoding is UTF-8 (or another UTF), or it has none."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return True
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _checked_url(url: str | None) -> None:
    """A bad ``--url`` is a usage error, by the check :func:`newsparse.parse` makes."""
    from newsparse.document import checked_url

    try:
        checked_url(url)
    except NewsparseError:
        raise _UsageError(
            f"--url {url!r:.200}: not an absolute http(s) URL (https://host/path); "
            "pass the URL the page was fetched from, or leave --url out"
        ) from None


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.api import parse

    _checked_url(args.url)
    article = parse(_read(args.file), args.url, adapter=args.adapter, strict=args.strict, charset=args.charset)
    if args.format == "json":
        if unicode_output(out):
            out.write(article.to_json(indent=2, meta=not args.no_meta) + "\n")
        else:  # \u escapes keep the JSON valid in any encoding
            out.write(json.dumps(article.to_dict(meta=not args.no_meta), indent=2, ensure_ascii=True) + "\n")
    else:
        out.write(_as_text(article) + "\n")
    return EXIT_OK


def _as_text(article: object) -> str:
    from newsparse.article import Article

    assert isinstance(article, Article)
    lines = []
    if article.breadcrumb:
        lines.append(" › ".join(c.label for c in article.breadcrumb))
    if article.kicker:
        lines.append(article.kicker.upper())
    lines.append(article.headline or "(no headline)")
    if article.subheadline:
        lines.append(article.subheadline)
    meta = [
        f"by {article.byline.text}" if article.byline else None,
        article.published.isoformat() if article.published else None,
        f"{article.comment_count} comments" if article.comment_count is not None else None,
    ]
    if any(meta):
        lines.append(" · ".join(m for m in meta if m))
    lines.append("")
    lines.extend(block.text + "\n" for block in article.body)
    if article.neighbors.previous:
        lines.append(f"← {article.neighbors.previous.title or article.neighbors.previous.url}")
    if article.neighbors.next:
        lines.append(f"→ {article.neighbors.next.title or article.neighbors.next.url}")
    return "\n".join(lines).rstrip()


def _cmd_detect(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.api import detect

    _checked_url(args.url)
    detection = detect(_read(args.file), args.url, charset=args.charset)
    if args.json:
        out.write(json.dumps(detection.to_dict(), indent=2) + "\n")
    else:
        out.write(detection.explain() + "\n")
    return EXIT_OK


def _cmd_adapters(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.registry import Registry

    rows = [(a.name, a.description, ", ".join(a.supported_fields())) for a in Registry.default()]
    if args.json:
        out.write(
            json.dumps(
                [{"name": n, "description": d, "fields": f.split(", ") if f else []} for n, d, f in rows], indent=2
            )
            + "\n"
        )
        return EXIT_OK
    width = max(len(r[0]) for r in rows)
    for name, description, fields in rows:
        out.write(f"{name:<{width}}  {description}\n{'':<{width}}  fields: {fields or '(structured data only)'}\n")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.article import json_schema

    out.write(json.dumps(json_schema(), indent=2) + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from newsparse import __version__

    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the HTML of a news article page into a typed Article. Reads files, never URLs.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    def page_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", metavar="FILE", help="an HTML file (.html or .html.gz), or - for standard input")
        p.add_argument("--url", help="the URL the page was fetched from (resolves links, selects site adapters)")
        p.add_argument("--charset", help="the charset of the HTTP response, when known")

    p = commands.add_parser("parse", help="parse a page and print the Article")
    page_args(p)
    p.add_argument("--adapter", help="use this adapter instead of detecting one (see `newsparse adapters`)")
    p.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    p.add_argument("--no-meta", action="store_true", help="leave provenance and problems out of the JSON")
    p.add_argument("--strict", action="store_true", help="fail when any field fails instead of leaving it empty")
    p.set_defaults(run=_cmd_parse)

    p = commands.add_parser("detect", help="say which adapter would parse a page, and why")
    page_args(p)
    p.add_argument("--json", action="store_true", help="print the detection as JSON")
    p.set_defaults(run=_cmd_detect)

    p = commands.add_parser("adapters", help="list the adapters and the fields each reads")
    p.add_argument("--json", action="store_true", help="print the table as JSON")
    p.set_defaults(run=_cmd_adapters)

    p = commands.add_parser("schema", help="print the JSON Schema of the Article output")
    p.set_defaults(run=_cmd_schema)

    from newsparse.batch_command import add_batch_command

    add_batch_command(commands)
    _add_fixture_commands(commands)
    return parser


# --------------------------------------------------------------------------- fixture commands


def _add_fixture_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fixture = commands.add_parser(
        "fixture",
        help="save pages as test fixtures, check them, update their expectations",
        description="Fixtures are folders of a saved page, meta.json and expected.json (see docs/testing.md).",
    )
    actions = fixture.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    p = actions.add_parser("add", help="save a page and write its current parse as the expectation, for review")
    p.add_argument("page", metavar="PAGE", help="the saved HTML file (.html or .html.gz), or - for standard input")
    p.add_argument("--url", required=True, help="the URL the page was fetched from")
    p.add_argument("--dir", required=True, help="the folder of fixtures to add it to")
    p.add_argument("--name", help="the fixture's folder name (default: the site's name and a number, lemonde-1)")
    p.add_argument("--gzip", action="store_true", help="store the page gzipped (page.html.gz)")
    p.set_defaults(run=_cmd_fixture_add)

    p = actions.add_parser("check", help="re-parse every fixture and print the fields that differ")
    p.add_argument("dirs", nargs="+", metavar="DIR", help="a fixture folder, or a folder of fixtures")
    p.set_defaults(run=_cmd_fixture_check)

    p = actions.add_parser("update", help="rewrite expectations from the current parse, after review")
    p.add_argument("dirs", nargs="+", metavar="DIR", help="a fixture folder, or a folder of fixtures")
    p.add_argument(
        "--field",
        action="append",
        dest="fields",
        metavar="F",
        help="only this field (or 'adapter'); repeat for several (default: every checked field)",
    )
    p.set_defaults(run=_cmd_fixture_update)


def _cmd_fixture_add(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.testing.fixtures import EXPECTED_FILE, add_fixture

    _checked_url(args.url)
    compress = args.gzip or args.page.endswith(".gz")
    try:
        page = _read(args.page)
    except NewsparseError as exc:
        raise NewsparseError(f"{args.page}: {exc}") from None
    if args.name is not None and (args.name in ("", ".", "..") or "/" in args.name or "\\" in args.name):
        raise _UsageError(f"--name {args.name!r}: give a folder name, without / or \\ and not . or ..")
    fixture = add_fixture(page, url=args.url, root=args.dir, name=args.name, compress=compress)
    out.write(
        f"saved {fixture.path} (adapter {fixture.adapter}); review {fixture.path / EXPECTED_FILE}:"
        " it holds what newsparse reads today\n"
    )
    return EXIT_OK


def _fixture_folders(dirs: list[str]) -> list[Path]:
    from newsparse.testing.fixtures import fixture_folders

    folders: list[Path] = []
    for folder in dirs:
        try:
            folders.extend(fixture_folders(folder))
        except NewsparseError as exc:
            raise _UsageError(str(exc)) from None
    return folders


def _cmd_fixture_check(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.testing.fixtures import Fixture

    folders = _fixture_folders(args.dirs)
    failed = broken = 0
    for folder in folders:
        try:
            fixture = Fixture.load(folder)
            checks = len(fixture.expectations())
            differences = fixture.check(_parse_fixture(fixture))
        except NewsparseError as exc:  # one broken fixture must not hide the others
            broken += 1
            out.write(f"{folder}: cannot be checked: {_named(exc, folder)}\n")
            continue
        if not differences:
            out.write(f"{folder}: ok ({checks} checks)\n")
            continue
        failed += 1
        out.write(f"{folder}: {len(differences)} field(s) differ\n")
        for difference in differences:
            out.write("".join(f"  {line}\n" for line in difference.describe().splitlines()))
    ok = len(folders) - failed - broken
    out.write(
        f"{len(folders)} fixture(s): {ok} ok, {failed} with differences"
        + (f", {broken} that could not be checked" if broken else "")
        + "\n"
    )
    return EXIT_FAILED if failed or broken else EXIT_OK


def _parse_fixture(fixture: Fixture) -> Parsed:
    """The fixture's page parsed now; an error names the page's file."""
    try:
        return fixture.parse()
    except NewsparseError as exc:
        if str(fixture.path) in str(exc):
            raise
        raise NewsparseError(f"{fixture.page_path}: {exc}") from None


def _named(exc: Exception, folder: Path) -> str:
    """The error's message, naming the fixture's file when it does not already."""
    message = str(exc)
    return message if str(folder) in message else f"{folder}: {message}"


def _cmd_fixture_update(args: argparse.Namespace, out: TextIO) -> int:
    from newsparse.testing.fixtures import CHECKS, Fixture

    unknown = [name for name in args.fields or () if name not in CHECKS]
    if unknown:
        raise _UsageError(f"--field {', '.join(unknown)}: no such field; known: {', '.join(CHECKS)}")
    failed = 0
    for folder in _fixture_folders(args.dirs):
        try:
            changed = Fixture.load(folder).update(args.fields)
        except NewsparseError as exc:  # one broken fixture must not stop the others
            failed += 1
            out.write(f"{folder}: cannot be updated: {_named(exc, folder)}\n")
            continue
        out.write(f"{folder}: {'updated ' + ', '.join(changed) if changed else 'unchanged'}\n")
    return EXIT_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    if out is None:
        out = sys.stdout
        if not unicode_output(out) and hasattr(out, "reconfigure"):
            # PYTHONIOENCODING=ascii, a latin-1 locale: what the encoding lacks is written as a backslash escape (\u0153)
            out.reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.run(args, out))
    except _UsageError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except AdapterError as exc:
        print(f"newsparse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewsparseError as exc:
        where = f"{getattr(args, 'file', '')}: " if getattr(args, "file", None) else ""
        print(f"newsparse: {where}{exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def main_exit() -> None:
    """Console-script entry point: run :func:`main` and exit with its code."""
    sys.exit(main())
