"""`python -m bench.fingerprint` records what the engine makes of corpus pages and compares two runs;
``--lists`` adds each page with all shared filter lists loaded, the lists' outcome in its record."""

from __future__ import annotations

import json

from bench import fingerprint

from ..conftest import CORPUS_DIR, SHARED, need_shared


def test_lists_runs_record_what_the_lists_did_and_a_change_shows(tmp_path, capsys):
    need_shared(CORPUS_DIR)
    need_shared(SHARED / "filters")
    out = tmp_path / "before.jsonl"
    assert fingerprint.main(["--out", str(out), "--limit", "2", "--lists"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    lists = [r for r in records if r["run"] in fingerprint.LIST_RUNS]
    assert len(lists) == 4 and {r["run"] for r in lists} == {"lists", "lists-reader"}
    for r in lists:
        ((matched, applied, held, note),) = r["lists"]  # the lists' outcome, one per page
        assert applied == sum(1 for rm in r["removals"] if rm[0].startswith("list:")) and matched >= applied + held
    assert "lists" not in records[0]  # the runs without lists keep their records as they were
    # a record that differs in what the lists did is reported, and the run fails
    changed = dict(lists[0], lists=[[-1, -1, -1, "as it was not"]])
    out.write_text("\n".join(json.dumps(changed if r is lists[0] else r) for r in records) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert fingerprint.main(["--out", str(tmp_path / "after.jsonl"), "--limit", "2", "--lists", "--against", str(out)]) == 1
    assert f"{lists[0]['page']} {lists[0]['run']}: lists " in capsys.readouterr().out
