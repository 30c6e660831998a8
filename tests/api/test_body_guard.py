"""The API refuses on the headers (Origin, declared size, token) before it reads a body: a client that
declares megabytes and sends none is not kept waiting, and thirty clients sending 15 MB each do not
make the proxy hold their bodies. Requests go over raw sockets, so that the body can be held back."""

from __future__ import annotations

import concurrent.futures
import socket
from pathlib import Path

from .conftest import ATTACKER, EXTENSION, tree

MB = 1024 * 1024


def vm_hwm() -> int:
    """Peak resident memory of this process (the proxy runs in it), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc/self/status")


def head(port: int, headers: dict[str, str], method: str = "POST", path: str = "/newsclean/v1/sites/courier.test/rules") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    sock.sendall("\r\n".join(lines).encode())
    return sock


def answer_without_body(sock: socket.socket) -> bytes:
    """What the proxy sends before any body byte is sent: an answer, or b"" for a closed connection.
    A proxy that waits for the body sends nothing and the read times out (30 s): the test fails."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return data


JSON = {"Content-Type": "application/json"}


def test_a_big_body_without_a_token_is_refused_before_it_is_sent(proxy, client, user_rules):
    before = tree(user_rules)
    for headers in (
        {**JSON, "Content-Length": str(10 * MB), "Origin": EXTENSION},  # no token
        {**JSON, "Content-Length": str(10 * MB), "Origin": ATTACKER, "Authorization": f"Bearer {client.token}"},
        {**JSON, "Content-Length": str(10 * MB), "Authorization": f"Bearer {client.token}"},  # over the size
        {**JSON, "Transfer-Encoding": "chunked", "Origin": ATTACKER},
        {**JSON, "Transfer-Encoding": "chunked", "Authorization": f"Bearer {client.token}"},  # chunked: never read
    ):
        got = answer_without_body(head(proxy.port, headers))
        assert got == b"" or got.startswith((b"HTTP/1.1 4", b"HTTP/1.1 5")), (headers, got[:200])
    # a refused request with a small body still gets the API's JSON answer
    small = answer_without_body_after(proxy.port, {**JSON, "Origin": ATTACKER}, b'{"rule": {}}')
    assert small.startswith(b"HTTP/1.1 403") and b'"code": "origin"' in small
    assert tree(user_rules) == before
    assert client.call("GET", "status").status == 200  # and the API goes on answering


def answer_without_body_after(port: int, headers: dict[str, str], body: bytes) -> bytes:
    sock = head(port, {**headers, "Content-Length": str(len(body)), "Connection": "close"})
    sock.sendall(body)
    return answer_without_body(sock)


def test_thirty_clients_sending_15_mb_without_a_token_do_not_grow_the_proxy(proxy, client):
    piece = b"x" * 65536

    def send() -> None:
        sock = head(proxy.port, {**JSON, "Content-Length": str(15 * MB), "Origin": EXTENSION})
        try:
            for _ in range(15 * MB // len(piece)):
                sock.sendall(piece)
        except OSError:  # closed by the proxy, as it should: the rest is not sent
            pass
        finally:
            sock.close()

    before = vm_hwm()
    with concurrent.futures.ThreadPoolExecutor(30) as pool:
        list(pool.map(lambda _: send(), range(30)))
    assert vm_hwm() - before < 100 * MB  # holding the bodies would take 450 MB
    assert client.call("GET", "status").status == 200
