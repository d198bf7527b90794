"""The lexicon reads named lists from files, once, and refuses a missing one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from redactcheck.lexicon import LEXICON, Lexicon


def test_a_list_is_read_as_written_and_lowered(tmp_path: Path) -> None:
    (tmp_path / "titles.txt").write_text("# titles\nMrs\n\nDr\nMrs\n", encoding="utf-8")
    lexicon = Lexicon(tmp_path)
    assert lexicon.phrases("titles") == ("Mrs", "Dr")
    assert lexicon.words("titles") == frozenset({"mrs", "dr"})


def test_a_list_found_once_is_not_looked_for_again(tmp_path: Path) -> None:
    """A check asks for lists hundreds of times a draft; after the first, no file system
    look-up: the list stays what was read even when its file has gone."""
    (tmp_path / "titles.txt").write_text("Mrs\n", encoding="utf-8")
    lexicon = Lexicon(tmp_path)
    first = lexicon.words("titles")
    (tmp_path / "titles.txt").unlink()
    assert lexicon.words("titles") is first
    assert lexicon.path("titles") == tmp_path / "titles.txt"


def test_a_missing_list_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="'nothing'"):
        Lexicon(tmp_path).words("nothing")


def test_the_default_lexicon_reads_the_shipped_models_folder() -> None:
    with pytest.raises(FileNotFoundError, match=r"models/lexicon/no-such-list\.txt"):
        LEXICON.words("no-such-list")


# --- Word lists are data (DESIGN.md, rule of style 3) ----------------------------------------
#
# Every module's source is read with `ast` (nothing is imported). A literal list, tuple or set
# of more than WORD_LIMIT strings, or a `"... ...".split()` of more than WORD_LIMIT words, is a
# word list spelt out in code: it belongs in a file under models/ that code names through
# LEXICON. English grammar is the one exception, kept in lexicon/words.py. Regex strings are
# not scanned: an alternation inside a pattern is no literal list, and telling one apart from
# the pattern's grammar would take a regex parser. `__all__` names a module's API, not words.

PACKAGE = Path(__file__).resolve().parents[1] / "redactcheck"
WORD_LIMIT = 12
GRAMMAR_MODULE = "lexicon/words.py"

# Long literal lists allowed outside the grammar module: the rule file's schema keys, which are
# a file format, not words. An entry whose list has gone fails the test, so the set only shrinks.
KNOWN_LISTS = frozenset(
    {
        ("detect/rulefile.py", "RULE_KEYS"),
    }
)


def _words_spelt(node: ast.AST) -> int:
    """How many words a literal list, tuple, set or split string spells out (0 if none)."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and not node.args
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return len(node.func.value.value.split())
    return 0


def _owner(node: ast.AST) -> str:
    """The name a statement assigns or defines ("" for any other statement)."""
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign):
        targets = [node.target]
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    names = [t.id for t in targets if isinstance(t, ast.Name)]
    return names[0] if names else ""


def long_lists(source: str) -> set[str]:
    """The names (assigned variable or enclosing function) under which `source` spells out a
    word list of more than WORD_LIMIT words."""
    found: set[str] = set()

    def visit(node: ast.AST, owner: str) -> None:
        owner = _owner(node) or owner
        if owner != "__all__" and _words_spelt(node) > WORD_LIMIT:
            found.add(owner)
        for child in ast.iter_child_nodes(node):
            visit(child, owner)

    visit(ast.parse(source), "<module>")
    return found


def _package_lists() -> set[tuple[str, str]]:
    return {
        (relative, name)
        for path in sorted(PACKAGE.rglob("*.py"))
        if (relative := path.relative_to(PACKAGE).as_posix()) != GRAMMAR_MODULE
        for name in long_lists(path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('WORDS = frozenset("a b c d e f g h i j k l m".split())\n', {"WORDS"}),
        ('WORDS = frozenset("a b c d e f g h i j k l".split())\n', set()),
        ("HOSTS = {" + ", ".join(f'"h{i}.com"' for i in range(13)) + "}\n", {"HOSTS"}),
        ("def f():\n    return " + repr(tuple(f"w{i}" for i in range(13))) + "\n", {"f"}),
        ("__all__ = " + repr([f"n{i}" for i in range(20)]) + "\n", set()),
        ('PATTERN = r"(?:a|b|c|d|e|f|g|h|i|j|k|l|m|n)"\n', set()),
    ],
)
def test_the_scan_finds_a_long_word_list(source: str, expected: set[str]) -> None:
    assert long_lists(source) == expected


def test_no_module_spells_out_a_word_list() -> None:
    """Only English grammar (lexicon/words.py) and the listed lists still to move."""
    assert _package_lists() - KNOWN_LISTS == set()


def test_every_known_list_is_still_there() -> None:
    """A list that has moved to a file leaves KNOWN_LISTS too, so the set only shrinks."""
    assert KNOWN_LISTS - _package_lists() == set()


# --- Lists that stay apart on purpose -----------------------------------------------------------


def test_every_list_the_package_names_is_shipped() -> None:
    """Each `LEXICON.words("x")` or `.phrases("x")` in the package names a shipped file."""
    named = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"words", "phrases"}
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "LEXICON"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named.add(node.args[0].value)
    assert {"titles", "kin_titles", "closings", "role_words"} <= named
    for name in sorted(named):
        assert LEXICON.phrases(name), name


def test_a_kin_word_before_a_name_stays_out_of_the_name(linter) -> None:
    """ "sister" is a title only with a capital ("Sister Mary"); the NER span of "his sister
    Marcia" is Marcia alone, so kin_titles.txt is kept apart from titles.txt."""
    text = "His sister Marcia met us on the ward and his father Frank Whitfield rang later."
    people = {f.text for f in linter.check(text).findings if f.category == "PERSON"}
    assert "Marcia" in people and "Frank Whitfield" in people
    assert not any(p.lower().startswith(("sister", "father")) for p in people)


def test_a_written_title_still_makes_a_placeholder() -> None:
    from redactcheck.suppress.lookalikes import PLACEHOLDER

    assert PLACEHOLDER.search("Sister K gave the medication") is not None
    assert PLACEHOLDER.search("Professor B wrote the report") is not None
    assert PLACEHOLDER.search("Sister Kaur gave the medication") is None


def test_truecasing_keeps_no_capital_before_an_ordinary_club_or_service() -> None:
    """truecase_heads.txt is narrower than proper_name_heads.txt: in a shouted draft "the
    boxing club" or "the alcohol service" is no institution, "Hillhead Primary" is one."""
    from redactcheck.detect.view import truecase

    text = "HE WENT TO THE BOXING CLUB TWICE. THEN THE ALCOHOL SERVICE. NOW AT HILLHEAD PRIMARY."
    view = truecase(text, frozenset(), frozenset())
    assert "the boxing club" in view and "the alcohol service" in view
    assert "Hillhead Primary" in view


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Kind regards,", True),
        ("Thanks so much!", True),
        ("diolch yn fawr x", True),
        ("-- ", True),
        ("Thanks Sarah for coming", False),
        ("Best practice is to ask", False),
    ],
)
def test_a_closing_line_is_read_from_closings_txt(line: str, closing: bool) -> None:
    from redactcheck.lexicon.words import CLOSING

    assert bool(CLOSING.match(line)) is closing


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("the wee boy Jamie came in", "Jamie", "Child A"),
        ("the wee boy and his mum Sarah", "Sarah", "Person A"),
        ("the wee boy and Mrs Kaur", "Kaur", "Person A"),
        # every title in titles.txt is an adult word, not only the four courtesy titles
        ("the wee boy and Dr Kaur", "Kaur", "Person A"),
    ],
)
def test_pseudonyms_read_child_and_adult_words(text: str, name: str, label: str) -> None:
    from redactcheck.redaction.pseudonyms import People
    from redactcheck.types import Finding

    start = text.index(name)
    finding = Finding(start, start + len(name), "PERSON", 1.0, "test", "", text=name)
    assert People(text, [finding]).label_at(start) == label
