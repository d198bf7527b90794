"""The private watchlist: names stored only as keyed hashes, flagged in any case, and
winning over every look-alike except the user's allowlist and inline ignores."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactcheck.detect import watchlist as watch
from redactcheck.batch.cache import ResultCache, settings_fingerprint
from redactcheck.cli import main
from redactcheck.config import Config

# Invented names nothing else in redactcheck would read as a name in these drafts.
NAME = "Tamsin Pengarrow"
NICK = "Tams"
ACCENTED = "Eoghan Ó Ceallacháin"


def _env(tmp_path: Path) -> dict[str, str]:
    """HOME and XDG_CONFIG_HOME in tmp_path: the user's config folder for this test."""
    return {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"), "REDACTCHECK_WATCHLIST": ""}


def _run(tmp_path: Path, args: list[str], stdin: str = "") -> tuple[int, str]:
    result = CliRunner().invoke(main, args, input=stdin, env=_env(tmp_path))
    return result.exit_code, result.output


def _store(tmp_path: Path) -> Path:
    return tmp_path / "config" / "redactcheck" / "watchlist.json"


def _made(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "private" / "watchlist.json"
    current = watch.open_for_change(path)
    updated, _ = watch.add(current, [watch.parse_line(line) for line in lines])
    watch.save(updated)
    return path


def _linter(linter, path: Path):
    """The session Linter, reading another watchlist (no second model load)."""
    import copy

    other = copy.copy(linter)
    other.watchlist = watch.load(path)
    return other


def _watched(report) -> list[str]:
    return [f.text for f in report.findings if f.rule == "watchlist"]


# --- the CLI and the store ---

def test_add_list_remove_clear_through_the_cli(tmp_path: Path) -> None:
    code, out = _run(tmp_path, ["watch", "add", "--nickname", NICK], NAME + "\n")
    assert code == 0, out
    assert "1 new name" in out and "1 name watched" in out
    assert NAME not in out and "Pengarrow" not in out and NICK not in out
    assert _store(tmp_path).is_file()

    code, out = _run(tmp_path, ["watch", "add"], f"{ACCENTED}, Eo\nJo Kettering\n")
    assert code == 0 and "2 new names" in out and "3 names watched" in out

    code, out = _run(tmp_path, ["watch", "list"])
    assert code == 0 and out.startswith("3 names watched") and "Kettering" not in out

    code, out = _run(tmp_path, ["watch", "remove"], "jo kettering\nNobody Atall\n")
    assert code == 0 and "removed 1 name" in out and "1 not on the watchlist" in out and "2 names watched" in out

    code, out = _run(tmp_path, ["watch", "clear"])
    assert code == 0 and "2 names" in out
    assert not _store(tmp_path).exists() and not watch.key_path(_store(tmp_path)).exists()
    assert _run(tmp_path, ["watch", "list"])[1].startswith("0 names watched")


def test_no_name_is_an_input_error(tmp_path: Path) -> None:
    code, out = _run(tmp_path, ["watch", "add"], "\n")
    assert code == 2 and "no name given" in out and "Traceback" not in out
    code, out = _run(tmp_path, ["watch", "add", "--nickname", "x"], "A Bee\nC Dee\n")
    assert code == 2 and "--nickname goes with a single name" in out


def test_store_holds_no_name_and_no_unkeyed_hash(tmp_path: Path) -> None:
    _run(tmp_path, ["watch", "add", "--nickname", NICK], NAME + "\n")
    _run(tmp_path, ["watch", "add"], ACCENTED + "\n")
    data = _store(tmp_path).read_bytes()
    key = watch.key_path(_store(tmp_path)).read_bytes()
    forms = set()
    for name in (NAME, NICK, ACCENTED):
        forms |= {name, name.lower(), name.upper(), watch.fold(name)} | set(name.split())
    forms |= watch.variants(NAME, [NICK]) | watch.variants(ACCENTED)
    for form in forms:
        for spelling in (form, form.lower(), form.capitalize()):
            raw = spelling.encode("utf-8")
            assert raw not in data and raw.lower() not in data.lower()
            for algorithm in ("md5", "sha1", "sha256", "sha512", "blake2b"):
                plain = hashlib.new(algorithm, raw).hexdigest().encode()
                assert plain not in data
    assert key.strip() not in data
    stored = json.loads(data)
    assert {len(h) for n in stored["names"] for h in n} == {64}


def test_store_and_key_are_private_files_in_a_private_folder(tmp_path: Path) -> None:
    _run(tmp_path, ["watch", "add"], NAME + "\n")
    store = _store(tmp_path)
    for path in (store, watch.key_path(store)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(store.parent.stat().st_mode) == 0o700
    _run(tmp_path, ["watch", "add"], "Jo Kettering\n")  # rewritten atomically: still 0600
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert not list(store.parent.glob("*.tmp"))


def test_a_store_inside_a_repository_is_refused(tmp_path: Path) -> None:
    repo = tmp_path / "blog"
    (repo / ".git").mkdir(parents=True)
    code, out = _run(tmp_path, ["watch", "add", "--watchlist", str(repo / "names.json")], NAME + "\n")
    assert code == 2 and "outside any repository" in out
    assert not (repo / "names.json").exists()


def test_a_lost_key_is_a_one_line_error(tmp_path: Path, linter) -> None:
    path = _made(tmp_path, NAME)
    watch.key_path(path).unlink()
    code, out = _run(tmp_path, ["check", "--watchlist", str(path), "-"], "Nothing here.\n")
    assert code == 2 and "watchlist key" in out and "Traceback" not in out


# --- matching ---

@pytest.mark.parametrize("draft, expected", [
    ("Tamsin Pengarrow came in.", ["Tamsin Pengarrow"]),
    ("tamsin pengarrow came in", ["tamsin pengarrow"]),
    ("TAMSIN PENGARROW CAME IN", ["TAMSIN PENGARROW"]),
    ("the pengarrow kids were late again", ["pengarrow"]),
    ("u seen tamsins new fella", ["tamsins"]),
    ("Tamsin's mum rang.", ["Tamsin's"]),
    ("tams kicked off at school", ["tams"]),
    ("We met Eoghan O Ceallachain and eoghan.", ["Eoghan O Ceallachain", "eoghan"]),
    ("We met Eoghan Ó Ceallacháin.", ["Eoghan Ó Ceallacháin"]),
])
def test_every_spelling_is_a_person(linter, tmp_path: Path, draft: str, expected: list[str]) -> None:
    path = _made(tmp_path, f"{NAME}, {NICK}", ACCENTED)
    report = _linter(linter, path).check(draft)
    assert _watched(report) == expected
    assert all(f.category == "PERSON" for f in report.findings if f.rule == "watchlist")


def test_look_alike_words_and_parts_of_words_are_left_alone(linter, tmp_path: Path) -> None:
    path = _made(tmp_path, "Mark Tamsinson")
    report = _linter(linter, path).check("He marks the register; the tamsinsons and Mark's dog are not here.")
    assert _watched(report) == ["tamsinsons", "Mark's"]  # "marks" is an English word, not Mark's
    assert _watched(_linter(linter, path).check("Tamsinsonia and remarkable")) == []  # never part of a word


def test_a_title_is_never_a_watched_name(linter, tmp_path: Path) -> None:
    assert watch.variants("Mrs Tamsin Pengarrow") == {"tamsin pengarrow", "tamsin", "pengarrow"}
    report = _linter(linter, _made(tmp_path, "Mrs Tamsin Pengarrow")).check("the pengarrow kids told mrs about it")
    assert _watched(report) == ["pengarrow"]


def test_matching_is_linear_in_the_draft(tmp_path: Path) -> None:
    """At most MAX_WORDS hashes (two for a possessive) per word of the draft."""
    current = watch.load(_made(tmp_path, NAME))
    calls = 0
    real = watch.Watchlist.variant_hash

    def counting(self, variant):
        nonlocal calls
        calls += 1
        return real(self, variant)

    draft = "word after word " * 500
    watch.Watchlist.variant_hash = counting  # type: ignore[method-assign]
    try:
        current.find(draft)
    finally:
        watch.Watchlist.variant_hash = real  # type: ignore[method-assign]
    assert calls <= 2 * watch.MAX_WORDS * len(draft.split())


# --- precedence ---

def test_a_watched_name_declared_changed_is_still_flagged(linter, tmp_path: Path) -> None:
    draft = "Tamsin (not her real name) is doing well; tamsin now goes to college. All names are changed."
    report = _linter(linter, _made(tmp_path, NAME)).check(draft)
    assert _watched(report) == ["Tamsin", "tamsin"]
    assert not [s for s in report.suppressed if s.finding.text.lower() == "tamsin"]


def test_a_watched_name_beats_a_look_alike(linter, tmp_path: Path) -> None:
    draft = "By Rowan Pengarrow\n\nWe visited a family today."
    plain = linter.check(draft)
    assert not plain.findings and [s.why for s in plain.suppressed] == ["byline"]  # an author's byline...
    report = _linter(linter, _made(tmp_path, "Rowan Pengarrow")).check(draft)
    assert _watched(report) == ["Rowan Pengarrow"] and not report.suppressed  # ...but a name on the caseload


def test_a_watched_name_is_caught_where_nothing_else_would(linter, tmp_path: Path) -> None:
    draft = "As Munro (2011) argues, reflective supervision helps."
    assert not linter.check(draft).findings
    assert _watched(_linter(linter, _made(tmp_path, "Kerry Munro")).check(draft)) == ["Munro"]


def test_a_watched_name_that_is_a_public_figure_is_still_flagged(linter, tmp_path: Path) -> None:
    draft = "Nicola Sturgeon opened the new centre."
    report = _linter(linter, _made(tmp_path, "Nicola Sturgeon")).check(draft)
    assert _watched(report) == ["Nicola Sturgeon"]


def test_the_allowlist_wins(linter, tmp_path: Path) -> None:
    from redactcheck.suppress import Suppressor

    allowing = _linter(linter, _made(tmp_path, NAME))
    allowing.suppressor = Suppressor(allowlist=("Tamsin Pengarrow",))
    report = allowing.check("Posted by Tamsin Pengarrow. The pengarrow kids were late.")
    assert _watched(report) == ["pengarrow"]  # only the allowed spelling is let go


def test_an_inline_ignore_wins(linter, tmp_path: Path) -> None:
    text = 'redactcheck: allow "Pengarrow"\nThe Pengarrow kids were late; Tamsin too.\n'
    report = _linter(linter, _made(tmp_path, NAME)).check(text, directives=[(0, 'allow "Pengarrow"')])
    assert _watched(report) == ["Tamsin"]
    assert {s.why for s in report.suppressed if s.finding.text == "Pengarrow"} == {"inline"}


def test_an_empty_watchlist_changes_nothing(linter, tmp_path: Path) -> None:
    draft = "Visited Kirsten Dalgleish (14) at 14 Whinhill Road, AB11 7XJ on 3rd March."
    assert _linter(linter, tmp_path / "none.json").check(draft) == linter.check(draft)


# --- everywhere: API, check, redact, review, cache ---

def test_the_api_takes_a_watchlist_path(tmp_path: Path) -> None:
    """A real Linter built with `watchlist=`; without it, the config's; else the user's."""
    import redactcheck

    path = _made(tmp_path, NAME)
    built = redactcheck.Linter(watchlist=path)
    assert _watched(built.check("the pengarrow kids")) == ["pengarrow"]
    assert built.watchlist.path == path
    assert watch.store_path(None) == watch.default_path()
    assert watch.store_path(str(path)) == path


def test_check_and_redact_read_the_watchlist(tmp_path: Path) -> None:
    path = _made(tmp_path, NAME)
    draft = tmp_path / "post.txt"
    draft.write_text("The pengarrow kids were late again.\n", encoding="utf-8")
    code, out = _run(tmp_path, ["check", "--no-cache", "--watchlist", str(path), "--format", "json", str(draft)])
    assert code == 1, out
    assert '"rule": "watchlist"' in out
    code, out = _run(tmp_path, ["redact", "--watchlist", str(path), "--style", "tag", str(draft)])
    assert code == 0 and "pengarrow" not in out.lower() and "[PERSON]" in out


def test_the_users_own_watchlist_is_the_default(tmp_path: Path) -> None:
    _run(tmp_path, ["watch", "add"], NAME + "\n")
    draft = tmp_path / "post.txt"
    draft.write_text("The pengarrow kids were late again.\n", encoding="utf-8")
    code, out = _run(tmp_path, ["check", "--no-cache", "--show-text", str(draft)])
    assert code == 1 and "[pengarrow]" in out


def test_review_reads_the_watchlist(tmp_path: Path) -> None:
    path = _made(tmp_path, NAME)
    draft = tmp_path / "post.txt"
    draft.write_text("The pengarrow kids were late again.\n", encoding="utf-8")
    out_file = tmp_path / "out.txt"
    code, out = _run(tmp_path, ["review", "--watchlist", str(path), "-o", str(out_file), str(draft)], "r\n" * 5)
    assert code == 0, out
    assert "pengarrow" not in out_file.read_text(encoding="utf-8").lower()


def test_a_newly_watched_name_misses_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "private" / "watchlist.json"
    before = settings_fingerprint(Config(watchlist=str(path)), "test")
    _made(tmp_path, NAME)
    after = settings_fingerprint(Config(watchlist=str(path)), "test")
    assert before != after
    current = watch.open_for_change(path)
    more, _ = watch.add(current, [("Jo Kettering", [])])
    watch.save(more)
    assert settings_fingerprint(Config(watchlist=str(path)), "test") not in (before, after)
    # the digest is keyed: the stored hashes alone do not give it
    assert watch.load(path).digest() != hashlib.sha256("".join(sorted(watch.load(path).hashes)).encode()).hexdigest()


def test_a_cached_run_never_misses_a_newly_watched_name(tmp_path: Path) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text("The bus was late again for pengarrow.\n", encoding="utf-8")  # nothing else reads a name here
    env = {**_env(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = CliRunner().invoke(main, ["check", "--fail-on", "direct", str(draft)], env=env)
    assert first.exit_code == 0, first.output
    assert list((tmp_path / "cache").rglob("*.json")), "the first run was not cached"
    CliRunner().invoke(main, ["watch", "add"], input=NAME + "\n", env=env)
    second = CliRunner().invoke(main, ["check", "--fail-on", "direct", str(draft)], env=env)
    assert second.exit_code == 1, second.output


def test_check_in_a_fresh_process_reads_the_default_store(tmp_path: Path) -> None:
    """The installed command, as the pre-commit hook runs it, with HOME/XDG in tmp_path."""
    env = {**os.environ, **_env(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "CI": "true"}
    exe = [sys.executable, "-m", "redactcheck"]
    added = subprocess.run([*exe, "watch", "add"], input=NAME + "\n", env=env, capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    draft = tmp_path / "post.md"
    draft.write_text("# Notes\n\nThe pengarrow kids were late again.\n", encoding="utf-8")
    checked = subprocess.run([*exe, "check", str(draft)], env=env, capture_output=True, text=True, timeout=600)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "PERSON" in checked.stdout or "a name" in checked.stdout
    assert "pengarrow" not in checked.stdout.lower()  # CI: never printed


def test_an_unreadable_store_is_a_one_line_error(tmp_path: Path) -> None:
    path = _made(tmp_path, NAME)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with root powers: permissions do not bite")
        code, out = _run(tmp_path, ["check", "--watchlist", str(path), "-"], "Nothing here.\n")
        assert code == 2 and "cannot read the watchlist" in out
    finally:
        path.chmod(0o600)
