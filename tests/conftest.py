"""Shared test fixtures: the saved pages in tests/pages and a guard against network use."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

PAGES = Path(__file__).parent / "pages"

# The fixture plugin (_newsparse_pytestplugin) arrives through the pytest11 entry point
# when newsparse is installed; a checkout run with PYTHONPATH=src has no entry point, so
# it is loaded here. pytester runs the plugin's own tests.
if any(ep.value == "_newsparse_pytestplugin" for ep in entry_points(group="pytest11")):
    pytest_plugins = ["pytester"]
else:
    pytest_plugins = ["pytester", "_newsparse_pytestplugin"]


def page_bytes(relative: str) -> bytes:
    """The bytes of a saved page under tests/pages."""
    return (PAGES / relative).read_bytes()


def expected(relative: str) -> dict[str, Any]:
    """The reference annotation next to a saved page (``x.html`` -> ``x.expected.json``)."""
    path = PAGES / relative
    return json.loads(path.with_name(path.name.replace(".html", ".expected.json")).read_text("utf-8"))


# Every way Python code reaches the network goes through one of these: name lookups
# (getaddrinfo and friends, which urllib, http.client, requests and asyncio all call),
# or connecting or sending on a socket that is not local. Local (AF_UNIX) sockets may
# connect and send: socket.socketpair makes them inside some libraries, and
# multiprocessing's forkserver (batch parsing) connects over one. Making a socket and
# listening on it reach nothing: Dask's in-process scheduler starts a local HTTP server.
_RESOLVERS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo", "create_connection")
_SOCKET_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")


class NetworkUsedError(AssertionError):
    """A test reached for the network; newsparse never fetches anything."""


def _refuse(what: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsedError(f"a test tried to use the network ({what}): {args!r:.200}")

    return refuse


def _refuse_unless_local(what: str, method: Any) -> Any:
    """``method`` on a Unix-domain socket (multiprocessing's forkserver talks over one); refused otherwise."""
    refuse = _refuse(what)

    def guarded(sock: socket.socket, *args: object, **kwargs: object) -> Any:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return method(sock, *args, **kwargs)
        return refuse(sock, *args, **kwargs)

    return guarded


def _passive_lookups_only(getaddrinfo: Any) -> Any:
    """``getaddrinfo`` for no host (the wildcard address a local server binds, which looks nothing up), refused otherwise.

    Dask's in-process LocalCluster asks for it while it starts, and opens no socket.
    """
    refuse = _refuse("socket.getaddrinfo")

    def guarded(host: object, *args: object, **kwargs: object) -> Any:
        if host is None:
            return getaddrinfo(host, *args, **kwargs)
        return refuse(host, *args, **kwargs)

    return guarded


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Fail any test that tries to resolve a name or open a network connection: parsing never fetches.

    Session-scoped so that it also guards hypothesis tests, which must not use
    function-scoped fixtures.
    """
    with pytest.MonkeyPatch.context() as patch:
        getaddrinfo = socket.getaddrinfo
        for name in _RESOLVERS:
            patch.setattr(socket, name, _refuse(f"socket.{name}"))
        patch.setattr(socket, "getaddrinfo", _passive_lookups_only(getaddrinfo))
        for name in _SOCKET_METHODS:
            patch.setattr(socket.socket, name, _refuse_unless_local(f"socket.{name}", getattr(socket.socket, name)))
        yield
