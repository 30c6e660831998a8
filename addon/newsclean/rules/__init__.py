"""The rule format: rule files read into plain, immutable, picklable specs (no DOM, no lxml).

keys.py names what a rule may say, loader.py reads TOML into specs (specs.py) and says what is wrong
where (errors.py, limits.py), words.py holds the vocabulary the rules and the engine share,
filterlist.py reads filter lists, folders.py says where rule files are. The engine compiles specs
into the rule book it applies (engine/book); this package imports nothing of the engine.
"""

from .errors import CODES, RuleError
from .folders import BUNDLED_RULES, rule_dirs
from .loader import RuleFileError, read_rule_file, read_rule_text
from .specs import FileSpec, RuleSpec, SiteSettings

__all__ = [
    "BUNDLED_RULES", "CODES", "FileSpec", "RuleError", "RuleFileError", "RuleSpec", "SiteSettings",
    "read_rule_file", "read_rule_text", "rule_dirs",
]
