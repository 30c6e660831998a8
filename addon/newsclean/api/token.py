"""The control API's secret: random, made on first run, readable by its owner only.

Every page a user opens goes through the proxy that serves the API, so any of them can send it
requests; the token (sent in a header, which a page cannot add to a cross-origin request without a
CORS preflight the API refuses) is what keeps them out.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from ..edit.editor import config_dir

log = logging.getLogger(__name__)

TOKEN_BYTES = 32
MIN_TOKEN_CHARS = 32


def default_token_path() -> Path:
    return config_dir() / "token"


def load_or_create_token(path: str | os.PathLike | None = None) -> str:
    """The token stored at ``path``; on first run a new one, written with mode 0600."""
    path = Path(path) if path is not None else default_token_path()
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(token + "\n")
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(tmp, path)  # atomic and never over an existing token: two first runs agree on one
        except FileExistsError:
            return _read(path)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("newsclean: created the control API token in %s", path)
    return token


def _read(path: Path) -> str:
    st = os.stat(path)
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        os.chmod(path, 0o600)  # others could read it: take that back before trusting it
        log.warning("newsclean: %s was readable by others; its mode is now 0600", path)
    token = path.read_text(encoding="ascii", errors="replace").strip()
    if len(token) < MIN_TOKEN_CHARS or not token.isprintable() or " " in token:
        raise ValueError(f"{path} does not hold a newsclean token (delete it to make a new one)")
    return token
