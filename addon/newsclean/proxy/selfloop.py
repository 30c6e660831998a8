"""Requests whose destination is the proxy itself are never forwarded (one fetch() must not loop).

Two checks, because a name can be spelt in many ways and can resolve anywhere:

- by spelling, before anything is connected: every literal form of a loopback or unspecified address
  (``127.1``, ``2130706433``, ``0x7f.1``, ``0.0.0.0``, ``[::ffff:127.0.0.1]``, ``[::1]``, ``localhost``
  and ``*.localhost``) or the listen address itself, with one of the proxy's ports. ``is_self`` says so;
  the addon then answers with the control API (or refuses);
- after resolution, by connection: the local address of every connection the proxy opens to a server
  is kept (``LoopGuard.opened``) until it closes; a client connection that comes from one of them is the
  proxy talking to itself, whatever name led there (a name resolving to loopback, the machine's own
  address while listening on all interfaces, a DNS answer that changed). Its requests are refused
  (``LOOP_STATUS``), so the hop that sent it gets that answer instead of going round again.
"""

from __future__ import annotations

import ipaddress
import socket

LOOP_STATUS = 508  # Loop Detected
LOOP_MESSAGE = (
    b"newsclean: refused: this request's destination is the proxy itself "
    b"(the control API is at http://127.0.0.1:<port>/newsclean/v1/)\n"
)


def literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host spelt as an address (in any form the resolver takes) stands for, or None
    for a name. ``localhost`` names count as 127.0.0.1 (RFC 6761: they are always loopback)."""
    h = (host or "").strip().lower().rstrip(".")
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    if h == "localhost" or h.endswith(".localhost"):
        return ipaddress.IPv4Address("127.0.0.1")
    try:
        ip = ipaddress.ip_address(h.partition("%")[0])
    except ValueError:
        try:  # the shorthand forms inet_aton (and so getaddrinfo) accepts: 127.1, 0x7f.1, 2130706433
            ip = ipaddress.IPv4Address(socket.inet_aton(h))
        except (OSError, UnicodeError, ValueError):
            return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip


def is_self(host: str, port: int, listen: list[tuple[str, int]]) -> bool:
    """Whether ``host:port`` names the proxy's own listening address (``listen``: (host, port) pairs)."""
    if port not in {p for _, p in listen}:
        return False
    ip = literal_ip(host)
    if ip is None:
        return False
    if ip.is_loopback or ip.is_unspecified:
        return True
    return any(literal_ip(h) == ip for h, p in listen if p == port)


def _key(address) -> tuple[str, int] | None:
    """(host, port) of a socket address, IPv4-mapped IPv6 written as IPv4."""
    if not address or len(address) < 2:
        return None
    ip = literal_ip(str(address[0]))
    return (str(ip) if ip is not None else str(address[0]), int(address[1]))


class LoopGuard:
    """The proxy's open server connections, (local address, destination), to know its own when they arrive.

    A client connection is the proxy's own when both ends match one of them: it comes from that local
    address and arrives at that destination. The local address alone is not enough: Linux gives the
    same local port to connections to different destinations, so a browser's connection to the proxy
    may come from the very port of one of the proxy's own connections to a loopback origin (seen in
    bench.soak: 394 of 4,000 requests refused as loops).
    """

    def __init__(self) -> None:
        self.opened: dict[tuple[str, int], set[tuple[str, int] | None]] = {}

    def server_connected(self, sockname, peername=None) -> None:
        key = _key(sockname)
        if key is not None:
            self.opened.setdefault(key, set()).add(_key(peername))

    def server_disconnected(self, sockname, peername=None) -> None:
        key = _key(sockname)
        destinations = self.opened.get(key)
        if destinations is not None:
            destinations.discard(_key(peername))
            if not destinations:
                del self.opened[key]

    def from_self(self, peername, sockname=None) -> bool:
        """Whether a client connection from ``peername`` to ``sockname`` (the proxy's address as the
        client reached it) is one the proxy opened itself."""
        destinations = self.opened.get(_key(peername))
        if not destinations:
            return False
        return sockname is None or None in destinations or _key(sockname) in destinations
