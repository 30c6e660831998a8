"""newsclean: read news without the junk injected into it.

The package is laid out by layer:

- ``newsclean.rules``  — the rule file format: parsing, validation, rule kinds, the rule book;
- ``newsclean.engine`` — bytes in, cleaned bytes and a report out (no HTTP, no mitmproxy);
- ``newsclean.proxy``  — the mitmproxy addon that applies the engine to news pages;
- ``newsclean.api``    — the control API the browser extension talks to;
- ``newsclean.cli``    — the ``newsclean`` command.
"""

__version__ = "0.1.0"
