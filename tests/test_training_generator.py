"""The NER training-text generator (models/training/generate.py) writes what the model must learn.

These tests read generated examples, not the trained model: a mistake in an annotation here
is taught to every future retrain, so the shape of the data is checked where it is made.
"""
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")

TRAINING = Path(__file__).resolve().parents[1] / "models" / "training"
sys.path.insert(0, str(TRAINING))

import generate  # noqa: E402

LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG", "DATE", "NORP"}
PROSE = {"blog", "email", "reflective-log", "report", "closed-group", "forum", "case-note"}


@pytest.fixture(scope="module")
def resources():
    return generate.Resources()


@pytest.fixture(scope="module")
def examples(resources):
    return generate.generate(1500, 13, "train", resources)


def test_entity_spans_are_trimmed_and_labelled(examples):
    for ex in examples:
        text = ex["text"]
        for start, end, label in ex["ents"]:
            assert label in LABELS
            span = text[start:end]
            assert span and span == span.strip(), (span, text)
            assert not span.endswith((".", ",")), (span, text)


def test_look_alikes_never_overlap_entities(examples):
    for ex in examples:
        for ns, ne, _ in ex["neg"]:
            assert all(ne <= s or e <= ns for s, e, _ in ex["ents"]), ex


def test_prose_has_paragraphs_with_names_after_blank_lines(examples):
    """Posts and e-mails come in paragraphs; spaCy keeps "\\n\\n" as a token, so the model must see it."""
    prose = [ex for ex in examples if ex["genre"] in PROSE]
    with_paragraphs = [ex for ex in prose if "\n\n" in ex["text"]]
    assert len(with_paragraphs) > len(prose) / 4
    after_blank_line = [ex for ex in with_paragraphs
                        if any(ex["text"][max(0, s - 2):s] == "\n\n" for s, _, lab in ex["ents"] if lab == "PERSON")]
    assert after_blank_line


def test_ages_in_words_are_dates(resources):
    """"when he was eleven" is an age (OntoNotes DATE), not a name."""
    fill = generate.Generator(13, "train", resources).fill
    ages = {fill.age() for _ in range(3000)}
    words = [a for a in ages if re.search(r"[a-z]{3,}", a) and not a.endswith(("yo", "old")) and "aged" not in a]
    assert set(words) & set(generate.NUMBER_WORDS)
    assert generate.SLOTS["age"][1] == "DATE"


def test_families_by_surname_are_people(examples):
    plural_families = [ex["text"][s:e] for ex in examples for s, e, lab in ex["ents"]
                       if lab == "PERSON" and re.search(r"(?i)\bthe " + re.escape(ex["text"][s:e]) + r"\b", ex["text"])
                       and ex["text"][s:e].lower().endswith("s")]
    assert plural_families


def first_names(pool):
    return {n for names, _ in pool.first.values() for n in names}


def test_disjoint_split_uses_only_held_out_names(resources):
    """Selection measures unseen names: no training-side first name reaches the disjoint split."""
    training_side = first_names(resources.vocab[False])
    held_out_side = first_names(resources.vocab[True])
    assert training_side and held_out_side and not training_side & held_out_side
    disjoint = generate.generate(300, 13, "heldout-disjoint", resources)
    people = {ex["text"][s:e] for ex in disjoint for s, e, lab in ex["ents"] if lab == "PERSON"}
    single_words = {p for p in people if re.fullmatch(r"[^\W\d_]+", p)}
    assert single_words & held_out_side
    assert not single_words & training_side
