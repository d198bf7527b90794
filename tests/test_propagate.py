"""Every mention of a found name is found: whole, first name, surname and initials."""
from __future__ import annotations

from redactcheck import Linter
from redactcheck.detect.propagate import name_variants


def test_variants_are_the_name_its_parts_and_its_initials() -> None:
    assert name_variants("Mrs Kai Robson") == {"Kai Robson", "Kai", "Robson", "KR", "K.R."}


def test_initials_that_are_social_care_shorthand_are_not_variants() -> None:
    assert name_variants("Sarah Williams") == {"Sarah Williams", "Sarah", "Williams"}
    assert name_variants("Hannah Vance") == {"Hannah Vance", "Hannah", "Vance"}


def test_a_single_name_has_no_initials() -> None:
    assert name_variants("Kayden") == {"Kayden"}


def test_linter_finds_initials_of_a_name_given_once_but_not_shorthand(linter: Linter) -> None:
    text = "Sarah Williams is allocated to KR (Kai Robson).\n\nThe SW rang the HV today. KR was out."
    found = {(f.text, f.category) for f in linter.check(text).findings}
    assert ("KR", "PERSON") in found
    assert not {t for t, _ in found} & {"SW", "HV"}


def test_lower_case_variants_only_for_a_draft_typed_in_lower_case() -> None:
    assert name_variants("kacper") == set()
    assert name_variants("kacper", lower_case=True) == {"kacper"}


def test_a_lower_case_name_found_once_is_found_again_in_lower_case_chat(linter: Linter) -> None:
    text = "ye still on? the oluwaseun lad was in again last night. later oluwaseun said staff called the polis on him"
    found = [f.text for f in linter.check(text).findings if f.category == "PERSON"]
    assert found.count("oluwaseun") == 2


def test_a_name_in_quotes_is_found_again_but_not_inside_a_surname(linter: Linter) -> None:
    text = "Her ex, Connor Brady, is back. Everyone calls the family the Bradys ('Connor' to his mates). Mrs O'Connor rang."
    found = [(f.start, f.text) for f in linter.check(text).findings if f.category == "PERSON"]
    quoted = text.index("'Connor'") + 1
    assert (quoted, "Connor") in found
    assert not any(start == text.index("O'Connor") + 2 for start, _ in found)


def test_a_name_given_once_is_found_again_in_any_case_unless_it_is_a_word(linter: Linter) -> None:
    text = ("Kirsty Pellow and Frank Dennison came to the review. later kirsty said PELLOW was her maiden "
            "name; to be frank, it was hard. Anonymised Case Notes were shared; the anonymised notes are fine.")
    found = [(f.text, f.rule) for f in linter.check(text).findings if f.category == "PERSON"]
    assert ("kirsty", "name-repeat") in found and ("PELLOW", "name-repeat") in found
    assert "frank" not in [t for t, _ in found]  # a name that is also a word stays a word
    assert "anonymised" not in [t for t, _ in found]  # no known first name: not a person's full name


def test_a_name_that_is_a_word_is_found_again_in_any_case_before_a_verb_that_takes_a_person(
    linter: Linter,
) -> None:
    """After "Pearl Ashdown", "pearl phoned" is her; "the pearl was lost" and "to be frank"
    stay words."""
    text = "Pearl Ashdown came in. later pearl phoned to cancel. The pearl was lost."
    found = [(f.text, f.start) for f in linter.check(text).findings if f.category == "PERSON"]
    assert ("pearl", text.index("pearl phoned")) in found
    assert ("pearl", text.index("pearl was")) not in found


def test_a_first_name_joined_to_a_full_name_is_a_person(linter: Linter) -> None:
    """ "Joy and Lewis Pettigrew" share a surname; "Police and Lewis Pettigrew" do not."""
    joined = [f.text for f in linter.check("Joy and Lewis Pettigrew attended.").findings]
    assert "Joy" in joined
    other = [f.text for f in linter.check("Police and Lewis Pettigrew attended.").findings]
    assert other == ["Lewis Pettigrew"]


def test_a_name_found_again_in_a_file_name_or_path_reports_the_whole_file(linter: Linter) -> None:
    """ "Mrs Pettigrew" ... "notes_pettigrew_final.docx": the file names her. A username with
    her name after an underscore ("SSW_Pettigrew:") and a name in a web address with its host
    are left to their own rules."""
    text = (
        "Mrs Pettigrew rang. I attached notes_pettigrew_final.docx and saved "
        "C:\\cases\\pettigrew\\plan.docx.\nSSW_Pettigrew: thanks! See www.pettigrew.org/news."
    )
    found = {f.text: f for f in linter.check(text).findings}
    assert found["notes_pettigrew_final.docx"].rule == "name-repeat"
    assert "C:\\cases\\pettigrew\\plan.docx" in found
    assert not any("SSW" in t or "www" in t for t in found)


def test_a_nickname_from_an_initial_is_repeated_whole_not_by_its_word() -> None:
    assert name_variants("wee j", lower_case=True) == {"wee j"}  # "wee soul" is no name
    assert name_variants("gerry m", lower_case=True) == {"gerry m", "gerry"}
