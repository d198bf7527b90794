"""The lexicon reads named lists from files, once, and refuses a missing one."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactcheck.lexicon import LEXICON, Lexicon


def test_a_list_is_read_as_written_and_lowered(tmp_path: Path) -> None:
    (tmp_path / "titles.txt").write_text("# titles\nMrs\n\nDr\nMrs\n", encoding="utf-8")
    lexicon = Lexicon(tmp_path)
    assert lexicon.phrases("titles") == ("Mrs", "Dr")
    assert lexicon.words("titles") == frozenset({"mrs", "dr"})


def test_a_missing_list_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="'nothing'"):
        Lexicon(tmp_path).words("nothing")


def test_the_default_lexicon_reads_the_shipped_models_folder() -> None:
    with pytest.raises(FileNotFoundError, match=r"models/lexicon/no-such-list\.txt"):
        LEXICON.words("no-such-list")
