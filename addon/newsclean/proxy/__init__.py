"""The proxy face of newsclean: a mitmproxy addon over the engine.

- ``addon.NewsClean`` — the addon (options, hooks; the seam for the control API is in its docstring);
- ``state.ProxyState`` — the rule book in force, counters and recent pages, readable by other code;
- ``scope`` — which hosts are covered (and what mitmproxy's ``allow_hosts`` becomes);
- ``cache`` — ETag and cache headers that keep cleaned copies apart from originals;
- ``run.run_proxy`` — ``newsclean run``: mitmproxy in-process, with a start-up banner.

mitmproxy is imported here, so the engine and the CLI's other commands never pay for it.
"""
