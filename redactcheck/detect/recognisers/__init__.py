"""The recognisers: Presidio recognisers built from the rule files, the gazetteers and the NER
model.

Presidio is imported here first, through `quick_presidio` (see its docstring), so that every
module of this package can import it as usual.
"""

from redactcheck.detect.quick_presidio import import_presidio

import_presidio()
