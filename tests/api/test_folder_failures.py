"""A rules folder that cannot be written: every edit is answered with a status and a message that names
the folder, and nothing is written (no temporary file, no undo entry, the rule file as it was).

The conditions are real: a read-only file system and a full one are tmpfs mounts, made in a mount
namespace of the proxy's own (``unshare``: as root, or as a user through a user namespace), so the
test needs no privilege and touches no mount of the machine's. The proxy is ``newsclean run`` in that
namespace; the test talks to it over loopback and looks at its folder through ``/proc/PID/root``.
A folder that chmod makes read-only is tested too, where chmod binds (not as root)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ..proxy.processes import Process, newsclean_argv
from .conftest import ApiClient, tree

SEED = """\
# My rules for example.com.

[[rule]]
name = "mine"
reason = "Newsletter box"
text = "Subscribe now"
"""
RULE = {"reason": "Podcast promo", "text": "LISTEN: podcasts"}
EDITS = (  # every call that writes: each must be refused the same way
    ("POST", "sites/example.com/rules", {"rule": RULE}),
    ("PATCH", "sites/example.com/rules/mine", {"enabled": False}),
    ("DELETE", "sites/example.com/rules/mine", None),
    ("PATCH", "sites/example.com", {"enabled": False}),
    ("POST", "sites/example.org/rules", {"rule": RULE}),  # a new site's file, made in the folder
)

SETUP = """
set -e
mount -t tmpfs -o size=256k,mode=0755 newsclean-test "$NC_DIR"
printf '%s' "$NC_SEED" > "$NC_DIR/example.com.toml"
case "$NC_STATE" in
  full) dd if=/dev/zero of="$NC_DIR/.filler" bs=4096 2>/dev/null || true ;;
  read-only) mount -o remount,bind,ro "$NC_DIR" ;;  # this mount read-only (allowed in a user namespace)
esac
exec "$@"
"""


def namespace_prefix() -> list[str]:
    flags = ["--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        flags = ["--user", "--map-root-user", *flags]
    return [shutil.which("unshare") or "unshare", *flags]


@pytest.fixture(scope="module")
def namespaces(tmp_path_factory):
    """Skip (saying why) where this machine cannot make a mount namespace with a tmpfs in it."""
    probe = tmp_path_factory.mktemp("probe")
    try:
        done = subprocess.run(
            [*namespace_prefix(), "sh", "-c", 'mount -t tmpfs -o size=64k t "$1" && touch "$1/x"', "sh", str(probe)],
            capture_output=True, text=True, timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        pytest.skip(f"unshare cannot run here: {err}")
    if done.returncode != 0:
        pytest.skip(f"no mount namespace with a tmpfs here (unshare: {done.stderr.strip()[:200]})")


class FolderProxy:
    """`newsclean run` over a rules folder on a tmpfs of its own, read-only or full."""

    def __init__(self, tmp: Path, state: str):
        self.dir = tmp / "rules"
        self.dir.mkdir()
        confdir = tmp / "confdir"
        argv = newsclean_argv("run", "--port", 0, "--confdir", confdir, "--rules", self.dir, "--no-bundled")
        env = {**os.environ, "NC_DIR": str(self.dir), "NC_SEED": SEED, "NC_STATE": state}
        self.proc = Process([*namespace_prefix(), "sh", "-c", SETUP, "sh", *argv], env=env)
        try:
            line = self.proc.wait_for_line("newsclean proxy on http://127.0.0.1:")
            self.proc.wait_for_line("Stop with Ctrl-C")
        except AssertionError:
            self.proc.stop()
            raise
        port = int(re.search(r":(\d+)\s*$", line).group(1))
        self.client = ApiClient(port, (confdir / "newsclean-token").read_text().strip())

    @property
    def seen(self) -> Path:
        """The rules folder as the proxy sees it (its own mount)."""
        return Path(f"/proc/{self.proc.proc.pid}/root") / self.dir.relative_to("/")

    def stop(self) -> None:
        self.proc.stop()


@pytest.fixture
def folder_proxy(namespaces, tmp_path):
    made = []

    def make(state: str) -> FolderProxy:
        made.append(FolderProxy(tmp_path, state))
        return made[-1]

    yield make
    for proxy in made:
        proxy.stop()


def refused_alike(client: ApiClient, folder: Path, status: int, code: str, words: str) -> None:
    before = tree(folder)
    for method, path, body in EDITS:
        answer = client.call(method, path, body)
        assert answer.status == status, (method, path, answer)
        assert answer.json["code"] == code, answer
        assert words in answer.json["error"], answer
        assert tree(folder) == before, (method, path)
    assert not [p for p in folder.rglob("*.tmp")]


def test_a_read_only_file_system_is_named_and_nothing_is_written(folder_proxy):
    proxy = folder_proxy("read-only")
    seen = proxy.seen
    assert (seen / "example.com.toml").read_text() == SEED
    refused_alike(proxy.client, seen, 409, "read-only", f"rules folder is read-only: {proxy.dir}")
    assert (seen / "example.com.toml").read_text() == SEED
    answer = proxy.client.call("POST", "sites/example.com/undo")
    assert answer.status == 409 and answer.json["code"] == "read-only", answer
    # reading goes on as before
    view = proxy.client.call("GET", "sites/example.com")
    assert view.status == 200 and [r["name"] for r in view.json["rules"]] == ["mine"]
    assert proxy.client.call("GET", "status").status == 200


def test_a_full_disk_is_507_with_nothing_half_written_and_the_next_edit_works_once_there_is_room(folder_proxy):
    proxy = folder_proxy("full")
    seen = proxy.seen
    assert (seen / ".filler").stat().st_size > 0
    answer = proxy.client.call("POST", "sites/example.com/rules", {"rule": RULE})
    assert answer.status == 507, answer
    assert answer.json["code"] == "disk-full"
    assert answer.json["error"].startswith(f"disk full: no space left on the device for the rules folder {proxy.dir}")
    refused_alike(proxy.client, seen, 507, "disk-full", "nothing was written")
    assert (seen / "example.com.toml").read_text() == SEED
    assert not list((seen / ".history" / "example.com").glob("*.json"))  # no undo entry of an edit not made
    (seen / ".filler").unlink()  # room again
    answer = proxy.client.call("POST", "sites/example.com/rules", {"rule": RULE})
    assert answer.status == 201, answer
    assert (seen / "example.com.toml").read_text().startswith(SEED)
    assert 'text = "LISTEN: podcasts"' in (seen / "example.com.toml").read_text()


def test_a_rules_folder_whose_path_became_a_file(client, proxy, clean_user_rules):
    """Works as root too: no permission is involved."""
    shutil.rmtree(clean_user_rules)
    clean_user_rules.write_text("not a folder")
    try:
        answer = client.add("example.com", RULE)
        assert answer.status == 409, answer
        assert answer.json["code"] == "not-a-folder"
        assert answer.json["error"].startswith(f"the rules folder is not a folder: {clean_user_rules}")
        assert clean_user_rules.read_text() == "not a folder"
    finally:
        clean_user_rules.unlink()
        clean_user_rules.mkdir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a folder of mode 0555 anyway: chmod does not bind "
                    "(the read-only case is covered by the read-only tmpfs above)")
def test_a_folder_chmod_made_read_only(client, clean_user_rules):
    (clean_user_rules / "example.com.toml").write_text(SEED)
    assert client.add("example.com", RULE).status == 201  # the history folder exists now
    before = tree(clean_user_rules)
    clean_user_rules.chmod(0o555)
    history = clean_user_rules / ".history" / "example.com"
    history.chmod(0o555)
    try:
        for method, path, body in (*EDITS, ("POST", "sites/example.com/undo", None)):
            answer = client.call(method, path, body)
            assert answer.status == 409, (method, path, answer)
            assert answer.json["code"] == "read-only"
            assert f"rules folder is read-only: {clean_user_rules} (permission denied" in answer.json["error"]
        assert tree(clean_user_rules) == before
    finally:
        history.chmod(0o700)
        clean_user_rules.chmod(0o755)
