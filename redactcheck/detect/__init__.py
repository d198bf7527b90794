"""Detection: the recognisers over one shared parse, merged into findings.

`engine.Engine` runs them; `view` is the text they read; `rulefile` loads the YAML rules.
"""
