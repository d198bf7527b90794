"""The truecased view keeps every offset and only changes letter case."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redactcheck.detect.validators.name_slots import unknown_word
from redactcheck.detect.view import casing_mode, fold_accents, truecase

NAMES = frozenset({"kayleigh", "donna", "siobhan"})
PLACES = frozenset({"govan", "leith"})


def test_lower_case_chat_gets_names_and_places_capitalised() -> None:
    text = "wi kayleigh n her mum donna in govan the day, she says its fine"
    view = truecase(text, NAMES, PLACES)
    assert casing_mode(text) == "lower"
    assert "Kayleigh" in view and "Donna" in view and "Govan" in view
    assert view.lower() == text.lower()


def test_shouting_is_lowered_except_names_and_sentence_starts() -> None:
    text = "THE SOCIAL WORKER SIOBHAN NEVER CAME. MY GRANDSON IS IN LEITH NOW."
    view = truecase(text, NAMES, PLACES)
    assert view == "The social worker Siobhan never came. My grandson is in Leith now."


def test_ordinary_text_is_left_alone() -> None:
    text = "Met Kayleigh and her mum Donna in Govan on Monday. It went well."
    assert casing_mode(text) is None
    assert truecase(text, NAMES, PLACES) == text


def test_a_shouted_paragraph_in_an_ordinary_post_is_truecased_on_its_own() -> None:
    shouted = "THE SOCIAL WORKER SIOBHAN NEVER CAME. MY GRANDSON IS IN LEITH NOW."
    ordinary = "We are kinship carers in Govan and I don't know where else to turn. Has anybody been through this?"
    text = f"{shouted}\n\n{ordinary}\n"
    assert casing_mode(text) is None
    view = truecase(text, NAMES, PLACES)
    assert view == f"The social worker Siobhan never came. My grandson is in Leith now.\n\n{ordinary}\n"


def test_a_chat_export_is_judged_by_its_messages_not_the_senders_capitals() -> None:
    text = ("[14/03/2025, 21:14] Lorna SW: kayleigh rang again\n"
            "[14/03/2025, 21:15] Gerry M: is donna still in govan\n"
            "02/01/2025, 06:48 - Outreach Van: aye she is")
    assert casing_mode(text) == "lower"
    view = truecase(text, NAMES, PLACES)
    assert "Kayleigh" in view and "Donna" in view and "Govan" in view and "Lorna SW" in view


def test_acronyms_and_postcodes_do_not_make_chat_ordinary_text() -> None:
    text = "polis were at the flat again, G51 4QT. kayleigh says the IRD is the morra and the CP team know"
    assert casing_mode(text) == "lower"


def test_accented_names_match_the_gazetteer_spelling() -> None:
    assert fold_accents("oisín") == "oisin" and fold_accents("zoë") == "zoe" and fold_accents("kayleigh") == "kayleigh"
    view = truecase("wee zoë wis oot on the landin wi siobhán", frozenset({"zoe", "siobhan"}), PLACES)
    assert "Zoë" in view and "Siobhán" in view


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_view_of_paragraphs_always_has_the_same_length(text: str) -> None:
    para = f"{text}\n\nTHE SOCIAL WORKER SIOBHAN NEVER CAME TO LEITH.\n \nwi kayleigh n donna in govan the day\n\n{text}"
    assert len(truecase(para, NAMES, PLACES)) == len(para)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_view_always_has_the_same_length(text: str) -> None:
    assert len(truecase(text, NAMES, PLACES)) == len(text)


def test_a_chat_typed_with_speaker_names_is_judged_by_its_messages() -> None:
    """ "Lorna: ..." heads each message: the speakers' capitals are the layout, not the
    writer's, so a chat typed in lower case under them is truecased."""
    text = (
        "Lorna: morning. has zakari got a solicitor sorted\n"
        "Stevie: naw his maw phoned the legal aid folk\n"
        "Lorna: is he still at the flat in byker or back at his aunties\n"
        "Stevie: back wi his nan, shes letting him kip on the couch\n"
    )
    assert casing_mode(text) == "lower"
    assert "Byker" in truecase(text, frozenset(), frozenset({"byker"}))


def test_a_note_with_field_labels_keeps_its_own_case() -> None:
    text = "Address: 4 Mill Lane, Hull.\nPurpose: follow-up visit to Jade and her mother about school."
    assert casing_mode(text) is None


def test_a_reference_with_separators_is_written_in_capitals_in_the_view() -> None:
    text = "we closed sw/2023/04417 last year and 2021/cp/0331 is the court one, covid-19 aside"
    view = truecase(text, frozenset(), frozenset())
    assert "SW/2023/04417" in view and "2021/CP/0331" in view and "covid-19" in view


def test_a_surname_after_a_first_name_is_capitalised_wherever_the_block_uses_it() -> None:
    text = "i saw sarah okonkwo at home today. later ms okonkwo rang and sarah said she was fine"
    view = truecase(text, frozenset({"sarah"}), frozenset(), frozenset({"say", "said", "home"}))
    assert view.count("Okonkwo") == 2 and "Said" not in view


def test_a_word_no_english_list_holds_is_capitalised_as_a_name_in_one_case_drafts() -> None:
    text = "mum and tayvion were in, the polis had been round and hes been hangin about the shops"
    view = truecase(text, frozenset(), frozenset(), frozenset({"mum"}), unknown_word)
    assert "Tayvion" in view
    assert "polis" in view and "hangin" in view  # chat's own word; a dropped "g"
    shouted = truecase(text.upper(), frozenset(), frozenset(), frozenset({"mum"}), unknown_word)
    assert shouted.count("Tayvion") == 1
    assert "tayvion" in truecase(text, frozenset(), frozenset())  # without a word list: as typed


def test_a_name_that_is_a_word_is_left_as_typed_by_the_word_test() -> None:
    text = "i was up til dawn again, might jack it in. her anxiety rose and shannice rang"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "til dawn" in view and "might jack" in view and "anxiety rose" in view
    assert "Shannice" in view


def test_a_brand_or_system_is_not_capitalised_as_a_name_in_one_case_drafts() -> None:
    text = "she made powerpoint slides, then drove berlingo vans to see shannice"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "powerpoint" in view and "berlingo" in view and "Shannice" in view
    shouted = truecase(text.upper(), frozenset(), frozenset(), frozenset(), unknown_word)
    assert "powerpoint" in shouted and "berlingo" in shouted


def test_a_word_a_lower_case_draft_typed_in_capitals_keeps_them() -> None:
    text = "can u put the notes on WCCIS before fri and tell shannice"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "WCCIS" in view and "Shannice" in view


def test_a_word_after_a_place_name_is_left_to_that_place_or_body_in_one_case_drafts() -> None:
    text = "we spoke to the reading brentmoor duty desk and shannice was in"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "reading brentmoor" in view and "Shannice" in view


def test_shorthand_a_bodys_letters_and_a_words_er_form_are_not_names_in_one_case_drafts() -> None:
    text = "referred to camhs, still waiting on the ehcp. texts are safer, tayvion was calmer"
    text += " and full caseloads"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "camhs" in view and "ehcp" in view and "safer" in view and "calmer" in view
    assert "caseloads" in view
    assert "Tayvion" in view


def test_a_word_made_from_a_word_or_accented_is_not_a_name_in_one_case_drafts() -> None:
    text = "the flat is fixable, he met the befrienders in the cafés and tayvion came"
    view = truecase(text, frozenset(), frozenset(), frozenset(), unknown_word)
    assert "fixable" in view and "befrienders" in view and "cafés" in view
    assert "Tayvion" in view


def test_a_name_that_is_a_word_keeps_its_possessive_as_typed_in_one_case_drafts() -> None:
    view = truecase(
        "spoke to rubys nan and tayvions mum", frozenset(), frozenset(), frozenset(), unknown_word
    )
    assert "rubys" in view and "Tayvions" in view


def test_a_welsh_name_is_capitalised_whole_after_its_head_in_one_case_drafts() -> None:
    text = (
        "she is at ysgol cwm tywi now, the ysgol gynradd was nearby. lives on heol y bont, tayvion"
    )
    view = truecase(text, frozenset(), frozenset(), frozenset({"now"}), unknown_word)
    assert "Ysgol Cwm Tywi now" in view
    assert "ysgol gynradd" in view  # only Welsh words after the head: no name
    assert "Heol y Bont, Tayvion" in view  # the name ends at its comma
