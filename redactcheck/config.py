"""Settings, layered like yamllint: defaults < user file < project file < --config < flags.

A project file is `.redactcheck.yaml` or `[tool.redactcheck]` in
`pyproject.toml`, found by walking up from the checked path, so a blog repo
carries its own allowlist (the author's name, the organisation's public name).
The defaults are read from the packaged `data/defaults.yaml`, which documents every
key and is what `redactcheck init` writes.
"""

from __future__ import annotations

import copy
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

import yaml

from redactcheck import yamlfiles
from redactcheck.atomic import write_atomic
from redactcheck.detect.regex.user import allowlist_regex
from redactcheck.errors import ConfigError
from redactcheck.types import Category

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROJECT_FILES = (".redactcheck.yaml", ".redactcheck.yml", "pyproject.toml")
FAIL_ON = re.compile(r"^(?:any-direct|direct|quasi|high|medium|score:\d{1,3}(?:\.\d+)?|never)$")
DEFAULTS_FILE = Path(__file__).resolve().parent / "data" / "defaults.yaml"


def read_defaults() -> dict[str, Any]:
    """The packaged defaults, every key documented there (lists as tuples, as Config holds them)."""
    raw = yamlfiles.load(DEFAULTS_FILE.read_text(encoding="utf-8"))  # libyaml: read at import
    return {key: tuple(v) if isinstance(v, list) else v for key, v in raw.items()}


_DEFAULT = read_defaults()


@dataclass(frozen=True)
class Config:
    """Everything a Linter and the CLI can be told (defaults and meanings: data/defaults.yaml)."""

    model: str = _DEFAULT["model"]
    rules: tuple[str, ...] = _DEFAULT["rules"]
    disable: tuple[str, ...] = _DEFAULT["disable"]
    allowlist: tuple[str, ...] = _DEFAULT["allowlist"]
    allowlist_patterns: tuple[str, ...] = _DEFAULT["allowlist_patterns"]
    fail_on: str = _DEFAULT["fail_on"]
    show_text: bool = _DEFAULT["show_text"]
    style: str = _DEFAULT["style"]
    subjects: tuple[str, ...] = _DEFAULT["subjects"]  # people the case is about (see people/)
    professionals: str = _DEFAULT["professionals"]  # "flag": professionals become findings too
    watchlist: str = _DEFAULT["watchlist"]  # "" is the user's own (detect.watchlist.default_path)
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


_KEYS = frozenset(f.name for f in fields(Config))
_LIST_KEYS = {"rules", "disable", "allowlist", "allowlist_patterns", "subjects"}


def check_keys(raw: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Validate one layer's keys and types; errors name the file and key."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _KEYS or key == "sources":
            known = ", ".join(sorted(k for k in _KEYS if k != "sources"))
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
        data = yamlfiles.load(path.read_text(encoding="utf-8"))
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


def add_to_allowlist(path: Path, term: str) -> None:
    """Add `term` to the allowlist of a config file, a .yaml file or the [tool.redactcheck]
    table of a pyproject.toml, keeping its other settings; written atomically."""
    if path.name == "pyproject.toml":
        text = _pyproject_with_term(path, term)
    else:
        text = _yaml_with_term(path, term)
    if text is not None:
        write_atomic(path, text)


def _terms(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _yaml_with_term(path: Path, term: str) -> str | None:
    data: dict[str, Any] = read_file(path) if path.is_file() else {}
    allow = _terms(data.get("allowlist"))
    if term in allow:
        return None
    data["allowlist"] = allow + [term]
    if path.is_file():  # edit the one key in place, so the file's comments stay
        edited = _set_yaml_allowlist(path.read_text(encoding="utf-8"), allow + [term])
        if edited is not None and _yaml_or_none(edited) == data:
            return edited
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


_YAML_ALLOWLIST = re.compile(r"allowlist\s*:")


def _set_yaml_allowlist(text: str, terms: list[str]) -> str | None:
    """The YAML text with its top-level `allowlist` (flow or block) set to `terms` in flow
    style, every other line as it was; None when there is no such key."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if _YAML_ALLOWLIST.match(line)), None)
    if start is None:
        return None
    stop = start + 1  # past the block items ("  - Jo Bloggs") that follow a bare key
    while stop < len(lines) and lines[stop][:1] in (" ", "\t", "-"):
        stop += 1
    newline = "\r\n" if lines[start].endswith("\r\n") else "\n"
    return "".join(lines[:start] + [_flow_list("allowlist:", terms) + newline] + lines[stop:])


def _flow_list(key: str, terms: list[str]) -> str:
    """`key [...]` with each term a double-quoted string (valid in TOML and YAML alike)."""
    return f"{key} [" + ", ".join(json.dumps(t, ensure_ascii=False) for t in terms) + "]"


def _yaml_or_none(text: str) -> Any:
    try:
        return yamlfiles.load(text)
    except yaml.YAMLError:
        return None


_TOOL_TABLE = re.compile(r"\s*\[\s*tool\s*\.\s*redactcheck\s*\]\s*(?:#.*)?$")
_ALLOWLIST_KEY = re.compile(r"\s*allowlist\s*=")
_TABLE = re.compile(r"\s*\[")


def _pyproject_with_term(path: Path, term: str) -> str | None:
    """The pyproject.toml text with the term added to [tool.redactcheck]'s allowlist, every
    other line as it was; checked by reading it back, so an unusual layout is an error to
    fix by hand rather than a damaged file."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise _unreadable(path, error) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid config: {str(error).splitlines()[0]}") from None
    allow = _terms(data.get("tool", {}).get("redactcheck", {}).get("allowlist"))
    if term in allow:
        return None
    expected = copy.deepcopy(data)
    expected.setdefault("tool", {}).setdefault("redactcheck", {})["allowlist"] = allow + [term]
    edited = _set_toml_allowlist(text, allow + [term])
    if edited is None or _toml_or_none(edited) != expected:
        raise ConfigError(
            f"{path}: cannot add to the allowlist of its [tool.redactcheck] table here; "
            "add the term there by hand"
        )
    return edited


def _set_toml_allowlist(text: str, terms: list[str]) -> str | None:
    """`allowlist = [...]` set in the [tool.redactcheck] table of a TOML text, or None."""
    lines = text.splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines) if _TOOL_TABLE.match(line)), None)
    if header is None:
        return None
    newline = "\r\n" if lines[header].endswith("\r\n") else "\n"
    if not lines[header].endswith("\n"):
        lines[header] += newline
    end = next((i for i in range(header + 1, len(lines)) if _TABLE.match(lines[i])), len(lines))
    value = _flow_list("allowlist =", terms)
    start = next((i for i in range(header + 1, end) if _ALLOWLIST_KEY.match(lines[i])), None)
    if start is None:
        return "".join(lines[: header + 1] + [value + newline] + lines[header + 1 :])
    stop = next(
        (j for j in range(start, end) if _toml_or_none("".join(lines[start : j + 1]))), None
    )
    if stop is None:
        return None
    return "".join(lines[:start] + [value + newline] + lines[stop + 1 :])


def _toml_or_none(text: str) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
