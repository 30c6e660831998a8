"""One table gives every refusal code its HTTP status; file system failures become refusals that name
the folder. The OSErrors here are real ones, made by the system calls that raise them."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from newsclean.edit.refusals import STATUS, EditError, status_of, write_failure
from newsclean.rules.errors import CODES

ADDON = Path(__file__).resolve().parents[2] / "addon" / "newsclean"


def codes_in_source() -> set[str]:
    found = set()
    for path in ADDON.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'(?:EditError|_error)\(\s*"([^"]+)"', text))
        found |= set(re.findall(r'STATUS\["([^"]+)"\]', text))
    return found


def test_every_code_raised_in_the_source_has_a_status():
    used = codes_in_source()
    assert {"origin", "token", "bad-site", "read-only", "disk-full", "json-too-deep", "bad-unicode"} <= used
    assert not {c for c in used if c not in STATUS and c not in CODES}


def test_a_rule_codes_status_depends_on_whose_mistake_it_is():
    assert status_of("NC005") == 400 and status_of("NC001", on_disk=True) == 409
    assert EditError("NC010", "taken", on_disk=True).status == 409
    assert EditError("disk-full", "full").status == 507
    with pytest.raises(ValueError, match="add it to refusals.STATUS"):
        EditError("no-such-code", "x")


def real_error(call) -> OSError:
    with pytest.raises(OSError) as caught:
        call()
    return caught.value


def write_to_dev_full():
    with open("/dev/full", "wb") as out:
        out.write(b"x")


def test_a_full_device_is_disk_full():
    err = real_error(write_to_dev_full)
    assert err.errno == errno.ENOSPC
    refusal = write_failure(err, "/home/me/rules")
    assert (refusal.status, refusal.code) == (507, "disk-full")
    assert refusal.message.startswith("disk full: no space left on the device for the rules folder /home/me/rules")


def test_a_file_in_the_way_is_not_a_folder(tmp_path):
    (tmp_path / "rules").write_text("x")
    err = real_error(lambda: os.mkdir(tmp_path / "rules" / ".history"))
    refusal = write_failure(err, tmp_path / "rules")
    assert (refusal.status, refusal.code) == (409, "not-a-folder")
    assert f"the rules folder is not a folder: {tmp_path / 'rules'}" in refusal.message


def test_a_name_too_long_and_an_unknown_failure(tmp_path):
    err = real_error(lambda: open(tmp_path / ("a" * 300), "w"))
    assert write_failure(err, tmp_path).code == "bad-site"
    os.mkdir(tmp_path / "keep")
    err = real_error(lambda: os.rmdir(tmp_path))  # not empty: not a failure the table knows by name
    refusal = write_failure(err, tmp_path)
    assert (refusal.status, refusal.code) == (500, "io-error")
    assert os.strerror(errno.ENOTEMPTY) in refusal.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a folder of mode 0555: no EACCES to see")
def test_permission_denied_is_read_only(tmp_path):
    tmp_path.chmod(0o555)
    try:
        err = real_error(lambda: open(tmp_path / "x.toml", "w"))
    finally:
        tmp_path.chmod(0o755)
    refusal = write_failure(err, tmp_path)
    assert (refusal.status, refusal.code) == (409, "read-only")
    assert refusal.message.startswith(f"rules folder is read-only: {tmp_path} (permission denied")


def test_a_folder_name_with_control_characters_is_escaped_in_the_message(tmp_path):
    folder = tmp_path / "a\x1b[2Jb"
    folder.write_text("x")
    refusal = write_failure(real_error(lambda: os.mkdir(folder / "x")), folder)
    assert "\x1b" not in refusal.message and "a\\x1b[2Jb" in refusal.message


def test_the_readme_lists_every_code_under_its_status():
    readme = (ADDON.parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("A refused call writes nothing", 1)[1].split("\n\n", 2)[1]
    listed = {}
    for row in table.splitlines()[2:]:
        statuses, codes, _ = [cell.strip() for cell in row.strip("|").split("|")]
        for code in re.findall(r"`([a-z-]+)`", codes):
            listed[code] = {int(s) for s in re.findall(r"\d{3}", statuses)}
    assert set(listed) == set(STATUS)
    assert {code for code, status in STATUS.items() if status not in listed[code]} == set()
