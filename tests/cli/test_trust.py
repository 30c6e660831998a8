"""`newsclean trust` as a user runs it: a real process, the real certutil, a temporary $HOME.

The last test is the user's whole story: a fresh HOME, `newsclean trust`, then Debian's chromium with
that HOME loads an HTTPS page through the proxy without a certificate error (and, without the
trust step, gets one).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CERTUTIL = shutil.which("certutil")


@pytest.fixture(scope="session")
def certutil() -> str:
    if not CERTUTIL:
        if os.environ.get("CI"):
            pytest.fail("certutil is not installed: .ci/run installs it through `make certutil`")
        pytest.skip("certutil is not installed (make certutil installs libnss3-tools)")
    return CERTUTIL


def newsclean_trust(home: Path, *args, path: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli.main", "trust", *map(str, args)],
        capture_output=True, text=True, timeout=120, env=env,
    )


def listing(db: Path) -> dict[str, str]:
    """{nickname: trust} as `certutil -L` prints them."""
    out = subprocess.run([CERTUTIL, "-d", f"sql:{db}", "-L"], capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: line.split()[-1] for line in out.splitlines()[3:] if line.strip()}


def stored_pem(db: Path, nickname: str) -> str:
    return subprocess.run(
        [CERTUTIL, "-d", f"sql:{db}", "-L", "-n", nickname, "-a"], capture_output=True, text=True, check=True
    ).stdout


def make_ca(confdir: Path) -> Path:
    from mitmproxy import certs

    certs.CertStore.from_store(confdir, "mitmproxy", 2048)
    return confdir / "mitmproxy-ca-cert.pem"


def new_store(db: Path) -> Path:
    db.mkdir(parents=True)
    subprocess.run([CERTUTIL, "-d", f"sql:{db}", "-N", "--empty-password"], check=True, capture_output=True)
    return db


def add(db: Path, nickname: str, ca: Path, trust: str = "C,,") -> None:
    subprocess.run([CERTUTIL, "-d", f"sql:{db}", "-A", "-n", nickname, "-t", trust, "-i", str(ca)],
                   check=True, capture_output=True)


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_fresh_profile_gets_a_store_and_the_ca_and_a_second_run_says_so(tmp_path, certutil):
    home = tmp_path / "home"
    home.mkdir()
    proc = newsclean_trust(home)
    assert proc.returncode == 0, proc.stderr
    nssdb, ca = home / ".pki" / "nssdb", home / ".mitmproxy" / "mitmproxy-ca-cert.pem"
    assert f"CA certificate: {ca} (created now, as the proxy's first start would)" in proc.stdout
    assert (f"Chromium/Chrome ({nssdb}): created the certificate store; "
            "added the CA as 'newsclean', trusted to identify websites") in proc.stdout
    assert (home / ".mitmproxy" / "mitmproxy-ca.pem").is_file()  # the key the proxy will sign with
    assert listing(nssdb) == {"newsclean": "C,,"}
    assert stored_pem(nssdb, "newsclean").split() == ca.read_text().split()

    again = newsclean_trust(home)
    assert again.returncode == 0, again.stderr
    assert f"Chromium/Chrome ({nssdb}): already trusts the CA (as 'newsclean')" in again.stdout
    assert "(created now" not in again.stdout
    assert listing(nssdb) == {"newsclean": "C,,"}


def test_the_ca_of_the_given_confdir_is_used_not_made_anew(tmp_path, certutil):
    home, confdir = tmp_path / "home", tmp_path / "proxy-conf"
    home.mkdir()
    ca = make_ca(confdir)
    before = ca.read_bytes()
    proc = newsclean_trust(home, "--confdir", confdir)
    assert proc.returncode == 0, proc.stderr
    assert f"CA certificate: {ca}\n" in proc.stdout
    assert ca.read_bytes() == before
    assert stored_pem(home / ".pki" / "nssdb", "newsclean").split() == before.decode().split()
    assert not (home / ".mitmproxy").exists()


def test_print_writes_nothing_and_its_commands_do_the_job(tmp_path, certutil):
    home = tmp_path / "home"
    home.mkdir()
    ca = make_ca(home / ".mitmproxy")
    before = files_under(home)
    proc = newsclean_trust(home, "--print")
    assert proc.returncode == 0, proc.stderr
    nssdb = home / ".pki" / "nssdb"
    assert proc.stdout.splitlines() == [
        "# newsclean trust --print: the commands; nothing was changed",
        f"# Chromium/Chrome: {nssdb} (no store yet)",
        f"mkdir -p -m 700 {nssdb}",
        f"certutil -d sql:{nssdb} -N --empty-password",
        f"certutil -d sql:{nssdb} -A -n newsclean -t C,, -i {ca}",
    ]
    assert files_under(home) == before
    # The printed commands, run by a shell, are the README's steps for a fresh profile: they work.
    shell = subprocess.run(["bash", "-e"], input=proc.stdout, capture_output=True, text=True,
                           env={**os.environ, "HOME": str(home)})
    assert shell.returncode == 0, shell.stderr
    assert listing(nssdb) == {"newsclean": "C,,"}


def test_json_says_what_was_done_to_each_store_and_print_json_the_commands(tmp_path, certutil):
    home = tmp_path / "home"
    home.mkdir()
    ca = make_ca(home / ".mitmproxy")
    nssdb = home / ".pki" / "nssdb"
    printed = newsclean_trust(home, "--print", "--json")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == {
        "ca": str(ca), "ca_exists": True, "certutil": certutil,
        "stores": [{"browser": "Chromium/Chrome", "path": str(nssdb), "exists": False, "commands": [
            ["mkdir", "-p", "-m", "700", str(nssdb)],
            ["certutil", "-d", f"sql:{nssdb}", "-N", "--empty-password"],
            ["certutil", "-d", f"sql:{nssdb}", "-A", "-n", "newsclean", "-t", "C,,", "-i", str(ca)],
        ]}],
    }
    assert not nssdb.exists()
    done = newsclean_trust(home, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)  # nothing but the JSON on stdout
    assert (data["ca"], data["created"]) == (str(ca), False)
    [store] = data["stores"]
    assert store["ok"] is True and store["path"] == str(nssdb) and "added the CA as 'newsclean'" in store["outcome"]
    assert listing(nssdb) == {"newsclean": "C,,"}


def test_print_before_the_ca_exists_says_who_makes_it(tmp_path, certutil):
    home = tmp_path / "home"
    home.mkdir()
    proc = newsclean_trust(home, "--print")
    assert proc.returncode == 0, proc.stderr
    ca = home / ".mitmproxy" / "mitmproxy-ca-cert.pem"
    assert f"# {ca} does not exist yet: `newsclean trust` or the proxy's first start creates it" in proc.stdout
    assert files_under(home) == []


def test_firefox_profiles_get_the_ca_where_they_have_a_store(tmp_path, certutil):
    home = tmp_path / "home"
    profiles = home / ".mozilla" / "firefox"
    used = new_store(profiles / "k3x9.default-release")
    snap = new_store(home / "snap" / "firefox" / "common" / ".mozilla" / "firefox" / "a1b2.default")
    unused = profiles / "zz00.default"  # Firefox never started with it: no cert9.db
    unused.mkdir()
    other = new_store(profiles / "work.dev-edition")  # not a *.default* profile
    proc = newsclean_trust(home)
    assert proc.returncode == 0, proc.stderr
    for db, name in ((used, "k3x9.default-release"), (snap, "a1b2.default")):
        assert f"Firefox profile {name} ({db}): added the CA as 'newsclean'" in proc.stdout
        assert listing(db) == {"newsclean": "C,,"}
    assert f"Firefox profile zz00.default ({unused}): skipped: no certificate store yet" in proc.stdout
    assert files_under(unused) == []
    assert listing(other) == {}


def test_the_ca_added_by_hand_before_is_not_added_twice_and_untrusted_becomes_trusted(tmp_path, certutil):
    home = tmp_path / "home"
    ca = make_ca(home / ".mitmproxy")
    nssdb = new_store(home / ".pki" / "nssdb")
    add(nssdb, "newsclean-mitmproxy", ca)  # the README's earlier manual step
    firefox = new_store(home / ".mozilla" / "firefox" / "p.default")
    add(firefox, "mitmproxy", ca, trust=",,")  # imported without "trust this CA to identify websites"
    proc = newsclean_trust(home)
    assert proc.returncode == 0, proc.stderr
    assert f"({nssdb}): already trusts the CA (as 'newsclean-mitmproxy')" in proc.stdout
    assert listing(nssdb) == {"newsclean-mitmproxy": "C,,"}
    assert f"({firefox}): the CA was there, not trusted for websites: now it is (as 'mitmproxy')" in proc.stdout
    assert listing(firefox) == {"mitmproxy": "C,,"}


def test_an_older_newsclean_ca_is_replaced(tmp_path, certutil):
    home = tmp_path / "home"
    old = make_ca(tmp_path / "old-confdir")
    nssdb = new_store(home / ".pki" / "nssdb")
    add(nssdb, "newsclean", old)
    proc = newsclean_trust(home)
    assert proc.returncode == 0, proc.stderr
    assert "removed an older newsclean CA; added the CA as 'newsclean'" in proc.stdout
    stored = stored_pem(nssdb, "newsclean")
    assert stored.split() == (home / ".mitmproxy" / "mitmproxy-ca-cert.pem").read_text().split()  # only the new one
    assert stored.split() != old.read_text().split()


def test_missing_certutil_names_the_package_and_changes_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    proc = newsclean_trust(home, path=str(empty_path))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "newsclean trust: certutil is not installed: sudo apt install libnss3-tools (Debian/Ubuntu) "
        "or sudo dnf install nss-tools (Fedora)"
    )
    assert files_under(home) == []
    printed = newsclean_trust(home, "--print", path=str(empty_path))
    assert printed.returncode == 0 and "certutil -d sql:" in printed.stdout
    assert "libnss3-tools" in printed.stderr


def test_an_unreadable_ca_is_a_clear_error(tmp_path, certutil):
    home, confdir = tmp_path / "home", tmp_path / "conf"
    home.mkdir()
    confdir.mkdir()
    (confdir / "mitmproxy-ca-cert.pem").write_text("not a certificate\n")
    proc = newsclean_trust(home, "--confdir", confdir)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"newsclean trust: cannot read the CA certificate {confdir / 'mitmproxy-ca-cert.pem'}:")
    assert files_under(home) == []


def test_a_store_certutil_cannot_open_fails_that_store_only(tmp_path, certutil):
    home = tmp_path / "home"
    broken = home / ".mozilla" / "firefox" / "b.default"
    broken.mkdir(parents=True)
    (broken / "cert9.db").write_bytes(b"this is not an sqlite database")
    proc = newsclean_trust(home)
    assert proc.returncode == 1
    assert f"Firefox profile b.default ({broken}): FAILED: certutil -L failed:" in proc.stdout
    assert listing(home / ".pki" / "nssdb") == {"newsclean": "C,,"}  # the other store got it


# -- the user's story in a real browser ----------------------------------------------------------
@pytest.mark.browser
def test_chromium_with_a_fresh_profile_loads_https_through_the_proxy_after_trust(tmp_path, certutil, chromium_path):
    from playwright.sync_api import Error, sync_playwright

    from ..conftest import CHROMIUM_ARGS
    from ..proxy.servers import PAGES, TEST_RULES, Origin, Route, RunningProxy, make_tls_cert

    home, untrusting_home = tmp_path / "home", tmp_path / "other-home"
    home.mkdir()
    untrusting_home.mkdir()
    proc = newsclean_trust(home)
    assert proc.returncode == 0, proc.stderr

    cert, key = make_tls_cert(tmp_path, ["courier.test"])
    origin = Origin(tls_cert=cert, tls_key=key)
    origin.routes["/story"] = Route((PAGES / "article-utf-8.html").read_bytes())
    # The proxy as `newsclean run` would start it for this user: its CA from ~/.mitmproxy.
    proxy = RunningProxy(home / ".mitmproxy", {("courier.test", 443): origin.port}, rules=str(TEST_RULES),
                         no_bundled=True, ssl_verify_upstream_trusted_ca=str(cert))
    try:
        with sync_playwright() as pw:
            def visit(user_home: Path):
                browser = pw.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS,
                                             env={**os.environ, "HOME": str(user_home)})
                try:
                    page = browser.new_context(proxy={"server": proxy.url}).new_page()
                    try:
                        response = page.goto("https://courier.test/story", wait_until="load")
                        return response.status, response.headers.get("x-newsclean")
                    except Error as err:
                        return "error", str(err).splitlines()[0]
                finally:
                    browser.close()

            assert visit(home) == (200, "removed=3; rules=courier.test,_default")
            status, message = visit(untrusting_home)  # the same browser and proxy, no trust step
            assert status == "error" and "ERR_CERT_AUTHORITY_INVALID" in message
    finally:
        proxy.stop()
        origin.close()
