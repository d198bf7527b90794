"""The Python API as `import redactcheck` users meet it: what to pass and what comes back."""
from __future__ import annotations

from typing import Any

import pytest

import redactcheck


@pytest.mark.parametrize("call", [redactcheck.check, redactcheck.redact])
def test_bytes_are_refused_with_what_to_pass(call: Any) -> None:
    with pytest.raises(TypeError, match=r"takes the draft as a str, not bytes \(decode bytes first"):
        call(b"Met Jamie (14) today.")


def test_the_linter_refuses_bytes_too(linter: Any) -> None:
    with pytest.raises(TypeError, match=r"Linter.check\(\) takes the draft as a str, not bytes"):
        linter.check(b"Met Jamie (14) today.")
    with pytest.raises(TypeError, match=r"Linter.check_many\(\) takes the draft as a str, not int"):
        list(linter.check_many(["fine", 42]))
