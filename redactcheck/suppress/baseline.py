"""A baseline of accepted findings (the detect-secrets model) that reveals nothing.

The baseline file is committed, often to a public repository, so it holds no
matched text and no plain hash of it (a plain hash of a name is found again by
hashing a list of names). Each accepted finding is an HMAC-SHA256 keyed with a
per-repository secret kept outside the baseline: $REDACTCHECK_BASELINE_KEY,
else an untracked `.redactcheck-key` beside the baseline (mode 0600). An
entry is keyed on (path relative to the baseline, category, normalised text),
so moving lines around a file does not invalidate it.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from redactcheck import risk
from redactcheck.atomic import write_atomic
from redactcheck.errors import ConfigError
from redactcheck.keyed import keyed_hash, normalise
from redactcheck.suppress.inline import Rescore, move_to_suppressed
from redactcheck.types import Finding, Report, RiskScore

KEY_NAME = ".redactcheck-key"
KEY_ENV = "REDACTCHECK_BASELINE_KEY"
FORMAT_VERSION = 1
Entry = tuple[str, str]  # (category, hmac hex)


@dataclass(frozen=True)
class Baseline:
    """Accepted findings per file (paths relative to the baseline, forward slashes)."""

    key_id: str
    files: Mapping[str, frozenset[Entry]] = field(default_factory=dict)

    def to_json(self) -> str:
        files = {
            path: [{"category": c, "hmac": h} for c, h in sorted(entries)]
            for path, entries in sorted(self.files.items())
            if entries
        }
        data = {
            "version": FORMAT_VERSION,
            "tool": "redactcheck",
            "hash": "hmac-sha256",
            "key_id": self.key_id,
            "files": files,
        }
        return json.dumps(data, indent=2, ensure_ascii=True) + "\n"

    def count(self) -> int:
        return sum(len(entries) for entries in self.files.values())


def fingerprint(key: bytes, path: str, finding: Finding) -> str:
    """HMAC-SHA256 of (path, category, text): unlinkable across files, useless without the key."""
    return keyed_hash(key, path, finding.category, normalise(finding.text))


def key_id(key: bytes) -> str:
    """Names the key without revealing it, so a wrong key is an error instead of 'all new'."""
    return keyed_hash(key, "redactcheck baseline key id")[:16]


def load_key(baseline_path: Path, *, create: bool = False) -> tuple[bytes, Path | None]:
    """(key, key file created now or None): the environment first, then the key file."""
    value = os.environ.get(KEY_ENV, "").strip()
    if value:
        return value.encode("utf-8"), None
    path = baseline_path.parent / KEY_NAME
    if path.is_file():
        try:
            value = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(
                f"{path}: cannot read the baseline key ({type(error).__name__})"
            ) from None
        if not value:
            raise ConfigError(f"{path}: the baseline key file is empty")
        return value.encode("utf-8"), None
    if not create:
        raise ConfigError(
            f"{baseline_path}: no baseline key: "
            f"set {KEY_ENV} or keep {KEY_NAME} beside the baseline"
        )
    value = secrets.token_hex(32)
    write_atomic(path, value + "\n")
    os.chmod(path, 0o600)
    return value.encode("utf-8"), path


def relative(source: str, base: Path) -> str:
    """The checked file's path relative to the baseline's folder, as stored."""
    if source.startswith("<"):
        return source
    try:
        path = os.path.relpath(os.path.abspath(source), os.path.abspath(base))
    except ValueError:  # another drive on Windows
        path = os.path.abspath(source)
    return Path(path).as_posix()


def entries(report: Report, key: bytes, base: Path) -> frozenset[Entry]:
    path = relative(report.source, base)
    return frozenset((f.category, fingerprint(key, path, f)) for f in report.findings)


def build(reports: Iterable[Report], key: bytes, baseline_path: Path) -> Baseline:
    """A baseline accepting every finding in these reports."""
    base = baseline_path.parent
    files = {relative(r.source, base): entries(r, key, base) for r in reports}
    return Baseline(key_id(key), files)


def apply(
    report: Report, baseline: Baseline, key: bytes, baseline_path: Path, rescore: Rescore
) -> Report:
    """Move accepted findings to `suppressed` with why="baseline" (counted, never dropped)."""
    path = relative(report.source, baseline_path.parent)
    accepted = baseline.files.get(path, frozenset())
    if not accepted:
        return report
    return move_to_suppressed(
        report, lambda f: (f.category, fingerprint(key, path, f)) in accepted, "baseline", rescore
    )


def read(path: Path) -> Baseline:
    """Load and validate a baseline; a malformed one is a one-line error naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such baseline (make one with 'redactcheck baseline create')"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ConfigError(f"{path}: not a redactcheck baseline ({type(error).__name__})") from None
    return _parse(data, path)


def _parse(data: Any, path: Path) -> Baseline:
    if (
        not isinstance(data, dict)
        or data.get("tool") != "redactcheck"
        or not isinstance(data.get("files"), dict)
    ):
        raise ConfigError(f"{path}: not a redactcheck baseline")
    if data.get("version") != FORMAT_VERSION or data.get("hash") != "hmac-sha256":
        raise ConfigError(
            f"{path}: unsupported baseline version {data.get('version')!r} "
            f"(expected {FORMAT_VERSION})"
        )
    files: dict[str, frozenset[Entry]] = {}
    for name, items in data["files"].items():
        if not isinstance(items, list) or not all(
            isinstance(i, dict) and {"category", "hmac"} <= i.keys() for i in items
        ):
            raise ConfigError(f"{path}: entries for '{name}' must be a list of {{category, hmac}}")
        files[name] = frozenset((str(i["category"]), str(i["hmac"])) for i in items)
    return Baseline(str(data.get("key_id", "")), files)


def check_key(baseline: Baseline, key: bytes, path: Path) -> None:
    """Refuse a key that did not make this baseline: every finding would look new, or worse,
    match nothing."""
    if baseline.key_id != key_id(key):
        raise ConfigError(
            f"{path}: made with another key (set {KEY_ENV} or restore {KEY_NAME} beside it)"
        )


@dataclass(frozen=True)
class Accepted:
    """A baseline opened for `check --baseline`, with the key that made it."""

    baseline: Baseline
    key: bytes = field(repr=False)
    path: Path

    def apply_all(
        self, reports: Iterable[Report], places: Mapping[str, float] | None = None
    ) -> list[Report]:
        def rescore(kept: Sequence[Finding]) -> RiskScore:
            return risk.score(kept, places)

        return [apply(r, self.baseline, self.key, self.path, rescore) for r in reports]


def open_baseline(path: Path) -> Accepted:
    """Read a baseline and its key, refusing a wrong key before any draft is checked."""
    baseline = read(path)
    key, _ = load_key(path)
    check_key(baseline, key, path)
    return Accepted(baseline, key, path)


def write(baseline: Baseline, path: Path) -> None:
    write_atomic(path, baseline.to_json())


def update(old: Baseline, new: Baseline, base: Path) -> tuple[Baseline, int, int]:
    """(merged, added, removed): files checked now are replaced; others kept while they exist."""
    files = dict(new.files)
    for name, accepted in old.files.items():
        if name not in files and (name.startswith("<") or still_there(base / name)):
            files[name] = accepted
    before = {(n, e) for n, es in old.files.items() for e in es}
    after = {(n, e) for n, es in files.items() for e in es}
    return Baseline(new.key_id, files), len(after - before), len(before - after)


def still_there(path: Path) -> bool:
    """False only when the file is gone. One that cannot be looked at (its folder unreadable)
    keeps its accepted findings and is re-checked, so it gets its own error line: a decision
    must not be forgotten because a folder was locked for a moment."""
    try:
        return path.is_file()
    except OSError:
        return True
