"""The role word lists (models/roles/*.txt), read once and compiled into the cue patterns.

Every list is data: a new job title, public office or byline opener is a line in a
file, not a change to the code. The grammar around the words (a comma of apposition,
a colon after a label, the start of a line) is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redactcheck.detect.regex.stored import STORE
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.lexicon import LEXICON
from redactcheck.lexicon.words import CHAT_STAMP, WRITTEN_TITLES
from redactcheck.resources import data_dir, read_phrases, word_list

TITLE = trie_alternation(WRITTEN_TITLES)
# Names earlier in the same list after a cue: "Hosts: Maud Ellery and ", "Thanks to Jo, ".
_NAME_LIST = (
    r"(?:(?:[A-Z][a-z]{1,3}\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # "Grace Okafor (chair), Tom Lewis"
    r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+(?:to[ \t]+)?|[ \t]*&[ \t]*))*"
)


# an office's portfolio: "the Minister for Children and Young People", "Secretary of State for
# Health and Social Care"
_CAPITALISED = r"(?-i:[A-Z])[\w'’-]*"
_PORTFOLIO = (
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_CAPITALISED}"
    rf"(?:,?\s+(?:(?:and|&|of|for|the)\s+)?{_CAPITALISED}){{0,5}})"
)


@lru_cache(maxsize=1)
def not_a_service_noun() -> str:
    """A look-ahead for after a family word: no noun follows that the word only qualifies,
    naming no one's family ("a family support worker", "child protection", "the carers'
    centre", "the Children's Commissioner"): models/roles/kin_modified_nouns.txt."""
    nouns = alternation(read_phrases("kin_modified_nouns.txt"))
    # the possessive only before a capital: a public body's name, not "the child's care plan"
    return rf"(?!['’]?\s+(?:{nouns})\b)(?!['’]s\s+(?=(?-i:[A-Z]))(?:{nouns})\b)"


# family.txt's words that are no one's household ("my friend", "my neighbour")
_NOT_HOUSEHOLD = frozenset({"friend", "best friend", "neighbour", "neighbor", "lodger", "flatmate"})


@lru_cache(maxsize=1)
def kin_words() -> str:
    """Family and case words (models/roles/family.txt, kinship.txt) as one alternation, less the
    general ones every sentence about services uses (generic_family.txt: children, parents)."""
    generic = {w.lower() for w in read_phrases("generic_family.txt")}
    return alternation(
        tuple(
            w
            for w in read_phrases("family.txt") + read_phrases("kinship.txt")
            if w.lower() not in generic
        )
    )


@lru_cache(maxsize=1)
def someones_kin() -> re.Pattern[str]:
    """A family or case word that speaks of someone: after whose or "the" ("her son", "the
    baby", "Kayla's brothers", "the children's aunt"), or a parent called by the word alone
    ("Mum said"); "working with fathers", "a dad rang the office" speak of families in
    general."""
    whose = r"(?:her|his|their|my|our|your|the|(?-i:[A-Z][\w'’-]*)['’]s?)"
    return re.compile(
        rf"\b{whose}\s+(?:[\w'’-]+\s+)?{kin_words()}s?(?![\w-]){not_a_service_noun()}"
        rf"|(?<![\w-])(?:{alternation(LEXICON.phrases('parent_words'))})(?![\w-])",
        re.I,
    )


def _ordinary(word: str) -> bool:
    return word.lower() in word_list("common_words.txt") or word.lower() in word_list(
        "frequent_words.txt"
    )


def _strict(phrase: str) -> bool:
    """Capitals that must stay capitals: an ordinary word ("TA") or a short abbreviation
    ("MS", "GP")."""
    return phrase.isupper() and (_ordinary(phrase) or len(phrase) <= 3)


def _capitalised(phrases: tuple[str, ...]) -> str:
    """Titles as written before a name, capitals kept ("Lady Hale", not "the lady Sandra")."""
    return (
        "(?:"
        + "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
        )
        + ")"
    )


def harm_alternation() -> str:
    """The harm verbs (models/roles/harm_verbs.txt) as an alternation, and "admitted" with the
    deed after it ("admitted smacking one of them", "admitted to leaving the children alone";
    not "admitted afterwards she still gets nervous", "admitted to hospital")."""
    deed = r"admitted\s+(?:to\s+)?[a-z]+ing\b"
    return rf"(?:{alternation(read_phrases('harm_verbs.txt'))}|{deed})"


def public_bodies() -> str:
    """The public bodies, charities and professional bodies of the gazetteer
    (models/gazetteers/public_bodies.txt) as an alternation: an organisation someone speaks
    for, not a place a family lives."""
    path = data_dir("models") / "gazetteers" / "public_bodies.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return alternation(tuple(n.strip() for n in lines if n.strip() and not n.startswith("#")))


def alternation(phrases: tuple[str, ...]) -> str:
    """A regex alternation for phrases matched without regard to case, except an entry in
    capitals that is also an ordinary word ("TA", "PA"): that one must be in capitals."""
    loose = {p.lower() for p in phrases if not _strict(p)}
    strict = {p for p in phrases if _strict(p)}
    parts = []
    if loose:
        parts.append(_flexible(trie_alternation(loose)))
    if strict:
        parts.append("(?-i:" + trie_alternation(strict) + ")")
    return "(?:" + "|".join(parts) + ")"


def _flexible(pattern: str) -> str:
    """Any run of blanks between words, and either apostrophe."""
    return pattern.replace(r"\ ", r"\s+").replace(" ", r"\s+").replace("'", "['’]")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns: `*_before` match the end of the text before a mention,
    `*_after` the start of the text after it."""

    profession_before: re.Pattern[str]
    colleague_before: re.Pattern[str]
    professional_title: re.Pattern[str]
    job: re.Pattern[str]
    organisation_after: re.Pattern[str]
    body_after: re.Pattern[str]
    founder_after: re.Pattern[str]
    profession_after: re.Pattern[str]
    bio_after: re.Pattern[str]
    public_title_before: re.Pattern[str]
    public_title_inside: re.Pattern[str]
    public_suffix: re.Pattern[str]
    public_suffix_inside: re.Pattern[str]
    office_before: re.Pattern[str]
    office_after: re.Pattern[str]
    fame_before: re.Pattern[str]
    kin_word: re.Pattern[str]
    casework: re.Pattern[str]  # words of casework (case_context_words.txt), whole words
    public_figures: frozenset[str]
    well_known_authors: frozenset[str]
    theorists: frozenset[str]  # surnames cited alone (theorist_surnames.txt), lower-cased
    cite_after: re.Pattern[str]
    cite_past_after: re.Pattern[str]
    harm_sentence: re.Pattern[str]
    family_is: re.Pattern[str]
    work_after: re.Pattern[str]
    cite_before: re.Pattern[str]
    author_before: re.Pattern[str]
    author_line_start: re.Pattern[str]
    pseudonym_after: re.Pattern[str]
    pseudonym_before: re.Pattern[str]
    pseudonym_cancel: re.Pattern[str]
    blanket: re.Pattern[str]
    family_before: re.Pattern[str]
    family_after: re.Pattern[str]
    own_family: re.Pattern[str]
    own_name: re.Pattern[str]
    label_before: re.Pattern[str]
    harm_after: re.Pattern[str]
    harm_before: re.Pattern[str]
    not_names: frozenset[str]
    brands: frozenset[str]


def squeeze(word: str) -> str:
    """Repeated letters run together ("lmaooo" -> "lmao", "awww" -> "aw")."""
    return re.sub(r"(.)\1+", r"\1", word.lower())


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue patterns, built the first time a Linter needs them (and kept compiled
    between runs, as the rules' are: see redactcheck.detect.regex.stored)."""
    prof = alternation(read_phrases("professions.txt"))
    titles = alternation(read_phrases("public_titles.txt"))
    suffixes = "(?-i:" + "|".join(map(re.escape, read_phrases("public_suffixes.txt"))) + ")"
    offices = alternation(read_phrases("public_offices.txt"))
    fame = alternation(read_phrases("fame.txt"))
    verbs = alternation(read_phrases("citation_verbs.txt"))
    past = alternation(read_phrases("citation_verbs_past.txt"))
    by_works = alternation(read_phrases("citation_by.txt"))
    works = alternation(read_phrases("citation_nouns.txt"))
    bodies = public_bodies()
    family = alternation(read_phrases("family.txt"))
    # the writer's own household: not "my friend's PE", "my neighbour"
    household = alternation(
        tuple(w for w in read_phrases("family.txt") if w.lower() not in _NOT_HOUSEHOLD)
    )
    # "her ex" is family, "an ex-colleague" is not ("ex-partner" is listed in full)
    kin = alternation(read_phrases("family.txt") + read_phrases("kinship.txt"))
    kin = rf"(?:{kin})(?!(?<=ex)-\w)"
    people = alternation(
        read_phrases("family.txt")
        + read_phrases("kinship.txt")
        + read_phrases("generic_family.txt")
        + LEXICON.phrases("case_people_words")
    )
    # "a child protection social worker": a family word qualifying a noun is no family
    not_kin_noun = rf"(?!\s+{alternation(read_phrases('kin_modified_nouns.txt'))}\b)"
    labels = alternation(read_phrases("case_labels.txt"))
    harm = harm_alternation()
    authors = read_phrases("author_cues.txt")
    one_word = alternation(tuple(a for a in authors if " " not in a))
    several = alternation(tuple(a for a in authors if " " in a))
    colon_words = alternation(tuple(a for a in authors if " " not in a and a.endswith(":")))
    i = re.IGNORECASE
    sep = (
        r"(?:\s*[,(–—-]\s*|\s+(?:(?:is|was)\s+)?(?:called|named)\s+|\s+(?:is|was|will\s+be)\s+"
        r"|[ \t]*:[ \t]*|\s+)"
    )
    detour = (
        r"(?:\s+(?:from|at|with|in|for|on|of)\s+[^,.;:\n]{1,40}?\s*[,:–—-]\s*"
        r"|\s+(?:there|here|today|(?:this|last)\s+(?:week|month|term|year)|at\s+the\s+time|back\s+then)"
        r"\s*(?:[,:]\s*|\s+(?:is|was)\s+))"
    )
    return Cues(
        profession_before=STORE.compile(
            # a label at a line's start or after a form's column gap ("Supervisor: Martin")
            rf"(?:(?:^|[^\w])(?:{prof})s?(?:{detour}|{sep})"
            rf"|(?:^|\t|[ ]{{3}}|\|)[ \t>*•-]*(?:{prof})[ \t]*:[ \t]*"
            # the writer's own of a role just named: "ask your AMHP lead. Ours, Yvonne, ..."
            rf"|\b(?:{prof})\b[^.!?\n]{{0,40}}[.!?][ \t]+(?:ours|mine)"
            rf"[ \t]*(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+))"
            rf"(?:{TITLE}\.?\s+)?$",
            i,
        ),
        job=STORE.compile(rf"\b(?:{prof})\b", i),
        professional_title=STORE.compile(
            rf"(?:^|[^\w])(?-i:{_capitalised(read_phrases('professional_titles.txt'))})\.?\s+$"
            rf"|^(?-i:{_capitalised(read_phrases('professional_titles.txt'))})\.?\s"
        ),
        colleague_before=STORE.compile(
            rf"(?:(?:^|[^\w])(?:{alternation(read_phrases('colleague_cues.txt'))})\s+)"
            rf"(?-i:{_NAME_LIST})(?:(?:{TITLE}|{titles})\.?\s+)?$",
            i,
        ),
        organisation_after=STORE.compile(
            rf"^\s+(?:from|in)\s+(?:(?:the|a|an|our|their|my)\s+)?"
            rf"(?:(?!(?:of|for|with|to|and|by)\b)[\w'’&-]+\s+){{0,3}}?"
            rf"(?:{alternation(read_phrases('organisation_heads.txt'))})(?:['’]s)?"
            rf"(?=\s*(?:[,.;:)!?]|$)|\s+(?!(?:estate|flats?|house|housing|tenancy|home)\b)[a-z]+\b)",
            i,
        ),
        # a public body or charity someone speaks for: "Marsha Quigley of Ofsted", "Gordon
        # Pike (Barnardo's)" (read only where the sentence is an event's: `evidence`)
        body_after=STORE.compile(
            rf"^(?:\s+(?:of|from)\s+|\s*\(\s*)(?:the\s+)?{bodies}"
            rf"(?=\s*[,.;:)!?]|\s*$|\s+(?:and|on|who|to|in|at|about|spoke|explained|described"
            rf"|argued|outlined|presented|talked)\b)",
            i,
        ),
        founder_after=STORE.compile(
            r"^\s*,\s*who\s+(?i:founded|co-founded)\s+(?:the\s+|a\s+|an\s+)?[A-Z]",
        ),
        profession_after=STORE.compile(
            rf"^[*_]*\s*(?:,|\(|–|—|-|\||·)\s*(?:(?:an?|the|our|my|his|her"
            rf"|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{prof})\b",
            i,
        ),
        bio_after=STORE.compile(
            # a handle or pronouns in brackets may come first: "Tamsin Grey (@tg_sw) is an AMHP"
            # the job is what they are, not whom they deal with ("is refusing contact with the
            # IRO")
            rf"^(?:\s*\((?:@[\w.]{{1,30}}|[a-z]+/[a-z]+)\))?\s+(?:(?:is|was|has\s+been|works\s+as)\s+(?:(?:an?"
            rf"|the)\s+)?(?:(?!(?:with|to|for|from|by|about|at|against|towards)\b)[\w'’-]+\s+){{0,4}}?"
            rf"(?:{prof})\b"
            rf"|(?:works|teaches|lectures|leads|manages|writes|blogs)\s+(?:in|at|for|with|as|on|about"
            rf"|across|regularly|occasionally|part-time)\b"
            rf"|(?:teaches|lectures|leads|manages)\s+(?:an?|the)\s"
            rf"|is\s+(?:in\s+)?(?:the\s+)?(?:final|first|second|third|last)\s+year\s+of\s+"
            rf"(?:an?|the|her|his|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:degree|MA|BA|MSc|BSc|diploma)\b"
            rf"|is\s+(?:studying|training)\s+to\s+be\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{prof})\b)",
            i,
        ),
        public_title_before=STORE.compile(
            rf"(?:^|[^\w])(?-i:{_capitalised(read_phrases('public_titles.txt'))})\.?\s+$"
        ),
        public_title_inside=STORE.compile(
            rf"^(?-i:{_capitalised(read_phrases('public_titles.txt'))})\.?\s"
        ),
        public_suffix=STORE.compile(rf"^\s*,?\s*{suffixes}\b|\s{suffixes}$"),
        # inside the model's span only at its end ("Jane Smith MP"): "MS OKONKWO" in capitals
        # is the title Ms, not a Member of the Senedd
        public_suffix_inside=STORE.compile(rf"\s{suffixes}$"),
        office_before=STORE.compile(
            rf"(?:^|[^\w])(?:{offices}){_PORTFOLIO}?\s*[,:]?\s*(?:(?:{titles}|{TITLE})\.?\s+)?$", i
        ),
        office_after=STORE.compile(
            rf"^\s*,\s*(?:(?:the|then|now|our|their|a|former)\s+)*(?:(?!(?:was|is|has|had|with"
            rf"|by)\b)[\w'’-]+\s+){{0,2}}?(?:{offices})\b"
            rf"|^[^.\n]{{0,60}}?\bas\s+(?:the\s+)?(?:{offices})\b",
            i,
        ),
        fame_before=STORE.compile(rf"(?:^|[^\w])(?:the\s+)?(?:{fame})\s*,?\s*$", i),
        kin_word=STORE.compile(rf"(?<![\w-])(?:{kin})(?![\w-])", i),
        casework=STORE.compile(
            rf"(?<![\w-])(?:{alternation(read_phrases('case_context_words.txt'))})(?![\w-])", i
        ),
        public_figures=frozenset(p.lower() for p in read_phrases("public_figures.txt")),
        well_known_authors=frozenset(
            " ".join(p.lower().split()) for p in read_phrases("well_known_authors.txt")
        ),
        theorists=frozenset(p.lower() for p in read_phrases("theorist_surnames.txt")),
        cite_after=STORE.compile(
            rf"^(?:['’]s)?\s*(?:\(\s*(?:19|20)\d\d[a-z]?\s*\))?\s*,?\s*(?:\w+\s+)?(?:{verbs})\b"
            rf"|^\s+(?:and|&)\s+(?:(?:her|his|their)\s+)?colleagues\b"
            rf"|^\s*,\s*(?:whose\s+(?:{works})|who\s+(?:wrote|writes|argued|argues|suggests|suggested|recommends|recommended))\b"
            # a relative clause first: "Raymond Williams, who grew up on the border, wrote that"
            rf"|^\s*,\s*who\s+[^,.;\n]{{1,60}},\s*(?:{verbs}|{past})\s+(?:that|how|about)\b"
            rf"|^\s*\((?![^)\n]*\b(?:born|b\.|dob|aged?)\b)[^)\n]{{0,50}}\b(?:19|20)\d\d[a-z]?\b"
            rf"[^)\n]{{0,20}}\)"
            # a reading list's "Name, Title (Publisher, 2021)"
            rf"|^\s*,\s+(?-i:[A-Z])[^()\n]{{3,120}}\((?-i:[A-Z])[^()\n]{{1,60}},\s*(?:19|20)\d\d\)",
            i,
        ),
        cite_past_after=STORE.compile(rf"^(?:['’]s)?\s*,?\s*(?:\w+\s+)?(?:{past})\b", i),
        family_is=STORE.compile(
            rf"^\s+(?:is|was|has\s+been|became)\s+(?:an?|the"
            rf"|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{kin})\b(?!['’]){not_kin_noun}"
            rf"|^\s+(?:is|was)\s+(?:mum|mam|dad|gran|nan|grandad|grandma|foster\s+carer"
            rf"|kinship\s+carer|carer)\s+(?:to|of|for)\b",
            i,
        ),
        harm_sentence=STORE.compile(alternation(read_phrases("harm_sentence.txt")), i),
        work_after=STORE.compile(
            rf"^(?:['’]s|['’])\s+(?:[\w'’-]+\s+){{0,4}}?(?:{works})\b"
            # a reference book by its title: "Hilary Pemberton's Child Care Law Handbook" (not
            # "Agnes Petrie's medication manual", which is her care's)
            rf"|^(?:['’]s|['’])\s+(?-i:(?:[A-Z][\w'’-]*\s+){{1,5}}(?:Handbook|Manual|Guide)s?)\b",
            i,
        ),
        cite_before=STORE.compile(
            rf"(?:(?:{by_works})\s+(?:by|of|from)\s+|\bresearch\s+with\s+"
            rf"|\b(?:developed|devised|pioneered|coined|conceived|originated|popularised"
            rf"|popularized)\s+by\s+"
            rf"|\bin\s+(?:her|his|their)\s+(?:{works})\b[^.\n]{{0,60}}?,\s*"
            rf"|\baccording\s+to\s+|\b(?:quoting|citing|cites|re-?reading)\s+"
            rf"|\(\s*see\s+(?:also\s+)?|^[ \t>*•-]*see\s+also\s*:\s*"
            rf"|\bthe\s+(?:book|books|article|paper|chapter)\s+"
            rf"|(?:[\"“‘(]|\b(?:suggests|recommends|recommended|reading|read|book|novel|memoir"
            rf"|report|guide|handbook|titled|called)\s+)(?:the\s+)?"
            rf"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*|a|an|the|of|and|in|on|for|to)){{1,6}}"
            rf"[\"”’']?,?\s+(?-i:by)\s+)(?:(?:prof|professor|dr)\.?\s+)?$",
            i,
        ),
        author_before=STORE.compile(
            rf"(?:^[ \t>*_#-]*(?:{one_word})|[.!?][ \t]+(?:{colon_words})|(?:^|[^\w])(?:{several}))"
            # a credit names the agency first: "Photo credit: Unsplash/@brightlens"
            r"[ \t]*[\"'“]?[ \t]*(?:[A-Za-z][\w.-]*[ \t]*/[ \t]*)?(?:u/|@)?$",
            i | re.M,
        ),
        author_line_start=STORE.compile(
            r"^[ \t>*•-]*(?:\[[^\]\n]{1,25}\][ \t]*"
            rf"|{CHAT_STAMP}[ \t]*[-–][ \t]*"
            r"|\(?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]m)?\)?[ \t]*[-–]?[ \t]*)?$",
            i,
        ),
        pseudonym_after=STORE.compile(
            rf"^[\"'”’]?\*?\s*[(,–—-]?\s*(?:(?:is|was|are|were|['’]s|she['’]s|he['’]s|they['’]re)\s+)?"
            rf"(?:{alternation(read_phrases('pseudonym_local.txt'))})\b",
            i,
        ),
        pseudonym_before=STORE.compile(
            rf"(?:^|[^\w])(?:{alternation(read_phrases('pseudonym_intro.txt'))})\s+[\"'“]?$"
            # "I'll refer to the mother as Sarah and her son as ", "referred to as 'D'"
            r"|\brefer(?:red)?\s+to\s+(?:[\w'’-]+\s+){1,6}?as\s+[\"'“‘]?$|\breferred\s+to\s+as\s+[\"'“‘]?$"
            r"|\brefer(?:red)?\s+to\s+(?:[\w'’-]+\s+){1,6}?as\s+[^.\n]{1,40}?\band\s+(?:[\w'’-]+\s+){1,4}?as\s+$"
            # the person first, then the name chosen for them: "a woman I'll call Rose", "a
            # brother and sister I called Rémi and Zoë" (not "the day I called Rose": a call)
            rf"|\b(?:an?|one|two|three|the|this|another)\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{people})s?(?:\s+(?:and|&)\s+(?:an?\s+)?(?:[\w'’-]+\s+)?(?:{people})s?)?"
            r"\s*,?\s+(?:whom?\s+|that\s+)?(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]ve|\s+have"
            r"|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]m|\s+am|['’]d|\s+would)?\s+"
            r"(?:call|called|calling|name|named)\s+(?:(?:him|her|them)\s+)?(?:the\s+)?[\"'“]?"
            rf"(?-i:{_NAME_LIST})$",
            i,
        ),
        pseudonym_cancel=STORE.compile(alternation(read_phrases("pseudonym_cancel.txt")), i),
        blanket=STORE.compile_guarded(
            alternation(read_phrases("pseudonym_blanket.txt"))
            + r"|\bnames\b[^.\n]{0,50}?\b(?:have|has|had)\s+(?:all\s+)?been\s+"
            r"(?:changed|anonymi[sz]ed)"
            r"|\bnames\b[^.\n]{0,50}?\b(?:are|were)\s+(?:all\s+)?(?:changed|not\s+(?:their\s+)?real"
            r"|pseudonyms|invented)"
            r"|\b(?:identifying\s+details|names\s+and\s+(?:other\s+)?details|all\s+(?:the\s+)?"
            r"(?:family['’]s\s+|their\s+)?details)\b[^.\n]{0,30}?\b(?:have|has|had)\s+(?:all\s+)?"
            r"been\s+(?:changed|altered|anonymi[sz]ed)",
            i,
        ),
        family_before=STORE.compile(
            rf"(?:^|[^\w])(?:{kin})(?:['’]s)?\s*[,:(]?\s*(?:the\s+)?(?:{TITLE}\.?\s+)?[\"'“]?$", i
        ),
        family_after=STORE.compile(
            rf"^(?:\s*(?:\(|,)\s*[\"“]?(?:(?:her|his|their|the|my|our"
            rf"|a)\s+)?(?:[\w'’-]+\s+)?(?:{kin})\b"
            rf"|['’]s\s+(?:(?:youngest|eldest|oldest|little|new|own|older|younger|baby|two"
            rf"|three)\s+)?(?:{kin})\b"
            rf"|\s+and\s+(?:her|his|their)\s+(?:{kin})\b)",
            i,
        ),
        own_family=STORE.compile_guarded(
            # not "my first child protection conference", "our family support team"
            rf"\b(?:my|our)\s+(?:(?!(?:his|her|their|your|its)\b)[\w-]+\s+)?(?!kid\b)"
            # nor "my first Children's Hearing": a family word in capitals before a capitalised
            # noun is a service's name ("my son's Social Worker" is still her son)
            rf"(?!(?-i:[A-Z])[\w-]*['’]s\s+(?-i:[A-Z]))(?:{household})\b{not_kin_noun}"
            rf"|\bme\s+(?:{household})\b"
            # a parent's "my two", "my eldest" (not "my two years", "my three visits")
            rf"|\bmy\s+(?:two|three|four|five|eldest|youngest|middle\s+one|little\s+ones?)\b"
            rf"(?!\s+(?:years?|weeks?|months?|days?|hours?|minutes?|mins|visits?|cases?|sessions?"
            rf"|points?|things?|pence|pounds|quid|hundred|thousand|of)\b)"
            rf"|\bI(?:['’]ve|\s+have)?\s+(?:fostered|adopted)\b"
            rf"|\b(?:i['’]m\s+an?|i\s+am\s+an?)\s+(?:single\s+|foster\s+|kinship\s+"
            rf"|young\s+)?(?:{family})\b"
            rf"|\b(?:i['’]m|i\s+am)\s+(?:his|her|their)\s+(?:{family})\b"
            rf"|\b(?:i['’]m|i\s+am)\s+(?-i:[A-Z][\w'’-]+)['’]s\s+(?:{family})\b"
            # a carer of the child in their home: "she was placed with us", "he came to live
            # with us", "we've had Kayden since March" (not a service's "he came to us in time")
            rf"|\b(?:came\s+to\s+live|moved\s+in|(?:was|were|been)\s+placed)\s+with\s+us\b"
            rf"|\bwe['’]ve\s+had\s+(?-i:[A-Z][\w'’-]+)\s+(?:\(\d{{1,2}}\)\s+)?(?:since|for)\b",
            i,
        ),
        own_name=STORE.compile(r"\b(?i:my|our)\s+(?P<name>[A-Z][a-z]+)\b"),
        label_before=STORE.compile(
            rf"^[ \t>*•-]*(?:{labels})[ \t]*:[ \t]*(?:{TITLE}\.?\s+)?$|^[ \t>]*subject:.*$", i
        ),
        harm_after=STORE.compile(
            # "Gavin Hollis, who restrained a pupil" too (and "Gavin Hollis, on 07700 900312,
            # who restrained ..."): the relative clause is about them; and the verb after an
            # apposition's closing comma ("the night worker, Gavin Hollis, admitted locking")
            rf"^(?:['’]s)?(?:\s*,\s*(?:(?:[^,.;\n]|\.(?=\S)){{1,60}}?,\s*)?who|\s*,)?\s+(?:(?:had|has|have|then|also|allegedly|apparently"
            rf"|reportedly|repeatedly|is\s+alleged\s+to\s+have|was\s+said\s+to\s+have)\s+)*"
            rf"(?:{harm})\b"
            # "Gavin Hollis, the one who restrained her", "Dean and Kyle, are the ones who held
            # him down", "Dean Foster (alleged to have pushed Ryan)", "| alleged to have hit"
            rf"|^(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+)?\s*,?\s*(?:(?:is|was|are|were)\s+)?"
            rf"the\s+(?:ones?|person|people|worker|staff\s+member|man|woman|lad|carer)\s+"
            rf"(?:who|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{harm})\b"
            rf"|^[\s,|(–—-]*(?:who\s+(?:is|was|are|were)\s+)?(?:alleged|accused|said)\s+to\s+have"
            rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{harm})\b",
            i,
        ),
        harm_before=STORE.compile(
            rf"\b(?:allegations?|complaints?|concerns?)\s+(?:against|about)\s+(?:{TITLE}\.?\s+)?$",
            i,
        ),
        not_names=frozenset(squeeze(w) for w in read_phrases("not_names.txt")),
        brands=frozenset(b.lower() for b in read_phrases("brands.txt")),
    )
