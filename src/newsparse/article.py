"""The typed result of a parse: :class:`Article` and its parts.

Every class here is a frozen, slotted, keyword-only attrs class: instances are values
that can be compared, hashed and serialised. Text values are whitespace-normalised
and never empty (a missing value is ``None`` or an empty tuple).

>>> from newsparse import Article, Block
>>> a = Article(headline="Hello", body=(Block(kind="paragraph", text="World."),))
>>> a.to_dict()["body"]
[{'kind': 'paragraph', 'text': 'World.'}]
>>> Article.from_dict(a.to_dict()) == a
True
"""

from __future__ import annotations

import json
import re
import reprlib
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, Literal, TypeVar, cast, get_args
from urllib.parse import urlsplit

import attrs

from newsparse.errors import DataError

__all__ = [
    "BLOCK_KINDS",
    "SOURCES",
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Crumb",
    "Image",
    "Link",
    "Neighbors",
    "Problem",
    "Provenance",
    "Source",
    "json_schema",
]

BlockKind = Literal["paragraph", "heading", "quote", "list_item", "preformatted"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)

Source = Literal["markup", "json-ld", "microdata", "opengraph", "meta", "heuristic", "caller"]
SOURCES: tuple[str, ...] = get_args(Source)

Day = datetime | date

# Every character str.isspace() accepts but the plain space (tests check the list), and
# the zero-width characters FIELDS.md also counts as whitespace.
OTHER_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_ANY_SPACE = re.compile(r"\s")
# One character class: a regex alternation would try each branch at every position.
_ODD_SPACE = re.compile(f"[{OTHER_WHITESPACE}{ZERO_WIDTH}]")
# What an Article never holds (docs/input-policy.md): C0 and C1 controls (NUL among them),
# the bidi overrides and isolates, and lone surrogates, which no UTF-8 text can carry.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _forbidden(text: str) -> str | None:
    """Why ``text`` cannot be in an Article (a control, bidi or surrogate character), or None.

    A long text is checked by :func:`_faults`, which skips this scan for printable text."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    return (
        f"holds the character U+{ord(found.group()):04X} (a control, bidi-override or surrogate character), "
        f"which an Article never holds: remove it (newsparse.extract.clean_text does): {text[:60]!r}"
    )


def _unnormalised(text: str) -> bool:
    """Anything FIELDS.md's normalisation would have changed: whitespace other than a
    plain space, two spaces in a row, or whitespace at either end."""
    return _faults(text)[1]


def _faults(text: str) -> tuple[str | None, bool]:
    """Why ``text`` cannot be in an Article (:func:`_forbidden`), and whether it is
    unnormalised (:func:`_unnormalised`), in one reading of a long body text."""
    spaced = text[:1] == " " or text[-1:] == " " or "  " in text
    # Every character either regex finds is unprintable (a control, a separator other than
    # the space, a format character): a printable text, the usual case, needs no scan.
    if text.isprintable():
        return None, spaced
    return _forbidden(text), spaced or _ODD_SPACE.search(text) is not None


# --------------------------------------------------------------------------- validators


def _invalid(name: str, message: str) -> DataError:
    """The error a validator raises: a :class:`DataError` whose message starts with the
    attribute's name (``headline must not be empty...``) and whose ``path`` is that name."""
    error = DataError(f"{name} {message}")
    error.path = name
    return error


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _invalid(attribute.name, f"must be a string, not {type(value).__name__}")
    if not value:
        raise _invalid(attribute.name, "must not be empty: use None for a missing value")
    fault, unnormalised = _faults(value)
    if fault:
        raise _invalid(attribute.name, fault)
    if unnormalised:
        raise _invalid(
            attribute.name, f"must be whitespace-normalised (see newsparse.extract.clean_text): {value[:60]!r}"
        )


def _check_string(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _invalid(attribute.name, f"must be a string, not {type(value).__name__}")


def _check_optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _check_text(instance, attribute, value)


def _check_url(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise _invalid(attribute.name, f"must be a string URL, not {type(value).__name__}")
    if not value.startswith(("http://", "https://")) or _ANY_SPACE.search(value) or _forbidden(value):
        raise _invalid(
            attribute.name,
            f"must be an absolute http(s) URL without spaces, control, bidi-override or "
            f"surrogate characters: {value[:80]!r}",
        )
    if not _has_host(value):
        raise _invalid(
            attribute.name, f"must be an absolute http(s) URL with a host (https://host/path): {value[:80]!r}"
        )


def _has_host(url: str) -> bool:
    """Whether an http(s) URL names a host (``https://`` and ``https://[::1`` do not)."""
    host = _AUTHORITY.match(url)
    if host is not None:  # the usual address: a plain host name, read without urlsplit
        return True
    try:
        return bool(urlsplit(url).netloc)
    except ValueError:  # "https://[::1": an unclosed IPv6 address
        return False


_AUTHORITY = re.compile(r"https?://[^/?#\[\]@]+(?:[/?#]|$)")


def _check_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, date):
        raise _invalid(attribute.name, f"must be a datetime, a date or None, not {type(value).__name__}")


def _check_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(attribute.name, f"must be an int or None, not {type(value).__name__}")
    if value < 0:
        raise _invalid(attribute.name, f"must not be negative: {value}")


def _check_kind(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in BLOCK_KINDS:
        raise _invalid(attribute.name, f"must be one of {', '.join(BLOCK_KINDS)}: {value!r}")


def _check_source(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in SOURCES:
        raise _invalid(attribute.name, f"must be one of {', '.join(SOURCES)}: {value!r}")


_T = TypeVar("_T")


def _tuple_of(kind: type[_T]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise _invalid(attribute.name, f"must be a tuple (or a list), not {type(value).__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise _invalid(f"{attribute.name}[{i}]", f"must be a {kind.__name__}, not {type(item).__name__}")

    return check


def _one_of(kind: type[_T], *, optional: bool = False) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the value is a ``kind`` (or None when ``optional``), else a DataError naming it."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            article = "an" if kind.__name__[0] in "AEIOU" else "a"
            allowed = f"{article} {kind.__name__} or None" if optional else f"{article} {kind.__name__}"
            raise _invalid(attribute.name, f"must be {allowed}, not {type(value).__name__}")

    return check


def _to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """A tuple of the items of a list or other iterable; any other value (a str, which
    would become its letters, a number) is left for the validator to refuse by name."""
    if isinstance(value, (tuple, str, bytes, bytearray)) or not hasattr(value, "__iter__"):
        return cast(tuple[Any, ...], value)
    return tuple(value)


# --------------------------------------------------------------------------- the parts


@attrs.frozen(kw_only=True)
class Crumb:
    """One step of the breadcrumb trail: its label and the (absolute) URL it links to."""

    label: str = attrs.field(validator=_check_text)
    url: str | None = attrs.field(default=None, validator=_check_url)


@attrs.frozen(kw_only=True)
class Link:
    """A link to another article: its title as shown and its absolute URL."""

    title: str | None = attrs.field(default=None, validator=_check_optional_text)
    url: str = attrs.field(validator=_check_url)


@attrs.frozen(kw_only=True)
class Neighbors:
    """The previous (older) and next (newer) articles the page links to."""

    previous: Link | None = attrs.field(default=None, validator=_one_of(Link, optional=True))
    next: Link | None = attrs.field(default=None, validator=_one_of(Link, optional=True))

    def __bool__(self) -> bool:
        return self.previous is not None or self.next is not None


@attrs.frozen(kw_only=True)
class Block:
    """A block of the article's body: a paragraph, heading, quote, list item or preformatted text."""

    kind: BlockKind = attrs.field(default="paragraph", validator=_check_kind)
    text: str = attrs.field(validator=_check_text)


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote the article: the credit as displayed and the names in it."""

    text: str = attrs.field(validator=_check_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(str))

    def __attrs_post_init__(self) -> None:
        for i, name in enumerate(self.authors):
            fault, unnormalised = _faults(name)
            if fault:
                raise _invalid(f"authors[{i}]", fault)
            if not name or unnormalised:
                raise _invalid(f"authors[{i}]", f"must be a non-empty normalised name: {name!r:.80}")


@attrs.frozen(kw_only=True)
class Image:
    """The article's lead image: its URL, and the caption and credit shown with it."""

    url: str = attrs.field(validator=_check_url)
    caption: str | None = attrs.field(default=None, validator=_check_optional_text)
    credit: str | None = attrs.field(default=None, validator=_check_optional_text)


@attrs.frozen(kw_only=True)
class Provenance:
    """Where one field's value came from: the adapter and the kind of source it read."""

    field: str = attrs.field(validator=_check_string)
    adapter: str = attrs.field(validator=_check_string)
    source: Source = attrs.field(validator=_check_source)


@attrs.frozen(kw_only=True)
class Problem:
    """Something that went wrong while extracting a field (the field was left empty)."""

    field: str = attrs.field(validator=_check_string)
    message: str = attrs.field(validator=_check_string)


# --------------------------------------------------------------------------- the article


@attrs.frozen(kw_only=True)
class Article:
    """A news article as the page shows it. The Fields page of the documentation
    (``docs/fields.md``) says what each field means.

    Content fields compare and hash by value; ``provenance`` and ``problems`` describe
    how the parse went and are left out of equality, so two parses of the same article
    by different adapters are equal when they found the same content.
    """

    url: str | None = attrs.field(default=None, validator=_check_url)
    canonical_url: str | None = attrs.field(default=None, validator=_check_url)
    language: str | None = attrs.field(default=None, validator=_check_optional_text)
    site_name: str | None = attrs.field(default=None, validator=_check_optional_text)
    breadcrumb: tuple[Crumb, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Crumb))
    kicker: str | None = attrs.field(default=None, validator=_check_optional_text)
    headline: str | None = attrs.field(default=None, validator=_check_optional_text)
    subheadline: str | None = attrs.field(default=None, validator=_check_optional_text)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Block))
    byline: Byline | None = attrs.field(default=None, validator=_one_of(Byline, optional=True))
    published: Day | None = attrs.field(default=None, validator=_check_day)
    modified: Day | None = attrs.field(default=None, validator=_check_day)
    comment_count: int | None = attrs.field(default=None, validator=_check_count)
    neighbors: Neighbors = attrs.field(factory=Neighbors, validator=_one_of(Neighbors))
    section: str | None = attrs.field(default=None, validator=_check_optional_text)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(str))
    lead_image: Image | None = attrs.field(default=None, validator=_one_of(Image, optional=True))
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Provenance), eq=False, repr=False
    )
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Problem), eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        for i, tag in enumerate(self.tags):
            fault, unnormalised = _faults(tag)
            if fault:
                raise _invalid(f"tags[{i}]", fault)
            if not tag or unnormalised:
                raise _invalid(f"tags[{i}]", f"must be a non-empty normalised string: {tag!r:.80}")

    def __repr__(self) -> str:
        shown = []
        for name in CONTENT_FIELDS:
            value = getattr(self, name)
            if value is None or value == () or value == Neighbors():
                continue
            shown.append(f"body=<{len(value)} blocks>" if name == "body" else f"{name}={value!r}")
        return f"Article({', '.join(shown)})"

    @property
    def text(self) -> str:
        """The body as plain text, one block per paragraph, separated by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    def source_of(self, field: str) -> Provenance | None:
        """Where ``field``'s value came from, or None when the field is empty.

        ``field`` is the name of a content field (``"headline"``, ``"published"``...);
        any other name raises :class:`~newsparse.DataError` listing the field names.

        >>> Article(headline="Hello").source_of("headlin")
        Traceback (most recent call last):
        ...
        newsparse.errors.DataError: source_of('headlin'): no Article field has that name; pass one of url, ...
        """
        if field not in CONTENT_FIELDS:
            raise DataError(
                f"source_of({field!r:.60}): no Article field has that name; pass one of {', '.join(CONTENT_FIELDS)}"
            )
        return next((p for p in self.provenance if p.field == field), None)

    # ------------------------------------------------------------------ serialisation

    def to_dict(self, *, meta: bool = True) -> dict[str, Any]:
        """Return the article as plain JSON-ready data, keys in the order of the fields.

        Dates become ISO 8601 strings. With ``meta=True`` (the default) the
        ``provenance`` and ``problems`` of the parse follow the content fields.
        """
        out: dict[str, Any] = {name: _dump(getattr(self, name)) for name in CONTENT_FIELDS}
        if meta:
            out["provenance"] = {p.field: {"adapter": p.adapter, "source": p.source} for p in self.provenance}
            out["problems"] = [{"field": p.field, "message": p.message} for p in self.problems]
        return out

    def to_json(self, *, indent: int | None = None, meta: bool = True) -> str:
        """Return :meth:`to_dict` as a JSON string (UTF-8 text, not ASCII-escaped)."""
        return json.dumps(self.to_dict(meta=meta), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an Article from :meth:`to_dict` output (or a reference annotation).

        Absent keys take their empty value. A bad value raises :class:`DataError`
        naming where it is, e.g. ``body[2].kind``.
        """
        if not isinstance(data, Mapping):
            raise DataError(f"expected an object, got {type(data).__name__}")
        unknown = set(data) - set(CONTENT_FIELDS) - {"provenance", "problems", "_notes"}
        if unknown:
            raise DataError(f"unknown field(s) {_names(unknown)}; known: {', '.join(CONTENT_FIELDS)}")
        kwargs: dict[str, Any] = {}
        for name in CONTENT_FIELDS:
            if name in data:
                kwargs[name] = _LOADERS[name](data[name], name)
        kwargs["provenance"] = _load_provenance(data.get("provenance") or {})
        kwargs["problems"] = _load_problems(data.get("problems") or [])
        return _build(cls, kwargs, "")

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Build an Article from :meth:`to_json` output (a str, or bytes in UTF-8).

        Text that is not JSON, nested too deeply for Python's JSON parser, or that does not
        describe an Article raises :class:`DataError`.
        """
        if not isinstance(text, (str, bytes, bytearray)):
            raise DataError(
                f"expected JSON text (str or bytes), got {type(text).__name__}: pass what Article.to_json() "
                "returned, or use Article.from_dict() for data already loaded"
            )
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DataError(f"not valid JSON: {exc}") from None
        except RecursionError:
            raise DataError("not an Article: the JSON nests too deeply for Python's JSON parser") from None
        return cls.from_dict(data)


CONTENT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in attrs.fields(Article) if f.name not in ("provenance", "problems")
)


# --------------------------------------------------------------------------- dumping


def _dump(value: object) -> Any:
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _dump(getattr(value, f.name)) for f in attrs.fields(cast(Any, type(value)))}
    raise TypeError(f"cannot serialise {type(value).__name__}")  # pragma: no cover


# --------------------------------------------------------------------------- loading

_C = TypeVar("_C")


def _build(cls: type[_C], kwargs: dict[str, Any], path: str) -> _C:
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        name = message.split(" ", 1)[0]
        # The validators' messages start with the attribute's name (``authors[2] must...``).
        if name.split("[", 1)[0] in {f.name for f in attrs.fields(cast(Any, cls))}:
            where = f"{path}.{name}" if path else name
        else:
            where = path
        raise DataError(message, path=where) from None


def _expect(value: object, kinds: type | tuple[type, ...], path: str, what: str) -> Any:
    if not isinstance(value, kinds) or (isinstance(value, bool) and kinds is not bool):
        raise DataError(f"expected {what}, got {type(value).__name__} {_REPR.repr(value)}", path=path)
    return value


# A short repr that does not recurse through deeply nested data.
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 2, 60, 60


def _names(keys: Iterable[object]) -> str:
    """Keys for a message, sorted: a key that is no string (from_dict({1: 2})) shown by its repr."""
    return ", ".join(sorted(key if isinstance(key, str) else repr(key) for key in keys))


def _load_object(
    cls: type[_C], value: object, path: str, loaders: Mapping[str, Callable[[Any, str], Any]] | None = None
) -> _C:
    data = _expect(value, dict, path, "an object")
    names = [f.name for f in attrs.fields(cast(Any, cls))]
    unknown = set(data) - set(names)
    if unknown:
        raise DataError(f"unknown key(s) {_names(unknown)}; expected {', '.join(names)}", path=path)
    kwargs = {}
    for key, item in data.items():
        loader = (loaders or {}).get(key)
        kwargs[key] = loader(item, f"{path}.{key}") if loader else item
        if kwargs[key] is not None and not loader and not isinstance(kwargs[key], str):
            raise DataError(f"expected a string, got {type(item).__name__}", path=f"{path}.{key}")
    return _build(cls, kwargs, path)


def _load_list(value: object, path: str, item: Callable[[Any, str], Any]) -> tuple[Any, ...]:
    items = _expect(value, list, path, "a list")
    return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(items))


def _load_optional(loader: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    return lambda value, path: None if value is None else loader(value, path)


def _load_str(value: object, path: str) -> str:
    text = _expect(value, str, path, "a string")
    fault, unnormalised = _faults(text)
    if fault:
        raise DataError(fault, path=path)
    if not text or unnormalised:
        raise DataError(f"must be a non-empty whitespace-normalised string: {text!r:.60}", path=path)
    return cast(str, text)


def _load_day(value: object, path: str) -> Day:
    text = _expect(value, str, path, "an ISO 8601 date or datetime string")
    try:
        return parse_iso_day(text)
    except ValueError:
        raise DataError(f"not an ISO 8601 date or datetime: {text!r}", path=path) from None


def parse_iso_day(text: str) -> Day:
    """Parse ``2023-10-27`` to a date and ``2023-10-27T09:30:00+01:00`` (or ``Z``) to a datetime."""
    if len(text) == 10:
        return date.fromisoformat(text)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def _load_count(value: object, path: str) -> int | None:
    if value is None:
        return None
    count = _expect(value, int, path, "an integer")
    if count < 0:
        raise DataError(f"must not be negative: {count}", path=path)
    return cast(int, count)


def _load_crumb(value: object, path: str) -> Crumb:
    return _load_object(Crumb, value, path)


def _load_link(value: object, path: str) -> Link:
    return _load_object(Link, value, path)


def _load_neighbors(value: object, path: str) -> Neighbors:
    return _load_object(
        Neighbors, value, path, {"previous": _load_optional(_load_link), "next": _load_optional(_load_link)}
    )


def _load_block(value: object, path: str) -> Block:
    return _load_object(Block, value, path)


def _load_byline(value: object, path: str) -> Byline:
    return _load_object(Byline, value, path, {"text": _load_str, "authors": lambda v, p: _load_list(v, p, _load_str)})


def _load_image(value: object, path: str) -> Image:
    return _load_object(Image, value, path)


def _load_provenance(value: object) -> tuple[Provenance, ...]:
    data = _expect(value, dict, "provenance", "an object")
    out = []
    for name, item in data.items():
        entry = _expect(item, dict, f"provenance.{name}", "an object")
        out.append(_build(Provenance, {"field": name, **entry}, f"provenance.{name}"))
    return tuple(out)


def _load_problems(value: object) -> tuple[Problem, ...]:
    return _load_list(value, "problems", lambda v, p: _build(Problem, dict(_expect(v, dict, p, "an object")), p))


_opt_str = _load_optional(_load_str)
_LOADERS: dict[str, Callable[[Any, str], Any]] = {
    "url": _load_optional(lambda v, p: _expect(v, str, p, "a URL string")),
    "canonical_url": _load_optional(lambda v, p: _expect(v, str, p, "a URL string")),
    "language": _opt_str,
    "site_name": _opt_str,
    "breadcrumb": lambda v, p: _load_list(v, p, _load_crumb),
    "kicker": _opt_str,
    "headline": _opt_str,
    "subheadline": _opt_str,
    "body": lambda v, p: _load_list(v, p, _load_block),
    "byline": _load_optional(_load_byline),
    "published": _load_optional(_load_day),
    "modified": _load_optional(_load_day),
    "comment_count": _load_count,
    "neighbors": lambda v, p: Neighbors() if v is None else _load_neighbors(v, p),
    "section": _opt_str,
    "tags": lambda v, p: _load_list(v, p, _load_str),
    "lead_image": _load_optional(_load_image),
}


# --------------------------------------------------------------------------- JSON Schema


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :meth:`Article.to_dict` output."""
    text = {"type": "string", "minLength": 1}
    url = {"type": "string", "pattern": "^https?://\\S+$"}

    def nullable(schema: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [schema, {"type": "null"}]}

    def obj(props: dict[str, Any], required: Iterable[str]) -> dict[str, Any]:
        return {"type": "object", "properties": props, "required": list(required), "additionalProperties": False}

    link = obj({"title": nullable(text), "url": url}, ["title", "url"])
    day = {
        "type": "string",
        "anyOf": [{"format": "date"}, {"format": "date-time"}, {"pattern": "^\\d{4}-\\d{2}-\\d{2}T"}],
    }
    props: dict[str, Any] = {
        "url": nullable(url),
        "canonical_url": nullable(url),
        "language": nullable(text),
        "site_name": nullable(text),
        "breadcrumb": {"type": "array", "items": obj({"label": text, "url": nullable(url)}, ["label", "url"])},
        "kicker": nullable(text),
        "headline": nullable(text),
        "subheadline": nullable(text),
        "body": {
            "type": "array",
            "items": obj({"kind": {"enum": list(BLOCK_KINDS)}, "text": text}, ["kind", "text"]),
        },
        "byline": nullable(obj({"text": text, "authors": {"type": "array", "items": text}}, ["text", "authors"])),
        "published": nullable(day),
        "modified": nullable(day),
        "comment_count": nullable({"type": "integer", "minimum": 0}),
        "neighbors": obj({"previous": nullable(link), "next": nullable(link)}, ["previous", "next"]),
        "section": nullable(text),
        "tags": {"type": "array", "items": text},
        "lead_image": nullable(
            obj({"url": url, "caption": nullable(text), "credit": nullable(text)}, ["url", "caption", "credit"])
        ),
        "provenance": {
            "type": "object",
            "additionalProperties": obj(
                {"adapter": {"type": "string"}, "source": {"enum": list(SOURCES)}}, ["adapter", "source"]
            ),
        },
        "problems": {
            "type": "array",
            "items": obj({"field": {"type": "string"}, "message": {"type": "string"}}, ["field", "message"]),
        },
    }
    schema = obj(props, CONTENT_FIELDS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsparse.invalid/schema/article.json",
        "title": "newsparse Article",
        **schema,
    }
