"""The speed benchmarks in one run (`make bench`): every figure against the floor (one lxml parse +
serialise of the same page) or against plain mitmdump, measured in the same run.

    python -m bench [--quick] [engine] [latency] [load]

- engine   (bench.engine): median and p95 per corpus page with the shipped rules, and with 1,000
  generated site files loaded; the time and memory to load those 1,000 files.
- latency  (bench.proxy_latency): time added per page by the addon over plain mitmdump.
- load     (bench.proxy_load): throughput with 8 concurrent clients, addon against plain mitmdump;
  p95 of small requests while a 5 MB page is cleaned, against unloaded.

Each part runs in a process of its own (its memory figures and timings are not disturbed by the
others'), one after another. --quick measures a subset of the corpus pages for a fast look. Without
../shared/corpus (or $NEWSCLEAN_SHARED/corpus) every part is skipped, with the reason.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone

from .common import CORPUS, REPO

QUICK_PAGES = "60"

#: name -> (what it measures, module, arguments for a full run, arguments for --quick)
PARTS = {
    "engine": ("engine per page and rule loading", "bench.engine", [], ["--limit", QUICK_PAGES]),
    "latency": ("proxy: time added per page over plain mitmdump", "bench.proxy_latency", [],
                ["--limit", QUICK_PAGES, "--repeat", "2"]),
    "load": ("proxy: throughput with 8 clients, and stall while a 5 MB page is cleaned", "bench.proxy_load", [],
             ["--quick"]),
}


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("mitmproxy", "lxml"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} absent")
    return ", ".join(found)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", metavar="part", help=f"run only these ({', '.join(PARTS)}); all by default")
    parser.add_argument("--quick", action="store_true", help=f"the first {QUICK_PAGES} corpus pages, fewer rounds")
    args = parser.parse_args(argv)
    unknown = [p for p in args.parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part {', '.join(unknown)}: the parts are {', '.join(PARTS)}")
    chosen = args.parts or list(PARTS)

    print(f"newsclean speed benchmarks, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
          f"{' (--quick)' if args.quick else ''}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"Python {platform.python_version()}, {versions()}")
    print(f"load average (1, 5, 15 min) at the start: {load_average()} "
          "(other work on the machine moves every figure; the ratios are taken within one run)")
    if not (CORPUS / "pages").is_dir():
        print(f"skipped: {', '.join(chosen)}: {CORPUS} is absent "
              "(the shared corpus sits beside the checkout, or set NEWSCLEAN_SHARED)")
        return 0

    failed = []
    started = time.monotonic()
    for name in chosen:
        title, module, full, quick = PARTS[name]
        argv_part = [sys.executable, "-m", module, *(quick if args.quick else full)]
        print(f"\n== {title} (python -m {module}{''.join(' ' + a for a in argv_part[3:])})", flush=True)
        t0 = time.monotonic()
        code = subprocess.call(argv_part, cwd=REPO)
        print(f"-- {name}: {time.monotonic() - t0:.0f} s{'' if code == 0 else f', FAILED with exit code {code}'}",
              flush=True)
        if code != 0:
            failed.append(name)
    print(f"\nall done in {time.monotonic() - started:.0f} s; load average at the end: {load_average()}")
    if failed:
        print(f"failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
