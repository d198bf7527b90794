"""Word lists of English and of social-care writing that detection, suppression and redaction share.

Kept in one module so no two copies can disagree; lists of domain knowledge move to files under
`models/` as the lexicon grows.
"""

from __future__ import annotations

import re

ROLE_WORDS = frozenset(
    "mum mam mammy mummy dad daddy da gran granny gran's nan nana nanna papa grandad grandpa grandma grandmother "
    "grandfather auntie aunty aunt uncle stepdad step-dad stepmum step-mum yp sibling carer baby bro sis "
    "diolch thanks cheers hiya hi hello ta".split()
)


NAME_WORDS = frozenset(
    "hope will grace frank faith joy mark bill rose may june jack dawn amber ruby summer sky crystal "
    "rob pat sue bob drew chance iris holly ivy heather violet hazel jasmine poppy daisy lily pearl angel "
    "precious sunny storm river honor honour patience prudence constance felicity harmony melody "
    "autumn april august miles carol cliff dean glen gene guy ray rich art sandy penny ginny".split()
)


CLOSING = re.compile(
    r"(?i)^\s*(?:many\s+thanks|thanks(?:\s+(?:again|all|so\s+much))?|thank\s+you|kind\s+regards|best\s+regards|warm\s+regards|"
    r"regards|best\s+wishes|all\s+the\s+best|best|cheers|diolch(?:\s+yn\s+fawr)?|yours\s+sincerely|yours\s+faithfully|"
    r"sincerely|take\s+care|speak\s+soon|ta)\b[\s,.!x]*$|^--\s*$"  # "-- " opens an e-mail signature
)


# Words that fill a name slot in a grammar rule but are not names.
NOT_NAMES = frozenset(
    """the a an this that these those his her their our my your its it he she they we you i me him them us
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december today yesterday tomorrow tonight morning afternoon evening night week
    child person service user young client worker team council school court police social care family mum dad
    gran nan but and or so then when what who why how where if not no yes ok okay there here was is are be been
    has have had will would could should can did does do just also still again only really very all any some
    every each both either neither one two three four five six seven eight nine ten first last next new old
    after before because about with from into onto over under at on in of for to by as up down out off
    mr mrs ms miss mx dr""".split()
)


# --- English grammar for the NER filters (pronouns, months, weekdays, prepositions) ----------

PRONOUNS = frozenset(
    "i me he him she her they them we us you it his hers their theirs our ours yours mine".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Weekdays and their short forms ("I'm on leave Thurs").
WEEKDAYS = frozenset(
    "monday mon tuesday tue tues wednesday wed weds thursday thu thur thurs friday fri "
    "saturday sat sunday sun".split()
)
# Prepositions of place: "lives in Ankara", "a lawyer practising in Istanbul".
LOCATIVE_PREPOSITIONS = frozenset(
    "in at from near outside around across through via between into towards of".split()
)
# Determiners and possessives before a name or place that are no part of it ("the", "her").
LEADING_DETERMINERS = frozenset({"the", "her", "his", "their", "my", "our", "your", "a", "an"})
