#!/usr/bin/env python3
"""NER-alone evaluation of a spaCy pipeline on a redactcheck gold file.

Runs the pipeline's named-entity recogniser (and only what it needs) over every
draft in GOLD.jsonl, maps spaCy's OntoNotes labels to the redactcheck taxonomy

    PERSON -> PERSON;  GPE, LOC, FAC -> LOCATION;  ORG -> INSTITUTION;
    DATE -> DATE;      NORP -> DEMOGRAPHIC        (other labels are dropped)

and writes predictions in the format of /work/shared/eval/README.md, so that

    python /work/shared/eval/score.py GOLD.jsonl PRED.jsonl

scores it.  ``--lower`` lower-cases each text first, character by character,
so every offset stays valid (the gold file is scored unchanged).

    python models/training/evaluate.py GOLD.jsonl PRED.jsonl [--model NAME_OR_PATH] [--lower]

The model defaults to the shipped pipeline in models/ner.  Words per second
(tokenizer + NER, one thread is advised: OMP_NUM_THREADS=1) are printed to stderr.
"""
import argparse
import json
import os
import sys
import time

LABEL_MAP = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "INSTITUTION",
    "DATE": "DATE",
    "NORP": "DEMOGRAPHIC",
}

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MODEL = os.path.normpath(os.path.join(HERE, "..", "ner"))


def lower_keep_offsets(text):
    """Lower-case ``text`` without changing its length (or any offset)."""
    out = []
    for ch in text:
        lo = ch.lower()
        out.append(lo if len(lo) == 1 else ch)
    return "".join(out)


def load_ner_only(model):
    """Load a pipeline with the NER and only the components it listens to."""
    import spacy

    nlp = spacy.load(model)
    keep = {"ner"}
    for name, proc in nlp.components:
        listeners = getattr(proc, "listener_map", None) or {}
        if "ner" in listeners:
            keep.add(name)
    if "ner" not in nlp.component_names:
        sys.exit(f"{model}: pipeline has no 'ner' component")
    for name in list(nlp.component_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


def predict(nlp, texts, batch_size=16):
    """Yield (doc spans, n_words) for each text."""
    for doc in nlp.pipe(texts, batch_size=batch_size):
        spans = []
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label:
                spans.append({"start": ent.start_char, "end": ent.end_char, "label": label})
        yield spans, sum(1 for t in doc if not t.is_space)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--model", default=DEFAULT_MODEL, help="installed pipeline name or path (default: models/ner)")
    ap.add_argument("--lower", action="store_true", help="lower-case the texts first (offsets are kept)")
    a = ap.parse_args()

    with open(a.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    texts = [lower_keep_offsets(d["text"]) if a.lower else d["text"] for d in gold]
    nlp = load_ner_only(a.model)
    list(predict(nlp, texts[:2]))  # warm up
    t0 = time.perf_counter()
    words = 0
    with open(a.pred, "w", encoding="utf-8") as out:
        for d, (spans, n) in zip(gold, predict(nlp, texts)):
            words += n
            out.write(json.dumps({"id": d["id"], "spans": spans}, ensure_ascii=False) + "\n")
    dt = time.perf_counter() - t0
    print(f"{a.model}: {len(gold)} texts, {words} words in {dt:.2f}s = {words / dt:,.0f} words/s "
          f"(pipes: {', '.join(nlp.pipe_names)})", file=sys.stderr)


if __name__ == "__main__":
    main()
