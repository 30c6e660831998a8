"""`newsclean clean` as a real process on real files: one page, stdin, a batch; --json; exit codes."""

from __future__ import annotations

import json

import lxml.html

from ..conftest import SEED_URL
from .test_main import newsclean


def test_clean_writes_page_and_report(tmp_path, seed_path):
    out, report = tmp_path / "out.html", tmp_path / "report.json"
    proc = newsclean("clean", "--url", SEED_URL, seed_path, "-o", out, "--report", report)
    assert proc.returncode == 0, proc.stderr
    assert b"cleaned: removed=" in proc.stderr
    text = lxml.html.document_fromstring(out.read_bytes()).text_content()
    assert "FEATURED STORIES" not in text and "There is virtually no precedent" in text
    data = json.loads(report.read_text())
    assert data["status"] == "cleaned" and data["removed"] + data["marked"] == len(data["removals"]) > 0
    assert {"rule", "reason", "action", "element", "text"} <= set(data["removals"][0])


def test_clean_to_stdout_from_stdin(seed_path):
    proc = newsclean("clean", "--url", SEED_URL, "-", stdin=seed_path.read_bytes())
    assert proc.returncode == 0 and b"There is virtually no precedent" in proc.stdout
    assert b"mentos4d" not in proc.stdout


def test_clean_batch(tmp_path, seed_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "seed.html").write_bytes(seed_path.read_bytes())
    (pages / "empty.html").write_bytes(b"")
    listing = tmp_path / "list.tsv"
    listing.write_text(f"# saved pages\npages/seed.html\t{SEED_URL}\npages/empty.html\thttps://example.com/\n")
    out_dir = tmp_path / "out"
    proc = newsclean("clean", "--batch", listing, "--out-dir", out_dir, "--report", tmp_path / "r.json")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["empty.html", "seed.html"]
    assert b"FEATURED STORIES" not in (out_dir / "seed.html").read_bytes()
    assert (out_dir / "empty.html").read_bytes() == b""
    lines = proc.stdout.decode().splitlines()
    assert lines[0].startswith("seed.html\tcleaned\tremoved=") and lines[1].startswith("empty.html\tskipped")
    assert len(json.loads((tmp_path / "r.json").read_text())) == 2


def test_clean_batch_reports_bad_lines(tmp_path):
    listing = tmp_path / "list.tsv"
    listing.write_text("no-tab-here\nmissing.html\thttps://example.com/\n")
    proc = newsclean("clean", "--batch", listing, "--out-dir", tmp_path / "out")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert f"{listing}:1: expected `path<TAB>url`" in err and f"{listing}:2: cannot read missing.html" in err


def test_clean_missing_input(tmp_path):
    proc = newsclean("clean", "--url", "https://example.com/", tmp_path / "nope.html")
    assert proc.returncode == 2 and b"cannot read" in proc.stderr


def test_clean_batch_takes_every_option_of_single_page_clean(tmp_path, seed_path):
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{seed_path}\t{SEED_URL}\n")
    proc = newsclean("clean", "--batch", listing, "--out-dir", tmp_path / "out", "--mode", "reader")
    assert proc.returncode == 0, proc.stderr
    batch = (tmp_path / "out" / seed_path.name).read_bytes()
    single = newsclean("clean", "--url", SEED_URL, seed_path, "--mode", "reader").stdout
    assert b'id="newsclean-reader-style"' in batch and batch == single


def test_clean_json_is_the_report_and_needs_a_file_for_the_page(tmp_path, seed_path):
    out = tmp_path / "out.html"
    proc = newsclean("clean", "--json", "--url", SEED_URL, seed_path, "-o", out)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["output"] == str(out) and data["status"] == "cleaned" and data["site"] == "inquirer.net"
    assert data["removed"] + data["marked"] == len(data["removals"]) > 0
    assert set(data["removals"][0]) == {"rule", "reason", "action", "element", "text"}
    assert {"url", "detail", "files", "encoding", "rules", "mode"} <= set(data)
    assert b"FEATURED STORIES" not in out.read_bytes()
    for args in (("--json",), ("--json", "-o", "-")):  # the page and the report cannot share stdout
        proc = newsclean("clean", "--url", SEED_URL, seed_path, *args)
        assert proc.returncode == 2 and b"give -o OUT.html" in proc.stderr and proc.stdout == b""


def test_clean_batch_json_lists_pages_failures_and_a_summary(tmp_path, seed_path):
    listing = tmp_path / "list.tsv"
    listing.write_text(f"{seed_path}\t{SEED_URL}\nno-tab\nmissing.html\thttps://example.com/\n")
    proc = newsclean("clean", "--json", "--batch", listing, "--out-dir", tmp_path / "out")
    assert proc.returncode == 1  # a finding: two lines could not be cleaned
    data = json.loads(proc.stdout)  # nothing else on stdout
    assert data["summary"] == {"pages": 1, "cleaned": 1, "failed": 2}
    page = data["pages"][0]
    assert page["input"] == str(seed_path) and page["output"] == str(tmp_path / "out" / seed_path.name)
    assert page["status"] == "cleaned" and page["removals"]
    assert [(f["line"], f["message"]) for f in data["failures"]] == [
        (2, "expected `path<TAB>url`"), (3, "cannot read: No such file or directory")]


def test_clean_usage_errors_exit_2(tmp_path, seed_path):
    for args in (("--batch", tmp_path / "list.tsv"),  # no --out-dir
                 ("--batch", tmp_path / "no-such.tsv", "--out-dir", tmp_path / "out"),
                 (seed_path,),  # no --url
                 ("--url", SEED_URL)):  # no page
        proc = newsclean("clean", *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.startswith(b"newsclean clean: "), proc.stderr
