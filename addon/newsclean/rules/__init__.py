"""Rule files: format, rule kinds, loading and the hostname-indexed rule book."""

from .book import BUNDLED_RULES, RuleBook, SitePlan, rule_dirs
from .errors import CODES, RuleError
from .loader import RuleFileError, load_rule_file, parse_rule_text
from .model import Rule, RuleFile, SiteSettings

__all__ = [
    "BUNDLED_RULES", "CODES", "Rule", "RuleBook", "RuleError", "RuleFile", "RuleFileError",
    "SitePlan", "SiteSettings", "load_rule_file", "parse_rule_text", "rule_dirs",
]
