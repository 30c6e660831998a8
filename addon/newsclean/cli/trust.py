"""``newsclean trust``: make the browsers of this user trust the proxy's CA certificate.

Chromium and Chrome on Linux read the user's NSS store, ``~/.pki/nssdb``; on a fresh profile that
folder does not exist and ``certutil -A`` answers ``SEC_ERROR_BAD_DATABASE``, so the store is created
first (``certutil -N --empty-password``, as Chromium itself would). Firefox keeps a store in each
profile (``cert9.db``); profiles found under the usual roots (plain, snap, flatpak) get the CA too.

The CA is mitmproxy's, in the folder ``newsclean run`` gives mitmproxy (``--confdir``, default
``~/.mitmproxy``). When it does not exist yet it is created here the way the proxy's first start
would (``mitmproxy.certs.CertStore.from_store``), so trusting comes before the first start.

Everything goes through ``certutil`` (libnss3-tools / nss-tools): no browser store is written by hand.
Paths follow ``$HOME``. Exit status: 0 done (or nothing to do), 1 a store could not be changed,
2 certutil is missing or the CA cannot be read or made.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

NICKNAME = "newsclean"
# Names the README's manual steps used before `newsclean trust` existed: the same CA under one of
# them is already trusted and is not added twice.
OLD_NICKNAMES = ("newsclean-mitmproxy",)
TRUST = "C,,"  # a CA trusted to identify websites (SSL); nothing for mail or code signing
CERTUTIL_PACKAGES = "sudo apt install libnss3-tools (Debian/Ubuntu) or sudo dnf install nss-tools (Fedora)"
FIREFOX_ROOTS = (
    ".mozilla/firefox",
    "snap/firefox/common/.mozilla/firefox",
    ".var/app/org.mozilla.firefox/.mozilla/firefox",
)
_LISTING = re.compile(r"^(?P<nick>\S.*?)\s+(?P<trust>[A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\s*$")

OK, FAILED, UNUSABLE = 0, 1, 2


def register(sub) -> None:
    p = sub.add_parser("trust", help="make Chromium/Chrome and Firefox on Linux trust the proxy's CA (certutil)",
                       description="Add the proxy's CA to the browsers' certificate stores. Exit 0 done, "
                       "1 a store could not be changed, 2 certutil missing or the CA unusable.")
    p.add_argument("--print", action="store_true", help="print the commands instead of running them; change nothing")
    p.add_argument("--confdir", help="mitmproxy's folder with the CA, as given to `newsclean run` (default ~/.mitmproxy)")
    p.add_argument("--json", action="store_true",
                   help="print the CA and what was done to each store (with --print, each store's commands) as JSON")
    p.set_defaults(func=cmd_trust)


@dataclass(frozen=True)
class Store:
    """An NSS certificate store a browser reads."""

    browser: str
    path: Path
    create: bool  # create it when missing (Chromium's); a Firefox profile without one is skipped

    @property
    def exists(self) -> bool:
        return (self.path / "cert9.db").is_file()

    @property
    def db(self) -> str:
        return f"sql:{self.path}"


def find_stores(home: Path) -> list[Store]:
    """Chromium/Chrome's store (always: created when missing), snap Chromium's when that snap is
    installed, and every Firefox profile named *.default* under the usual roots."""
    stores = [Store("Chromium/Chrome", home / ".pki" / "nssdb", create=True)]
    snap_chromium = home / "snap" / "chromium" / "current"
    if snap_chromium.is_dir():  # the snap has a HOME of its own
        stores.append(Store("Chromium (snap)", snap_chromium / ".pki" / "nssdb", create=True))
    for root in FIREFOX_ROOTS:
        for profile in sorted((home / root).glob("*.default*")):
            if profile.is_dir():
                stores.append(Store(f"Firefox profile {profile.name}", profile, create=False))
    return stores


def ensure_ca(confdir: Path, *, create: bool) -> tuple[Path, bool]:
    """The CA certificate mitmproxy uses from ``confdir``, made as the proxy makes it when absent.
    Returns (path, created now)."""
    from mitmproxy import certs
    from mitmproxy.options import CONF_BASENAME, KEY_SIZE

    cert = confdir / f"{CONF_BASENAME}-ca-cert.pem"
    if cert.is_file() or not create:
        return cert, False
    had_key = (confdir / f"{CONF_BASENAME}-ca.pem").exists()
    certs.CertStore.from_store(confdir, CONF_BASENAME, KEY_SIZE)
    if not cert.is_file():  # the key was there, its certificate file was not: mitmproxy keeps it so
        raise TrustError(f"{cert} is missing beside {confdir / (CONF_BASENAME + '-ca.pem')}")
    return cert, not had_key


class TrustError(Exception):
    pass


class Certutil:
    def __init__(self, exe: str):
        self.exe = exe

    def run(self, store: Store, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [self.exe, "-d", store.db, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
        )
        if check and proc.returncode != 0:
            why = (proc.stderr.strip() or proc.stdout.strip() or f"exit status {proc.returncode}").splitlines()[-1]
            raise TrustError(f"certutil {' '.join(args[:1])} failed: {why}")
        return proc

    def entries(self, store: Store) -> dict[str, str]:
        """{nickname: trust attributes} of the certificates in the store."""
        listing = self.run(store, "-L").stdout
        found = {}
        for line in listing.splitlines()[3:]:  # after the two header lines and a blank one
            if m := _LISTING.match(line):
                found[m["nick"]] = m["trust"]
        return found

    def certificates(self, store: Store, nickname: str) -> list[bytes]:
        """The DER of every certificate stored under ``nickname``."""
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        proc = self.run(store, "-L", "-n", nickname, "-a", check=False)
        if proc.returncode != 0 or "BEGIN CERTIFICATE" not in proc.stdout:
            return []
        return [c.public_bytes(Encoding.DER) for c in x509.load_pem_x509_certificates(proc.stdout.encode())]


def _der(ca: Path) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        return x509.load_pem_x509_certificate(ca.read_bytes()).public_bytes(Encoding.DER)
    except (OSError, ValueError) as err:
        raise TrustError(f"cannot read the CA certificate {ca}: {err}") from err


def trust(certutil: Certutil, store: Store, ca: Path, der: bytes) -> str:
    """Make ``store`` trust the CA; say what was done."""
    done = []
    if not store.exists:
        if not store.create:
            return "skipped: no certificate store yet (start Firefox once with this profile, then run this again)"
        store.path.mkdir(mode=0o700, parents=True, exist_ok=True)
        certutil.run(store, "-N", "--empty-password")
        done.append("created the certificate store")
    entries = certutil.entries(store)
    candidates = [n for n in entries if n in (NICKNAME, *OLD_NICKNAMES) or "mitmproxy" in n.lower()]
    for nick in candidates:
        if der in certutil.certificates(store, nick):
            if "C" in entries[nick].split(",")[0]:
                return f"already trusts the CA (as {nick!r})"
            certutil.run(store, "-M", "-n", nick, "-t", TRUST)
            return f"the CA was there, not trusted for websites: now it is (as {nick!r})"
    if NICKNAME in entries:  # an older newsclean CA (its confdir made anew): its key is gone, drop it
        for _ in range(10):
            if certutil.run(store, "-D", "-n", NICKNAME, check=False).returncode != 0:
                break
        done.append("removed an older newsclean CA")
    certutil.run(store, "-A", "-n", NICKNAME, "-t", TRUST, "-i", str(ca))
    if der not in certutil.certificates(store, NICKNAME):
        raise TrustError("certutil added the CA, but the store does not list it")
    done.append(f"added the CA as {NICKNAME!r}, trusted to identify websites")
    return "; ".join(done)


def commands(store: Store, ca: Path, certutil: str = "certutil") -> list[list[str]]:
    """The commands that make ``store`` trust the CA (what ``--print`` shows)."""
    steps = []
    if not store.exists:
        if not store.create:
            return []
        steps += [["mkdir", "-p", "-m", "700", str(store.path)], [certutil, "-d", store.db, "-N", "--empty-password"]]
    steps.append([certutil, "-d", store.db, "-A", "-n", NICKNAME, "-t", TRUST, "-i", str(ca)])
    return steps


def cmd_trust(args) -> int:
    from ..proxy.run import DEFAULT_CONFDIR

    home = Path(os.path.expanduser("~"))
    confdir = Path(os.path.expanduser(args.confdir or DEFAULT_CONFDIR))
    stores = find_stores(home)
    exe = shutil.which("certutil")
    if args.print:
        return _print(stores, confdir, exe, as_json=args.json)
    if not exe:
        print(f"newsclean trust: certutil is not installed: {CERTUTIL_PACKAGES}", file=sys.stderr)
        return UNUSABLE
    try:
        ca, created = ensure_ca(confdir, create=True)
        der = _der(ca)
    except (TrustError, OSError) as err:
        print(f"newsclean trust: {err}", file=sys.stderr)
        return UNUSABLE
    if not args.json:
        print(f"CA certificate: {ca}" + (" (created now, as the proxy's first start would)" if created else ""))
    certutil, status, done = Certutil(exe), OK, []
    for store in stores:
        ok = True
        try:
            outcome = trust(certutil, store, ca, der)
        except (TrustError, OSError, subprocess.TimeoutExpired) as err:
            outcome, status, ok = f"FAILED: {err}", FAILED, False
        done.append({"browser": store.browser, "path": str(store.path), "ok": ok, "outcome": outcome})
        if not args.json:
            print(f"{store.browser} ({store.path}): {outcome}")
    if args.json:
        _json({"ca": str(ca), "created": created, "stores": done})
    else:
        print("Restart a browser that is running to make it read its store again.")
    return status


def _json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print(stores: list[Store], confdir: Path, exe: str | None, as_json: bool = False) -> int:
    ca, _ = ensure_ca(confdir, create=False)
    if as_json:
        _json({
            "ca": str(ca), "ca_exists": ca.is_file(), "certutil": exe,
            "stores": [{"browser": s.browser, "path": str(s.path), "exists": s.exists, "commands": commands(s, ca)}
                       for s in stores],
        })
        return OK
    q = shlex.join
    print("# newsclean trust --print: the commands; nothing was changed")
    if not ca.is_file():
        print(f"# {ca} does not exist yet: `newsclean trust` or the proxy's first start creates it")
    for store in stores:
        steps = commands(store, ca)
        print(f"# {store.browser}: {store.path}" + ("" if store.exists else " (no store yet)"))
        if not steps:
            print("#   skipped: start Firefox once with this profile first")
        for step in steps:
            print(q(step))
    if not exe:
        print(f"newsclean trust: certutil is not installed: {CERTUTIL_PACKAGES}", file=sys.stderr)
    return OK
