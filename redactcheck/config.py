"""Settings, layered like yamllint: defaults < user file < project file < --config < flags.

A project file is `.redactcheck.yaml` or `[tool.redactcheck]` in
`pyproject.toml`, found by walking up from the checked path, so a blog repo
carries its own allowlist (the author's name, the organisation's public name).
"""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

import yaml

from redactcheck.detect.regex.user import allowlist_regex
from redactcheck.errors import ConfigError
from redactcheck.types import Category

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

PROJECT_FILES = (".redactcheck.yaml", ".redactcheck.yml", "pyproject.toml")
FAIL_ON = re.compile(r"^(?:any-direct|direct|quasi|high|medium|score:\d{1,3}(?:\.\d+)?|never)$")
STYLES = ("tag", "pseudonym", "generalise", "mask")


@dataclass(frozen=True)
class Config:
    """Everything a Linter and the CLI can be told."""

    model: str = "redactcheck"
    rules: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    allowlist: tuple[str, ...] = ()
    allowlist_patterns: tuple[str, ...] = ()
    fail_on: str = "default"
    show_text: bool = True
    style: str = "default"
    subjects: tuple[
        str, ...
    ] = ()  # names always treated as people the case is about (redactcheck.people)
    professionals: str = "suppress"  # "flag": professionals named in their role become findings too
    watchlist: str = (
        ""  # the watchlist store; "" is the user's own (redactcheck.detect.watchlist.default_path)
    )
    sources: tuple[str, ...] = field(default=(), compare=False)

    def merged(self, raw: Mapping[str, Any], source: str) -> "Config":
        """This config with a file's (or flags') values laid over it."""
        updates = check_keys(raw, source)
        base_dir = Path(source).parent if source not in ("<flags>", "<defaults>") else Path.cwd()
        if "rules" in updates:
            updates["rules"] = self.rules + tuple(
                str((base_dir / r).resolve()) for r in updates["rules"]
            )
        if updates.get("watchlist"):
            updates["watchlist"] = str(
                (base_dir / Path(updates["watchlist"]).expanduser()).resolve()
            )
        for key in ("allowlist", "allowlist_patterns", "disable", "subjects"):
            if key in updates:
                updates[key] = tuple(dict.fromkeys(getattr(self, key) + tuple(updates[key])))
        return replace(self, **updates, sources=self.sources + (source,))


_TYPES: dict[str, type] = {f.name: f.type for f in fields(Config)}  # type: ignore[misc]
_LIST_KEYS = {"rules", "disable", "allowlist", "allowlist_patterns", "subjects"}


def check_keys(raw: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Validate one layer's keys and types; errors name the file and key."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _TYPES or key == "sources":
            known = ", ".join(sorted(k for k in _TYPES if k != "sources"))
            raise ConfigError(f"{source}: unknown key '{key}' (known keys: {known})")
        if key in _LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{source}: '{key}' must be a list of strings")
            value = tuple(value)
        elif key == "show_text":
            if not isinstance(value, bool):
                raise ConfigError(f"{source}: 'show_text' must be true or false")
        elif key == "style":
            value = _style_value(value, source)
        elif not isinstance(value, str):
            raise ConfigError(f"{source}: '{key}' must be a string")
        out[key] = value
    _check_values(out, source)
    return out


def _style_value(value: Any, source: str) -> str:
    """`style: tag` or `style: {PERSON: pseudonym, AGE: tag}`, kept as one canonical string."""
    from redactcheck.redaction.styles import StyleError, canonical

    try:
        return canonical(value)
    except StyleError as error:
        raise ConfigError(f"{source}: 'style' {error}") from None


def _check_values(values: Mapping[str, Any], source: str) -> None:
    if values.get("professionals", "suppress") not in ("suppress", "flag"):
        raise ConfigError(f"{source}: 'professionals' must be suppress or flag")
    if "fail_on" in values and not (
        values["fail_on"] == "default" or FAIL_ON.match(values["fail_on"])
    ):
        raise ConfigError(
            f"{source}: 'fail_on' must be any-direct, direct, quasi, high, medium, never or score:N"
        )
    for pattern in values.get("allowlist_patterns", ()):
        allowlist_regex(pattern, source)
    categories = {c.value for c in Category}
    for item in values.get("disable", ()):
        if item.isupper() and item not in categories:
            raise ConfigError(f"{source}: 'disable' names unknown category '{item}'")


def read_file(path: Path) -> dict[str, Any]:
    """One config file's settings (a .yaml file, or pyproject's [tool.redactcheck])."""
    try:
        if path.name == "pyproject.toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            return dict(data.get("tool", {}).get("redactcheck", {}))
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise _unreadable(path, error) from None
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: invalid config: {str(error).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a config file must be a mapping of keys")
    return data


def _unreadable(path: Path, error: Exception) -> ConfigError:
    """One wording for a config file that is there but cannot be read."""
    if isinstance(error, UnicodeError):
        return ConfigError(f"{path}: cannot read config (not UTF-8: save it as UTF-8)")
    why = getattr(error, "strerror", None) or error
    return ConfigError(f"{path}: cannot read config ({why})")


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "redactcheck" / "config.yaml"


def find_project_file(start: Path) -> Path | None:
    """The nearest project config walking up from a checked path. A folder that cannot be
    looked into is passed over: nothing under it can be checked either, and an unrelated
    parent must not stop the run. A config file that is there but cannot be read is an
    error: it may hold the allowlist, and ignoring it would change every result silently."""
    for candidate in _folders_up(start):
        for name in PROJECT_FILES:
            path = candidate / name
            if _present(path) and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


def _folders_up(start: Path) -> list[Path]:
    """The folder of a checked path and its parents, however odd the path (a missing or
    unreadable folder, a file where a folder should be, a symlink loop)."""
    try:
        folder = start if start.is_dir() else start.parent
    except OSError:  # the path's folder cannot be searched
        folder = start.parent
    try:
        folder = folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        folder = Path(os.path.abspath(folder))
    return [folder, *folder.parents]


def _present(path: Path) -> bool:
    """Whether a config file is at path. False when nothing is there, or when its folder
    cannot be searched; an error when something is there that is not a readable file
    (a broken link, a pipe that would block the read)."""
    try:
        path.lstat()
    except OSError:
        return False
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise _unreadable(path, error) from None
    if not stat.S_ISREG(mode):
        raise ConfigError(f"{path}: cannot read config (not a regular file)")
    return True


def _has_tool_table(path: Path) -> bool:
    try:
        return "[tool.redactcheck]" in path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise _unreadable(path, error) from None


def _explicit(path: Path) -> Path:
    """The --config file, which must be there and be a readable file."""
    try:
        path.stat()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except OSError as error:
        raise _unreadable(path, error) from None
    _present(path)  # a pipe or device is refused rather than read
    return path


def load(
    start: Path | None = None, explicit: Path | None = None, flags: Mapping[str, Any] | None = None
) -> Config:
    """Build the effective config for checking paths under `start`."""
    config = Config()
    layers: list[Path] = []
    if _present(user_config_path()):
        layers.append(user_config_path())
    project = find_project_file(start or Path.cwd())
    if project:
        layers.append(project)
    if explicit is not None:
        layers.append(_explicit(explicit))
    for path in layers:
        config = config.merged(read_file(path), str(path))
    if flags:
        config = config.merged({k: v for k, v in flags.items() if v is not None}, "<flags>")
    return config
