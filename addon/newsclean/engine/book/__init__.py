"""The rule book the engine applies: rule specs (rules/) compiled once into rules and indexed by site.

kinds/ holds one class per key (it parses its value, finds or tests or climbs or acts, and says what it
did), compile.py turns specs into rules, model.py is the compiled rule and file, rulebook.py indexes
the files by domain and builds each site's plan, lines.py and trial.py serve the kinds, reference.py
writes the README's tables from the kinds.
"""

from .compile import compile_file, compile_rule, load_rule_file, parse_rule, parse_rule_text
from .model import Rule, RuleFile
from .rulebook import RuleBook, SitePlan

__all__ = [
    "Rule", "RuleBook", "RuleFile", "SitePlan", "compile_file", "compile_rule", "load_rule_file", "parse_rule",
    "parse_rule_text",
]
