"""The parts of interactive review that are not terminal I/O.

Showing a finding in its line, adding a term to the nearest project
allowlist, and where the reviewed draft goes. The draft's text only ever goes
to the terminal and to the file the person is told about.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from rich.text import Text

from redactcheck.atomic import write_atomic
from redactcheck.errors import ConfigError
from redactcheck.types import Finding

CONFIG_NAMES = (".redactcheck.yaml", ".redactcheck.yml")


def line_with_highlight(text: str, finding: Finding) -> Text:
    """The finding's line with the finding in reverse video, for rich to print."""
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    end = len(text) if end == -1 else end
    line = Text(text[start:end])
    line.stylize("bold reverse red", finding.start - start, finding.end - start)
    return line


def nearest_config(folder: Path) -> Path:
    """The nearest .redactcheck.yaml walking up from the file's folder, else a new one in that folder."""
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
    return folder.resolve() / CONFIG_NAMES[0]


def add_to_allowlist(config_path: Path, term: str) -> None:
    """Add `term` to the file's `allowlist`, keeping its other keys; written atomically."""
    data: dict = {}
    if config_path.is_file():
        loaded = yaml.safe_load(config_path.read_text(encoding="utf-8"))
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{config_path}: a config file must be a mapping of keys")
        data = dict(loaded or {})
    allow = data.get("allowlist") or []
    allow = [allow] if isinstance(allow, str) else list(allow)
    if term not in allow:
        allow.append(term)
    data["allowlist"] = allow
    write_atomic(config_path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def default_target(path: Path) -> Path:
    """`post.md` -> `post.redacted.md`, beside the draft, so the original is never lost by default."""
    return path.with_name(f"{path.stem}.redacted{path.suffix}")
