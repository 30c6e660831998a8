"""The cleaning engine: rules → DOM rewrite → report. No HTTP, no mitmproxy.

Entry point: ``newsclean.engine.cleaner.clean``. (Not re-exported here: ``newsclean.rules``
imports ``engine.page`` and must not pull the cleaner in while it loads.)
"""
