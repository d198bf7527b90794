"""The shipped NER pipeline (models/ner): loads with spaCy alone and behaves as trained.

Uses the real model, no mocks.  See models/README.md.
"""
import json
import os

import pytest

spacy = pytest.importorskip("spacy")

MODEL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "ner")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_pipeline_is_tokenizer_and_ner(nlp):
    assert nlp.pipe_names == ["ner"]
    assert "PERSON" in nlp.get_pipe("ner").labels
    assert "ORG" in nlp.get_pipe("ner").labels  # OntoNotes label set kept


def test_lower_case_name_in_chat_is_person(nlp):
    found = ents(nlp, "just back from a visit with jamie and his mum, she says he's been sleeping better")
    assert ("jamie", "PERSON") in found


LOWER_CASE_FULL_NAMES = [
    ("can someone cover sarah thompson on friday? im off", "sarah thompson"),
    ("spoke to tom reid re the sgo", "tom reid"),
    ("mark brown from housing never called back", "mark brown"),
    ("dropped off liam mcgowan at school", "liam mcgowan"),
    ("chased priya sharma for the minutes", "priya sharma"),
]


def test_lower_case_full_names_in_chat_are_mostly_person(nlp):
    """The model alone finds most; it reads "cover sarah thompson" as a place (GPE),
    which the linter puts right (next test)."""
    found = [any(label == "PERSON" and name in text for text, label in ents(nlp, sentence))
             for sentence, name in LOWER_CASE_FULL_NAMES]
    assert sum(found) >= 4, found


def test_linter_reads_a_first_name_and_surname_as_a_person_not_a_place():
    import redactcheck

    findings = redactcheck.check("can someone cover sarah thompson on friday? im off").findings
    assert [(f.text, f.category) for f in findings if "sarah" in f.text] == [("sarah thompson", "PERSON")]
    assert [f.category for f in redactcheck.check("we drove to Milton Keynes").findings] == ["LOCATION"]


def test_citation_author_not_person(nlp):
    doc = nlp("As Morgan (2004) argues, positive risk-taking needs support.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)
    assert not any("Morgan" in e.text for e in doc.ents)


@pytest.mark.parametrize("text", [
    "I visited Child J at home today and she seemed settled.",
    "Mrs K said the new flat is damp.",
    "Person A and her children were rehoused last month.",
])
def test_placeholder_not_person(nlp, text):
    doc = nlp(text)
    assert not any(e.label_ == "PERSON" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


def test_meta_names_base_model_and_licence():
    with open(os.path.join(MODEL_DIR, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    assert meta["name"] == "redactcheck_ner"
    assert meta["license"] == "MIT"
    assert meta["version"]
    assert "en_core_web_sm" in meta["description"]
    assert "MIT" in meta["description"]
    assert "TAB" in meta["description"] and "generated" in meta["description"]


def test_model_is_small():
    total = 0
    for root, _, files in os.walk(MODEL_DIR):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    assert total < 20 * 1024 * 1024
