"""redactcheck: find what could identify people in social-care case discussion.

    >>> import redactcheck
    >>> report = redactcheck.check("Met Jamie (14) at Govan High today.")
    >>> [(f.category, f.text) for f in report.findings]
    >>> redactcheck.redact("Met Jamie (14) at Govan High today.")

`Linter` loads the model once; use it for many texts. Heavy modules (spaCy,
Presidio) are imported only when a Linter is first needed, so importing this
package for its types is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redactcheck.types import Category, Finding, Report, RiskScore, Suppressed
from redactcheck.version import __version__

__all__ = [
    "Category",
    "Config",
    "Finding",
    "Linter",
    "Report",
    "RiskScore",
    "Suppressed",
    "check",
    "redact",
    "__version__",
]

if TYPE_CHECKING:
    from redactcheck.config import Config
    from redactcheck.linter import Linter

_default: "Linter | None" = None


def __getattr__(name: str) -> Any:
    if name == "Linter":
        from redactcheck.linter import Linter

        return Linter
    if name == "Config":
        from redactcheck.config import Config

        return Config
    raise AttributeError(f"module 'redactcheck' has no attribute {name!r}")


def _linter() -> "Linter":
    global _default
    if _default is None:
        from redactcheck.linter import Linter

        _default = Linter()
    return _default


def check(text: str) -> Report:
    """Check one text with the default settings (the model is loaded once, on first use)."""
    from redactcheck.types import as_text

    return _linter().check(as_text(text, "redactcheck.check"))


def redact(text: str) -> str:
    """The text with its identifiers replaced in the default styles (see Linter.redact)."""
    from redactcheck.types import as_text

    return _linter().redact(as_text(text, "redactcheck.redact"))
