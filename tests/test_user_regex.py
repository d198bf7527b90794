"""The user's own regexes (rule files, allowlist_patterns) run on RE2 and cannot hang a check.

Each adversarial pattern below takes Python's backtracking `re` longer than any
CI limit on the long lines used here; on RE2 it answers at once. The tests do
not time anything: a hang would stop the suite at pytest's or CI's own limit,
and the command-line test runs with a generous subprocess timeout.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from redactcheck import config as config_module
from redactcheck.errors import ConfigError, RuleError
from redactcheck.detect.recognisers.pattern_rules import RuleRecognizer
from redactcheck.resources import data_dir
from redactcheck.detect.rulefile import RuleSpec, load_rule_file, load_rules
from redactcheck.suppress import Suppressor
from redactcheck.detect.regex.user import LinearRegex, compile_user_regex, python_classes

from program import run_checkout

LONG = 20_000
# (pattern, an adversarial line with no match, a line it matches, what it matches there)
ADVERSARIAL = [
    ("(a|aa)+$", "a" * LONG + "!", "Seen by aaaa", "aaaa"),
    ("(a|a)*$", "a" * LONG + "!", "Seen by aaa", "aaa"),
    ("(a+)+$", "a" * LONG + "!", "Seen by aa", "aa"),
    ("(x+x+)+y", "x" * LONG, "Seen by xxxy", "xxxy"),
]
IDS = [case[0] for case in ADVERSARIAL]


def rule_file(folder: Path, *rules: str) -> Path:
    """A user rule file in folder holding the given rule bodies (YAML, indented 4)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "local.yaml"
    path.write_text("rules:\n" + "".join(rules), encoding="utf-8")
    return path


def pattern_rule(rule_id: str, pattern: str, extra: str = "") -> str:
    return (f"  - id: {rule_id}\n    category: CASE_REF\n    description: a local reference\n"
            f"    patterns: ['{pattern}']\n{extra}")


def user_spec(tmp_path: Path, pattern: str, extra: str = "") -> RuleSpec:
    return load_rule_file(rule_file(tmp_path, pattern_rule("mine", pattern, extra)), user=True)[0]


def matched(spec: RuleSpec, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in RuleRecognizer(spec).matches(text)]


# --- no user pattern can hang ---------------------------------------------------------------


@pytest.mark.parametrize("pattern,adversarial,matching,expected", ADVERSARIAL, ids=IDS)
def test_user_rule_runs_adversarial_line_and_still_matches(
    tmp_path: Path, pattern: str, adversarial: str, matching: str, expected: str
) -> None:
    spec = user_spec(tmp_path, pattern)
    assert matched(spec, adversarial) == []
    assert matched(spec, "Line one.\n" + adversarial + "\n" + matching) == [expected]


@pytest.mark.parametrize("pattern,adversarial,matching,expected", ADVERSARIAL, ids=IDS)
def test_allowlist_pattern_runs_adversarial_line_and_still_matches(
    tmp_path: Path, pattern: str, adversarial: str, matching: str, expected: str
) -> None:
    project = tmp_path / ".redactcheck.yaml"
    project.write_text(f"allowlist_patterns: ['{pattern}']\n", encoding="utf-8")
    config = config_module.load(tmp_path, None, None)
    suppressor = Suppressor(config.allowlist, config.allowlist_patterns)
    assert [r for r in suppressor.regions(adversarial) if r.why == "allowlist"] == []
    text = adversarial + "\n" + matching
    allowed = [text[r.start : r.end] for r in suppressor.regions(text) if r.why == "allowlist"]
    assert allowed == [expected]


def test_check_command_with_adversarial_rules_and_allowlist_completes(tmp_path: Path) -> None:
    """The whole program, nothing patched: it finishes and reports as usual. The last
    line matches rule trap-3 and, being allowlisted by the same pattern, is let go."""
    rules = "".join(pattern_rule(f"trap-{n}", case[0]) for n, case in enumerate(ADVERSARIAL))
    rule_file(tmp_path / "myrules", rules)
    patterns = ", ".join(f"'{pattern}'" for pattern, *_ in ADVERSARIAL)
    (tmp_path / ".redactcheck.yaml").write_text(
        f"rules: [myrules]\nallowlist_patterns: [{patterns}]\n", encoding="utf-8")
    lines = [adversarial[-5_000:] for _, adversarial, *_ in ADVERSARIAL]  # each within one chunk
    draft = "Visited Jamie Thompson at home.\n\n" + "\n\n".join(lines) + "\n\nSeen by xxxy.\n"
    (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
    done = run_checkout(["check", "--format", "json", "draft.txt"], tmp_path, timeout=120)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)["files"][0]
    assert [f["rule"] for f in report["findings"] if f["rule"].startswith("trap")] == []
    assert any(f["category"] == "PERSON" and f["line"] == 1 for f in report["findings"])
    let_go = [(f["rule"], f["why"]) for f in report["suppressed"] if f["rule"].startswith("trap")]
    assert let_go == [("trap-3", "allowlist")]


# --- what RE2 cannot run is refused at load, with what to write instead ----------------------


@pytest.mark.parametrize("pattern,words", [
    (r"(?<=ref )\d+", ["look-around", "group:"]),
    (r"ref (?!0)\d+", ["look-around"]),
    (r"(\w+) \1", ["back-reference"]),
    (r"(?>ab)c", ["atomic"]),
    (r"a{2000}", ["over 1000"]),
])
def test_patterns_re2_cannot_run_are_refused_naming_file_line_and_rule(
    tmp_path: Path, pattern: str, words: list[str]
) -> None:
    path = rule_file(tmp_path, pattern_rule("ok", "ok"), pattern_rule("ref-number", pattern))
    with pytest.raises(RuleError) as info:
        load_rule_file(path, user=True)
    message = str(info.value)
    assert message.startswith(f"{path}:6: rule 'ref-number': bad regex ") and "\n" not in message
    assert "RE2" in message and all(word in message for word in words), message


def test_allowlist_pattern_re2_cannot_run_names_the_config_and_key(tmp_path: Path) -> None:
    project = tmp_path / ".redactcheck.yaml"
    project.write_text("allowlist_patterns: ['(?<=Team )Blog']\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config_module.load(tmp_path, None, None)
    message = str(info.value)
    assert message.startswith(f"{project}: bad regex in 'allowlist_patterns'")
    assert "look-around" in message and "group:" not in message and "\n" not in message


def test_packaged_rules_keep_pythons_re_with_their_look_arounds() -> None:
    packaged = load_rules([data_dir("rules")])
    assert any("(?<" in p or "(?=" in p or "(?!" in p for s in packaged for p in s.patterns)
    recognisers = [RuleRecognizer(s) for s in packaged if s.is_pattern_rule]
    assert all(isinstance(r, re.Pattern) for rec in recognisers for r in rec.regexes)


# --- user rules keep their meaning on RE2 ------------------------------------------------------


def test_user_rules_are_case_insensitive_unless_asked(tmp_path: Path) -> None:
    loose = user_spec(tmp_path / "a", r"Riverside Team \d+")
    strict = user_spec(tmp_path / "b", r"Riverside Team \d+", "    case_sensitive: true\n")
    assert isinstance(RuleRecognizer(loose).regexes[0], LinearRegex)
    assert matched(loose, "sent to RIVERSIDE team 4 today") == ["RIVERSIDE team 4"]
    assert matched(strict, "sent to RIVERSIDE team 4 today") == []
    assert matched(strict, "sent to Riverside Team 4 today") == ["Riverside Team 4"]


def test_allowlist_patterns_are_case_insensitive(tmp_path: Path) -> None:
    suppressor = Suppressor(allowlist_patterns=[r"team \w+ blog"])
    text = "From the TEAM Siân BLOG this week"
    assert [text[r.start : r.end] for r in suppressor.regions(text) if r.why == "allowlist"] == [
        "TEAM Siân BLOG"]


@pytest.mark.parametrize("group", ["num", "1"])
def test_named_and_numbered_groups_pick_the_part_to_flag(tmp_path: Path, group: str) -> None:
    spec = user_spec(tmp_path, r"ref(?:erence)?:?\s*(?P<num>[A-Z]{2}\d{4})", f"    group: {group}\n")
    assert matched(spec, "Our reference: KT4821 and ref QP0007.") == ["KT4821", "QP0007"]


def test_a_group_the_pattern_lacks_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="'group' 'nope' is not a group"):
        user_spec(tmp_path, r"ref (?P<num>\d+)", "    group: nope\n")


def test_user_rule_examples_run_as_tests(tmp_path: Path) -> None:
    """A user rule's `examples:` hold on RE2 as packaged rules' do in test_rules."""
    examples = ("    examples:\n      flag: ['tenancy ref TN-20931', 'Tenancy Ref: tn-77310']\n"
                "      pass: ['ref TN-2093', 'tenancy ref TN-209311']\n")
    rule_file(tmp_path, pattern_rule("tenancy-ref", r"tenancy ref:? (TN-\d{5})\b", examples
                                     + "    group: 1\n"))
    mine = [s for s in load_rules([data_dir("rules")], [tmp_path]) if s.user]
    assert [s.id for s in mine] == ["tenancy-ref"]
    for text in mine[0].examples_flag:
        assert matched(mine[0], text), text
    for text in mine[0].examples_pass:
        assert not matched(mine[0], text), text


def test_unicode_letters_digits_and_spaces_match_as_in_python(tmp_path: Path) -> None:
    spec = user_spec(tmp_path, r"key worker:\s\w+ \d+")
    assert matched(spec, "Key worker:\u00a0Siân ٣") == ["Key worker:\u00a0Siân ٣"]
    assert matched(spec, "Key worker: Zoë 12") == ["Key worker: Zoë 12"]


@pytest.mark.parametrize("pattern,expected", [
    (r"\w", r"[\p{L}\p{N}_]"),
    (r"[\w-]", r"[\p{L}\p{N}_-]"),
    (r"\D", r"[^\p{Nd}]"),
    (r"[\W]", r"[\W]"),  # a class cannot hold a negated class: RE2's ASCII meaning stays
    (r"[]\d]", r"[]\p{Nd}]"),
    (r"[[:alpha:]\d]", r"[[:alpha:]\p{Nd}]"),
    (r"\\w", r"\\w"),  # an escaped backslash, then a letter
    (r"\Q\w\E", r"\Q\w\E"),
    (r"end\Z", r"end\z"),
    (r"caf\u00e9", r"caf\x{00e9}"),
])
def test_python_classes_rewrites_only_what_re2_reads_otherwise(pattern: str, expected: str) -> None:
    assert python_classes(pattern) == expected
    compile_user_regex(pattern)


def test_lone_surrogate_from_an_api_caller_keeps_offsets() -> None:
    regex = compile_user_regex(r"ref \d+")
    text = "\ud800 ref 12"
    assert [m.span() for m in regex.finditer(text)] == [(2, 8)]
