"""risk/explain.py: the explain document in plain words (render_text reads only the document)."""

from __future__ import annotations

from redactcheck.risk.explain import render_text


def document(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "source": "post.md",
        "risk": 81.0,
        "band": "high",
        "reasons": ["a full name with an age"],
        "groups": [
            {"risk": 81.0, "lines": [2, 2], "reason": "a name and an age", "findings": []},
        ],
        "whole_draft_risk": 81.0,
        "people": [],
    }
    base.update(changes)
    return base


def test_one_group_gives_the_headline_only() -> None:
    assert render_text(document()) == ["post.md: high (81): a full name with an age"]


def test_several_groups_each_get_a_line_and_the_whole_draft_one() -> None:
    groups = [
        {"risk": 60.0, "lines": [2, 2], "reason": "a name", "findings": []},
        {"risk": 40.0, "lines": [4, 7], "reason": "a school", "findings": []},
    ]
    lines = render_text(document(groups=groups))
    assert lines[1:] == [
        "  line 2: risk 60: a name",
        "  lines 4-7: risk 40: a school",
        "  the whole draft together: risk 81",
    ]


def test_people_not_reported_are_told_once_with_their_role_in_words() -> None:
    author = {"reported": False, "line": 1, "role": "author", "evidence": "the byline"}
    subject = {"reported": True, "line": 3, "role": "subject", "evidence": "an age"}
    lines = render_text(document(people=[author, dict(author), subject]))
    assert lines[1:] == ["  a name on line 1: the author, not reported: the byline"]


def test_a_person_named_twice_is_told_once_with_all_their_cues() -> None:
    byline = {"reported": False, "line": 3, "text": "Morag Lindsay", "role": "author", "evidence": "byline, line 3"}
    decided = dict(byline, evidence="byline, line 3; the author's bio, line 21")
    lines = render_text(document(people=[byline, decided]))
    assert lines[1:] == ["  Morag Lindsay: the author, not reported: byline, line 3; the author's bio, line 21"]


def test_a_disguised_identifier_says_how_it_was_written() -> None:
    finding = {"line": 5, "category": "CONTACT", "written": "spelt out in words"}
    groups = [{"risk": 81.0, "lines": [5, 5], "reason": "a phone", "findings": [finding]}]
    (line,) = render_text(document(groups=groups))[1:]
    assert line.startswith("  line 5: ") and line.endswith("spelt out in words")
