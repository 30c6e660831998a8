"""What happens to what a rule found: `remove`, `unwrap`, `drop-text`, `mark`, `keep`."""

from __future__ import annotations

from .pages import CRITICS, LEAD, PLAN, Case, Error, cases, check_case, check_error, errors, run

COUNCIL = "Council approves the new harbour budget"

CASES = [
    Case("remove", 'css = ".ad-box"\naction = "remove"', ["Advertisement"], [LEAD, PLAN]),
    Case("remove", 'text = "Advertisement"', ["Advertisement"], [LEAD], name="by-default"),
    Case("unwrap", 'href-host = "casino-jackpot.bet"\naction = "unwrap"', [], [CRITICS]),
    Case("unwrap", 'css = "p.label"\naction = "unwrap"', [], ["Advertisement", LEAD], name="keeps-text"),
    Case("drop-text", 'css = "p"\ntext-contains = "casino jackpot"\naction = "drop-text"', ["casino jackpot"],
         ["Critics of the plan", "said the costs were too high"]),
    Case("drop-text", 'css = "p"\ntext-regex = "^READ:\\\\s*"\naction = "drop-text"', ["READ:"],
         ["Mayor opens new ferry terminal", LEAD], name="regex"),
    Case("mark", 'text = "Advertisement"\naction = "mark"', [], [LEAD], marked=("Advertisement",)),
    Case("keep", 'css = "p.lead"\naction = "keep"\n[[rule]]\nreason = "test"\ntext-contains = "harbour budget"',
         [COUNCIL], [LEAD]),
]

ERRORS = [
    Error("action", {"reason": "r", "css": "p.x", "action": "explode"}, "NC009", "unknown action 'explode'"),
    Error("action", {"reason": "r", "css": "p.x", "action": 1}, "NC009", "unknown action 1"),
    Error("drop-text", {"reason": "r", "css": "p.x", "action": "drop-text"}, "NC009", "`drop-text` needs"),
    Error("drop-text", {"reason": "r", "href-host": "x.com", "action": "drop-text"}, "NC009", "`drop-text` needs"),
    Error("class", {"reason": "r", "css": "p.x", "class": "dim"}, "NC002", "only applies to action = \"mark\""),
    Error("mark", {"reason": "r", "css": "p.x", "action": "mark", "class": "two words"}, "NC009", "one CSS class name"),
    Error("mark", {"reason": "r", "css": "p.x", "action": "mark", "class": " "}, "NC009", "one CSS class name"),
    Error("mark", {"reason": "r", "css": "p.x", "action": "mark", "class": 5}, "NC009", "one CSS class name"),
]


@cases(CASES)
def test_action(case):
    check_case(case)


@errors(ERRORS)
def test_action_errors(error):
    check_error(error)


def test_unwrap_keeps_sentence_drops_link():
    result, after, root = run('[[rule]]\nreason = "spam"\nhref-host = "casino-jackpot.bet"\naction = "unwrap"\n')
    assert CRITICS in after
    assert not [a for a in root.iter("a") if "casino" in (a.get("href") or "")]
    assert result.report.removals[0].action == "unwrap"


def test_drop_text_leaves_the_element_and_its_other_text():
    result, _, root = run('[[rule]]\nreason = "r"\ncss = "p"\ntext-contains = "casino jackpot"\naction = "drop-text"\n')
    (removal,) = result.report.removals
    assert (removal.action, removal.text) == ("drop-text", "casino jackpot")
    assert [a.get("href") for a in root.iter("a") if "casino" in (a.get("href") or "")] == ["https://casino-jackpot.bet/"]


def test_mark_keeps_element_and_flags_it():
    result, after, root = run('[[rule]]\nname = "unsure"\nreason = "maybe junk"\ntext = "Advertisement"\naction = "mark"\n')
    assert "Advertisement" in after
    marked = root.cssselect(".newsclean-mark")
    assert [m.get("data-newsclean") for m in marked] == ["example.com:unsure"]
    assert marked[0].get("title") == "newsclean: maybe junk"
    assert root.cssselect("style#newsclean-style")
    assert result.report.marked == 1 and result.report.removed == 0


def test_mark_custom_class():
    _, _, root = run('[[rule]]\nreason = "r"\ntext = "Advertisement"\naction = "mark"\nclass = "dim"\n')
    assert root.cssselect("p.dim") and root.cssselect("p.label.dim")  # added beside the element's own


def test_keep_protects_against_later_rules():
    rules = (
        '[[rule]]\nreason = "protect the lead"\ncss = "p.lead"\naction = "keep"\n'
        '[[rule]]\nreason = "long paragraphs"\ncss = "p"\ntext-contains = "harbour budget"\n'
    )
    result, after, _ = run(rules)
    assert LEAD in after
    outcome = next(o for o in result.report.rules if o.reason == "long paragraphs")
    assert "protected by a keep rule" in outcome.note


def test_keep_protects_descendants_and_ancestors():
    rules = (
        '[[rule]]\nreason = "keep the box"\ncss = ".ad-box"\naction = "keep"\n'
        '[[rule]]\nreason = "label"\ntext = "Advertisement"\n'
        '[[rule]]\nreason = "slot"\ncss = ".slot"\nupward = 1\n'
    )
    _, after, root = run(rules)
    assert "Advertisement" in after and root.cssselect(".slot")


def test_keep_rules_run_first_whatever_their_place_in_the_file():
    rules = (
        '[[rule]]\nreason = "label"\ntext = "Advertisement"\n'
        '[[rule]]\nreason = "keep the box"\ncss = ".ad-box"\naction = "keep"\n'
    )
    _, after, _ = run(rules)
    assert "Advertisement" in after
