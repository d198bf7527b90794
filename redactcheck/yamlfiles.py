"""The one way YAML is read: safe, and a key given twice in a mapping is an error.

PyYAML keeps the last of two equal keys without a word, so `allowlist:` written twice in
a config file, or `patterns:` twice in a rule, would drop the first silently: names the
user allowed would be flagged, or a rule would stop matching what its author meant.
Every YAML file redactcheck reads (config files, rule files, its own models/*.yaml and
defaults) goes through `StrictLoader`, which refuses the file instead, with the line of
the second key. A merge key (`<<: *base`) may still be overridden: that is its purpose.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import yaml
from yaml.constructor import ConstructorError

# libyaml's safe loader when present (a 5x faster start); to the type checker, a SafeLoader
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MERGE = "tag:yaml.org,2002:merge"


class DuplicateKeyError(ConstructorError):
    """A key given twice in one mapping; `problem_mark` is the second one's place."""


class StrictLoader(_BaseLoader):
    """A safe loader that refuses a mapping with a key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            _refuse_duplicates(self, node)
        return super().construct_mapping(node, deep=deep)


def _refuse_duplicates(loader: StrictLoader, node: yaml.MappingNode) -> None:
    first_line: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE:
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            seen = key in first_line
        except TypeError:  # an unhashable key: the base loader says so
            continue
        if seen:
            shown = f"'{key}'" if isinstance(key, str) else repr(key)
            problem = f"duplicate key {shown} (first given on line {first_line[key]})"
            raise DuplicateKeyError(None, None, problem, key_node.start_mark)
        first_line[key] = key_node.start_mark.line + 1


def load(source: str | bytes | IO[str]) -> Any:
    """The data of one YAML document, read with StrictLoader."""
    return yaml.load(source, Loader=StrictLoader)  # safe: a SafeLoader subclass
