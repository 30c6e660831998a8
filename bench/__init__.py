"""Benchmarks and quality measurements. Each module runs as `python -m bench.<name>`; `make bench`
(`python -m bench`) runs the speed benchmarks. None of them is a test: they print figures."""
