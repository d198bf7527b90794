"""Presidio's own recognisers that fit UK text, relabelled into the taxonomy.

US-only recognisers (SSN, ITIN, US driver's licence...) are left out. E-mail
validation uses tldextract, which would fetch the public suffix list over the
network on first use; we give it the snapshot bundled in the package instead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import regex
import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UkPostcodeRecognizer,
    UkVehicleRegistrationRecognizer,
    UrlRecognizer,
)

from redactcheck.detect.recognisers.base import make_result
from redactcheck.detect.regex.trie import trie_alternation
from redactcheck.detect.validators.checksums import not_placeholder
from redactcheck.lexicon import LEXICON

# No URLs to fetch from and no cache on disk: the bundled snapshot only.
OFFLINE_TLD = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)
_CASE_SENSITIVE = re.DOTALL | re.MULTILINE
PROFILE_HOSTS = LEXICON.words("profile_hosts")
PROFILE_SECTIONS = LEXICON.words("profile_sections")


# A service's shared mailbox (duty@, referrals@, mash@, pastoral@): it names the service and its
# area, and reaches a team, not a person, so it is reported as an INSTITUTION, not as a person's
# CONTACT.
TEAM_MAILBOX = re.compile(rf"(?i){trie_alternation(LEXICON.phrases('team_mailboxes'))}(?:[._+-]|$)")
TEAM_MAILBOX_WHY = (
    "A team's mailbox names the service and its area; it reaches a team, not a person."
)


def _organisation_mailbox(local: str, host: str) -> bool:
    """An address at a domain only public bodies are given (a council's, the NHS's, the
    police's: models/lexicon/organisation_mail_suffixes.txt) whose mailbox name is made only of
    a team's words and the field's shorthand (`team_mailboxes`, `care_shorthand`):
    "lscp@leeds.gov.uk", "cmht.north@nhs.net"; not "kobi@leeds.gov.uk" (a person's initial
    and surname), whatever the word lists know of names."""
    host = host.lower().rstrip(".")
    suffixes = LEXICON.words("organisation_mail_suffixes")
    if not any(host == s or host.endswith("." + s) for s in suffixes):
        return False
    words = [w for w in re.split(r"[^a-z]+", local.lower()) if w]
    return bool(words) and all(w in _mailbox_words() for w in words)


@lru_cache(maxsize=1)
def _mailbox_words() -> frozenset[str]:
    """The words a team's mailbox name is made of: built once, not for every address."""
    return LEXICON.words("team_mailboxes") | LEXICON.words("care_shorthand") | _DIRECTIONS


_DIRECTIONS = frozenset({"north", "south", "east", "west", "central"})


class OfflineEmailRecognizer(EmailRecognizer):
    """E-mail addresses, with the domain checked against the bundled suffix list; a team's
    shared mailbox is reported as the INSTITUTION it names."""

    def validate_result(self, pattern_text: str) -> bool:
        """A host with a registrable domain ("example.co.uk"), or one that is a whole suffix
        by a wildcard rule of the list ("*.sch.uk": "hollins.sch.uk", a school's own host,
        has no domain left over); never a bare suffix ("co.uk")."""
        host = pattern_text.rsplit("@", 1)[-1]
        found = OFFLINE_TLD(host)
        return found.fqdn != "" or (found.suffix == host.lower() and host.count(".") >= 2)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if "@" not in text:  # every match of Presidio's pattern holds its "[@]"
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for index, result in enumerate(results):
            local, _, host = text[result.start : result.end].rpartition("@")
            if TEAM_MAILBOX.search(local) or _organisation_mailbox(local, host):
                relabelled = make_result(
                    "INSTITUTION",
                    result.start,
                    result.end,
                    result.score,
                    "team-mailbox",
                    TEAM_MAILBOX_WHY,
                )
                # Presidio's context enhancer writes into the explanation when "email" is near
                relabelled.analysis_explanation = result.analysis_explanation
                results[index] = relabelled
        return results


class ProfileUrlRecognizer(UrlRecognizer):
    """URLs count as CONTACT only when they point at a person's profile, not a public page."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's URL pattern is slow on long texts; it cannot find a profile where
        no profile host is written, so skip it there."""
        lowered = text.lower()
        if not any(host in lowered for host in PROFILE_HOSTS):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str) -> bool:
        url = pattern_text if "://" in pattern_text else "https://" + pattern_text
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
        path = parts.path.strip("/")
        return (
            host in PROFILE_HOSTS
            and bool(path)
            and "/" not in path.removeprefix("in/").removeprefix("u/")
            and path.lower() not in PROFILE_SECTIONS  # "youtube.com/watch?v=": a video's
        )


# Every IPv4 form has a digit, a dot and a digit; every IPv6 form a colon next to
# a hex digit or another colon. Presidio's IP patterns are slow on long texts.
_MAY_BE_IP = re.compile(r"\d\.\d|[0-9A-Fa-f]:[0-9A-Fa-f:]|::")


class _Prefiltered(PatternRecognizer):
    """A Presidio recogniser skipped on texts a quick test (`may_match`) rules out; put first
    among a Presidio class's bases ("class QuickIpRecognizer(_Prefiltered, IpRecognizer)")."""

    def may_match(self, text: str, regex_flags: int | None) -> bool:
        raise NotImplementedError

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not self.may_match(text, regex_flags):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


class QuickIpRecognizer(_Prefiltered, IpRecognizer):
    """Presidio's IP recogniser, skipped on texts that have nothing shaped like an address."""

    def may_match(self, text: str, regex_flags: int | None) -> bool:
        return _MAY_BE_IP.search(text) is not None


# Every branch of Presidio's postcode pattern ends in the inward code, a digit and two letters
# of this class ("GIR 0AA" too): tried alone, with the pattern's own regex library and flags,
# it takes a twentieth of the pattern's time, and most drafts hold none.
_POSTCODE_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # Presidio's own
_INWARD_CODE = regex.compile(r"[0-9][ABD-HJLNP-UW-Z]{2}", _POSTCODE_FLAGS)


class QuickPostcodeRecognizer(_Prefiltered, UkPostcodeRecognizer):
    """Presidio's UK postcodes, skipped on texts that hold no inward code."""

    def may_match(self, text: str, regex_flags: int | None) -> bool:
        shipped = _as_shipped(self, UkPostcodeRecognizer, _POSTCODE_FLAGS, regex_flags)
        return not shipped or _INWARD_CODE.search(text) is not None


# Every pattern of Presidio's number plates has three capitals beside a digit, or with a dash
# or a space between ("AB12 CDE", "A123 BCD", "ABC 123D"), in the flags we give it (case
# counts); few drafts have that.
_PLATE_FLAGS = regex.DOTALL | regex.MULTILINE  # _CASE_SENSITIVE, as the regex library has it
_CAPITALS_BY_DIGIT = regex.compile(r"[A-Z]{3}[- ]?\d|\d[- ]?[A-Z]{3}", _PLATE_FLAGS)


class QuickPlateRecognizer(_Prefiltered, UkVehicleRegistrationRecognizer):
    """Presidio's UK number plates, skipped on texts with no three capitals by a digit."""

    def may_match(self, text: str, regex_flags: int | None) -> bool:
        shipped = _as_shipped(self, UkVehicleRegistrationRecognizer, _PLATE_FLAGS, regex_flags)
        return not shipped or _CAPITALS_BY_DIGIT.search(text) is not None


def _as_shipped(
    recogniser: PatternRecognizer,
    presidio: type[PatternRecognizer],
    flags: int,
    regex_flags: int | None,
) -> bool:
    """The recogniser runs Presidio's own patterns of its class with the flags a quick test
    was written for (Presidio's `analyze` takes the given flags, else its own)."""
    used = regex_flags if regex_flags else recogniser.global_regex_flags
    patterns = recogniser.patterns  # type: ignore[has-type]  # Presidio leaves it unannotated
    shipped = presidio.PATTERNS  # type: ignore[attr-defined]  # each Presidio class has its own
    return used == flags and [p.regex for p in patterns] == [p.regex for p in shipped]


class _NhsNumbers(NhsRecognizer):
    """Presidio's NHS numbers, less one digit ten times ("000 000 0000"), whose checksum
    passes: a form's "not known", not someone's number."""

    def validate_result(self, pattern_text: str) -> bool:
        return bool(super().validate_result(pattern_text)) and not_placeholder(pattern_text)


def _contextual_nhs() -> NhsRecognizer:
    """A checksum alone is weak evidence: the base score sits below the threshold
    until a context word ("NHS", "patient") lifts it."""
    pattern = Pattern("nhs (weak)", r"\b([0-9]{3})[- ]?([0-9]{3})[- ]?([0-9]{4})\b", 0.1)
    return _NhsNumbers(patterns=[pattern], supported_entity="ID_NUMBER", name="presidio-nhs")


def _contextual_passport() -> UkPassportRecognizer:
    pattern = Pattern("passport (weak)", r"\b(?:[0-9]{9}|[A-Z]{2}[0-9]{7})\b", 0.1)
    return UkPassportRecognizer(
        patterns=[pattern], supported_entity="ID_NUMBER", name="presidio-uk-passport"
    )


def _named(recogniser: EntityRecognizer, name: str) -> EntityRecognizer:
    """Some Presidio constructors take no name; ours are named like rule ids."""
    recogniser.name = name  # type: ignore[has-type]  # Presidio: a type mypy cannot infer
    return recogniser


def builtin_recognisers() -> list[EntityRecognizer]:
    """Presidio recognisers for UK text, each reporting a taxonomy category."""
    recognisers: list[EntityRecognizer] = [
        OfflineEmailRecognizer(supported_entity="CONTACT", name="presidio-email"),
        ProfileUrlRecognizer(supported_entity="CONTACT", name="presidio-profile-url"),
        PhoneRecognizer(
            supported_entity="CONTACT", supported_regions=("GB",), name="presidio-phone"
        ),
        QuickIpRecognizer(supported_entity="CONTACT", name="presidio-ip"),
        _named(IbanRecognizer(supported_entity="ID_NUMBER"), "presidio-iban"),
        CreditCardRecognizer(supported_entity="ID_NUMBER", name="presidio-credit-card"),
        _contextual_nhs(),
        _contextual_passport(),
        UkNinoRecognizer(supported_entity="ID_NUMBER", name="presidio-uk-nino"),
        UkDrivingLicenceRecognizer(
            supported_entity="ID_NUMBER", name="presidio-uk-driving-licence"
        ),
        QuickPlateRecognizer(supported_entity="ID_NUMBER", name="presidio-uk-vehicle-registration"),
        QuickPostcodeRecognizer(supported_entity="POSTCODE", name="presidio-uk-postcode"),
    ]
    for recogniser in recognisers:
        if isinstance(
            recogniser,
            (UkVehicleRegistrationRecognizer, UkDrivingLicenceRecognizer, UkNinoRecognizer),
        ):
            recogniser.global_regex_flags = _CASE_SENSITIVE  # capitals are the signal
    return recognisers
