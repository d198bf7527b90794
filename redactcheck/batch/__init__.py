"""Screening at scale: folders and exports, every core, and a distributed engine.

`scan` (scan.py) reads entries (sources.py), checks them on an engine (engines.py) with
the same `Linter.check_document` as `redactcheck check`, and writes one result line per
document (results.py); report.py turns the tally into the summary and the HTML report.
`check` (check.py) is the path of `redactcheck check`: the cache, then one or many processes.
Nothing is imported here, so the command line can read and refuse input before loading a model.
"""
