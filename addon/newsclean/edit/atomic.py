"""Write a file so that a reader (the proxy, or a crash) sees the old version or the new one, never half
of one: a temporary file in the same folder, fsync, ``os.replace``, fsync of the folder.

The temporary file's name stays short whatever the target's (a site may be named with 250
characters, and a name may have 255 bytes): it is the target's name when that is short, else a hash
of it, so ``temporaries`` finds the ones a writer that died left behind.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

_SHORT = 100  # bytes of a target's name used as it is in its temporary files' names


def _stem(name: str) -> str:
    if len(name.encode("utf-8", "surrogateescape")) <= _SHORT:
        return name
    return "~" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def temporaries(path: Path) -> list[Path]:
    """The temporary files of writes of ``path`` (only a writer that holds the file's lock may call
    this and delete them: whoever holds it owns the only live ones)."""
    return list(path.parent.glob(f".{_stem(path.name)}.*.tmp"))


def write_atomic(path: Path, data: bytes, not_before_ns: int = 0) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure (a full disk, a read-only folder)
    the temporary file is removed and the error raised: ``path`` is as it was."""
    tmp = path.with_name(f".{_stem(path.name)}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # The rule book notices changes by mtime, and the clock ticks coarser than a fast edit:
        # make sure the new version never carries the old version's mtime.
        st = os.stat(tmp)
        if st.st_mtime_ns <= not_before_ns:
            os.utime(tmp, ns=(st.st_atime_ns, not_before_ns + 1))
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
