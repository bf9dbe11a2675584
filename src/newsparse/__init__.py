"""newsparse: the HTML of a news article page in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse(b"<h1>Hello</h1><article><p>World.</p></article>")
>>> article.headline
'Hello'
"""

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
from newsparse.errors import AdapterError, DataError, FieldError, InputError, NewsparseError
from newsparse.registry import Candidate, Detection, Registry

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
    "FieldError",
    "Fingerprint",
    "Image",
    "InputError",
    "Link",
    "Neighbors",
    "NewsparseError",
    "Node",
    "Nodes",
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
]
