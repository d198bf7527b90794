"""The look-alike regions of redactcheck.suppress, one table per predicate."""
from __future__ import annotations

import pytest

from redactcheck.detect.view import View
from redactcheck.suppress import Suppressor
from redactcheck.suppress.authorship import only_signature_lines, signature_line, signature_region
from redactcheck.types import Finding


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


# --- the look-alike predicates: a row for each, failing without it ------------------------


@pytest.fixture(scope="module")
def suppressor() -> Suppressor:
    return Suppressor()


# (text, finding, category, rule, lower-case draft?, why it is let go or None, reason)
# fmt: off
LOOKALIKES = [
    ("Call Childline if you are worried.", "Childline", "INSTITUTION", "ner-org", False,
     "public body", "a public body named in general"),
    ("We ordered from the Chinese takeaway.", "Chinese", "DEMOGRAPHIC", "ner-norp", False,
     "cuisine", "a nationality naming a kind of food"),
    ("We ordered from the Chinese takeaway.", "Chinese", "PERSON", "ner-person", False,
     None, "a cuisine region hides only a demographic, never another category"),
    ("Call Childline if you are worried.", "Call Childline", "INSTITUTION", "ner-org", False,
     "public body", "a finding spilling over a public body by an ordinary word"),
    ("Ring the Samaritans tonight.", "Ring the Samaritans", "INSTITUTION", "ner-org", False,
     "public body", "spilling over by ordinary words"),
    ("Referred via Childline last year.", "via Childline", "INSTITUTION", "ner-org", False,
     "public body", "spilling over by a function word the word list lacks ('via')"),
    ("She was seen by NHS Highland staff.", "NHS Highland", "INSTITUTION", "ner-org", False,
     None, "a place after a national name makes a local body ('Highland' is also a word)"),
    ("See the NSPCC 2019 report.", "NSPCC 2019", "INSTITUTION", "ner-org", False,
     None, "a number spilling over is no ordinary word"),
    ("she rang childline last night", "childline", "INSTITUTION", "ner-org", True,
     "public body", "in a draft typed in lower case the lists match in any case"),
    ("she rang childline last night", "childline", "INSTITUTION", "ner-org", False,
     None, "elsewhere their capitals must match"),
    ("Mum was upset.", "Mum", "PERSON", "ner-person", False,
     "placeholder", "a kinship word used as a placeholder"),
    ("Context: the family moved.", "Context", "PERSON", "ner-person", False,
     "common word", "a domain word starting a heading"),
    ("Hope was all we had.", "Hope", "PERSON", "ner-person", False,
     "common word", "a name that is a word, at a line's start"),
    ("He left. Hope was all we had.", "Hope", "PERSON", "ner-person", False,
     "common word", "a name that is a word, after a full stop"),
    ("we hope to visit", "hope", "PERSON", "ner-person", False,
     "common word", "a name that is a word, in lower case"),
    ("I met Hope at school.", "Hope", "PERSON", "ner-person", False,
     None, "a name that is a word, capitalised inside a sentence, is a name"),
    ("Hope was all we had.", "Hope", "PERSON", "name-called", False,
     None, "a rule's name ('called Hope') is a name wherever it stands"),
    ("Follow @CityNewsDesk for news.", "@CityNewsDesk", "CONTACT", "social-handle", False,
     "public body", "an organisation's handle of ordinary words"),
    ("Follow @JadeBrodie for news.", "@JadeBrodie", "CONTACT", "social-handle", False,
     None, "a person's handle"),
    ("Follow @NSPCC for news.", "@NSPCC", "CONTACT", "social-handle", False,
     "public body", "a public body's own handle"),
    ("Follow @SamaritansScot for news.", "@SamaritansScot", "CONTACT", "social-handle", False,
     "public body", "a public body's handle with a nation after it"),
    ("Ring 0 1 4 1 5 7 2 0 2 3 7 for advice.", "0 1 4 1 5 7 2 0 2 3 7", "CONTACT", "uk-phone",
     False, "helpline", "a listed helpline in spaced digits"),
    ("Ring +44 (0)141 572 0237 for advice.", "+44 (0)141 572 0237", "CONTACT", "uk-phone",
     False, "helpline", "a listed helpline with the country code"),
    ("Ring 0300 123 4567 for advice.", "0300 123 4567", "CONTACT", "uk-phone", False,
     "helpline", "an 03 number: Ofcom gives them to public bodies and charities"),
    ("Ring 07700 900123 for advice.", "07700 900123", "CONTACT", "uk-phone", False,
     None, "a mobile number is a person's"),
    ("Readers at the Northern Social Care Festival answered.", "Northern Social Care Festival",
     "INSTITUTION", "ner-org", False, "public body", "a festival: nobody of a case attends it"),
    ("We use the Good Lives Model in the team.", "Good Lives Model", "INSTITUTION", "ner-org",
     False, "public body", "a practice model, not a place"),
    ("Kayla goes to the Riverside Youth Project.", "Riverside Youth Project", "INSTITUTION",
     "ner-org", False, None, "a project a child goes to is a place of the case"),
    ("Kayla goes to the Northern Social Care Festival.", "Northern Social Care Festival",
     "INSTITUTION", "institution-rule", False, None, "a rule's finding is never let go by its word"),
    ("On the form, use 14 Anytown Road.", "14 Anytown Road", "ADDRESS", "uk-address", False,
     "placeholder", "an example's stand-in place"),
    ("See steps 1.2, 1.3 and 2.1.4 of it.", "1.3", "DATE", "ner-date", False,
     "version number", "a list of section numbers after 'steps'"),
    ("She came on 1.3 and left.", "1.3", "DATE", "ner-date", False,
     None, "a dotted day and month with no section word before it"),
    ("The line is open 24/7 now.", "24/7", "DATE", "ner-date", False,
     "round the clock", "round the clock, not the 24th of July"),
    ("She came on 24/7 and left.", "24/7", "PERSON", "ner-person", False,
     None, "the idiom hides only a date"),
    ("She came on 24/7/2019 and left.", "24/7/2019", "DATE", "ner-date", False,
     None, "a date with its year"),
    ("It is #MentalHealthAwarenessWeek again.", "MentalHealthAwarenessWeek", "PERSON",
     "ner-person", False, "common word", "a hashtag of ordinary words"),
    ("Please share #FindJadeBrodie again.", "FindJadeBrodie", "PERSON", "ner-person", False,
     None, "a hashtag with a name in it"),
    ("Ruby of secondary-school age is well.", "Ruby of secondary-school", "INSTITUTION",
     "ner-org", False, "age band", "an age band redaction wrote, after a name that is a word"),
    ('Rare details: "the only Tongan family here", "a retired Baptist minister", "one of'
     ' triplets": each may be enough.', "a retired Baptist minister", "DEMOGRAPHIC",
     "singular-circumstance", False, "a quoted example of wording",
     "a list of three or more quoted phrases gives examples of wording"),
    ('He goes by "Stevo" or "Stevie-G" on the estate.', "Stevo", "PERSON", "name-nickname",
     False, None, "two quotations, a nickname and its variant, are no list of examples"),
    ("Tiernan of secondary-school age is well.", "Tiernan of secondary-school", "INSTITUTION",
     "ner-org", False, None, "a name that is no word before an age band is still found"),
    ("her da frank was in hospital", "frank", "PERSON", "name-after-role-lower", True,
     None, "a listed service's name that is a first name, after a family word, is the relative"),
    ("we phoned frank about drugs", "frank", "PERSON", "name-word-in-a-person-slot-lower", True,
     "public body", "the same name after a verb alone is still the service"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "phrase", "category", "rule", "lower_case", "expected", "reason"),
    LOOKALIKES,
    ids=[f"{row[1]}-{row[2]}-{row[4]}" for row in LOOKALIKES],
)
def test_lookalike(suppressor, text, phrase, category, rule, lower_case, expected, reason) -> None:
    start = text.index(phrase)
    source = "model" if rule.startswith("ner-") else "rule"
    finding = Finding(start, start + len(phrase), category, 0.85, rule, "", phrase, source=source)
    _, dropped = suppressor.split(View(text, text, lower_case), [finding])
    assert (dropped[0].why if dropped else None) == expected, reason
