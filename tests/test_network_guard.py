"""The test session's network guard refuses every way to the network (see conftest.py)."""

from __future__ import annotations

import socket
import urllib.request

import pytest


@pytest.mark.parametrize(
    "call",
    [
        lambda: socket.getaddrinfo("example.org", 80),
        lambda: socket.gethostbyname("example.org"),
        lambda: socket.gethostbyname_ex("example.org"),
        lambda: socket.gethostbyaddr("127.0.0.1"),
        lambda: socket.getnameinfo(("127.0.0.1", 80), 0),
        lambda: socket.create_connection(("127.0.0.1", 9)),
        lambda: socket.socket(),  # noqa: PLW0108 - looked up at call time, when the guard is on
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
        lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1),
    ],
    ids=[
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "create_connection",
        "socket-default-family",
        "socket-inet6",
        "urlopen",
    ],
)
def test_every_way_to_the_network_is_refused(call: object) -> None:
    with pytest.raises(AssertionError, match=r"network|internet socket"):
        call()  # type: ignore[operator]


def test_a_local_socket_can_be_made_but_cannot_connect_or_send() -> None:
    left, right = socket.socketpair()  # local AF_UNIX sockets are allowed...
    try:
        with pytest.raises(AssertionError, match="network"):
            left.connect("/nonexistent")  # ...but connecting anywhere is not
        with pytest.raises(AssertionError, match="network"):
            left.sendto(b"x", "/nonexistent")
    finally:
        left.close()
        right.close()
