"""Screening at scale: folders and exports, every core, and a distributed engine.

`scan` (scan.py) reads entries (sources.py), checks them on an engine (engines.py) with
the same `Linter.check_document` as `redactcheck check`, and writes one result line per
document (results.py); report.py turns the tally into the summary and the HTML report.
"""

from __future__ import annotations

from .scan import ScanSettings, header, scan
from .sources import Entry, Fields, entries

__all__ = ["Entry", "Fields", "ScanSettings", "entries", "header", "scan"]
