"""The normalised view: each way of disguising an identifier is undone for the detectors,
and every finding is reported on exactly the characters the user wrote.

The drafts here are written for these tests (fictional people; phone numbers in Ofcom's
drama ranges). The Normaliser is the real one, built with the shipped word lists.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from redactcheck import cli
from redactcheck.documents import read_document
from redactcheck.detect.normalise import Edit, apply_edits, words_to_number

ZWSP, ZWNJ, ZWJ, LRM, RLM, WJ, SHY = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2060",
    "\u00ad",
)
RLO, PDF = "\u202e", "\u202c"


def _finding(linter: Any, text: str, category: str) -> Any:
    found = [f for f in linter.check(text).findings if f.category == category]
    assert found, (
        f"no {category} in {text!r}: {[(f.category, f.text) for f in linter.check(text).findings]}"
    )
    return found[0]


# (draft, the exact characters the finding must cover, category, how it was written)
MAPPED_BACK = [
    (f"We met Ka{ZWSP}yla at the flat.", f"Ka{ZWSP}yla", "PERSON", "invisible characters"),
    (f"We met Ka{ZWNJ}yla at the flat.", f"Ka{ZWNJ}yla", "PERSON", "invisible characters"),
    (f"We met Ka{ZWJ}yla at the flat.", f"Ka{ZWJ}yla", "PERSON", "invisible characters"),
    (f"We met Ka{LRM}yla at the flat.", f"Ka{LRM}yla", "PERSON", "invisible characters"),
    (f"We met Ka{RLM}yla at the flat.", f"Ka{RLM}yla", "PERSON", "invisible characters"),
    (f"We met Ka{WJ}yla at the flat.", f"Ka{WJ}yla", "PERSON", "invisible characters"),
    (f"We met Ka{SHY}yla at the flat.", f"Ka{SHY}yla", "PERSON", "invisible characters"),
    (f"Her nan {RLO}nedyaK nagroM{PDF} rang.", "nedyaK nagroM", "PERSON", "backwards"),
    (
        "Call her on 07700\u00a0900\u202f123 tonight.",
        "07700\u00a0900\u202f123",
        "CONTACT",
        "unusual space",
    ),
    ("Text ０７７００ ９００１２３ after six.", "０７７００ ９００１２３", "CONTACT", "full-width"),
    ("Her postcode is ＧＬ５１ ４ＡＢ now.", "ＧＬ５１ ４ＡＢ", "POSTCODE", "full-width"),
    ("We met Zoe\u0308 Brannigan today.", "Zoe\u0308 Brannigan", "PERSON", "combining marks"),
    ("She moved to G11 6\u0420S in May.", "G11 6\u0420S", "POSTCODE", "another alphabet"),
    ("Then k\u0430yla Brodie came in.", "k\u0430yla Brodie", "PERSON", "another alphabet"),
    (
        "Her mobile is 0 7 7 0 0 9 0 0 9 8 7 if needed.",
        "0 7 7 0 0 9 0 0 9 8 7",
        "CONTACT",
        "between the digits",
    ),
    (
        "Her mobile is 07.70.09.00.987 if needed.",
        "07.70.09.00.987",
        "CONTACT",
        "between the digits",
    ),
    (
        "Her NHS number is 9 4 3 4 7 6 5 9 1 9 on the form.",
        "9 4 3 4 7 6 5 9 1 9",
        "ID_NUMBER",
        "between the digits",
    ),
    ("Everyone called her K.a.y.l.a at school.", "K.a.y.l.a", "PERSON", "between the letters"),
    ("He told us B r o d i e had left.", "B r o d i e", "PERSON", "between the letters"),
    ("She lives at G 1 1  6 P S with her gran.", "G 1 1  6 P S", "POSTCODE", "between the letters"),
    ("We saw K4yd3n at the hub.", "K4yd3n", "PERSON", "digits in place of letters"),
    ("We saw Sh4nn0n at the hub.", "Sh4nn0n", "PERSON", "digits in place of letters"),
    ("Ring O77OO 9OO 456 if he turns up.", "O77OO 9OO 456", "CONTACT", "letter O in place of zero"),
    ("Ring O77OO 9OO l23 if he turns up.", "O77OO 9OO l23", "CONTACT", "letter O in place of zero"),
    ("She lives at G11 6P5 with her gran.", "G11 6P5", "POSTCODE", "digits in place of letters"),
    ("She lives at G1l 6PS with her gran.", "G1l 6PS", "POSTCODE", "digits in place of letters"),
    ("Everyone called her K_a_y_l_a at school.", "K_a_y_l_a", "PERSON", "between the letters"),
    (
        "Her file is S W / 2 0 2 3 / 0 4 4 1 7 on the system.",
        "S W / 2 0 2 3 / 0 4 4 1 7",
        "CASE_REF",
        "between the letters",
    ),
    ("DOB O3/O4/2O11 on the form.", "O3/O4/2O11", "DATE_OF_BIRTH", "letter O in place of zero"),
    (
        "She was born on 3 March 2O11 in Leeds.",
        "2O11",
        "DATE_OF_BIRTH",
        "letter O in place of zero",
    ),
    ("A girl aged 1 4 was at the door.", "1 4", "AGE", "between the digits"),
    ("They live at l4 Cr41g R0ad now.", "l4 Cr41g R0ad", "ADDRESS", "digits in place of letters"),
    ("She lives at GII 6PS with her gran.", "GII 6PS", "POSTCODE", "digits in place of letters"),
    (
        "Mail kayla underscore b at example dot com today.",
        "kayla underscore b at example dot com",
        "CONTACT",
        '"at" and "dot"',
    ),
    (
        "They live at 4 2  K E L V I N  R O A D now.",
        "4 2  K E L V I N  R O A D",
        "ADDRESS",
        "between the letters",
    ),
    ("She moved in on l4/O3 with her nan.", "l4/O3", "DATE", "letter O in place of zero"),
    (
        "It started at Christmas two thousand and nineteen.",
        "two thousand and nineteen",
        "DATE",
        "in words",
    ),
    ("See https://example.org/news/fire-on-14-march for it.", "14-march", "DATE", "web address"),
    (
        "Call + 4 4 7 7 0 0 9 0 0 4 5 6 tonight.",
        "+ 4 4 7 7 0 0 9 0 0 4 5 6",
        "CONTACT",
        "between the digits",
    ),
    ("Call +44 77OO 9OO 456 tonight.", "+44 77OO 9OO 456", "CONTACT", "letter O in place of zero"),
    ("Mail kayla.b @ example . com today.", "kayla.b @ example . com", "CONTACT", '"at" and "dot"'),
    ("She is on snap (k4yd3n_x) most nights.", "k4yd3n_x", "CONTACT", "without the @"),
    ("Our grandson is t h i r t e e n now.", "t h i r t e e n", "AGE", "in words"),
    (
        "We met \u041a\u0410\u0423LA at the hub.",
        "\u041a\u0410\u0423LA",
        "PERSON",
        "another alphabet",
    ),
    ("We met \u0422\u041e\u041c at the hub.", "\u0422\u041e\u041c", "PERSON", "another alphabet"),
    (
        "Born 1 4 . 0 3 . 2 0 1 1 in Leeds.",
        "1 4 . 0 3 . 2 0 1 1",
        "DATE_OF_BIRTH",
        "between the digits",
    ),
    (
        "Born 1 4 - 0 3 - 2 0 1 1 in Leeds.",
        "1 4 - 0 3 - 2 0 1 1",
        "DATE_OF_BIRTH",
        "between the digits",
    ),
    ("A girl aged l4 was at the door.", "l4", "AGE", "letter O in place of zero"),
    ("They moved from G1asg0w last year.", "G1asg0w", "LOCATION", "digits in place of letters"),
    (
        "Her number is 07700 nine double oh four five six, call later.",
        "07700 nine double oh four five six",
        "CONTACT",
        "in words",
    ),
    ("Her insta is @ kayla_b99 if you need it.", "@ kayla_b99", "CONTACT", "space after the @"),
    (
        "Mail k a y l a @ e x a m p l e . c o m today.",
        "k a y l a @ e x a m p l e . c o m",
        "CONTACT",
        "between the letters",
    ),
    (
        "Her mobile is 0 7 7 0 0 - 9 0 0 - 4 5 6 if needed.",
        "0 7 7 0 0 - 9 0 0 - 4 5 6",
        "CONTACT",
        "between the digits",
    ),
    (
        "Her number is oh seven seven double oh nine double oh four five six, call later.",
        "oh seven seven double oh nine double oh four five six",
        "CONTACT",
        "in words",
    ),
    ("They live at thirty-one Albert Road now.", "thirty-one Albert Road", "ADDRESS", "in words"),
    (
        "She was born on the third of March two thousand and ten.",
        "the third of March two thousand and ten",
        "DATE_OF_BIRTH",
        "in words",
    ),
    ("Our granddaughter is thirteen and lives with us.", "thirteen", "AGE", "in words"),
    (
        "Write to kayla.brodie at example dot com please.",
        "kayla.brodie at example dot com",
        "CONTACT",
        '"at" and "dot"',
    ),
    (
        "Write to kbrodie[at]example[dot]org please.",
        "kbrodie[at]example[dot]org",
        "CONTACT",
        '"at" and "dot"',
    ),
    ("her snap is k4yd3n_x so message her there", "k4yd3n_x", "CONTACT", "without the @"),
    ("She is on Insta as kayla.b2010 now.", "kayla.b2010", "CONTACT", "without the @"),
    (
        "Read https://example.org/blog/kayla-brodie-story first.",
        "https://example.org/blog/kayla-brodie-story",
        "PERSON",
        "web address",
    ),
    ("Please share #FindKaylaNow everywhere.", "#FindKaylaNow", "PERSON", "hashtag"),
    ("Please share #justiceforjayden everywhere.", "#justiceforjayden", "PERSON", "hashtag"),
    ("![at the beach](photos/kayla-brodie.jpg)", "photos/kayla-brodie.jpg", "PERSON", "file name"),
    (
        "Her mum writes it all up on https://kaylasjourney.wordpress.com/2024/05/court now.",
        "https://kaylasjourney.wordpress.com/2024/05/court",
        "PERSON",
        "web address",
    ),
    (
        "The family set up justice4jayden.org.uk last week.",
        "justice4jayden.org.uk",
        "PERSON",
        "web address",
    ),
    (
        "Her aunt runs www.kaylabrodie.com for the appeal.",
        "www.kaylabrodie.com",
        "PERSON",
        "web address",
    ),
    ("We met\nK\na\ny\nl\na\nat the hub.", "K\na\ny\nl\na", "PERSON", "one letter to a line"),
    (
        "She lives at\nG\n1\n1\n6\nP\nS\nwith her gran.",
        "G\n1\n1\n6\nP\nS",
        "POSTCODE",
        "one letter to a line",
    ),
    (
        "We met \u1d0b\u1d00\u028f\u029f\u1d00 at the hub.",
        "\u1d0b\u1d00\u028f\u029f\u1d00",
        "PERSON",
        "small capitals",
    ),
    (
        "We met \U0001f17a\U0001f170\U0001f188\U0001f17b\U0001f170 at the hub.",
        "\U0001f17a\U0001f170\U0001f188\U0001f17b\U0001f170",
        "PERSON",
        "letter-like symbols",
    ),
    (
        "On the ninth she moved out to her dad's. It was March and cold.",
        "ninth",
        "DATE",
        "in words",
    ),
    (
        "She came home on Friday. By the twenty-first, she had left again.",
        "twenty-first",
        "DATE",
        "in words",
    ),
    ("Her mobile is 07700 900 4|8 now.", "07700 900 4|8", "CONTACT", "a bar | in place"),
    ("Her mobile is 07700~900~418 now.", "07700~900~418", "CONTACT", "signs other than spaces"),
    ("Her mobile is 07700 - 900 - 418 now.", "07700 - 900 - 418", "CONTACT", "signs other"),
    ("Email rhona.b -at- example.org today.", "rhona.b -at- example.org", "CONTACT", '"at"'),
    ("He is \u0417 years old.", "\u0417", "AGE", "another alphabet in place of digits"),
    ("Her son is s i x.", "s i x", "AGE", "spaces or dots between the letters"),
    ("He's 3l3v3n years old.", "3l3v3n", "AGE", "digits in place of letters"),
    # a number under its label with a wrong check digit, said in words
    (
        "NHS number four eight five, seven seven seven, three four five six.",
        "four eight five, seven seven seven, three four five six",
        "ID_NUMBER",
        "in words",
    ),
    ("Her CHI is 1 4 0 3 1 1 2 3 4 5.", "1 4 0 3 1 1 2 3 4 5", "ID_NUMBER", "between the digits"),
    ("DOB 14 March 2 0 1 1 on the form.", "2 0 1 1", "DATE_OF_BIRTH", "between the digits"),
    (
        "Date of birth: one four oh three two oh one one.",
        "one four oh three two oh one one",
        "DATE_OF_BIRTH",
        "in words",
    ),
    ("Born: fourteen/three/eleven, in Leeds.", "fourteen/three/eleven", "DATE_OF_BIRTH", "words"),
    ("DOB l4 March 2Ol1 on the form.", "l4 March 2Ol1", "DATE_OF_BIRTH", "letter O"),
    (
        "National Insurance number J T one two three four five six A.",
        "one two three four five six",
        "ID_NUMBER",
        "in words",
    ),
    (
        "Her case number is two oh two three slash oh oh four one.",
        "two oh two three slash oh oh four one",
        "CASE_REF",
        "in words",
    ),
    ("Her mobile is O7700 900 Z3b if needed.", "O7700 900 Z3b", "CONTACT", "letters in place"),
    ("Text her on O 7 7 O O 9 O O 2 3 6 later.", "O 7 7 O O 9 O O 2 3 6", "CONTACT", "letter O"),
    (
        "The case ref is CR slash two three slash oh four one.",
        "CR slash two three slash oh four one",
        "CASE_REF",
        "in words",
    ),
]


@pytest.mark.parametrize(("draft", "covered", "category", "how"), MAPPED_BACK)
def test_a_disguised_identifier_is_found_on_the_characters_written(
    linter: Any, draft: str, covered: str, category: str, how: str
) -> None:
    finding = _finding(linter, draft, category)
    start = draft.index(covered)
    assert (
        covered in finding.text and finding.start <= start and start + len(covered) <= finding.end
    )
    assert finding.text == draft[finding.start : finding.end]
    assert finding.written and how in finding.written


@pytest.mark.parametrize(("draft", "covered", "category", "how"), MAPPED_BACK)
def test_redaction_removes_what_was_written(
    linter: Any, draft: str, covered: str, category: str, how: str
) -> None:
    redacted = linter.redact(draft, style="tag")
    assert covered not in redacted
    assert redacted[:3] == draft[:3] or draft.index(covered) < 3


@pytest.mark.parametrize(
    ("draft", "exact"),
    [
        (f"We met Ka{ZWSP}yla at the flat.", f"Ka{ZWSP}yla"),
        ("He told us B r o d i e had left.", "B r o d i e"),
        ("We saw K4yd3n at the hub.", "K4yd3n"),
        ("She moved to G11 6\u0420S in May.", "G11 6\u0420S"),
        ("Her mobile is 0 7 7 0 0 9 0 0 9 8 7 if needed.", "0 7 7 0 0 9 0 0 9 8 7"),
        ("Please share #FindKaylaNow everywhere.", "#FindKaylaNow"),
    ],
)
def test_the_finding_is_exactly_the_disguised_token(linter: Any, draft: str, exact: str) -> None:
    assert exact in {f.text for f in linter.check(draft).findings}


# Ordinary text a normalisation could turn into a finding.
LOOKALIKES = [
    "S U M M A R Y\n\nThe review went well.",
    "C A S E   N O T E S\n\nNothing to add.",
    "We upgraded the app to version 3.12.1 and then 4.0.2.",
    "See section 4.2.1 and 10.3.2 of the guidance.",
    "The course costs £1,299.99 or 1 299,99 euro.",
    "Follow @CarersUK and @BBCNews for updates.",
    "Call the helpline on 0 8 0 8 8 0 2 3 3 3 3 any time.",
    "Call the helpline on oh eight oh eight, eight oh two, three three three three.",
    "Ring Mind on 0 3 0 0 1 2 3 3 3 9 3 or the council's line on 0300.123.4567.",
    "Samaritans are on 1 1 6 1 2 3 day and night.",
    "It is one thing to agree and another to act. There was only one way in.",
    "Take 5mg at 10am in room B12, just off the M25.",
    "We did a follow-up on well-being and a one-to-one check-in.",
    "The file is at docs/policy/review-2024.pdf in the shared drive.",
    "Share #SocialWorkWeek and #carersweek this year.",
    "i.e. e.g. a b c and U.S.A.",
    "The monitor showed 1O0 BPM and the MP3 ONE player was in room B12.",
    "WE HAVE DONE EVERYTHING THE SOCIAL WORKER ASKED FOR 2 YEARS.",
    "We upgraded the app to version 3.12.1 last week.",
    "See section 4.2.1 and para 3.1 of the guidance.",
    "Follow @NSPCC, @Barnardos and @SamaritansScot for updates.",
    "s u m m a r y of the day, A-B-C of it.",
    "We had help from www.macmillan.org.uk and www.theharrisfoundation.org.",
    "Read more on https://www.glasgow.gov.uk/kinship and carersuk.org.",
    "Which would you choose?\nA\nB\nC\nD\nTick one.",
    "Options:\na\nb\nc\n",
    "The \u1d1b\u029c\u026a\u0280\u1d05 review went well.",
    "On Tuesday we went up to the third floor. It was the ninth time we asked.",
    "We may meet again on the third.",
    "There is a good guide at carersuk.org about it.",
    "Our solicitors' site is www.brodiefamilylaw.co.uk for the forms.",
    "Referral forms are on queenelizabeth.nhs.uk today.",
    "Our motto:\nH\no\np\ne\nfor every family.",
    "Call the office between 9.30 and 4.30, or text me about the 3 kids and 2 dogs.",
    "Phone: see the 2023 list, pages 4 to 12, and room 3B or 4A.",
    "gg ez, n00b, pwned, l33t skills; gr8 m8, c u l8r",
]


@pytest.mark.parametrize("draft", LOOKALIKES)
def test_ordinary_text_does_not_become_a_finding(linter: Any, draft: str) -> None:
    assert [(f.category, f.text) for f in linter.check(draft).findings] == []


def test_ordinary_text_gets_no_view_at_all(linter: Any) -> None:
    text = "Met the family today and talked about the plan."
    normalised = linter.normaliser(text)
    assert not normalised.changed and normalised.text is text


def test_a_sentence_in_another_alphabet_is_left_as_written(linter: Any) -> None:
    text = "Она сказала: мама дома."
    assert linter.normaliser(text).text == text


def test_hyphenated_words_in_running_text_are_left_alone(linter: Any) -> None:
    text = "A 14-year-old girl and her well-being, after a follow-up."
    assert linter.normaliser(text).text == text


def test_heading_capitals_stay_capitals_in_the_view(linter: Any) -> None:
    assert linter.normaliser("S U M M A R Y").text == "SUMMARY"


def test_version_numbers_and_sections_are_not_collapsed(linter: Any) -> None:
    assert (
        linter.normaliser("version 3.12.1, section 4.2.1").text == "version 3.12.1, section 4.2.1"
    )


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("thirty-one", 31),
        ("thirteen", 13),
        ("two thousand and ten", 2010),
        ("nineteen ninety-nine", 1999),
        ("twenty twenty-three", 2023),
        ("a hundred and two", 102),
        ("twenty oh five", 2005),
    ],
)
def test_words_to_number(words: str, number: int) -> None:
    assert words_to_number(words) == number


def test_apply_edits_maps_every_view_character_back() -> None:
    text, starts, ends = apply_edits("ab-cd", [Edit(2, 3, "", "x"), Edit(4, 5, "DD", "y")])
    assert text == "abcDD"
    assert list(zip(starts, ends)) == [(0, 1), (1, 2), (3, 4), (4, 5), (4, 5)]


def test_reversed_text_maps_each_character_back(linter: Any) -> None:
    draft = f"x {RLO}cba{PDF} y"
    normalised = linter.normaliser(draft)
    assert normalised.text == "x abc y"
    assert normalised.to_original(2, 3) == (draft.index("a"), draft.index("a") + 1)
    assert normalised.to_original(2, 5) == (draft.index("c"), draft.index("a") + 1)


def test_a_reversed_name_is_redacted_with_its_override_marks(linter: Any) -> None:
    """The replacement of a run written backwards is not itself shown backwards."""
    draft = f"Her nan {RLO}nedyaK nagroM{PDF} rang, and {RLO}863009 00770{PDF} is hers."
    assert linter.redact(draft, style="tag") == "Her nan [PERSON] rang, and [CONTACT] is hers."


def test_redaction_replaces_the_written_characters(linter: Any) -> None:
    draft = f"We met Ka{ZWSP}yla and rang 0 7 7 0 0 9 0 0 9 8 7 later."
    redacted = linter.redact(draft, style="tag")
    assert "Ka" + ZWSP not in redacted and "0 7 7 0 0" not in redacted
    assert redacted.startswith("We met ") and redacted.endswith(" later.")


def test_line_and_column_point_at_the_draft(linter: Any, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(f"First line.\nThen K{ZWSP}4yd3n came\nand left.\n", encoding="utf-8")
    report = linter.check_document(read_document(str(path)))
    finding = next(f for f in report.findings if f.category == "PERSON")
    assert (finding.line, finding.column) == (2, 6)


def test_inline_directive_ignores_a_normalised_finding(linter: Any, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "<!-- redactcheck: ignore-next-line -->\nWe met B r o d i e today.\n\nThen K4yd3n came.\n",
        encoding="utf-8",
    )
    report = linter.check_document(read_document(str(path)))
    assert "B r o d i e" in {s.finding.text for s in report.suppressed if s.why == "inline"}
    assert "K4yd3n" in {f.text for f in report.findings}


def test_json_output_says_how_it_was_written(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Her mobile is 0 7 7 0 0 9 0 0 9 8 7 if needed.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["check", "--format", "json", str(path)])
    findings = json.loads(result.output)["files"][0]["findings"]
    assert any("between the digits" in (f.get("written") or "") for f in findings)


def test_front_matter_slug_and_tags_in_a_markdown_post(linter: Any, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Our story\nslug: kayla-brodie-story\ntags: [justiceforjayden, kinship]\n---\n\n"
        "Nothing else here.\n",
        encoding="utf-8",
    )
    found = {f.text for f in linter.check_document(read_document(str(path))).findings}
    assert {"kayla-brodie-story", "justiceforjayden"} <= found


def test_a_username_in_a_byline_stays_the_authors(linter: Any) -> None:
    draft = "Advice wanted\nPosted by carer_ellie_89\n\nMy mum has just moved into a home."
    report = linter.check(draft)
    assert "carer_ellie_89" not in {f.text for f in report.findings}
    assert "carer_ellie_89" in {s.finding.text for s in report.suppressed if s.why == "byline"}


def test_a_username_discussed_in_the_text_is_found(linter: Any) -> None:
    assert "kayla_b_2010" in {
        f.text for f in linter.check("Her snap is kayla_b_2010 now.").findings
    }


def test_check_and_explain_say_how_it_was_written(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Her mobile is 0 7 7 0 0 9 0 0 9 8 7 and she is K4yd3n.\n", encoding="utf-8")
    for _ in range(2):  # the second run is answered from the result cache
        checked = CliRunner().invoke(cli.main, ["check", str(path)])
        assert "It was written with spaces or dots between the digits." in checked.output
    explained = CliRunner().invoke(cli.main, ["explain", str(path)])
    assert "line 1: a name written with digits in place of letters" in explained.output


def test_a_chat_link_is_contact_details(linter: Any) -> None:
    found = {
        (f.category, f.text)
        for f in linter.check("Message her on https://t.me/kayla_b now.").findings
    }
    assert ("CONTACT", "https://t.me/kayla_b") in found


def test_a_dotted_date_is_still_a_date(linter: Any) -> None:
    assert ("DATE", "3.12.21") in {
        (f.category, f.text) for f in linter.check("Met on 3.12.21 at the flat.").findings
    }


def test_a_number_plate_is_not_read_as_a_postcode(linter: Any) -> None:
    draft = "Her car is WK68 OXP, parked outside."
    assert linter.normaliser(draft).text == draft
    assert ("ID_NUMBER", "WK68 OXP") in {(f.category, f.text) for f in linter.check(draft).findings}


def test_a_host_name_maps_each_letter_back(linter: Any) -> None:
    draft = "See https://kaylasjourney.wordpress.com today."
    view = linter.normaliser(draft)
    at = view.text.index("Kayla's")
    assert view.to_original(at, at + len("Kayla's")) == (
        draft.index("kaylas"),
        draft.index("kaylas") + len("kaylas"),
    )
    assert view.to_original(at - 1, at) == (draft.index("/kaylas"), draft.index("kaylas"))


def test_vertical_letters_map_each_letter_back(linter: Any) -> None:
    draft = "We met\nK\na\ny\nl\na\nat the hub."
    view = linter.normaliser(draft)
    assert "\nKayla\n" in view.text
    at = view.text.index("Kayla")
    assert [view.to_original(i, i + 1) for i in range(at, at + 5)] == [
        (i, i + 1) for i in (7, 9, 11, 13, 15)
    ]


def test_small_capitals_map_each_letter_back(linter: Any) -> None:
    draft = "We met \u1d0b\u1d00\u028f\u029f\u1d00 at the hub."
    view = linter.normaliser(draft)
    assert "Kayla" in view.text
    at = view.text.index("Kayla")
    assert [view.to_original(i, i + 1) for i in range(at, at + 5)] == [
        (7 + i, 8 + i) for i in range(5)
    ]


def test_a_day_alone_needs_a_month_or_weekday_nearby(linter: Any) -> None:
    assert "9th" in linter.normaliser("In March it changed. On the ninth she moved out.").text
    assert "9th" not in linter.normaliser("It changed. On the ninth she moved out.").text


def test_a_blog_at_a_host_naming_a_child_is_found_not_read_as_mail(linter: Any) -> None:
    draft = "Her mum writes a blog at kaylasjourney.wordpress.com about it."
    host = "kaylasjourney.wordpress.com"
    assert host in {f.text for f in linter.check(draft).findings}
    assert "@" not in linter.normaliser(draft).text


@pytest.mark.parametrize(
    ("draft", "exact"),
    [
        ("Discord: shannon_w#4412 is her name there.", "shannon_w#4412"),
        ("write to kayla[.]b[@]example[.]com today", "kayla[.]b[@]example[.]com"),
        ("her email is kaylab at gmail if you need it", "kaylab at gmail"),
        ("Text 0_7_7_0_0_9_0_0_4_1_8 later.", "0_7_7_0_0_9_0_0_4_1_8"),
        ("DOB 12 . 03 . 2010 on the form.", "DOB 12 . 03 . 2010"),
        ("call o7 7oo 9oo 418 tonight", "o7 7oo 9oo 418"),
        ("We saw \u0399sla at the gate.", "\u0399sla"),
        ("Open kayla.brodie.referral.pdf first.", "kayla.brodie.referral.pdf"),
        ("#FindRuby2024 is trending.", "#FindRuby2024"),
        ("They live in e-d-i-n-b-u-r-g-h now.", "e-d-i-n-b-u-r-g-h"),
    ],
)
def test_a_third_set_of_disguises_is_found_exactly_as_written(
    linter: Any, draft: str, exact: str
) -> None:
    assert exact in {f.text for f in linter.check(draft).findings}


def test_a_discord_number_maps_back_with_the_name_before_it(linter: Any) -> None:
    draft = "Discord: shannon_w#4412"
    view = linter.normaliser(draft)
    at = view.text.index("@shannon_w")
    end = at + len("@shannon_w")
    assert view.to_original(at + 1, end) == (draft.index("shannon"), len(draft))
    assert view.to_original(end - 1, end) == (draft.index("w#"), len(draft))


def test_a_name_in_a_file_name_is_placed_in_the_view(linter: Any) -> None:
    """The first names the link pass reads are given as view spans (they become
    name-in-link findings when no detector finds them)."""
    draft = "See kayla_beach.jpg and #prayforgrace now."
    view = linter.normaliser(draft)
    assert [view.text[s:e] for s, e in view.names] == ["Kayla", "Grace"]
    assert [view.to_original(s, e) for s, e in view.names] == [
        (draft.index("kayla"), draft.index("kayla") + 5),
        (draft.index("grace"), draft.index("grace") + 5),
    ]


def test_a_spaced_date_maps_back_to_its_marks(linter: Any) -> None:
    draft = "DOB 12 . 03 . 2010"
    view = linter.normaliser(draft)
    assert view.text == "DOB 12/03/2010"
    assert view.to_original(4, len(view.text)) == (4, len(draft))


def test_a_profile_of_a_charity_is_its_own(linter: Any) -> None:
    assert not linter.check("Look at https://www.instagram.com/nspcc for the posts.").findings


def test_html_markup_in_a_plain_draft_reads_as_spaces(linter: Any) -> None:
    draft = '<img alt="Kayla Brodie" src="img/beach.jpg">'
    view = linter.normaliser(draft)
    assert view.text.split() == ["Kayla", "Brodie", "img/beach.jpg"]
    at = view.text.index("Kayla")
    assert view.to_original(at, at + len("Kayla Brodie")) == (10, 22)
    assert [f.text for f in linter.check(draft).findings] == ["Kayla Brodie"]


@pytest.mark.parametrize(
    "draft, view",
    [
        ("Call 07700–900–123 tonight", "Call 07700-900-123 tonight"),
        ("Her number is ٠٧٧٠٠ ٩٠٠١٢٣", "Her number is 07700 900123"),
        ("Ｋａｙｌａ Morrow", "Kayla Morrow"),
        ("Kay\u200bla Morrow", "Kayla Morrow"),
        ("Kayla\u00a0Morrow", "Kayla Morrow"),
        ("Ka\u0301yla Morrow", "Káyla Morrow"),
        ("Her name is \u202ealyaK\u202c.", "Her name is Kayla."),
        ("Her name is Ka\u061cyl\u17b4a.", "Her name is Kayla."),
        ("Mail kayla\ufe6bexample\ufe52com today.", "Mail kayla@example.com today."),
    ],
)
def test_each_unusual_character_is_undone_where_it_is_written(
    linter: Any, draft: str, view: str
) -> None:
    """Each pattern of odd characters runs only on a draft that holds a character its
    matches need (most drafts' only ones are curly quotes); where one is written, it runs."""
    assert linter.normaliser(draft).text == view


# A fourth set (issue 17): each finding is exactly the characters written, and says how.
FOURTH = [
    ("Call her on 7700 900418 any evening.", "7700 900418", "CONTACT", "leading 0"),
    ("Her number: 44 7700 900 418.", "44 7700 900 418", "CONTACT", "leading 0"),
    (
        "Her mobile is oh seven seven oh oh, nine hundred, four hundred and eighteen.",
        "oh seven seven oh oh, nine hundred, four hundred and eighteen",
        "CONTACT",
        "in words",
    ),
    ("Her DOB is 1 4 0 3 2 0 1 1 on the form.", "DOB is 1 4 0 3 2 0 1 1", "DATE_OF_BIRTH", "digits"),
    ("NHS number: 9434 765 919.", "9434 765 919", "ID_NUMBER", "digits"),
    ("NHS: 6g2 l74 2l8O", "6g2 l74 2l8O", "ID_NUMBER", "as a scan misreads"),
    ("Postcode: G 116 PS", "G 116 PS", "POSTCODE", "between the letters"),
    ("Child: K. B r o d i e (12)", "K. B r o d i e", "PERSON", "between the letters"),
    ("Her name is S h 4 n n 0 n.", "S h 4 n n 0 n", "PERSON", "between the letters"),
    ("Her friend \u0192reya was there.", "\u0192reya", "PERSON", "another alphabet"),
    (
        "Her mobile is 07700 900 41\u0437 now.",
        "07700 900 41\u0437",
        "CONTACT",
        "in place of digits",
    ),
    ("Her mobile is ⁰⁷⁷⁰⁰ ⁹⁰⁰⁴¹⁸ now.", "⁰⁷⁷⁰⁰ ⁹⁰⁰⁴¹⁸", "CONTACT", "superscript"),
    ("Her daughter Kayla\u2010Brodie is 12.", "Kayla\u2010Brodie", "PERSON", "hyphen"),
]


@pytest.mark.parametrize(("draft", "exact", "category", "how"), FOURTH)
def test_a_fourth_set_of_disguises_is_found_exactly_as_written(
    linter: Any, draft: str, exact: str, category: str, how: str
) -> None:
    finding = _finding(linter, draft, category)
    assert finding.text == exact
    assert finding.written and how in finding.written


def test_a_spaced_initial_keeps_its_own_characters(linter: Any) -> None:
    """The initial maps to itself; every letter of the joined surname maps to the spaced run."""
    draft = "We met K. B r o d i e today."
    view = linter.normaliser(draft)
    at = view.text.index("K. Brodie")
    assert view.to_original(at, at + 1) == (draft.index("K."), draft.index("K.") + 1)
    surname = view.text.index("Brodie")
    assert view.to_original(surname, surname + 6) == (draft.index("B r"), draft.index(" today"))


def test_a_lone_lookalike_digit_is_read_only_beside_a_number_or_a_street(linter: Any) -> None:
    ukrainian = "Вона приїхала з родиною."
    assert linter.normaliser(ukrainian).text == ukrainian
    assert linter.normaliser("at \u0417 Albert Road").text == "at 3 Albert Road"


def test_a_shouted_phrase_is_not_read_as_a_postcode(linter: Any) -> None:
    text = "POOR LAD. AT 61 YE SHOULDNT BE KIPPING"
    assert "AT6 1YE" not in linter.normaliser(text).text


def test_a_mobile_without_its_zero_needs_a_phone_nearby(linter: Any) -> None:
    assert linter.normaliser("order number 7812 345678").text == "order number 7812 345678"
    assert linter.normaliser("text her on 7812 345678").text == "text her on 07812345678"


def test_letters_of_european_alphabets_are_not_look_alikes(linter: Any) -> None:
    """The Unicode data draws "ø" and "ł" like "o" and "l", but they are letters of names."""
    text = "Søren and Łukasz came."
    assert linter.normaliser(text).text == text


def test_the_confusables_table_reads_hooks_and_the_other_case_of_a_digit(linter: Any) -> None:
    table = linter.normaliser.confusables
    assert table["\u0192"] == "f"  # f with hook: the data's f with a mark below
    assert table["\u0437"] == "3"  # small Cyrillic ze, whose capital is a 3
    assert table["\ua7ac"] == "G"  # capital script G, whose small letter is a g
    assert "\u00f8" not in table and "\u0142" not in table
    assert table["\u03ba"] == "k" and table["\u0442"] == "t"  # small kappa and te: small capitals
    assert "\u03bc" not in table  # mu reads as u, though its capital is an M


def test_a_first_name_written_in_disguise_is_a_name_of_its_own(linter: Any) -> None:
    """ "J4ck" alone at a sentence's start: the model's "Jack" would be let go as a word, but no
    one writes an ordinary word in leetspeak."""
    finding = _finding(linter, "J4ck was there when we called.", "PERSON")
    assert (finding.text, finding.rule) == ("J4ck", "name-disguised")
    assert finding.written and "digits in place of letters" in finding.written


def test_a_word_written_in_leetspeak_is_no_name(linter: Any) -> None:
    assert not linter.check("the r0ses are out in the garden, a n00b could see it").findings


def test_a_name_in_one_link_and_a_reference_in_another(linter: Any) -> None:
    """One draft, two link-like tokens: the name in a file name and the case reference in a
    web address are both read (the tokens are found once for both)."""
    report = linter.check(
        "Photos in kayla_beach.jpg; see https://portal.example.gov.uk/case?id=CR20230041 for her file."
    )
    assert [(f.category, f.text) for f in report.findings] == [
        ("PERSON", "kayla_beach.jpg"),
        ("CASE_REF", "CR20230041"),
    ]


@pytest.mark.parametrize(
    ("draft", "cell", "category"),
    [
        ("Name | DOB | NHS no\nKayla Brodie | 14 03 2011 | 485 777 3456", "485 777 3456", "ID_NUMBER"),
        ("Name | DOB | NHS no\nKayla Brodie | 14 03 2011 | 485 777 3456", "14 03 2011", "DATE_OF_BIRTH"),
        ("| Child | NHS no | Mobile |\n|---|---|---|\n| K | 4857773456 | 0 7 7 0 0 9 0 0 1 2 3 |",
         "4857773456", "ID_NUMBER"),
        ("Name,DOB,NHS\nKB,14032011,4857773456", "14032011", "DATE_OF_BIRTH"),
    ],
)
def test_a_cell_is_read_under_its_column_heading_and_found_on_its_own_characters(
    linter: Any, draft: str, cell: str, category: str
) -> None:
    """A table's heading ("NHS no") labels the cells under it; the finding is the cell's
    characters only, never the heading nor the sign before the cell."""
    finding = _finding(linter, draft, category)
    assert (finding.start, finding.end) == (draft.index(cell), draft.index(cell) + len(cell))


def test_a_label_beside_its_value_is_no_heading(linter: Any) -> None:
    """ "| Name | Kayla Brodie |" is a label and its value: its cells do not label the rows below
    ("| DOB | ... |" keeps its own label)."""
    view = linter.normaliser("| Name | Kayla Brodie |\n| DOB | 14 03 2011 |").text
    assert "Name:" not in view


@pytest.mark.parametrize(
    ("draft", "exact", "category"),
    [
        ("Surname:\nBrodie\nForename:\nKayla", "Kayla", "PERSON"),
        ("name,dob,school\nKayla Brodie,14/03/2011,St Mirin's Primary", "Kayla Brodie", "PERSON"),
        ("I spoke with Ms Pettig-\nrew about the plan.", "Ms Pettig-\nrew", "PERSON"),
        ("Yesterday afternoon I met with Mrs\nPettigrew and her daughter.", "Mrs\nPettigrew", "PERSON"),
    ],
)
def test_a_layout_undone_maps_the_finding_back_to_the_draft(
    linter: Any, draft: str, exact: str, category: str
) -> None:
    """A label above its value, a CSV row's first cell, a word a hard wrap broke after a
    hyphen and a name a wrap broke after its title: the finding is exactly the characters
    written, line break and hyphen included, never the label put in the view."""
    found = [f for f in linter.check(draft).findings if f.category == category]
    assert [(f.start, f.end) for f in found if f.text == exact] == [
        (draft.index(exact), draft.index(exact) + len(exact))
    ], [(f.category, f.text) for f in found]


def test_a_layout_view_puts_labels_beside_values_and_joins_wrapped_words(linter: Any) -> None:
    """What the detectors read: "Surname: Brodie", the CSV heading's label before the row's
    first cell, "Pettigrew" whole, "Okafor-Pettigrew" keeping its hyphen, "self-esteem" its
    hyphen too (both pieces are words); a two-word line ending in a name is a list's item, and
    a line before a chat's next sender ("Mariam Siddiqui:") stays a line."""
    view = linter.normaliser
    assert view("Surname\nBrodie\nForename\nKayla").text == "Surname: Brodie\nForename: Kayla"
    csv = view("name,dob,school\nKayla Brodie,14/03/2011,x").text
    assert csv.startswith("name,dob,school\nname: Kayla")
    assert view("met Ms Pettig-\nrew today").text == "met Ms Pettigrew today"
    assert view("met Mrs Okafor-\nPettigrew today").text == "met Mrs Okafor-Pettigrew today"
    assert view("her Self-\nesteem is low").text == "her Self-esteem is low"
    assert "\n" in view("Lorna Tobias\nKayla Brodie").text
    assert "\n" in view("Holly Ashworth: Will ask her Chidi\nMariam Siddiqui: thanks").text
