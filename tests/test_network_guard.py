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
        lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1),
    ],
    ids=[
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "create_connection",
        "urlopen",
    ],
)
def test_every_way_to_the_network_is_refused(call: object) -> None:
    with pytest.raises(AssertionError, match=r"network|internet socket"):
        call()  # type: ignore[operator]


def test_a_local_socket_may_connect_and_send_for_multiprocessing() -> None:
    left, right = socket.socketpair()  # local AF_UNIX sockets are allowed, connecting too
    try:
        with pytest.raises(FileNotFoundError):  # the real connect ran and found no such socket
            left.connect("/nonexistent/newsparse-test.sock")
        left.sendall(b"x")
        assert right.recv(1) == b"x"
    finally:
        left.close()
        right.close()


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6], ids=["inet", "inet6"])
def test_an_internet_socket_can_be_made_but_cannot_connect_or_send(family: socket.AddressFamily) -> None:
    address = ("127.0.0.1", 9) if family == socket.AF_INET else ("::1", 9)
    for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
        with socket.socket(family, kind) as sock:
            with pytest.raises(AssertionError, match="network"):
                sock.connect(address)
            with pytest.raises(AssertionError, match="network"):
                sock.connect_ex(address)
            with pytest.raises(AssertionError, match="network"):
                sock.sendto(b"x", address)
            with pytest.raises(AssertionError, match="network"):
                sock.sendmsg([b"x"], [], 0, address)


def test_only_a_lookup_of_no_host_is_let_through() -> None:
    # Binding a local server asks for the wildcard address: nothing is looked up.
    assert socket.getaddrinfo(None, 0, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("localhost", 0)
