#!/usr/bin/env python3
"""The fake identifier numbers' maker and checker: one copy for every blind corpus, in
tests/corpus4/tools/numbers.py. The same commands work from here:

    python3 tools/numbers.py check ../gold.jsonl | nhs SEED | chi DDMMYY SEQ
"""
import runpy
from pathlib import Path

_SHARED = str(Path(__file__).resolve().parents[2] / "corpus4" / "tools" / "numbers.py")

globals().update({k: v for k, v in runpy.run_path(_SHARED).items() if not k.startswith("__")})

if __name__ == "__main__":
    runpy.run_path(_SHARED, run_name="__main__")
