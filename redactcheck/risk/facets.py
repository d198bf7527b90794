"""The facet of a finding: how specific an identifier is ("AGE.band" for "in her 80s"),
from its category, its text and the facet its rule declares."""

from __future__ import annotations

import re
from typing import Mapping

from redactcheck.detect.regex.stored import STORE
from redactcheck.types import Category, Finding

# The facets `facet` gives each category (any other category has one, "any"). Every facet needs
# a weight and words in models/risk.yaml, checked at load; LOCATION.place is weighed and worded
# by the place tables, INSTITUTION.any worded by the institution table.
FACETS: Mapping[str, tuple[str, ...]] = {
    "PERSON": ("weak", "first", "full"),
    "POSTCODE": ("full", "district"),
    "CONTACT": ("contact", "handle"),
    "AGE": ("exact", "band"),
    "DATE": ("day", "month", "year"),
    "LOCATION": ("street", "council"),
    "DEMOGRAPHIC": ("distinctive", "common"),
}


def facet_keys() -> list[str]:
    """Every "CATEGORY.facet" that needs a weight, in taxonomy order."""
    return [f"{c.value}.{f}" for c in Category for f in FACETS.get(c.value, ("any",))]


_BAND_AGE = STORE.compile(r"\d0'?s\b|ties\b|teens\b|\btwenties\b|decade", re.I)
_MONTH = STORE.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_DAY = STORE.compile(r"(?<![\d])(\d{1,2}(st|nd|rd|th)?)(?![\d])|\bday\b|\beve\b", re.I)
_YEAR = STORE.compile(r"\b(19|20)\d\d\b")
_STREET = STORE.compile(
    r"\b(road|rd|street|st|avenue|ave|lane|drive|terrace|crescent|close|way|brae|wynd|gardens"
    r"|row)\.?$",
    re.I,
)
_COUNCIL = STORE.compile(r"\b(council|trust|hscp|authority|borough|partnership)\b", re.I)


def facet(finding: Finding) -> str:
    """How specific the identifier is, e.g. "AGE.band" for "in her 80s"."""
    cat, text, declared = finding.category, " ".join(finding.text.split()), finding.declared.facet
    if cat == "PERSON":
        if finding.strength == "weak":  # one word only the model found, with nothing around it
            return "PERSON.weak"
        tokens = text.split()
        return (
            "PERSON.full" if len(tokens) >= 2 and len(tokens[-1].strip(".")) > 1 else "PERSON.first"
        )
    if cat == "POSTCODE":
        return "POSTCODE.full" if re.search(r"\d[A-Za-z]{2}$", text) else "POSTCODE.district"
    if cat == "CONTACT":
        return "CONTACT.handle" if re.match(r"(@|u/)", text) else "CONTACT.contact"
    if cat == "AGE":
        return "AGE.band" if _BAND_AGE.search(text) else "AGE.exact"
    if cat == "DATE":
        bare = _YEAR.sub("", text)
        return (
            "DATE.day"
            if _DAY.search(bare)
            else "DATE.month"
            if _MONTH.search(bare)
            else "DATE.year"
            if _YEAR.search(text)
            else "DATE.month"
        )
    if cat == "LOCATION":
        if _COUNCIL.search(text):
            return "LOCATION.council"
        street = declared == "street" or _STREET.search(text)
        return "LOCATION.street" if street else "LOCATION.place"
    if cat == "DEMOGRAPHIC":  # a rule declares what is distinctive (a rare condition, a job)
        return "DEMOGRAPHIC.distinctive" if declared == "distinctive" else "DEMOGRAPHIC.common"
    return f"{cat}.any"
