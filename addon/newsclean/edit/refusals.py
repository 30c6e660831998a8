"""Every refusal the control API answers with: a stable code and its HTTP status, in one table.

The API's guards, its body checks, the rule editor and the file system's failures all answer with a
code from ``STATUS`` (or a rule code, NC001-NC018 from ``rules/errors.py``) and a message that names
the problem; a refused request writes nothing. A rule code's status depends on whose mistake it is:
400 when the rule or value came with the request, 409 when the file on disk is at fault (it must be
fixed by hand before the program edits it).
"""

from __future__ import annotations

import errno
import os

from ..rules.errors import CODES, printable

#: code -> HTTP status. Codes are stable: the extension and users' scripts may test them.
STATUS: dict[str, int] = {
    # the guards, in the order they run (api/handler.py)
    "origin": 403,  # a request from a web page (its Origin is not a browser extension)
    "preflight": 403,  # a CORS preflight without an Origin
    "not-found": 404,  # no such endpoint
    "method": 405,  # the endpoint does not take this method
    "too-large": 413,  # the body is over the size limit
    "token": 401,  # no token, or a wrong one
    "content-type": 415,  # a write whose body is not declared as JSON
    # the request itself
    "json": 400,  # the body is not a JSON object
    "json-too-deep": 400,  # arrays and objects nested deeper than the API reads
    "bad-unicode": 400,  # a string holds a lone surrogate (`"\ud800"`): not text, cannot be written
    "url": 400,  # no URL, or not an http(s) one
    "bad-site": 400,  # the site is not a domain name, or too long to name a file
    # the state of the rules
    "no-report": 404,  # no recent copy of the page went through the proxy
    "no-copy": 404,  # the same, for a preview
    "over-budget": 503,  # a preview's page took longer to clean than a page may (newsclean_budget_ms)
    "busy": 503,  # every cleaner is at work: try the preview again
    "no-stats": 404,  # no rule statistics are kept (newsclean_stats=false), or none written yet
    "stats-unavailable": 503,  # the statistics' file cannot be read or written (damaged, locked, not one): off
    "no-rule": 404,  # no rule of that name for the site
    "bundled-rule": 409,  # a bundled rule cannot be deleted, only switched off
    "nothing-to-undo": 409,
    "changed-since": 409,  # the file was edited by hand since the last edit: undo would lose that
    # the rules folder on disk
    "read-only": 409,  # the folder (or its file system) may not be written
    "not-a-folder": 409,  # the rules folder's path is a file
    "disk-full": 507,  # no space (or quota) left: nothing was written
    "io-error": 500,  # any other failure of the file system, with its own words
    "internal": 500,  # a bug: see the proxy's log
}
#: a rule code (NC...) about the rule or values sent with the request
RULE_IN_REQUEST = 400
#: a rule code about the file as it is on disk, which must be fixed by hand first
RULE_FILE_AT_FAULT = 409


def status_of(code: str, on_disk: bool = False) -> int:
    if code in STATUS:
        return STATUS[code]
    if code in CODES:
        return RULE_FILE_AT_FAULT if on_disk else RULE_IN_REQUEST
    raise ValueError(f"no HTTP status for the code {code!r}: add it to refusals.STATUS")


class EditError(Exception):
    """A refused request; nothing was written. ``status`` is the HTTP status the API answers with,
    from ``STATUS`` (``on_disk``: a rule code about the file on disk rather than the request)."""

    def __init__(self, code: str, message: str, errors: tuple = (), *, on_disk: bool = False):
        super().__init__(message)
        self.status = status_of(code, on_disk)
        self.code = code
        self.message = message
        self.errors = tuple(errors)  # RuleError values, when a parse said why

    def to_dict(self) -> dict:
        out = {"error": self.message, "code": self.code}
        if self.errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


_READ_ONLY = {errno.EROFS: "its file system is mounted read-only", errno.EACCES: "permission denied",
              errno.EPERM: "operation not permitted"}
_FULL = {errno.ENOSPC, errno.EDQUOT}


def write_failure(err: OSError, folder: os.PathLike | str) -> EditError:
    """What the API says when writing in the rules folder failed (the edit is then undone: nothing
    stays written). The message names the folder and, when it is not the folder, the file."""
    where = printable(str(folder))
    what = f" ({printable(str(err.filename))})" if err.filename and str(err.filename) != str(folder) else ""
    if err.errno in _READ_ONLY:
        return EditError(
            "read-only",
            f"rules folder is read-only: {where} ({_READ_ONLY[err.errno]}{what}); nothing was written. "
            "Make it writable, or start the proxy with --rules on a folder you may write",
        )
    if err.errno in _FULL:
        why = "disk quota exceeded" if err.errno == errno.EDQUOT else "no space left on the device"
        return EditError("disk-full", f"disk full: {why} for the rules folder {where}; nothing was written. "
                                      "Free some space and try again")
    if err.errno == errno.ENOTDIR:
        return EditError("not-a-folder", f"the rules folder is not a folder: {where} (or a file is in its way{what})")
    if err.errno == errno.ENAMETOOLONG:
        return EditError("bad-site", f"file name too long in {where}{what}")
    return EditError("io-error", f"cannot write in the rules folder {where}: {err.strerror or err}{what}; nothing was written")
