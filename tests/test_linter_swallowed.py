"""`Linter._recover_swallowed`: what a suppressed look-alike swallowed in the merge comes back.

The merge makes one finding of "Shelter Romanian" (the charity, spilling over by a word the
word list knows); suppressed as a public body, it would take the nationality inside it along.
"""

from __future__ import annotations

import pytest

# (draft, the finding that must survive, why)
SWALLOWED = [
    (
        "The family use the Shelter Romanian advice line.",
        ("DEMOGRAPHIC", "Romanian"),
        "a nationality swallowed by a public body's name it spills over",
    ),
    (
        "They use the Shelter WhatsApp Romanian group.",
        ("DEMOGRAPHIC", "Romanian"),
        "the same after a platform's name",
    ),
]


@pytest.mark.parametrize(("draft", "expected", "reason"), SWALLOWED)
def test_a_swallowed_finding_comes_back(linter, draft, expected, reason) -> None:
    found = [(f.category, f.text) for f in linter.check(draft).findings]
    assert expected in found, reason
