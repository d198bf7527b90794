"""The author's own name and details: a byline ("Posted by X"), a worker's self-introduction
opening a chat, a sign-off, a signature block, an author bio, and the authors a document's
front matter names. A signer the message body also discusses is no byline."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import CHAT_STAMP, CLOSING, PROSE_WORDS, WRITTEN_TITLES
from redactcheck.people.cues import cues
from redactcheck.people.evidence import quoted_message_above
from redactcheck.suppress.lookalikes import Region
from redactcheck.types import Category, Finding

BYLINE_INTRO = STORE.compile(
    r"(?m)^[ \t*_#>]*(?:[^\n·]{0,60}·[ \t]*)?"
    r"(?i:posted\s+by|written\s+by|submitted\s+by|prepared\s+by|by|author:|from:|student:"
    r"|registered\s+worker:|practitioner:)[ \t]*[\"']?"
    r"(?P<name>(?:[A-Z]\.[ \t]?){1,2}[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}(?:[ \t]+[A-Z]\.)?"
    r"|u/[\w-]{3,20}|[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+)"
)
# A chat message that opens by introducing its writer as a worker ("hi its callum from the homeless
# team"): only the first line, and only with a team or service, so a client's "its Jade from
# flat 3" is no byline.
SELF_INTRO = STORE.compile(
    r"\A\s*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    r"(?i:(?:hi|hiya|hey|hello|morning|afternoon|evening)[ \t,!]+)?"
    r"(?i:it'?s|it’s|it\s+is|this\s+is)[ \t]+"
    r"(?P<name>[A-Za-z][\w'’-]+(?:[ \t]+[A-Za-z][\w'’-]+)?)[ \t]+"
    r"(?i:from|at|in)[ \t]+(?i:the[ \t]+)?[\w'’ \t-]{0,30}?"
    r"(?i:team|service|office|duty|hub|unit|department)\b"
)
SIGN_OFF = STORE.compile(
    r"^[ \t*_]*(?:[-–—][ \t]*)?"
    rf"(?i:many\s+thanks|{trie_alternation(LEXICON.phrases('sign_off_words'))})?"
    r"[,!]?[ \t]*"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?:[,–—|-][ \t]*.{0,60})?[ \t]*"
    r"(?:x+)?[ \t*_]*$"
)


def without_discussed_signers(
    text: str, findings: Sequence[Finding], regions: Sequence[Region]
) -> list[Region]:
    """The regions less any sign-off or signature whose signer the message body also names:
    then the signer is part of what is discussed (a parent signing a post about her son), and
    neither their name nor their number in the signature is the author's byline."""
    signed = [r for r in regions if r.body_end >= 0]
    if not signed:
        return list(regions)
    dropped = {
        id(r)
        for r in signed
        for f in findings
        if r.start <= f.start and f.end <= r.end and discussed(text, f, r.body_end, regions)
    }
    return [r for r in regions if id(r) not in dropped]


def discussed(text: str, finding: Finding, body_end: int, regions: Sequence[Region]) -> bool:
    """A name in a sign-off that the message body also uses (outside its own bylines): the
    signer is part of what is discussed ("my son ... Thanks, Kirsty Hall" where Kirsty Hall is
    named above), so the signature does not hide it."""
    if finding.category != Category.PERSON.value:
        return False
    parts = {
        w for w in re.findall(r"[^\W\d_]{3,}", finding.text) if w.lower() not in WRITTEN_TITLES
    }
    if not parts:
        return False
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, parts)) + r")(?!\w)")
    bylines = [(r.start, r.end) for r in regions if r.why == "byline" and r.body_end < 0]
    return any(
        not any(s <= m.start() < e for s, e in bylines)
        and not _signs_off(text, m.start())
        and not _HEADER_LINE.search(_line_of(text, m.start()))
        and not _in_their_role(text, m.start(), m.end())
        for m in pattern.finditer(text, 0, body_end)
    )


def _in_their_role(text: str, start: int, end: int) -> bool:
    """The body names the signer as a colleague, in their job or with their team ("Forwarding
    this from Rashid in OT", "thanks to Rashid"): writing in their role, not discussed."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end : len(text) if line_end < 0 else line_end]
    c = cues()
    return bool(
        c.organisation_after.search(after)
        or c.profession_after.search(after)
        or c.profession_before.search(before)
        or c.colleague_before.search(before)
    )


# An e-mail header's address line, a greeting ("Hi Matt,") and a reply's "On 4 Nov, Matt
# Davey wrote:": a correspondent named there is writing or written to, not discussed.
_HEADER_LINE = STORE.compile(
    r"(?i)^[ \t>*]*(?:to|cc|bcc|from|sent\s+by)[ \t]*:|\bwrote:[ \t]*$"
    r"|^[ \t>*]*(?:hi|hello|hiya|hey|dear|morning|afternoon|good\s+(?:morning|afternoon))\b"
    r"[\w \t&'’-]{0,40}[,!.:]?[ \t]*$"
)


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : len(text) if end < 0 else end]


def _signs_off(text: str, offset: int) -> bool:
    """The name alone on its line: an earlier message's sign-off in a thread ("Thanks,\nFiona")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return bool(_SIGN_OFF_NAME.match(text[start : len(text) if end < 0 else end]))


# In the author's own signature block, their name, contact details, job, employer and its
# area are the byline: the author's own, not the case's (a signer the draft discusses is
# no author, see `without_discussed_signers`).
SIGNATURE_CATEGORIES = frozenset(
    {"PERSON", "CONTACT", "LOCAL_AUTHORITY", "INSTITUTION", "LOCATION", "DEMOGRAPHIC"}
)
_SIGNATURE_LINES = 8


def signature_regions(text: str) -> list[Region]:
    """The signature block of each message in the draft: an e-mail thread holds the
    author's message and, below "On 4 Nov, Matt Davey wrote:" or an "Original message" or
    "From:" line, the earlier ones, quoted ("> ") or not. Each signer is a correspondent
    writing in their role (see `signature_region` for one message)."""
    masked = _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)  # offsets kept
    bounds = [m.start() for m in _REPLY_BOUNDARY.finditer(masked) if m.start() > 0]
    found = []
    start = 0
    for end in bounds + [len(text)]:
        region = _signature_in(masked, start, end)
        above = masked[start : region.start].split("\n") if region is not None else []
        if region is not None and not quoted_message_above(above, len(above) - 1):
            found.append(region)  # not "Text from mum last night: ... Thanks,\nLisa"
        start = end
    return found


def signature_region(text: str) -> Region | None:
    """The author's signature block: a closing line ("Kind regards,") among a message's last
    lines with nothing after it but signature-shaped lines (a name, a role, an organisation,
    contact details, a disclaimer), or with no closing, a name above a line with a job and
    nothing but signature lines after. A closing followed by prose is no sign-off: "Thanks"
    then "Mum is Kirsty ..., her mobile is ..." is the draft going on, not a signature."""
    return _signature_in(text, 0, len(text))


# Where an earlier message of a thread starts: "On 4 Nov, Matt Davey wrote:", an
# "Original message" or "Forwarded message" rule, or an e-mail header's From: line.
_REPLY_BOUNDARY = STORE.compile(
    r"(?im)^[ \t]*(?:on\b[^\n]{0,100}\bwrote:[ \t]*$"
    r"|-{2,}[ \t]*(?:original|forwarded)[ \t]+message[ \t]*-{2,}|from:[ \t]*\S)"
)
_QUOTE_MARKS = STORE.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def _signature_in(text: str, begin: int, finish: int) -> Region | None:
    """The signature block of the message text[begin:finish], or None."""
    stripped = text[begin:finish].rstrip()
    lines = stripped.split("\n")
    offsets = [begin]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    end = begin + len(stripped)
    first = max(0, len(lines) - _SIGNATURE_LINES - 1)
    for index in range(len(lines) - 1, first - 1, -1):
        if CLOSING.match(lines[index]):
            if not only_signature_lines(lines[index + 1 :]):
                return None
            end_of_closing = offsets[index] + len(lines[index])
            if lines[index].strip() == "--":
                end_of_closing = _sign_off_above(lines, offsets, index, end_of_closing)
            end = _before_disclaimer(lines, offsets, index + 1, end)
            if end_of_closing >= end:
                return None
            body_end = min(offsets[index], end_of_closing)
            return Region(end_of_closing, end, "signature", body_end=body_end)
    return _signature_without_closing(lines, offsets, end)


def _before_disclaimer(lines: list[str], offsets: list[int], first: int, end: int) -> int:
    """Where the block ends: before a disclaimer or a note of working days below it, which are
    read like the rest of the draft ("This e-mail is confidential. Kayla Morrow lives at ...")."""
    for index in range(first, len(lines)):
        if _DISCLAIMER.match(lines[index]):
            return max(offsets[first] if first < len(lines) else end, offsets[index] - 1)
    return end


def _signature_without_closing(lines: list[str], offsets: list[int], end: int) -> Region | None:
    """ "Ben Ellery / Advanced Practitioner, Children's Services / Wiltshire Council" ending a
    message: a name alone on its line, a job on the next, only signature lines after, and
    among them an employer or contact details (not "Tyler Morgan / Referred by the school
    nurse, 14 March 2024" closing a case summary)."""
    first = max(1, len(lines) - _SIGNATURE_LINES)
    for index in range(len(lines) - 2, first - 1, -1):
        if (
            _SIGN_OFF_NAME.match(lines[index])
            and cues().job.search(lines[index + 1])
            and only_signature_lines(lines[index + 1 :])
            and any(_CONTACT_OR_EMPLOYER.search(line) for line in lines[index + 1 :])
        ):
            end = _before_disclaimer(lines, offsets, index + 1, end)
            return Region(offsets[index], end, "signature", body_end=offsets[index])
    return None


# A signature's employer or contact line: a council, trust, service or team, a phone number or
# an e-mail address.
_CONTACT_OR_EMPLOYER = STORE.compile(
    r"(?i)\b(?:council|trust|service|services|team|hscp|nhs|partnership|authority|cyngor|tîm"
    r"|charity|university|foundation)\b|@|\d[\d \t]{8,}\d"
)
_DISCLAIMER = STORE.compile(
    r"(?i)^\W*(?:this\s+(?:e-?mail|message|communication)|confidential|disclaimer|privileged|"
    r"if\s+you\s+(?:are\s+not|have\s+received)|please\s+consider\s+the\s+environment"
    r"|think\s+before|"
    r"sent\s+from\s+my"
    # the writer's working pattern: "Please note I work Monday to Thursday."
    r"|(?:please\s+note\s+(?:that\s+)?)?(?:i\s+work\s+(?:part[- ]time|mon|tue|wed|thu|fri)"
    r"|my\s+working\s+(?:days|hours|pattern|week)\b))"
)
_SIGNATURE_WORDS = 16
_PRONOUN_SET = STORE.compile(
    r"(?i)\b[a-z]+(?:/[a-z]+)+\b"
)  # "she/her", "hi/she": pronouns, not prose


def signature_line(line: str) -> bool:
    """A name, role, organisation, address or contact line: short, and no sentence in it."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", _PRONOUN_SET.sub(" ", line))
    if not words:
        return True  # blank, a rule of dashes, a phone number
    if len(words) > _SIGNATURE_WORDS or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", line):
        return False
    return not any(word.lower() in PROSE_WORDS for word in words)


def only_signature_lines(lines: Sequence[str]) -> bool:
    """Every line is signature-shaped, up to a confidentiality disclaimer (which ends the block)."""
    for line in lines:
        if _DISCLAIMER.match(line):
            return True
        if not signature_line(line):
            return False
    return True


_SIGN_OFF_NAME = STORE.compile(r"^[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*x*[ \t]*$")


def _sign_off_above(lines: list[str], offsets: list[int], dashes: int, default: int) -> int:
    """ "Bethan" signing off just above the "-- " of her signature block belongs to the block."""
    above = dashes - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return offsets[above] if above >= 0 and _SIGN_OFF_NAME.match(lines[above]) else default


# The sender's own address on an e-mail's From: line
# ("From: Bethan Pryce <bethan.pryce@example.gov.uk>").
FROM_ADDRESS = STORE.compile(
    r"(?mi)^[ \t>*]*from:[ \t]*[^<\n]{0,60}<(?P<address>[^<>\s@]+@[^<>\s]+)>"
)
# The addressees on an e-mail's To: and Cc: lines: colleagues written to in their role.
_TO_LINE = STORE.compile(r"(?mi)^[ \t>*]*(?:to|cc|bcc)[ \t]*:[^\n]*")
_ADDRESS = STORE.compile(r"[^<>\s@,;:\"']+@[^<>\s,;\"']+\.[A-Za-z]{2,}")
# When a message was sent ("Date: Mon, 10 Mar 2025 09:12", "On 4 Nov, Matt Davey wrote:",
# a chat line's time stamp): the message's own date, not a date in the case.
_MESSAGE_DATE = STORE.compile(
    r"(?im)^[ \t>]*on\b[^,\n]{1,40},[^\n]{1,60}\bwrote:[ \t]*$"
    rf"|^[ \t]*\[?{CHAT_STAMP}\]?"
    # a chat export's stamp without the year, in brackets before a sender: "[14/02, 08:12] Wei:"
    r"|^[ \t]*\[\d{1,2}/\d{1,2},?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?\](?=[ \t]*[^:\n]{1,40}:)"
    # a Teams export's stamp before its sender: "[Monday 09:12] Okafor, Grace"
    r"|^[ \t]*\[(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)[ \t]+"
    r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?\](?=[ \t]*[A-Z][^\n]{0,50}$)"
)
_HEADER_FIELD = STORE.compile(r"(?i)^[ \t>*]*(from|to|cc|bcc|date|sent|subject)[ \t]*:")


def _header_dates(text: str) -> list[tuple[int, int]]:
    """The Date: and Sent: lines of an e-mail's header block (with a From:, To: or Subject: line
    beside them), not a case note's "Date: 14 March 2024" above a visit."""
    found: list[tuple[int, int]] = []
    block: list[tuple[str, int, int]] = []  # (field, start, end) of the current run of fields
    offset = 0
    for line in text.split("\n") + [""]:
        m = _HEADER_FIELD.match(line)
        if m:
            block.append((m.group(1).lower(), offset, offset + len(line)))
        else:
            fields = {field for field, _, _ in block}
            if fields & {"from", "to", "subject"} and fields & {"date", "sent"}:
                found.extend((a, b) for field, a, b in block if field in ("date", "sent"))
            block = []
        offset += len(line) + 1
    return found


_DATE_ONLY = frozenset({Category.DATE.value})
# The author's bio in italics at the top or foot of a post:
# "*Ciara McAleer is a senior social worker in ...*". Only italics and only the roles of the
# people who write such posts, so "Sharon McGuire is a carer" is never one.
AUTHOR_BIO = STORE.compile(
    r"(?m)^[ \t]*[*_][ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+"
    r"(?:is|has\s+been|was)[ \t]+(?:an?|the)[ \t]+"
    r"[^\n*_]{0,60}?(?i:social\s+worker|practitioner|practice\s+educator|AMHP|MHO|lecturer"
    r"|researcher|team\s+manager|"
    r"service\s+manager|team\s+leader)\b"
)
_BIO_LINES = 4


def byline_regions(
    text: str, reads_as_name: Callable[[str], bool] = lambda name: True
) -> list[Region]:
    """The author's own name: "Posted by X", a worker's "hi its X from the duty team" opening a
    chat, and a short sign-off as the last line."""
    regions = [
        Region(m.start("name"), m.end("name"), "byline") for m in BYLINE_INTRO.finditer(text)
    ]
    regions.extend(
        Region(m.start("address"), m.end("address"), "byline") for m in FROM_ADDRESS.finditer(text)
    )
    regions.extend(
        Region(line.start() + m.start(), line.start() + m.end(), "correspondent")
        for line in _TO_LINE.finditer(text)
        for m in _ADDRESS.finditer(line.group())
    )
    regions.extend(
        Region(m.start(), m.end(), "message date", only=_DATE_ONLY)
        for m in _MESSAGE_DATE.finditer(text)
    )
    regions.extend(
        Region(start, end, "message date", only=_DATE_ONLY) for start, end in _header_dates(text)
    )
    intro = SELF_INTRO.match(text)
    if intro and reads_as_name(intro.group("name")):
        regions.append(Region(intro.start("name"), intro.end("name"), "byline"))
    regions.extend(_author_bio(text, reads_as_name))
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    last = stripped[start:]
    match = SIGN_OFF.match(last)
    longest = (
        14 if last.lstrip(" \t*_").startswith(("—", "–", "-")) else 8
    )  # "— Rhodri Evans, hospital social worker (...)"
    if (
        match
        and stripped[:start].strip()  # a draft of one line is all body, not a sign-off
        and len(last.split()) <= longest
        and reads_as_name(match.group("name"))
        # "Mum texted me at midnight: ... Cheers, Donna": the quoted message's sign-off
        and not quoted_message_above(stripped.split("\n"), stripped.count("\n"))
        and not field_label_above(stripped[:start], last)
    ):
        regions.append(
            Region(start + match.start("name"), start + match.end("name"), "byline", body_end=start)
        )
    return regions


_COLUMN_LABELS = LEXICON.words("column_labels")
_ROW_SIGNS = (("|", 1), ("\t", 1), (",", 2))


def field_label_above(above: str, last: str) -> bool:
    """ "Forename:" over "Kayla" at a form's end, or a table's heading or row over
    "Kayla Brodie,14/03/2011,open": the last line is the value of a field labelled above it,
    or a table's last row, not the author's sign-off."""
    line = above.rstrip().rsplit("\n", 1)[-1]
    if line.strip().rstrip(":").strip().lower() in _COLUMN_LABELS:
        return True
    # two commas at least: "Many thanks, Jo" over "Kayla Brodie, SW" is a sign-off
    return any(least <= line.count(sign) == last.count(sign) for sign, least in _ROW_SIGNS)


def _author_bio(text: str, reads_as_name: Callable[[str], bool]) -> list[Region]:
    """The name in a one-line author bio among a post's first or last few lines."""
    lines = text.strip().split("\n")
    head = "\n".join(lines[:_BIO_LINES])
    tail = "\n".join(lines[-_BIO_LINES:])
    head_start = text.find(head)
    tail_start = text.rfind(tail)
    found = []
    for block, offset in ((head, head_start), (tail, tail_start)):
        for match in AUTHOR_BIO.finditer(block):
            if reads_as_name(match.group("name")):
                found.append(
                    Region(offset + match.start("name"), offset + match.end("name"), "byline")
                )
    return found


_NAME_PART = STORE.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOT_A_NAME = STORE.compile(
    r"\S+@\S+|https?://\S+|<[^>]*>|\([^)]*\)"
)  # "Jo Pike <jo@...> (she/her)"
_BETWEEN_AUTHORS = STORE.compile(r"(?:\s|,|;|&|\band\b)+")
_AUTHOR_ONLY = frozenset({Category.PERSON.value})


def author_regions(text: str, authors: Sequence[str]) -> list[Region]:
    """Wherever the text names the author a document's front matter gives: the whole
    name, or its first name or surname alone ("I'm Joanne"). Only a PERSON finding is
    let go there (an author called Lincoln leaves the city named); authors named one
    after the other ("Joanne Pike and Sam Reid") make one region."""
    pattern = author_pattern(authors)
    if pattern is None:
        return []
    regions: list[Region] = []
    for match in pattern.finditer(text):
        last = regions[-1] if regions else None
        if last and _BETWEEN_AUTHORS.fullmatch(text[last.end : match.start()]):
            regions[-1] = Region(last.start, match.end(), "byline", only=_AUTHOR_ONLY)
        else:
            regions.append(Region(match.start(), match.end(), "byline", only=_AUTHOR_ONLY))
    return regions


def author_pattern(authors: Sequence[str]) -> re.Pattern[str] | None:
    """Each author's full name (any spacing) and each part of it, longest first, in any case."""
    phrases: set[str] = set()
    for author in authors:
        parts = _NAME_PART.findall(_NOT_A_NAME.sub(" ", author))
        if parts:
            phrases.add(r"\s+".join(re.escape(part) for part in parts))
            phrases.update(re.escape(part) for part in parts if len(part) > 1)
    if not phrases:
        return None
    alternatives = "|".join(sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?!\w)", re.IGNORECASE)
