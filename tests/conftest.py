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


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to open a network connection: parsing never fetches."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a test tried to use the network: {args!r}")

    def refuse_network(connect: Any) -> Any:
        # A Unix-domain socket is not the network: multiprocessing's forkserver talks over one.
        def guarded(sock: socket.socket, *args: object, **kwargs: object) -> Any:
            if sock.family == getattr(socket, "AF_UNIX", None):
                return connect(sock, *args, **kwargs)
            return refuse(sock, *args, **kwargs)

        return guarded

    monkeypatch.setattr(socket.socket, "connect", refuse_network(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse_network(socket.socket.connect_ex))
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield
