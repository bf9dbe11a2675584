"""newsparse: the HTML of a news article page in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse(b"<h1>Hello</h1><article><p>World.</p></article>")
>>> article.headline
'Hello'
"""

from typing import TYPE_CHECKING, Any

from newsparse.adapters.base import Adapter, Attr, Count, Fingerprint, Node, Nodes, Sourced, Text, Texts, UrlRule, field
from newsparse.api import detect, parse
from newsparse.article import (
    Article,
    Block,
    Byline,
    Crumb,
    Image,
    Link,
    Neighbors,
    Problem,
    Provenance,
    json_schema,
)
from newsparse.document import Document
from newsparse.errors import AdapterError, DataError, FieldError, InputError, MissingExtraError, NewsparseError
from newsparse.records import Failure, PageInput
from newsparse.registry import Candidate, Detection, Registry

if TYPE_CHECKING:
    from newsparse.batch import parse_many

__version__ = "0.1.0"
"""The version of this newsparse, as in ``pyproject.toml``."""

__all__ = [
    "Adapter",
    "AdapterError",
    "Article",
    "Attr",
    "Block",
    "Byline",
    "Candidate",
    "Count",
    "Crumb",
    "DataError",
    "Detection",
    "Document",
    "Failure",
    "FieldError",
    "Fingerprint",
    "Image",
    "InputError",
    "Link",
    "MissingExtraError",
    "Neighbors",
    "NewsparseError",
    "Node",
    "Nodes",
    "PageInput",
    "Problem",
    "Provenance",
    "Registry",
    "Sourced",
    "Text",
    "Texts",
    "UrlRule",
    "__version__",
    "detect",
    "field",
    "json_schema",
    "parse",
    "parse_many",
]


def __getattr__(name: str) -> Any:
    # parse_many is imported on first use: its process pool machinery is not needed to parse one page.
    if name == "parse_many":
        from newsparse.batch import parse_many

        return parse_many
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
