"""Shared test fixtures: the saved pages in tests/pages and a guard against network use."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PAGES = Path(__file__).parent / "pages"


def page_bytes(relative: str) -> bytes:
    """The bytes of a saved page under tests/pages."""
    return (PAGES / relative).read_bytes()


def expected(relative: str) -> dict[str, Any]:
    """The reference annotation next to a saved page (``x.html`` -> ``x.expected.json``)."""
    path = PAGES / relative
    return json.loads(path.with_name(path.name.replace(".html", ".expected.json")).read_text("utf-8"))


# Every way Python code reaches the network goes through one of these: name lookups
# (getaddrinfo and friends, which urllib, http.client, requests and asyncio all call),
# opening an internet socket, or connecting or sending on any socket. Creating a local
# (AF_UNIX) socket, as socket.socketpair does inside some libraries, stays allowed.
_RESOLVERS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo", "create_connection")
_SOCKET_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")


class NetworkUsedError(AssertionError):
    """A test reached for the network; newsparse never fetches anything."""


def _refuse(what: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError(f"a test tried to use the network ({what}): {args!r:.200}")

    return refuse


class _GuardedSocket(socket.socket):
    def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            raise NetworkUsedError(f"a test tried to open an internet socket (family {family!r})")
        super().__init__(family, *args, **kwargs)


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Fail any test that tries to resolve a name or open a network connection: parsing never fetches.

    Session-scoped so that it also guards hypothesis tests, which must not use
    function-scoped fixtures.
    """
    with pytest.MonkeyPatch.context() as patch:
        for name in _RESOLVERS:
            patch.setattr(socket, name, _refuse(f"socket.{name}"))
        for name in _SOCKET_METHODS:
            patch.setattr(socket.socket, name, _refuse(f"socket.{name}"))
        patch.setattr(socket, "socket", _GuardedSocket)
        yield
