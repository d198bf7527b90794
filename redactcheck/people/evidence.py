"""What the words around one mention of a name say about whose name it is.

Each function reads the text just before a mention (on its own line) or just after
it and returns Evidence: a role and the cue in words. Nothing here decides: a person
collects the evidence of all their mentions and `roles.decide` weighs it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import CHAT_STAMP, CLOSING, THIRD_PERSON_PRONOUNS
from redactcheck.people.cues import (
    Cues,
    alternation,
    cues,
    harm_alternation,
    not_a_service_noun,
    read_phrases,
    someones_kin,
)
from redactcheck.resources import word_list
from redactcheck.types import Finding, line_col

SUBJECT, AUTHOR, PROFESSIONAL, PUBLIC, CITED, PSEUDONYM, PLACEHOLDER = (
    "subject",
    "author",
    "professional",
    "public",
    "cited",
    "pseudonym",
    "placeholder",
)
# Where the evidence sits: a header-like place (chat prefix, e-mail header, greeting,
# sign-off) is not the case being told, so ages and addresses nearby do not make the
# writer a subject there.
HEADER = "header"
_CONTEXT = 160
_DIRECT_NEAR = 80
_AGE_REACH = 30  # an age this many characters after a name is the person's ("Kayden, now 9")
IDENTIFIERS = frozenset(
    {"ADDRESS", "POSTCODE", "CONTACT", "ID_NUMBER", "CASE_REF", "DATE_OF_BIRTH"}
)
_AGE_GAP = STORE.compile(
    r"^[\s,(]*(?:(?:is|was|who\s+is|who['’]s|aged|now|only|just|turned|turns|nearly|almost)\s+)*$",
    re.I,
)
_GREETING = STORE.compile(
    r"^[ \t>]*(?:hi|hello|hey|hiya|dear|morning|good\s+morning|afternoon|good\s+afternoon"
    r"|evening|bore\s+da|helo|shwmae)"
    r"[ \t,]*$",
    re.I,
)
# A forum comment's heading: "Comment from Denise Hartley:", "Top answer by Carla ·".
_COMMENT_HEAD = STORE.compile(
    r"(?i)^[ \t>*_#-]*(?:top\s+|best\s+|accepted\s+)?(?:comment|reply|response|answer)"
    r"(?:\s+(?:from|by)|[ \t*_]*[·•|–—])[ \t]*(?:u/|@)?$"
)
_COMMENT_HEAD_END = STORE.compile(r"^[ \t*_]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[:·|–—-]|$)")
# Another poster in a thread, pointed to: "agree with Sunita here", "As Paul said above",
# "+1 to Mo's point upthread".
_UPTHREAD_BEFORE = STORE.compile_guarded(
    r"(?i)(?:\bagree(?:s|d)?\s+with|(?:^|[.!?]\s+|\b(?:and|but)\s+)(?:as|like|what)"
    r"|\+1\s+(?:to|for)|\bseconding|\bwith)\s+$"
)
_UPTHREAD_AFTER = STORE.compile(
    r"(?i)^(?:['’]s\s+(?:point|post|comment|suggestion|idea|advice))?\s*(?:here|above|upthread"
    r"|(?:said|says|mentioned|suggested|wrote|posted)\s+(?:above|earlier|upthread|before))\b"
)
# A sender alone on their line after a bracketed time, the message below (a Teams export):
# "[Monday 09:12] Okafor, Grace (Team Manager)".
_STAMP_BEFORE = STORE.compile(
    r"^[ \t]*\[[^\]\n]{0,25}\b\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?\][ \t]*"
    r"(?:[A-Z][\w'’-]+,[ \t]+)?$",
    re.I,
)
_STAMPED_NAME_END = STORE.compile(r"^(?:,[ \t]+[A-Z][\w'’-]+)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*$")
# A reply that opens by thanking the poster it answers: "Thanks Rhiannon! Really helpful".
_THANKS_HEAD = STORE.compile(r"(?i)^[ \t>]*(?:thanks|thank\s+you|cheers|ta)[ \t,]*$")
_GREETING_END = STORE.compile(r"^[ \t]*(?:(?:and|&)[ \t]+[\w'’-]+[ \t]*)?[,!.:]?[ \t]*$")
# After a bracketed time, the surname the model left out of a sender's name: "[10:06] Kelechi
# Obi:" (elsewhere "Kayla Brown Tel:" is a record's label).
_SURNAME_THEN_COLON = STORE.compile(
    r"^(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?:"
)
_SENDER_END = STORE.compile(
    # the initial of a sender's surname may come before the colon: "Gerry M:"
    r"^(?:[ \t]+[A-Z]\.?)?[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?:"
    r"|^[ \t]+(?:replied|wrote|commented|posted|says)\b[^\n]{0,40}:[ \t]*$",
    re.I,
)
# A chat export's sender line on its own, the message below it: "Sandhu, Harpreet 09:15",
# "Abigail (Team Manager) 09:31", "Fatima Hassan-Lowe 09:02".
_SENDER_LINE = STORE.compile(
    r"^[ \t]*(?:[A-Z][\w'’-]+,[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?[ \t]*$"
)
# WhatsApp's export on Android: "12/03/2025, 19:02 - Nadia: Evening everyone".
_WHATSAPP_PREFIX = STORE.compile(
    rf"^[ \t]*{CHAT_STAMP}[ \t]*[-–][ \t]*"
    r"(?P<name>[^:\n]{1,40}):"
)


# A job line written as a title: "Team Manager, Adult Safeguarding", not "Referred by the
# school nurse, 14 March 2024".
_TITLE_CASE_LINE = STORE.compile(
    r"^[ \t*_]*[A-Z][\w'’&-]*(?:[ \t,|·–-]+(?:[A-Z0-9][\w'’&-]*|and|of|for|the|in|&))*[ \t*_.]*$"
)


def _two_lines(lines: Sequence[str], test: Callable[[str], bool]) -> bool:
    """Two of the lines or more pass the test (none is read past the second)."""
    passing = (line for line in lines if test(line))
    return next(passing, None) is not None and next(passing, None) is not None


def is_timed_chat(lines: Sequence[str]) -> bool:
    """Two lines or more that are a name and a time alone: a chat export's sender lines, not a
    case note's one "Tyler Smith 09:15"."""
    return _two_lines(lines, lambda line: _SENDER_LINE.match(line) is not None)


# A line headed by a name and a colon, as a chat's or a meeting's lines are ("Holly Marsden:
# We've started", "Gerry M:", "Jackie (carer):", a chat typed in lower case: "dee: still not
# back"); a word such as "Plan:" heads no one's line
_NAME_HEAD = STORE.compile(
    r"^[ \t>*]*([^\W\d_][\w'’-]*)(?:[ \t]+[^\W\d_][\w'’-]*){0,2}(?:[ \t]+[A-Za-z]\.?)?[ \t]*"
    r"(?:\([^)\n]{0,30}\)[ \t]*)?(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?[ \t]*)?:[ \t]"
)
# the colon right after a sender's name (and the initial, brackets or time that may come
# between), not "replied:" or "wrote:", which say a sender whatever the draft is
_COLON_AFTER = STORE.compile(
    r"^(?:[ \t]+[A-Z]\.?)?[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*)?:"
)


def is_conversation(lines: Sequence[str]) -> bool:
    """Two lines or more headed by a name and a colon: a conversation pasted without times,
    whose lines' names are its senders; one such line ("Case discussion" over "Keira: on a
    s20, wants to go home") is a note's label for the person it is about."""
    ordinary = word_list("common_words.txt")

    def headed(line: str) -> bool:
        head = _NAME_HEAD.match(line)
        return head is not None and head.group(1).lower() not in ordinary

    return _two_lines(lines, headed)


# a plain line start before a name (no time, date or bracket), and a list item's
_PLAIN_START = STORE.compile(r"^[ \t>*]*$")
_BULLET_START = STORE.compile(r"^[ \t>*]*[•-][ \t]*$")


_ROLE_TAG = STORE.compile(r"^[ \t]+(?P<tag>[A-Z]{2,5})(?=[ \t]*[:(])")


def _after_role(after: str, cues: Cues) -> str:
    """What follows a sender's name once a job's letters are read past: "Rachel TM: morning",
    "Gareth OT: bore da" (a team's chat tags each sender with their job)."""
    tag = _ROLE_TAG.match(after)
    return after[tag.end() :] if tag and cues.job.fullmatch(tag.group("tag")) else after


def _whatsapp_sender(before: str, mention: str) -> bool:
    """The mention is (or ends) the sender's name in a WhatsApp line's prefix, however much of
    the time stamp the model took into it ("19:02 - Nadia")."""
    m = _WHATSAPP_PREFIX.match(before + mention + ":")
    return m is not None and m.end("name") == len(before) + len(mention)


_HEADER_FROM = STORE.compile(r"^[ \t>*]*(?:from|sent\s+by)[ \t]*:[ \t]*$", re.I)
_HEADER_TO = STORE.compile(r"^[ \t>*]*(?:to|cc|bcc)[ \t]*:[^\n]*$", re.I)
_QUOTE_INTRO = STORE.compile(r"^[ \t>]*(?:on[ \t]+[^,\n]{1,40},[ \t]*)?$", re.I)
_ALONE = STORE.compile(r"^[ \t>*_—–]*$")
_ALONE_END = STORE.compile(r"^[ \t]*[,.]?[ \t]*x*[ \t*_]*$", re.I)
# A social post's heading after its poster's name: a dot, then the time, a role or points
# ("Shona Beattie · 2 hrs", "Roisin Gallagher · Admin", "u/tartan_kettle · 6 points").
_POST_HEAD_END = STORE.compile(
    r"(?i)^[ \t*_]*[·•][ \t]*(?:\d+[ \t]*(?:s|m|h|d|w|y|mins?|minutes?|hrs?|hours?|days?|weeks?"
    r"|months?|years?|points?|likes?|replies)\b(?:[ \t]+ago)?|just[ \t]+now|yesterday|today"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|admin|moderator|mod|top[ \t]+contributor"
    r"|group[ \t]+expert|author|op|edited|\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?)[^\n.!?]{0,20}$"
)
_SELF_INTRO = STORE.compile(
    r"(?:^|[.!?]\s+|\b(?:hi|hello|hiya|hey)[\s,!]+)(?:i['’]m|i\s+am|my\s+name\s+is"
    r"|my\s+name['’]s)\s+$",
    re.I,
)
_SENTENCE_END = STORE.compile(r"[.!?](?:\s|$)")
# What a name later in a list of thanks is thanked for: work done ("for the photos", "for
# running the workshop"), not "for being so brave" or "for sharing her story" (the case's).
_THANKED_FOR = STORE.compile(
    r"\s*(?:\([^()\n]{1,30}\)\s*)?"  # "Thanks to Jo (our admin), Femi and ..."
    r"(?:$|[,.;!]|and\b|for\s+(?!(?:being|sharing|letting|trusting|agreeing|telling|coming)\b))",
    re.I,
)
# The rest of a list of names after one of them ("and Reece", ", Omar Shah and Pete Lund"):
# what the list is thanked for comes after its last name.
_REST_OF_LIST = STORE.compile(
    r"(?:[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:,|and\b|&)[ \t]*(?:[A-Z][\w'’-]+[ \t]*){1,3})*"
)


# Thanked for their own part in a story ("for being so brave", "for sharing her story", "for
# letting us into their home"), not for work ("for sharing their practice wisdom", "for
# letting us use the training room", "for coming all the way from Belfast").
_FOR_THEIR_PART = STORE.compile(
    r"[\s,]*for\s+(?:being\b|trusting\b"
    r"|sharing\s+(?:her|his|their|your)\s+(?:own\s+)?(?:story|stories|experiences?|life|journey)"
    r"|letting\s+(?:us|me)\s+(?:in\b|into\b)"
    r"|telling\s+(?:us|me)\s+(?:about\s+)?(?:her|his|their)\b)",
    re.I,
)
# A sentence of a conference, panel or session: where people are named for whom they speak for.
AT_AN_EVENT = STORE.compile(
    r"(?i)\b(?:panel\w*|keynote|plenary|session|conference|webinar|workshop|seminar|summit"
    r"|speakers?|spoke|presented|presentation|chaired|hosted|featured|argued|talk|lecture"
    r"|podcast|round-?table|launch|event|forum|briefing|explained|described|outlined)\b"
)


def _rest_of_list(after: str) -> int:
    """Where the list a name opens ends, in `after`."""
    rest = _REST_OF_LIST.match(after)
    return rest.end() if rest else 0


# A sentence of thanks that goes on from an earlier one must say for what ("To Dean Forsyth for
# the supervision"; not "To Nora Petrie, who let me into her flat every week").
_FOR_WORK = STORE.compile(r"[\s,]*for\s")


def _thanked_for(after: str) -> bool:
    """What a name in a list of thanks is thanked for, read after the list's last name: "To
    Jo and Femi for the session" is work done, "To Shannon and Reece for being so brave" is not."""
    return bool(_THANKED_FOR.match(after)) and not _FOR_THEIR_PART.match(
        after, _rest_of_list(after)
    )


_THANKED_FROM = STORE.compile(r"\s+from\s+(?:the|our|their)\s", re.I)
# A reading list's item: its title, then "by" and the author ("1. Mrs Harrowgate by ...").
_LISTED_TITLE_BY = STORE.compile(
    r"^[ \t>]*(?:\d{1,3}[.)]|[-*•])[ \t]*[*_\"“‘']?[A-Z][\w'’:-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’:-]*|of|the|a|an|and|in|on|to|for|with|is|my|our|at|from)){0,10}"
    r"[*_\"”’']?,?[ \t]+by[ \t]+$"
)
# "Sister Okafor, who runs the ward": the title before a surname (not "Sister Jade", not "her
# sister Okafor"), a nurse's or a nun's.
_SISTER = STORE.compile(
    r"(?<![\w-])(?<![Hh]is )(?<![Hh]er )(?<![Oo]ur )(?<![Mm]y )Sister[ \t]+([A-Z][\w'’-]+)"
)
# The hosts of a show or session: "X and Y are joined by", "X is joined by", "X, Y and Z host".
_HOSTS = STORE.compile(
    r"(?:[ \t]*(?:,|and)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?){0,3}[ \t]+"
    r"(?:(?:are|is)[ \t]+joined[ \t]+by|(?:host|hosts|co-hosts?|presents?)[ \t]+(?:the|this|our)\b)"
)
# A team newsletter's news of a colleague: "Precious Ndlovu, who joins us from Wakefield",
# "Jean, who retires after thirty-one years" (not "who joins the family": a family word stands
# it down).
_STAFF_NEWS = STORE.compile(
    r"(?i)^\s*,\s*who\s+(?:joins|joined|has\s+joined|is\s+joining|will\s+be\s+joining"
    r"|retires|is\s+retiring|has\s+retired|will\s+retire|leaves\s+us|is\s+leaving\s+us"
    r"|moves\s+on|is\s+moving\s+on|has\s+been\s+promoted|starts\s+with\s+us)\b"
)
# A subject line that carries a colleague's news names no record's subject: "Subject: Leaving
# do for Pauline", "Subject: Welcome Obinna – induction plan".
_STAFF_SUBJECT = STORE.compile(
    r"(?i)^[ \t>]*subject:.*\b(?:welcome|leaving\s+(?:do|drinks|party|lunch|collection)|farewell"
    r"|retir\w+|congratulations|congrats|well\s+done|thank\s+you|thanks|induction|promotion"
    r"|new\s+starters?)\b"
)
# The same news without "who": "Callum Fraser joins the fostering team from Aberdeen",
# "Dawn moves to the hospital discharge service", "Bartek joins us". A team must be a
# service's ("the duty team", "our team"): a child joins "the football team" too.
_UNITS = r"(?:service|unit|hub|department|directorate|panel|office|practice|board|partnership)s?"
_JOINS_TEAM = STORE.compile(
    r"(?i)^\s+(?:joins|joined|has\s+joined|is\s+joining|will\s+be\s+joining|will\s+join"
    r"|moves\s+to|has\s+moved\s+to|returns\s+to|is\s+returning\s+to)\s+(?:us\b"
    rf"|our\s+(?:[\w'’-]+\s+){{0,3}}?(?:teams?|{_UNITS})\b"
    rf"|the\s+(?:[\w'’-]+\s+){{0,3}}?{_UNITS}\b"
    rf"|the\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(tuple(sorted(LEXICON.words('team_words'))))})"
    r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?teams?\b)"
)
_STAFF_WELCOME = STORE.compile(
    r"(?i)\b(?:welcome|welcoming|new\s+starters?|new\s+colleagues?|starts?\s+with\s+us"
    r"|as\s+(?:a|an|our)\s+(?:new\s+|senior\s+)?(?:social\s+worker|practitioner|manager|worker"
    r"|assistant|lead|officer|coordinator|administrator|adviser|advisor))\b"
)
# A trainer's or speaker's part, after the name (and others named with them, and where they
# come from): "Olu, who ran last night's online session", "Tunde and Sally from a neighbouring
# authority led a workshop on direct work", "Gerry has facilitated our learning set".
_RAN_AN_EVENT = STORE.compile(
    r"(?i)^(?:[ \t]*(?:,|and|&)[ \t]+(?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+))?){0,3}"
    r"(?:\s+from\s+[^,.;:!?\n]{1,50}?)?\s*,?\s+(?:who\s+)?(?:(?:has|had|have|also|kindly|then)\s+)*"
    r"(?:ran|runs|led|leads|delivered|delivers|facilitated|facilitates|co-facilitated|presented"
    r"|presents|hosted|chaired|taught|teaches|gave|gives|did|does|co-delivered|co-led"
    r"|will\s+(?:run|lead|deliver"
    r"|facilitate|present|host|chair|teach|give))\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{alternation(read_phrases('learning_events.txt'))})s?\b"
)
# A milestone of the work, that makes a congratulation a colleague's news: "on passing their
# AMHP training", "on her promotion", "on qualifying as a BIA".
_WORK_MILESTONE = STORE.compile(
    r"(?i)\b(?:ASYE|AMHP|BIA|practice\s+educator|retire\w*"
    r"|(?:social\s+)?work(?:er)?\s+of\s+the\s+year)\b"
)
# and one that is social work's only with a job beside it ("training", "promotion",
# "secondment"; a care leaver starts a social work degree too)
_MILESTONE = STORE.compile(
    r"(?i)\b(?:training|qualif\w*|promot\w*|nominat\w*|award|secondment|new\s+(?:role|post))\b"
)
_FAMILY = STORE.compile(r"(?i)\b(?:famil(?:y|ies)|adopt\w*|foster\w*|placement)\b")
_SHOW = STORE.compile(r"(?i)\b(?:episode|podcast|show|webinar|series|broadcast|programme)\b")
# "Follow Ngozi on Bluesky": a post's closing pointer to its writer's own account.
_FOLLOW = STORE.compile(r"(?i)(?:^|[.!?]\s+|\n)\s*follow\s+(?:[A-Z][\w'’-]+\s*){1,3}$|^follow\s")
_ON_PLATFORM = STORE.compile(r"\s+on\s+(?-i:[A-Z][\w.]*)")  # a platform's name: "on Bluesky"
# The same pointer before the account itself: "Follow Ngozi on Bluesky at ".
FOLLOW_ON = STORE.compile(
    r"(?i)(?:^|[.!?]\s+)\s*follow\s+(?:me|us|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"
    r"\s+on\s+[A-Za-z]+(?:\s+(?:at|as))?\s*$"
    # the writer's own account: "I tweet as", "mine is on Insta as", "my account is"
    r"|(?i:\b(?:i\s+(?:tweet|post|blog|write)|i['’]m\s+on\s+[A-Za-z]+|(?:mine|my\s+(?:own\s+)?"
    r"(?:account|handle|profile))\s+is(?:\s+on\s+[A-Za-z]+)?)(?:\s+(?:as|at))?\s*$)"
)
# A family member named only for a comparison: "he reminded me of my brother", "like my own
# gran", "I thought of my dad": the writer's feeling, not the writer's family in the case.
_COMPARED = STORE.compile(
    r"(?i)\b(?:remind(?:s|ed)?\s+(?:me|us)\s+of|(?:think|thinking|thought)\s+(?:of|about)"
    r"|(?:just\s+)?like|as\s+if\s+(?:he|she|they)\s+(?:was|were)|the\s+age\s+of)\s+$"
)
# An office named for everyone's families: "the cabinet member for children", "Minister for
# Children and Families", "director of children's services".
_OFFICE_FOR = STORE.compile(
    r"(?i)\b(?:for|of)\s+(?:children|young\s+people|families|parents|carers)(?:['’]s?)?"
    r"(?:\s+(?:and|&)\s+(?:families|young\s+people|education|schools))?[\s,:(]*(?:the\s+)?"
    r"(?:[A-Z][a-z]{1,4}\.?\s+)?[\"'“]?$"
)
# A pupil's details after a listed title's author: "by Jade Morrow, Year 8, Hillside Primary".
_PUPIL = STORE.compile(r"(?i)\b(?:year\s+\d{1,2}|aged?\s+\d|primary|school|academy|class)\b")
# A quotation's attribution line: a dash, then the name and who they are.
_ATTRIBUTION = STORE.compile(r"^[ \t]*[—–-][ \t]*$")
# Later in a sentence of thanks: "Thanks to everyone who came, and to Charlie Nwosu for the
# photos", "Thanks to Jo and Femi": the name after "to", or after other names in the list.
_THANKED_LIST = STORE.compile(
    r"(?i:\bthanks|\bthank\s+you)\b[^.!?\n]{0,120}"
    r"(?:\bto|\b(?i:especially|particularly|in\s+particular|not\s+least))\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*,\s*|\s+and\s+(?:to\s+)?))*$"
)
# A list of thanks that goes on sentence by sentence: "Huge thanks to Kerry, my first manager.
# To Dean Forsyth for the supervision. To Keeley, Omar and Pete for the laughter."
_TO_NEXT = STORE.compile(
    r"(?:^|[.!?][\"”’)]*[ \t]+)To[ \t]+"
    r"(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+))*$"
)
_THANKS_BEFORE = STORE.compile(r"(?i)\b(?:thanks|thank\s+you|grateful)\b")
_DR = STORE.compile(r"^(?:dr|doctor)\.?\s|(?:^|[^\w])(?:dr|doctor)\.?\s+$", re.I)
_PROF = STORE.compile(r"^(?:prof|professor)\.?\s|(?:^|[^\w])(?:prof|professor)\.?\s+$", re.I)
_YEAR = STORE.compile(r"\b(?:19|20)\d\d\b")
_EDGE_LINES = 4
# "What if my son...", "imagine your mum", "if my dad were ...", "I would", "could you": the
# writer musing; "I don't know if I can cope with my son" is no hypothetical
_HYPOTHETICAL = STORE.compile(
    r"\b(?:what\s+if|imagine|as\s+if|suppose|if\s+(?:my|our|i\s+had|i\s+were)|i\s+would"
    r"|i['’]d|(?:would|could)\s+(?:you|i|we))\b",
    re.I,
)


@dataclass(frozen=True)
class Evidence:
    role: str
    why: str
    line: int
    place: str = ""  # HEADER for a chat prefix, header, greeting or sign-off

    def words(self) -> str:
        return f"{self.why}, line {self.line}"


@dataclass(frozen=True)
class Mention:
    """One PERSON finding with the text around it on its line."""

    finding: Finding
    text: str  # the mention as written
    before: str  # its line up to the mention (at most _CONTEXT characters)
    after: str  # its line after the mention
    line: int
    # the lines before and after its own (at most _CONTEXT characters each way)
    lines_before: str = ""
    lines_after: str = ""


def mention(text: str, finding: Finding) -> Mention:
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, finding.start - _CONTEXT) : finding.start]
    after = text[finding.end : min(line_end, finding.end + _CONTEXT)]
    return Mention(
        finding,
        text[finding.start : finding.end],
        before,
        after,
        line_col(text, finding.start)[0],
        text[max(0, line_start - _CONTEXT) : max(0, line_start - 1)],
        text[line_end + 1 : line_end + 1 + _CONTEXT],
    )


def left_evidence(m: Mention, cues: Cues) -> list[Evidence]:
    """Cues written before the name: roles, titles, bylines, declarations."""
    return _framing_evidence(m, cues) + _standing_evidence(m, cues) + _case_evidence(m, cues)


def _framing_evidence(m: Mention, cues: Cues) -> list[Evidence]:
    """How the draft introduces the name: a chosen name, a byline, an e-mail header, a
    greeting, a self-introduction."""
    found: list[Evidence] = []
    b, line = m.before, m.line
    if cues.pseudonym_before.search(b):
        found.append(Evidence(PSEUDONYM, "introduced as a chosen name", line))
    if cues.author_before.search(b):
        found.append(Evidence(AUTHOR, "byline", line))
    if _HEADER_FROM.search(b):
        found.append(Evidence(AUTHOR, "e-mail sender", line, HEADER))
    if _HEADER_TO.search(b):
        found.append(Evidence(PROFESSIONAL, "e-mail correspondent", line, HEADER))
    if _GREETING.search(b) and _GREETING_END.match(m.after):
        found.append(Evidence(PROFESSIONAL, "greeted as the message's reader", line, HEADER))
    if _SELF_INTRO.search(b):
        found.append(Evidence(AUTHOR, "introduces themselves", line))
    return found


def case_near(m: Mention) -> bool:
    """The mention's sentence holds a family word (general ones too: "children", "kids"), a word
    of casework ("refuge", "referral") or "his"/"her" family: the cues written for colleagues,
    hosts and authors stand down there ("Thanks to Darren Flint for taking in both boys",
    "Sister Hesketh is actually Tyler's aunt")."""
    return bool(_case_near().search(sentence_around(m)))


def case_told(m: Mention) -> bool:
    """A sentence about them tells of a case: a harm, or, with no other first name between,
    someone else's family or a life in care (models/roles/case_story_words.txt). About them is
    their own sentence, or one naming them or a name joined to theirs again on the lines around
    theirs ("Kayla has been in foster care since she was four." over "Huge thanks to Kayla"),
    or one on their line with "he", "she", "her" or "his" among its first words ("At four she
    was taken into foster care"). The cues written for colleagues stand down there ("Ellis
    presented at our forum. Ellis still has nightmares about being restrained there."); a
    colleague who presents a case is still a colleague ("I'll take it to supervision with
    Helen: how we share risk with Rose without damaging her relationship with her son"), and
    so is one the writer's own family is named beside ("She asked after my son")."""
    partners = _PARTNER_AFTER.findall(m.after) + _PARTNER_BEFORE.findall(m.before)
    words = {w.lower() for w in _NAME_WORD.findall(" ".join([m.text, *partners]))}
    harm = cues().harm_sentence, _harm_words()
    told = _case_story(), someones_kin()
    own_line = _SENTENCE_SPLIT.split(m.before + " \0 " + m.after)
    # the lines around theirs count where they name the person again: "he" or "she" on
    # another line is as often someone else ("Thanks to Jo for swapping onto the late shift."
    # over "She was restrained twice at tea")
    other_lines = _SENTENCE_SPLIT.split(f"{m.lines_before}\n{m.lines_after}")
    for sentence, here in [(s, True) for s in own_line] + [(s, False) for s in other_lines]:
        tokens = [] if "\0" in sentence else list(_NAME_WORD.finditer(sentence))
        anchors = (
            [sentence.index("\0")]  # the mention's own sentence: from the mention
            if "\0" in sentence
            else [
                a.start()
                for a in tokens
                if a.group().lower() in words
                or (here and a.group() in _HE_SHE_ANY and _opens(sentence, a.start()))
            ]
        )
        # "Three former residents say he hit them."
        named = anchors or (here and any(a.group().lower() in _PRONOUNS for a in tokens))
        if named and any(pattern.search(sentence) for pattern in harm):
            return True  # the one harmed and the one who harmed alike
        for pattern in told if anchors else ():
            for found in pattern.finditer(sentence):
                if _WRITERS_OWN.match(found.group()):
                    continue  # "She asked after my son": the writer's family, not the case
                if _ANY_ONE.search(sentence, 0, found.start()):
                    continue  # "think of a dad we had written off": anyone's, not someone's
                near = min(anchors, key=lambda a: abs(a - found.start()))
                between = sentence[min(near, found.start()) : max(near, found.end())]
                if not _other_first_name(between, words):
                    return True
    return False


_WRITERS_OWN = STORE.compile(r"(?i)(?:my|our)\s")
_ANY_ONE = STORE.compile(r"(?i)\b(?:a|an|any|every|each)\s+$")


def _other_first_name(text: str, words: set[str]) -> bool:
    """A capitalised first name in `text` that is none of `words`, nor the start of a place's
    name ("Hope House")."""
    first_names = word_list("first_names.txt")
    return any(
        w.group().lower() in first_names and w.group().lower() not in words
        for w in _CAPITALISED_WORD.finditer(text)
    )


_CAPITALISED_WORD = STORE.compile(r"\b[A-Z][a-z]+\b(?![ \t]+[A-Z])")
_NAME_WORD = STORE.compile(r"[^\W\d_]+")
# the names joined to the mention ("Shannon and Reece ran a session"): what is told of one in
# the line counts for both
_PARTNER_AFTER = STORE.compile(r"^[ \t]*(?:,|and|&)[ \t]+([A-Z][\w'’-]+)")
_PARTNER_BEFORE = STORE.compile(r"([A-Z][\w'’-]+)[ \t]*(?:,|and|&)[ \t]*$")
_SENTENCE_SPLIT = STORE.compile(r"(?<=[.!?])\s+|\s*\n\s*")
_HE_SHE_ANY = frozenset({"He", "She", "Her", "His", "he", "she", "her", "his"})
# at most this many words before "he" or "she" in a sentence about them ("At four she was
# taken into care", "Last year he slept rough"); no name among them
_OPENING_WORDS = 3


def _opens(sentence: str, at: int) -> bool:
    """The pronoun at `at` opens its sentence, or comes after a few words with no capitalised
    name among them (the sentence's own first word aside)."""
    words = _NAME_WORD.findall(sentence[:at])
    return len(words) <= _OPENING_WORDS and not any(w[0].isupper() for w in words[1:])


# "he" or "her" in a later sentence may be them; "they" is as often a family or a service
_PRONOUNS = THIRD_PERSON_PRONOUNS - {"they", "them", "their"}


@lru_cache(maxsize=1)
def _case_story() -> re.Pattern[str]:
    """A life in care (with `someones_kin`, someone's family: "her grandsons", "the
    children's aunt", "Mum"); not the words of casework a colleague shares ("I shadowed Priya
    on her visits"), nor families in general ("a course on working with fathers")."""
    words = alternation(read_phrases("case_story_words.txt"))
    return re.compile(rf"(?<![\w-])(?:{words})s?(?![\w-]){not_a_service_noun()}", re.I)


@lru_cache(maxsize=1)
def _harm_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){harm_alternation()}(?![\w-])", re.I)


def casework_near(m: Mention) -> bool:
    """The mention's sentence holds a word of casework ("placed with", "overdose"), family
    words aside: an author's ideas about mothers and babies are still the author's."""
    return bool(cues().casework.search(sentence_around(m)))


def sentence_around(m: Mention) -> str:
    """The mention's sentence on its line, the name itself left out."""
    before = re.split(r"[.!?]\s+", m.before)[-1]
    after = re.split(r"(?<=[.!?])\s", m.after, maxsplit=1)[0]
    return before + " \0 " + after


def _someones_family(m: Mention) -> bool:
    """The mention's sentence speaks of someone's family ("her nan", "Kayla's mum"), not of
    families in general ("kids in care need stability")."""
    return bool(_whose_family().search(sentence_around(m)))


@lru_cache(maxsize=1)
def _whose_family() -> re.Pattern[str]:
    words = alternation(read_phrases("family.txt"))
    return re.compile(
        rf"(?i)\b(?:her|his|their|my|our|your|(?-i:[A-Z][\w'’-]*)['’]s)\s+(?:[\w-]+\s+)?"
        rf"(?:{words})s?(?![\w-])"
    )


@lru_cache(maxsize=1)
def _case_near() -> re.Pattern[str]:
    """Family words (general ones too) and words of casework, singular or plural; not one that
    qualifies a service's noun ("the carers' centre", "a child protection chair")."""
    words = alternation(
        read_phrases("family.txt")
        + read_phrases("kinship.txt")
        + read_phrases("generic_family.txt")
        + read_phrases("case_context_words.txt")
    )
    return re.compile(rf"(?<![\w-])(?:{words})s?(?![\w-]){not_a_service_noun()}", re.I)


# Where a label ("practice supervisor: Femi") may start: a line's start, after a dash, a
# bullet, a bar, a bracket or a form's column gap; not inside a sentence ("From Rashid in
# OT: Aisha Begum's assessment", where the colon opens the message), nor after a chat
# sender's name ("Lorna SW: shannon wis steamin": the sender's job, then the message).
_LABEL_START = STORE.compile(r"(?:^|[—–|(•·*-]|\t|[ ]{3})[ \t]*$")
# A list of people each followed by their role: the role before a name is the previous name's.
_ROLE_OF_THE_NAME_BEFORE = STORE.compile(r"[A-Z][\w.'’-]*[ \t]*,[ \t]*$")


def _role_before(m: Mention, cues: Cues) -> bool:
    """A job written just before the name that is the name's own."""
    before = m.before
    role = cues.profession_before.search(before)
    if role is None or _ROLE_OF_THE_NAME_BEFORE.search(before, 0, role.start() + 1):
        return False  # "Mr D. Friedman, Adviser, Mr G. O'Halloran": the adviser is Friedman
    written = role.group(0)
    if re.search(r"(?i)\b(?:ours|mine)\b", written) and case_told(m):
        return False  # "Ours, Sandra, is the one mum says takes money from her purse"
    if ":" in written:
        word = role.start() + len(written) - len(written.lstrip(" \t>*•-|:,(–—"))
        # a label whose sentence speaks of a family or a case ("Hosts: Kerry and Darren, who
        # lost their children to care") names the case's people
        return bool(_LABEL_START.search(before, 0, word)) and not case_near(m)
    return True


def _standing_evidence(m: Mention, cues: Cues) -> list[Evidence]:
    """A role, title, office or work written before the name."""
    found: list[Evidence] = []
    b, line = m.before, m.line
    job = cues.job.match(m.text)  # the model's span took the job in: "The SLT, Folasade Adeyinka"
    if _role_before(m, cues) or (
        job
        and re.match(r"[ \t]*,[ \t]*[A-Z]", m.text[job.end() :])
        and re.search(r"(?i)\b(?:the|our|my|their)[ \t]*$", b)
        and not case_near(m)
    ):
        found.append(Evidence(PROFESSIONAL, "named in a professional role", line))
    if _colleague(m, cues):
        found.append(Evidence(PROFESSIONAL, "thanked, welcomed or credited", line))
    if cues.professional_title.search(b) or cues.professional_title.search(m.text):
        found.append(Evidence(PROFESSIONAL, "a professional's title", line))
    if cues.public_title_before.search(b) or cues.public_title_inside.search(m.text):
        found.append(Evidence(PUBLIC, "a public title", line))
    # not "the Minister for Social Care, Joan Price, who lives at Oakview, and her son"
    if cues.office_before.search(b) and not case_near(replace(m, before="")):
        found.append(Evidence(PUBLIC, "a public office", line))
    if cues.fame_before.search(b):
        found.append(Evidence(PUBLIC, "known in their own right", line))
    if cues.cite_before.search(b):
        found.append(Evidence(CITED, "an author's work", line))
    found += _titled(m)
    if _LISTED_TITLE_BY.search(b) and not _PUPIL.search(m.after):
        found.append(Evidence(CITED, "the author of a listed title", line))
    return found


def _colleague(m: Mention, cues: Cues) -> bool:
    """Thanked, welcomed, credited or hosting: "Thanks to Jo", "Hosts: Maud Ellery and ...",
    "Thanks to everyone who came, and to Charlie Nwosu for the photos"; not thanked for being
    part of the story ("for being so brave"), nor in a list or label whose line speaks of a
    family or a case ("Hosts: Kerry and Darren, who lost their children to care")."""
    colleague = cues.colleague_before.search(m.before)
    listed = _THANKED_LIST.search(m.before) or (
        _TO_NEXT.search(m.before)
        and _THANKS_BEFORE.search((m.lines_before + "\n" + m.before)[-400:])
        and _FOR_WORK.match(m.after, _rest_of_list(m.after))
    )
    if not (colleague or listed):
        return False  # no colleague's words before the name: the case need not be read
    if case_told(m):
        return False  # "The house was run by Darren Holt. Three residents say he hit them."
    if colleague and re.search(r"(?i)thank", colleague.group(0)):
        thanked = _thanked_for(m.after) or (
            _THANKED_FROM.match(m.after) and not case_near(m)
        )  # "Thanks to Anjali Rao from the carers' centre"
        colleague = colleague if thanked else None
    if colleague and re.search(r"(?i)congrat|well\s+done", colleague.group(0)):
        milestone = _milestone(sentence_around(m), cues)
        colleague = colleague if milestone and not case_near(m) else None
    if colleague and re.search(r"[:,&]|\band\b|colleague", colleague.group(0)) and case_near(m):
        colleague = None  # "my colleague Ciarán covered my caseload": part of the story
    return bool(colleague) or bool(listed and _thanked_for(m.after) and not case_near(m))


def _milestone(sentence: str, cues: Cues) -> bool:
    """A milestone of social work ("on passing their AMHP training", "on her promotion to team
    manager"); a young person's ("his forklift training", "her apprenticeship award") is not."""
    return bool(_WORK_MILESTONE.search(sentence)) or bool(
        _MILESTONE.search(sentence) and cues.job.search(sentence)
    )


def _titled(m: Mention) -> list[Evidence]:
    """A professor's title, or a ward sister's before a surname ("Sister Okafor")."""
    found: list[Evidence] = []
    if _PROF.search(m.before) or _PROF.search(m.text):
        found.append(Evidence(CITED, "a professor", m.line))
    sister = _SISTER.search(m.before[-20:] + m.text)
    if sister and sister.group(1).lower() not in word_list("first_names.txt") and not case_near(m):
        found.append(Evidence(PROFESSIONAL, "a ward sister's title", m.line))
    return found


@lru_cache(maxsize=1)
def _title_not_kin() -> re.Pattern[str]:
    """A forum's family shorthand that is also a paid role's title in capitals ("DS": a
    dear son, or a detective sergeant), after "the" or "police": the title ("The police DS,
    Rhiannon Lloyd"; not "my DS, Alfie", nor "I have a DS, Alfie")."""
    both = sorted(set(read_phrases("family.txt")) & set(read_phrases("professional_titles.txt")))
    return re.compile(rf"(?i:\b(?:the|police))\s+(?:{'|'.join(map(re.escape, both))})\s*,?\s*$")


def _case_evidence(m: Mention, cues: Cues) -> list[Evidence]:
    """Words before the name that make its person part of the case."""
    found: list[Evidence] = []
    b, line = m.before, m.line
    family = cues.family_before.search(b)
    if family and _title_not_kin().search(b):
        family = None
    if family and (
        not _OFFICE_FOR.search(b[: family.end()]) or case_near(replace(m, before=""))
    ):  # not "the cabinet member for children", unless the rest says whose family
        found.append(Evidence(SUBJECT, "named with a family or case word", line))
    if cues.label_before.search(b) and not (
        _STAFF_SUBJECT.search(b + m.text + m.after) and not case_near(m)
    ):
        found.append(Evidence(SUBJECT, "the person a record or subject line is about", line))
    if cues.harm_before.search(b):
        found.append(Evidence(SUBJECT, "alleged to have caused harm", line))
    return found


def right_evidence(m: Mention, cues: Cues, scholarly: bool) -> list[Evidence]:
    """Cues written after the name: apposition, declarations, citations, senders."""
    found: list[Evidence] = []
    a, line = m.after, m.line
    if cues.pseudonym_after.search(a):
        found.append(Evidence(PSEUDONYM, "declared not a real name", line))
    role = cues.profession_after.search(a)
    if role and (
        not re.search(r"\b(?:retired|former|ex-|trainee|would-be|aspiring)", role.group(0), re.I)
        or (_ATTRIBUTION.search(m.before) and not case_near(m))  # "— Name, retired social worker"
    ):
        found.append(Evidence(PROFESSIONAL, "named with a professional role", line))
    found += _affiliation_evidence(m, cues)
    if _FOLLOW.search(m.before + m.text) and _ON_PLATFORM.match(a):  # "Follow Ngozi on Bluesky"
        found.append(Evidence(AUTHOR, "the writer's own account, to follow", line))
    found += _colleague_after(m)
    if scholarly and (cues.cite_after.search(a) or cues.work_after.search(a)):
        found.append(Evidence(CITED, "an author and their work", line))
    elif scholarly and cues.cite_past_after.search(a) and _YEAR.search(_sentence(m.after, 0, 0)):
        found.append(Evidence(CITED, "an author and their work", line))
    family = cues.family_after.search(a)
    if (
        family and not re.findall(r"[\w-]+", family.group(0))[-1].istitle()
    ):  # "Ferguson's Child Protection Practice": a title
        found.append(Evidence(SUBJECT, "named with a family or case word", line))
    if re.match(r"^\s+v\.?\s+\S", a) or re.search(r"\bv\.?\s+$", m.before):
        found.append(Evidence(SUBJECT, "a party to a case", line))
    if (
        cues.harm_after.search(a)
        or cues.harm_sentence.search(_sentence(a, 0, 0))
        or _harm_next(m, cues)
    ):
        found.append(Evidence(SUBJECT, "alleged to have caused harm", line))
    return found


def _colleague_after(m: Mention) -> list[Evidence]:
    """A colleague's news or a host's part, written after the name."""
    found: list[Evidence] = []
    a, line = m.after, m.line
    joins = _JOINS_TEAM.match(a)
    if joins:
        # the words that count are those of its own clause outside the team's name, and a
        # welcome or a job must say it is staff news (a child joins a service too)
        clause = re.split(r"[.!?;,]", a[joins.end() :], maxsplit=1)[0]
        own = re.split(r"[.!?;,]\s", m.before)[-1] + " \0 " + clause
        news = (
            not _case_near().search(own)
            and not _FAMILY.search(own)
            and bool(_STAFF_WELCOME.search(m.before[-120:] + " " + a[: joins.end() + 80]))
        )
    else:
        news = bool(_STAFF_NEWS.match(a)) and not case_near(m)
        news = news and not _FAMILY.search(sentence_around(m))
    if news:
        found.append(Evidence(PROFESSIONAL, "joining, leaving or retiring from the team", line))
    if _RAN_AN_EVENT.match(a) and not case_near(m) and not case_told(m):
        found.append(Evidence(PROFESSIONAL, "ran a session, training or talk", line))
    hosts = _HOSTS.match(a)
    if (
        hosts
        and _SHOW.search(m.before + a)
        and not case_near(replace(m, after=a[: hosts.end()]))  # the guest's words are theirs
    ):
        found.append(Evidence(PROFESSIONAL, "a host joined by a guest", line))
    return found


def _affiliation_evidence(m: Mention, cues: Cues) -> list[Evidence]:
    """An organisation, a founding, a public title or an office written after the name."""
    found: list[Evidence] = []
    a, line = m.after, m.line
    if cues.organisation_after.search(a) or (
        cues.body_after.search(a)
        and AT_AN_EVENT.search(sentence_around(m))  # "of Ofsted spoke at the conference"
        and not _someones_family(m)  # a conference's topic is no case: "a panel on neglect"
        and not case_told(m)
    ):
        found.append(Evidence(PROFESSIONAL, "named with their organisation or team", line))
    if cues.founder_after.search(a):
        found.append(Evidence(PUBLIC, "a founder", line))
    if cues.public_suffix.search(a) or cues.public_suffix_inside.search(m.text):
        found.append(Evidence(PUBLIC, "a public title", line))
    if cues.office_after.search(a):
        found.append(Evidence(PUBLIC, "a public office", line))
    return found


def _harm_next(m: Mention, cues: Cues) -> bool:
    """The next sentence goes on about the same person ("He was suspended", "She was dismissed")."""
    first = _SENTENCE_END.search(m.after)
    if not first:
        return False
    nxt = m.after[first.end() :].lstrip()
    return bool(re.match(r"(?:he|she|they)\b", nxt, re.I)) and bool(
        cues.harm_sentence.search(_sentence(nxt, 0, 0))
    )


SENDER = "the sender of a message"


def comment_heading(m: Mention) -> bool:
    """The name or handle heads a forum comment: "Comment from Denise Hartley:", "**Top
    comment** · u/northern_tm"."""
    return bool(_COMMENT_HEAD.search(m.before) and _COMMENT_HEAD_END.match(m.after))


def _sender_evidence(
    m: Mention, cues: Cues, timed_chat: bool, conversation: bool
) -> list[Evidence]:
    """A message's sender (a chat line's, a quoted post's, a forum comment's heading) or the
    poster a reply thanks; a first name heading its line with no time or date before it is a
    sender only in a `conversation` (see `is_conversation`), and never after a list's bullet
    ("- Edna: refusing fluids")."""
    found: list[Evidence] = []
    b, a, line = m.before, m.after, m.line
    if not _PLAIN_START.match(b):
        heads = not _BULLET_START.match(b)
    elif _COLON_AFTER.match(_after_role(a, cues)):  # a label's word is no name ("Supervisee:")
        first_names = word_list("first_names.txt")
        known = any(w.lower() in first_names for w in _NAME_WORD.findall(m.text))
        heads = conversation or not known
    else:
        heads = True  # "Lauren Pike replied:"
    if (
        (heads and cues.author_line_start.match(b) and _SENDER_END.match(_after_role(a, cues)))
        or (_STAMP_BEFORE.match(b) and _SURNAME_THEN_COLON.match(a))
        or (timed_chat and _SENDER_LINE.match(b + m.text + a))
        or _whatsapp_sender(b, m.text)
        or (_QUOTE_INTRO.match(b) and re.match(r"^[ \t]+wrote\b", a, re.I))
        or comment_heading(m)
        or (_STAMP_BEFORE.match(b) and _STAMPED_NAME_END.match(a))
    ):
        found.append(Evidence(AUTHOR, SENDER, line, HEADER))
    if _UPTHREAD_BEFORE.search(b) and _UPTHREAD_AFTER.match(a) and not _someones_family(m):
        found.append(Evidence(AUTHOR, "a poster the thread answers", line))
    if _THANKS_HEAD.search(b) and re.match(r"^[ \t]*[,!.]", a) and not case_near(m):
        found.append(Evidence(PROFESSIONAL, "greeted as the message's reader", line, HEADER))
    return found


def place_evidence(
    text: str,
    m: Mention,
    cues: Cues,
    lines: Sequence[str],
    timed_chat: bool = False,
    conversation: bool = True,
) -> list[Evidence]:
    """Where the mention stands: a chat or comment sender, a sign-off, a bio line, a doctor;
    `timed_chat`: the draft is a chat export whose senders stand on lines of their own with a
    time ("Sandhu, Harpreet 09:15"), two such lines or more (see `is_timed_chat`);
    `conversation`: two lines or more are headed by a name and a colon (`is_conversation`)."""
    found = _sender_evidence(m, cues, timed_chat, conversation)
    b, a, line = m.before, m.after, m.line
    alone = bool(_ALONE.match(b) and _ALONE_END.match(a))  # the name alone on its line
    if _signs_off_here(m, lines, alone):
        found.append(Evidence(AUTHOR, "sign-off", line, HEADER))  # "Thanks,\nDom", "Cheers, Dom"
    elif (
        (alone and _heads_with_a_job(lines, line - 1, cues))
        or (_ALONE.match(b) and job_beside(a, cues) and among_first_lines(lines, line - 1))
        or (alone and _byline_label_above(lines, line - 1, cues))
    ):  # "Tendai Moyo" over "Team Manager", "Delphine Okafor | Safeguarding Consultant | @d",
        # "Written by:" over "Lisa Harris"
        found.append(Evidence(AUTHOR, "byline", line))
    elif alone and _signs_with_a_job(lines, line - 1, cues):
        found.append(Evidence(AUTHOR, "signature", line, HEADER))
    elif cues.author_line_start.match(b) and _POST_HEAD_END.match(a):
        found.append(Evidence(AUTHOR, SENDER, line, HEADER))  # "Shona Beattie · 2 hrs"
    family = cues.family_is.search(a)
    if family and not cues.job.search(family.group(0)):  # "was a home carer herself": a job
        found.append(Evidence(SUBJECT, "described as family or a carer", line))
    elif cues.bio_after.search(a) and at_edge(lines, line - 1) and not cues.family_after.search(a):
        found.append(Evidence(AUTHOR, "the author's bio", line))
    if _DR.search(b) or _DR.search(m.text):
        sentence = _sentence(text, m.finding.start, m.finding.end)
        if _YEAR.search(sentence) or cues.cite_after.search(a) or cues.work_after.search(a):
            found.append(Evidence(CITED, "a doctor in a literature context", line))
        else:
            found.append(Evidence(PROFESSIONAL, "a doctor", line))
    return found


class Nearby:
    """A draft's findings indexed by start, so those `nearby_evidence` can use for one mention
    (starting on its line, or within an age's reach after it) are found by bisection and given
    in the draft's order of findings: each mention costs log n, not a pass over every finding."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        self._starts = sorted((f.start, i) for i, f in enumerate(self.findings))

    def around(self, m: Mention, text: str) -> list[Finding]:
        f = m.finding
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        reach = max(len(text) if line_end < 0 else line_end, f.end + _AGE_REACH)
        lo = bisect.bisect_left(self._starts, (line_start, -1))
        hi = bisect.bisect_right(self._starts, (reach, len(self.findings)))
        return [self.findings[i] for i in sorted(i for _, i in self._starts[lo:hi])]


def nearby_evidence(m: Mention, findings: Sequence[Finding], text: str) -> list[Evidence]:
    """An age just after the name, or an address, phone, date of birth or reference beside it."""
    found: list[Evidence] = []
    f = m.finding
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line_end = len(text) if line_end < 0 else line_end
    for other in findings:
        if (
            other.category == "AGE"
            and f.end <= other.start <= f.end + _AGE_REACH
            and _AGE_GAP.match(text[f.end : other.start])
        ):
            found.append(Evidence(SUBJECT, "named with an age", m.line))
        elif (
            other.category in IDENTIFIERS
            and line_start <= other.start
            and other.end <= line_end
            and (
                abs(other.start - f.end) <= _DIRECT_NEAR or abs(f.start - other.end) <= _DIRECT_NEAR
            )
            and not _SENTENCE_END.search(text[min(f.end, other.end) : max(f.start, other.start)])
        ):
            found.append(
                Evidence(SUBJECT, f"beside a direct identifier ({other.category})", m.line)
            )
    return found


def own_family(text: str, cues: Cues, times: int = 1) -> int:
    """The line on which the writer speaks of their own family ("my son") for the
    `times`-th time, or 0: a post's author who says "my son" twice is writing about him."""
    first_names = word_list("first_names.txt")
    found = list(cues.own_family.finditer(text)) + [
        m for m in cues.own_name.finditer(text) if m.group("name").lower() in first_names
    ]  # "our Kyle"
    matches = sorted(
        (
            m
            for m in found
            if not _HYPOTHETICAL.search(_sentence(text, m.start(), m.end()))
            and not _quoted(text, m.start())
            and not _COMPARED.search(text[max(0, m.start() - 30) : m.start()])
        ),
        key=lambda m: m.start(),
    )
    return line_col(text, matches[times - 1].start())[0] if len(matches) >= times else 0


def _quoted(text: str, offset: int) -> bool:
    """Inside quotation marks on its line: someone else's words ("my grandson's mate", he said)."""
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], within its line (a chat message ends at its line's
    end: "my daughter is kicking off" is not asked by the next message's "?")."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stop = _SENTENCE_END.search(text, end, line_end)
    return text[begin : stop.end() if stop else line_end]


@lru_cache(maxsize=1)
def _closing_before() -> re.Pattern[str]:
    """A closing that opens the name's line: "Cheers, Dom", "Many thanks - Priya"."""
    closings = alternation(LEXICON.phrases("closings"))
    return re.compile(rf"^[ \t>*_]*(?:{closings})[ \t]*[,!.–—-][ \t]*$", re.I)


def _signs_off_here(m: Mention, lines: Sequence[str], alone: bool) -> bool:
    """The name signs the writer's message off: alone after a closing, or after one on its own
    line at the message's end; never in someone else's message the draft quotes ("Text from
    mum last night: ... Thanks, Lisa")."""
    index = m.line - 1
    signs = (alone and _signs_off(lines, index)) or bool(
        _ALONE_END.match(m.after)
        and _closing_before().match(m.before)
        and _ends_a_message(lines, index)
    )
    return signs and not quoted_message_above(lines, index)


def _signs_off(lines: Sequence[str], index: int) -> bool:
    """A name alone on its line after a closing ("Thanks,"), above a job or organisation
    line, or as the draft's last line."""
    above = index - 1
    while above >= 0 and not lines[above].strip(" \t>"):
        above -= 1
    if above >= 0 and CLOSING.match(lines[above].lstrip(" \t>")):
        return True
    rest = [line for line in lines[index + 1 :] if line.strip(" \t>")]
    return not rest


def _heads_with_a_job(lines: Sequence[str], index: int, cues: Cues) -> bool:
    """A name alone on one of a post's first lines with a job on the next ("Tendai Moyo" over
    "Team Manager, Adult Safeguarding"): the author's byline."""
    return (
        among_first_lines(lines, index)
        and not _labelled_above(lines, index, cues)
        and _job_line_below(lines, index, cues)
    )


def _signs_with_a_job(lines: Sequence[str], index: int, cues: Cues) -> bool:
    """A name alone on one of a draft's last lines with a job on the next ("Niamh Trelawney"
    over "Senior Social Worker", then the council): the writer's signature; not a name a
    label introduces ("Staff member concerned:" above it)."""
    below = sum(1 for line in lines[index + 1 :] if line.strip(" \t>"))
    return (
        below <= _SIGNATURE_LINES
        and not _labelled_above(lines, index, cues)
        and _job_line_below(lines, index, cues)
    )


def _line_above(lines: Sequence[str], index: int) -> str:
    """The nearest filled line above lines[index], or ""."""
    return next((line for line in reversed(lines[:index]) if line.strip()), "")


def _labelled_above(lines: Sequence[str], index: int, cues: Cues) -> bool:
    """The line above introduces the name as a label does ("Staff member concerned:"), and is
    no byline's label ("Written by:")."""
    above = _line_above(lines, index)
    return bool(_LABEL_ABOVE.search(above)) and not cues.author_before.search(above.rstrip() + " ")


# a line that introduces the name below it ("Staff member concerned:", "... -", "The allegation
# is against"); not a byline's label ("Written by:")
_LABEL_ABOVE = STORE.compile(
    r"(?i)(?:[:–—-]|\b(?:against|concerning|regarding|about|is|was))[ \t*_]*$"
)


# A message of someone else's quoted in the draft, introduced on a line of its own: "Text from
# mum last night:", "Mum texted me at midnight:", "Forwarded from the foster carer:", "The
# note the carer left on the fridge said", "Screenshot of what she sent me, what do I do?"
_QUOTED_MESSAGE = STORE.compile(
    r"(?i)^[^\n]{0,60}\b(?:(?:text|e-?mail|message|note|letter|card|voicemail|whats[ ]?app|dm"
    r"|reply|screenshot)s?|texted|messaged|e-?mailed|sent|forwarded|copied|pasted|left)\b"
    r"[^\n]{0,80}(?::|\bsaid|\?)[ \t*_]*$"
)
# lines above a sign-off in which a quoted message's introduction is looked for
_QUOTED_REACH = 30


def quoted_message_above(lines: Sequence[str], index: int) -> bool:
    """A line introducing someone else's message stands a few lines above this one."""
    return any(_QUOTED_MESSAGE.match(line) for line in lines[max(0, index - _QUOTED_REACH) : index])


# Where a message's sign-off may be followed by more: an earlier message of the thread, a rule
_MESSAGE_BOUNDARY = STORE.compile(
    r"(?i)^[ \t]*(?:-{2,}|_{3,}|>|from:|sent:|on\s[^\n]{0,80}\swrote:|\[?\d{1,2}[:.]\d{2}"
    r"|sent\s+from\s+my\b|p\.?\s?s\.?\b|this\s+e-?mail\b|disclaimer|confidential)"
)


def _ends_a_message(lines: Sequence[str], index: int) -> bool:
    """Nothing but blank lines follows, or the next filled line starts another message: the
    line ends the writer's message ("Love, Kayla x" then "I nearly cried." is a card quoted)."""
    nxt = next((line for line in lines[index + 1 :] if line.strip()), None)
    return nxt is None or bool(_MESSAGE_BOUNDARY.match(nxt))


_SIGNATURE_LINES = 4  # a signature's lines under its name: job, team, employer, a contact


def _byline_label_above(lines: Sequence[str], index: int, cues: Cues) -> bool:
    """The line just above (blank lines aside) is a byline's label alone ("Written by:")."""
    above = _line_above(lines, index).strip()
    return bool(above) and bool(cues.author_before.fullmatch(above + " "))


def among_first_lines(lines: Sequence[str], index: int) -> bool:
    """One of a draft's first two filled lines."""
    above = 0  # filled lines above it, counted only as far as the edge (a chat may be long)
    for i in range(index):
        if lines[i].strip():
            above += 1
            if above >= 2:
                return False
    return True


def job_beside(after: str, cues: Cues) -> bool:
    """The rest of a byline's line is a bar or dot, then a job written as a title ("| Team
    Manager, Adult Safeguarding | @handle"); not one of the case's ("| Care Leaver and
    Campaigner")."""
    m = re.match(r"[ \t]*[|·•][ \t]*([^|·•\n]{3,80})", after)
    return bool(
        m
        and ":" not in m.group(1)
        and _TITLE_CASE_LINE.match(m.group(1))
        and cues.job.search(m.group(1))
        and not _case_near().search(m.group(1))
    )


def _job_line_below(lines: Sequence[str], index: int, cues: Cues) -> bool:
    """The next filled line is a job written as a title."""
    nxt = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
    # "Team Manager, Adult Safeguarding"; not "Allocated social worker: Sam Reid" under a child
    return (
        len(nxt) <= 80
        and ":" not in nxt
        and bool(_TITLE_CASE_LINE.match(re.split(r"[|·]", nxt)[0]))
        and bool(cues.job.search(nxt))
    )


def at_edge(lines: Sequence[str], index: int) -> bool:
    """Among the first or last few non-blank lines: where a post's bio stands."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return index in filled[:_EDGE_LINES] or index in filled[-_EDGE_LINES:]
