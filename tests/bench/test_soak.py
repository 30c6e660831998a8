"""The soak benchmark's parts: how a response is judged (it must be able to call one broken), and a
tiny soak run for real: `newsclean run`, the local origin with every kind of route, clients, the prober.
No figure is asserted; only that nothing was lost or broken and that every kind was sent."""

from __future__ import annotations

import json

import pytest

from bench import soak

from ..conftest import CORPUS_DIR, need_shared

PAGE = soak.Job("page", "page/x", "news.example", body=b"<html>cleaned</html>", original=b"<html>original</html>")
IMAGE = soak.Job("image", "image/1.png", "news.example", body=b"\x89PNG...")


@pytest.mark.parametrize(
    "job, status, header, body, expected",
    [
        (PAGE, 200, "removed=2; rules=_default", b"<html>cleaned</html>", "ok"),
        (PAGE, 200, "removed=0; rules=_default; status=busy", b"<html>original</html>", "as it came"),
        (PAGE, 200, "removed=0; rules=_default; status=over-budget", b"<html>original</html>", "as it came"),
        (PAGE, 200, "removed=2; rules=_default", b"<html>original</html>", "broken"),  # said cleaned, was not
        (PAGE, 200, "removed=0; rules=_default; status=busy", b"<html>origi", "broken"),  # cut short
        (PAGE, 200, None, b"<html>original</html>", "broken"),  # the addon never saw it
        (PAGE, 502, None, b"", "broken"),
        (IMAGE, 200, None, b"\x89PNG...", "ok"),
        (IMAGE, 200, None, b"\x89PNG..", "broken"),
        (IMAGE, 200, "removed=0; rules=_default; status=too-large", b"\x89PNG", "broken"),
    ],
)
def test_verdict(job, status, header, body, expected):
    assert soak.verdict(job, status, header, body).split(":")[0] == expected


def test_the_mix_gives_every_kind_and_the_requests_asked_for(bundled_book):
    need_shared(CORPUS_DIR)
    from bench.common import corpus_hosts, corpus_pages

    routes, work = soak.build(corpus_pages(3), corpus_hosts(), bundled_book, requests=100, seed=7)
    assert sum(len(step) for step in work) == 100
    kinds = {job.kind for step in work for job in step}
    assert kinds == set(soak.MIX)
    for step in work:
        for job in step:
            assert job.path in routes
    revalidations = [step for step in work if step[0].kind == "revalidate"]
    assert all(len(step) == 2 and step[1].status == 304 for step in revalidations)


def test_a_tiny_soak_through_a_real_proxy_loses_nothing(capsys):
    need_shared(CORPUS_DIR)
    code = soak.main(["--requests", "80", "--clients", "4", "--pages", "5", "--time-limit", "300"])
    out = capsys.readouterr().out
    figures = json.loads(out.strip().splitlines()[-1])
    assert code == 0, out
    assert figures["lost"] == 0 and figures["broken"] == 0
    assert set(figures["by_kind"]) == set(soak.MIX)
    assert figures["requests"] == 80
    assert figures["memory_mib"]["peak"] >= figures["memory_mib"]["before"] > 0
    assert "ok (304)" in figures["by_kind"]["revalidate"]  # the revalidation really came back as a 304
