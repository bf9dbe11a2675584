"""Every exception newsparse raises.

All of them derive from :class:`NewsparseError`, so one ``except`` clause catches
whatever the library can throw. Each message says what was received and what to do.
"""

from __future__ import annotations

__all__ = [
    "AdapterError",
    "DataError",
    "FieldError",
    "InputError",
    "MissingExtraError",
    "NewsparseError",
    "missing_extra",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises."""


class InputError(NewsparseError, ValueError):
    """The page given to newsparse is not something it can parse as HTML.

    Raised for empty input, binary files (PDF, images, archives), JSON or plain
    text, pages over the size limit and objects of an unsupported type.
    """


class FieldError(NewsparseError):
    """A field could not be extracted while parsing with ``strict=True``.

    ``field`` names the Article field; ``adapter`` the adapter that failed.
    """

    def __init__(self, message: str, *, field: str, adapter: str) -> None:
        super().__init__(message)
        self.field = field
        self.adapter = adapter


class DataError(NewsparseError, ValueError):
    """A value the Article model refuses (``Article(headline="")``, ``attrs.evolve``), a
    dictionary or JSON document that does not describe a valid Article, or
    :meth:`Article.source_of <newsparse.Article.source_of>` asked about a field the
    Article does not have.

    ``path`` is where the bad value sits, for example ``body[3].kind``.
    """

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class AdapterError(NewsparseError, LookupError):
    """An adapter was asked for by a name no registry knows, or failed to load."""


class MissingExtraError(NewsparseError, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra to install, for example ``pip install 'newsparse[warc]'``;
    ``extra`` holds its name.
    """

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra


def missing_extra(feature: str, module: str, extra: str) -> MissingExtraError:
    """The error to raise when ``module``, needed for ``feature``, cannot be imported."""
    return MissingExtraError(
        f"{feature} needs the {module} package, which is not installed: pip install 'newsparse[{extra}]'",
        extra=extra,
    )
