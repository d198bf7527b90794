"""Redaction styles per category: parsing, validating and layering them.

Stdlib only, because config validation imports it and `--help` must stay fast.
A style setting is kept as one canonical string ("default", "tag", or
"PERSON=pseudonym,AGE=tag") so a frozen Config stays hashable and comparable.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from redactcheck.types import DIRECT_CATEGORIES, Category

STYLES = ("tag", "pseudonym", "generalise", "mask")
DEFAULT = "default"
_ALIASES = {"generalize": "generalise", "pseudonymise": "pseudonym", "pseudonymize": "pseudonym"}
_CATEGORIES = {c.value for c in Category}


class StyleError(ValueError):
    """A style setting that names an unknown style or category."""


def builtin_default(category: str) -> str:
    """Readable and safe: people get pseudonyms, quasi identifiers are generalised, the rest
    tagged."""
    if category == Category.PERSON.value:
        return "pseudonym"
    return "tag" if Category(category) in DIRECT_CATEGORIES else "generalise"


def _style(word: str) -> str:
    style = _ALIASES.get(word.strip().lower(), word.strip().lower())
    if style not in STYLES and style != DEFAULT:
        raise StyleError(f"unknown style '{word.strip()}' (use {', '.join(STYLES)})")
    return style


def _category(word: str) -> str:
    category = word.strip().upper()
    if category not in _CATEGORIES:
        raise StyleError(
            f"unknown category '{word.strip()}' (use {', '.join(sorted(_CATEGORIES))})"
        )
    return category


def parse(spec: str) -> tuple[str, dict[str, str]]:
    """(base style, per-category overrides) from "tag" or "default,PERSON=tag,AGE=mask"."""
    base, overrides = DEFAULT, {}
    for item in (part for part in spec.split(",") if part.strip()):
        if "=" in item:
            key, value = item.split("=", 1)
            overrides[_category(key)] = _style(value)
        else:
            base, overrides = _style(item), {}
    return base, overrides


def canonical(value: Any) -> str:
    """A config value (a style name or a mapping category -> style) as one checked string."""
    if isinstance(value, str):
        base, overrides = parse(value)
    elif isinstance(value, Mapping):
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise StyleError("a style mapping must map category names to style names")
        rest = {k: v for k, v in value.items() if k.strip().lower() != DEFAULT}
        base = _style(value.get(DEFAULT, DEFAULT))
        overrides = {_category(k): _style(v) for k, v in rest.items()}
    else:
        raise StyleError("must be a style name or a mapping of CATEGORY: style")
    return _join(base, overrides)


def _join(base: str, overrides: Mapping[str, str]) -> str:
    return ",".join([base, *(f"{k}={v}" for k, v in sorted(overrides.items()))])


def layer(spec: str, items: Iterable[str]) -> str:
    """A spec with command-line `--style` items laid over it (a bare style resets everything)."""
    base, overrides = parse(spec)
    for item in items:
        for part in (p for p in item.split(",") if p.strip()):
            more_base, more = parse(part)
            if "=" not in part:  # a bare style, alone or first in "generalise,PERSON=pseudonym"
                base, overrides = more_base, {}
            overrides.update(more)
    return _join(base, overrides)


def resolve(spec: str) -> dict[str, str]:
    """The style for every category."""
    base, overrides = parse(spec)
    chosen = {c.value: overrides.get(c.value, base) for c in Category}
    return {c: builtin_default(c) if style == DEFAULT else style for c, style in chosen.items()}
