"""Content decoding that stops at a size cap, so that a small compressed body cannot blow up in memory.

mitmproxy's own decoding (``response.content``, ``mitmproxy.net.encoding.decode``) inflates a body
whole before anyone can look at its size: a 3 KB brotli response that inflates to 2 GiB took the proxy
to 4-6 GB. ``decode_capped`` decodes with each decompressor's streaming API, a piece at a time, and
gives up as soon as the output passes ``cap`` bytes: the caller then passes the body on as it came.

Memory while decoding stays within the cap plus one piece of output:

- gzip / deflate: ``zlib.decompressobj`` with ``max_length`` (exact);
- br: ``brotli.Decompressor.process(..., output_buffer_limit=)`` where the installed brotli has it
  (1.2 and later: mitmproxy 12); brotli 1.1 (pinned by mitmproxy 11) has no output limit, so it is
  fed ``BROTLI_STEP`` bytes of input at a time — each call then yields at most what a few bytes can
  hold, one flush of the decoder's window (16 MiB at most; 8 MiB seen from real bombs);
- zstd: ``compression.zstd`` / ``backports.zstd`` (mitmproxy 12) with ``max_length``, or zstandard's
  ``stream_reader`` read a piece at a time (mitmproxy 11).

Which codings are decoded is mitmproxy's list (gzip, deflate, br, zstd, identity); anything else is
a ValueError, and the caller serves the original.
"""

from __future__ import annotations

import io
import zlib

import brotli

try:  # Python 3.14
    from compression import zstd as _zstd  # type: ignore[import-not-found]
except ImportError:
    try:  # mitmproxy 12 on Python < 3.14
        from backports import zstd as _zstd  # type: ignore[import-not-found]
    except ImportError:
        _zstd = None
if _zstd is None:
    import zstandard as _zstandard  # mitmproxy 11
else:
    _zstandard = None

PIECE = 256 * 1024  # bytes of output asked for per call where the API takes a limit
BROTLI_STEP = 8  # bytes of input per call for a brotli without an output limit


def _brotli_has_limit() -> bool:
    try:
        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except TypeError:  # brotli 1.1: process(data) only
        return False
    return True


_BROTLI_LIMIT = _brotli_has_limit()


class OverCap(Exception):
    """The decoded body would be over the cap (raised inside; ``decode_capped`` returns None)."""


class _Sink:
    def __init__(self, cap: int):
        self.cap = cap
        self.parts: list[bytes] = []
        self.size = 0

    def room(self) -> int:
        """How many more bytes to ask for: one past the cap, so that "over" is seen."""
        return self.cap - self.size + 1

    def add(self, piece: bytes) -> None:
        if piece:
            self.size += len(piece)
            if self.size > self.cap:
                raise OverCap
            self.parts.append(piece)

    def value(self) -> bytes:
        return b"".join(self.parts)


def decode_capped(raw: bytes, content_encoding: str, cap: int) -> bytes | None:
    """``raw`` without its content-encoding, or None if that is more than ``cap`` bytes.

    Raises ValueError for a coding this proxy does not decode or a body that is not what its
    Content-Encoding says.
    """
    coding = (content_encoding or "").strip().lower()
    if coding in ("", "identity", "none"):
        return raw if len(raw) <= cap else None
    decoder = _DECODERS.get(coding)
    if decoder is None:
        raise ValueError(f"invalid Content-Encoding: {content_encoding}")
    sink = _Sink(cap)
    try:
        decoder(memoryview(raw), sink)
    except OverCap:
        return None
    except (zlib.error, brotli.error, EOFError) as err:
        raise ValueError(f"{type(err).__name__} when decoding {coding}: {err}") from None
    except Exception as err:
        if _zstandard is not None and isinstance(err, _zstandard.ZstdError):
            raise ValueError(f"ZstdError when decoding zstd: {err}") from None
        if _zstd is not None and isinstance(err, _zstd.ZstdError):
            raise ValueError(f"ZstdError when decoding zstd: {err}") from None
        raise
    return sink.value()


# -- one function a coding ---------------------------------------------------------------------------
def _zlib(data: memoryview, sink: _Sink, wbits: int, members: bool) -> None:
    """A zlib stream (deflate), or gzip members one after the other as gzip.GzipFile reads them."""
    while True:
        d = zlib.decompressobj(wbits)
        rest = data
        while not d.eof:
            if rest:
                piece = d.decompress(rest, sink.room())
                rest = d.unconsumed_tail
            else:  # all input taken: what is still pending inside, if anything
                piece = d.decompress(b"", sink.room())
                if not piece and not d.eof:
                    raise zlib.error("incomplete or truncated stream")
            sink.add(piece)
        data = memoryview(d.unused_data)
        if not members or data[:2] != b"\x1f\x8b":
            return  # (trailing bytes after the last member are ignored, as mitmproxy 12 does)


def _gzip(data: memoryview, sink: _Sink) -> None:
    _zlib(data, sink, 32 + zlib.MAX_WBITS, members=True)  # gzip, or a zlib header: mitmproxy 12 takes both


def _deflate(data: memoryview, sink: _Sink) -> None:
    # Some servers send raw DEFLATE without the zlib header: tried after the zlib form, as mitmproxy does.
    size = sink.size
    try:
        _zlib(data, sink, zlib.MAX_WBITS, members=False)
    except zlib.error:
        del sink.parts[:]
        sink.size = size
        _zlib(data, sink, -zlib.MAX_WBITS, members=False)


def _brotli(data: memoryview, sink: _Sink) -> None:
    d = brotli.Decompressor()
    if _BROTLI_LIMIT:
        for start in range(0, len(data), PIECE):
            sink.add(d.process(data[start:start + PIECE], output_buffer_limit=min(PIECE, sink.room())))
            while not d.can_accept_more_data():
                sink.add(d.process(b"", output_buffer_limit=min(PIECE, sink.room())))
        while not d.is_finished():  # all input taken: the output still held inside
            piece = d.process(b"", output_buffer_limit=min(PIECE, sink.room()))
            if not piece:
                break
            sink.add(piece)
    else:
        for start in range(0, len(data), BROTLI_STEP):
            sink.add(d.process(data[start:start + BROTLI_STEP]))
    if not d.is_finished():
        raise brotli.error("incomplete or truncated brotli stream")


def _zstd_decode(data: memoryview, sink: _Sink) -> None:
    if _zstd is None:
        reader = _zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
        while True:
            piece = reader.read(min(PIECE, sink.room()))
            if not piece:
                return
            sink.add(piece)
    rest: bytes | memoryview = data
    while rest:  # one decompressor a frame
        d = _zstd.ZstdDecompressor()
        sink.add(d.decompress(rest, min(PIECE, sink.room())))
        while not d.eof and not d.needs_input:
            sink.add(d.decompress(b"", min(PIECE, sink.room())))
        if not d.eof:
            raise EOFError("incomplete or truncated zstd stream")
        rest = d.unused_data


_DECODERS = {"gzip": _gzip, "deflate": _deflate, "deflateraw": _deflate, "br": _brotli, "zstd": _zstd_decode}

__all__ = ["decode_capped", "BROTLI_STEP", "PIECE"]
