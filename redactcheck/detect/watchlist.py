"""A private watchlist: the names on a practitioner's caseload, kept only as keyed hashes.

`redactcheck watch add` reads a name (and nicknames) and stores, for each of its
variants (the full name, first name, surname, first name with surname, each
nickname), an HMAC-SHA256 of the variant folded to lower case without accents,
keyed with a secret made for this store. The store and its key live in the
user's config folder (mode 0600, written atomically), never in a repository.

A draft is matched by hashing its words and runs of up to MAX_WORDS words with
the same key, so the check is linear in the text and the store never has to
hold a name. The guarantee is the key's: with the key, anyone can test a list of
common names against the store; without it, the store is random-looking bytes.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from redactcheck.atomic import write_atomic
from redactcheck.errors import ConfigError, InputError
from redactcheck.keyed import keyed_hash
from redactcheck.lexicon.words import WRITTEN_TITLES
from redactcheck.resources import word_list

STORE_NAME = "watchlist.json"
ENV = "REDACTCHECK_WATCHLIST"
FORMAT_VERSION = 1
MAX_WORDS = 4  # a name matched as one run of at most this many words
_PURPOSE = "redactcheck watchlist"
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_GAP = re.compile(r"[ \t]*\n?[ \t]*")  # words of one name: spaces, or one line break


def default_path() -> Path:
    """$REDACTCHECK_WATCHLIST, else watchlist.json in the user's config folder
    (platformdirs: $XDG_CONFIG_HOME/redactcheck on Linux)."""
    value = os.environ.get(ENV, "").strip()
    if value:
        return Path(value).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("redactcheck", appauthor=False)) / STORE_NAME


def store_path(configured: str | os.PathLike[str] | None) -> Path:
    """The store a Linter reads: the one configured, else the user's (default_path)."""
    return Path(configured).expanduser() if configured else default_path()


def key_path(store: Path) -> Path:
    """The key sits beside the store, in a file of its own."""
    return store.with_name(store.stem + ".key")


def fold(text: str) -> str:
    """One spelling for matching: lower case, accents removed, one kind of apostrophe,
    single spaces ("Ciarán  O’Neill" -> "ciaran o'neill")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("’", "'").split())


def variants(name: str, nicknames: Iterable[str] = ()) -> set[str]:
    """The folded forms a draft may use for this person: the full name, first name,
    surname, first name with surname, and each nickname. Titles ("Mrs") and single
    letters are no variant of their own: they would flag every "Mrs" and every "J"."""
    titles = WRITTEN_TITLES
    words = [fold(w) for w in _WORD.findall(name)]
    words = [w for w in words if w.rstrip(".") not in titles] or words
    found = {" ".join(words)}
    if len(words) > 1:
        found |= {words[0], words[-1], f"{words[0]} {words[-1]}"}
    for nickname in nicknames:
        found.add(" ".join(fold(w) for w in _WORD.findall(nickname)))
    return {v for v in found if len(v) > 1 and len(v.split()) <= MAX_WORDS and v not in titles}


def parse_line(line: str) -> tuple[str, list[str]]:
    """ "Kayleigh Ann Moss, Kay, KayKay": the name, then nicknames after commas."""
    parts = [p.strip() for p in line.split(",")]
    return parts[0], [p for p in parts[1:] if p]


@dataclass(frozen=True)
class Watchlist:
    """The watched names as keyed hashes: one tuple of variant hashes per name, the
    first being the full name's (how `watch remove` finds it)."""

    path: Path
    key: bytes | None = field(default=None, repr=False)
    names: tuple[tuple[str, ...], ...] = ()

    @property
    def hashes(self) -> frozenset[str]:
        return frozenset(h for name in self.names for h in name)

    def variant_hash(self, variant: str) -> str:
        assert self.key is not None
        return keyed_hash(self.key, _PURPOSE, variant)

    def digest(self) -> str:
        """A keyed digest of the whole list, for the results cache's key: a newly watched
        name changes it, and it tells nothing about the names without the key."""
        if not self.names or self.key is None:
            return ""
        return keyed_hash(self.key, _PURPOSE + " digest", *sorted(self.hashes))

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every watched name in the text, in any case, longest first at
        each word; an English word is never read as a possessive without its
        apostrophe ("marks" is not Mark's, "kaylas" is Kayla's)."""
        hashes = self.hashes
        if not hashes:
            return []
        ordinary = word_list("common_words.txt")
        words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]  # folded once
        spans: list[tuple[int, int]] = []
        index = 0
        while index < len(words):
            length = self._longest_at(text, words, index, hashes, ordinary)
            if length:
                spans.append((words[index][0], words[index + length - 1][1]))
                index += length
            else:
                index += 1
        return spans

    def _longest_at(
        self,
        text: str,
        words: Sequence[tuple[int, int, str]],
        index: int,
        hashes: frozenset[str],
        ordinary: frozenset[str],
    ) -> int:
        """How many words from `index` make the longest watched name (0: none)."""
        prefix, best = "", 0
        for count in range(1, MAX_WORDS + 1):
            at = index + count - 1
            if at >= len(words):
                break
            if count > 1 and not _GAP.fullmatch(text, words[at - 1][1], words[at][0]):
                break
            word = words[at][2]
            if any(
                self.variant_hash(f"{prefix}{form}") in hashes for form in _forms(word, ordinary)
            ):
                best = count
            prefix = f"{prefix}{word} "
        return best


def _forms(word: str, ordinary: frozenset[str]) -> Iterator[str]:
    """The word, and the name it may be the possessive of: "kayla's", "kaylas"."""
    yield word
    if word.endswith("'s") and len(word) > 3:
        yield word[:-2]
        return
    if word.endswith("s") and len(word) > 3 and word not in ordinary and word[:-1] not in ordinary:
        yield word[:-1]


# --- the store on disk ---


def _inside_repository(folder: Path) -> Path | None:
    """The git work tree holding this folder, if any: the store must never be committed."""
    for parent in [folder, *folder.parents]:
        if (parent / ".git").exists():
            return parent
    return None


def load(path: Path) -> Watchlist:
    """The watchlist at `path`; none there is an empty one (nothing watched), as is one
    in a folder that cannot be searched (as for the user's config file). One that is
    there but cannot be read is an error: a check must not silently watch nothing."""
    try:
        path.lstat()
    except OSError:
        return Watchlist(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the watchlist ({type(error).__name__})") from None
    names = _parse(raw, path)
    if not names:
        return Watchlist(path)
    key = _read_key(path)
    if _key_id(key) != _stored_key_id(raw):
        raise ConfigError(
            f"{path}: the watchlist key beside it did not make it (run 'redactcheck watch clear')"
        )
    return Watchlist(path, key, names)


def _parse(raw: str, path: Path) -> tuple[tuple[str, ...], ...]:
    try:
        data: Any = json.loads(raw)
    except ValueError:
        raise ConfigError(f"{path}: not a redactcheck watchlist") from None
    if (
        not isinstance(data, dict)
        or data.get("tool") != "redactcheck"
        or not isinstance(data.get("names"), list)
    ):
        raise ConfigError(f"{path}: not a redactcheck watchlist")
    if data.get("version") != FORMAT_VERSION or data.get("hash") != "hmac-sha256":
        raise ConfigError(f"{path}: unsupported watchlist version {data.get('version')!r}")
    names = data["names"]
    if not all(isinstance(n, list) and n and all(isinstance(h, str) for h in n) for n in names):
        raise ConfigError(f"{path}: each watched name must be a list of hashes")
    return tuple(tuple(n) for n in names)


def _stored_key_id(raw: str) -> str:
    return str(json.loads(raw).get("key_id", ""))


def _key_id(key: bytes) -> str:
    return keyed_hash(key, _PURPOSE + " key id")[:16]


def _read_key(path: Path) -> bytes:
    where = key_path(path)
    try:
        value = where.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: the watchlist key {where.name} is missing (run 'redactcheck watch clear')"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            f"{where}: cannot read the watchlist key ({type(error).__name__})"
        ) from None
    if not value:
        raise ConfigError(f"{where}: the watchlist key file is empty")
    return value.encode("utf-8")


def _private_write(path: Path, content: str) -> None:
    """Atomically, readable by the user alone (0600) from the first byte on."""
    write_atomic(path, content)
    os.chmod(path, 0o600)


def open_for_change(path: Path) -> Watchlist:
    """The watchlist with a key, made now (folder 0700, key 0600) if there is none;
    a folder inside a git work tree is refused, so the store is never committed."""
    folder = path.parent.resolve()
    repository = _inside_repository(folder)
    if repository is not None:
        raise ConfigError(
            f"{path}: inside the git repository {repository}; keep the watchlist outside any "
            f"repository (the default is your config folder; see ${ENV})"
        )
    current = load(path)
    if current.key is not None:
        return current
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    where = key_path(path)
    if where.is_file():
        key = _read_key(path)
    else:
        key = secrets.token_hex(32).encode("utf-8")
        _private_write(where, key.decode("utf-8") + "\n")
    return Watchlist(path, key, current.names)


def save(watchlist: Watchlist) -> None:
    assert watchlist.key is not None
    data = {
        "version": FORMAT_VERSION,
        "tool": "redactcheck",
        "hash": "hmac-sha256",
        "key_id": _key_id(watchlist.key),
        "names": [list(n) for n in watchlist.names],
    }
    _private_write(watchlist.path, json.dumps(data, indent=1) + "\n")


def name_hashes(watchlist: Watchlist, name: str, nicknames: Iterable[str] = ()) -> tuple[str, ...]:
    """The hashes stored for one name: the full name's first, then the other variants."""
    forms = variants(name, nicknames)
    full = _full(name)
    if not forms or not full:
        raise InputError("a watched name needs at least two letters")
    first = watchlist.variant_hash(full)
    rest = sorted(watchlist.variant_hash(v) for v in forms if v != full)
    return (first, *[h for h in rest if h != first])


def _full(name: str) -> str:
    titles = WRITTEN_TITLES
    words = [fold(w) for w in _WORD.findall(name)]
    words = [w for w in words if w.rstrip(".") not in titles] or words
    return " ".join(words)


def add(
    watchlist: Watchlist, entries: Sequence[tuple[str, Sequence[str]]]
) -> tuple[Watchlist, int]:
    """(the list with these names, how many were new); a name already watched gains
    the nicknames given now."""
    names = {n[0]: n for n in watchlist.names}
    added = 0
    for name, nicknames in entries:
        hashes = name_hashes(watchlist, name, nicknames)
        old = names.get(hashes[0])
        added += old is None
        merged = hashes if old is None else (hashes[0], *sorted(set(old[1:]) | set(hashes[1:])))
        names[hashes[0]] = merged
    return Watchlist(watchlist.path, watchlist.key, tuple(names.values())), added


def remove(watchlist: Watchlist, names_to_remove: Sequence[str]) -> tuple[Watchlist, int]:
    """(the list without these names, how many were removed), each found by its full name."""
    if watchlist.key is None:
        return watchlist, 0
    gone = {watchlist.variant_hash(_full(name)) for name in names_to_remove}
    kept = tuple(n for n in watchlist.names if n[0] not in gone)
    return Watchlist(watchlist.path, watchlist.key, kept), len(watchlist.names) - len(kept)


def clear(path: Path) -> int:
    """Delete the store and its key; returns how many names it held."""
    try:
        count = len(load(path).names)
    except ConfigError:
        count = 0  # a damaged store or a lost key: clearing is the way out
    for target in (path, key_path(path)):
        target.unlink(missing_ok=True)
    return count
