"""The look-alike regions of redactcheck.suppress, one table per predicate."""
from __future__ import annotations

import pytest

from redactcheck.suppress import only_signature_lines, signature_line, signature_region


@pytest.mark.parametrize(("line", "shaped"), [
    ("Morag Dunbar", True),
    ("Senior Practitioner | Children and Families | Fife Council", True),
    ("Tel: 0131 496 0192  Mob: 07700 900123", True),
    ("morag.dunbar@example.gov.uk", True),
    ("", True),
    ("(she/her)", True),
    ("Mum is Kirsty McAllister, her mobile is 07700 900456", False),  # a sentence about someone
    ("I work Monday to Wednesday", False),
    ("Ward 4. Please ring before you visit", False),  # two sentences
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen", False),
])
def test_signature_line(line: str, shaped: bool) -> None:
    assert signature_line(line) is shaped


def test_a_disclaimer_ends_the_signature_block() -> None:
    lines = ["Morag Dunbar", "This email is confidential and may be privileged. If you have received it..."]
    assert only_signature_lines(lines)
    assert not only_signature_lines(["Morag Dunbar", "She was there when it happened."])


@pytest.mark.parametrize(("text", "signed"), [
    ("Hi team, moved to Friday.\n\nKind regards,\nMorag Dunbar\nSenior Practitioner\n0131 496 0192", True),
    ("Quick one\nThanks\nMum is Kirsty McAllister, her mobile is 07700 900456", False),
    ("Thanks for the advice last week.\nHe is settled now and the school are pleased.", False),
    ("See you then.\n\nCheers", False),  # a closing with nothing after it signs nothing
])
def test_signature_region_only_over_a_real_sign_off(text: str, signed: bool) -> None:
    region = signature_region(text)
    assert (region is not None) is signed
    if region is not None:
        assert text[region.start:region.end].strip().startswith("Morag Dunbar")
        assert text[region.body_end:].startswith("Kind regards")
