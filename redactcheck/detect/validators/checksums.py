"""Format and checksum validators: NHS, CHI, National Insurance and card numbers, dates,
postcodes and UK phone numbers.

Each takes the matched text and says whether it is a real identifier of that kind. A checksum
alone is weak evidence (one 10-digit number in 11 passes a mod-11 check), so rules pair these
with context words.
"""

from __future__ import annotations

import datetime as _dt
import re

_DIGITS = re.compile(r"\d")


def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))


def _mod11_ok(digits: str) -> bool:
    """NHS/CHI check digit: weights 10..2 over the first nine digits.

    Source: NHS Data Dictionary, "NHS Number" (modulus 11 algorithm); the CHI
    number uses the same check (ISD Scotland, CHI number format).
    """
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs(text: str) -> bool:
    """NHS number: ten digits passing the modulus-11 check."""
    return _mod11_ok(_digits(text))


def _valid_ddmmyy(digits: str) -> bool:
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            _dt.date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def chi(text: str) -> bool:
    """CHI number: DDMMYY date of birth, then four digits, the last a mod-11 check."""
    digits = _digits(text)
    return len(digits) == 10 and _valid_ddmmyy(digits) and _mod11_ok(digits)


# HMRC NIM39110: prefixes never issued; first letter not D F I Q U V, second not D F I O Q U V.
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_NINO = re.compile(r"^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$")


def nino(text: str) -> bool:
    """National Insurance number with an issuable prefix and an A-D suffix."""
    compact = re.sub(r"[\s.-]", "", text).upper()
    match = _NINO.match(compact)
    if match is None:
        return False
    return match.group(1) + match.group(2) not in _NINO_BAD_PREFIXES


def not_placeholder(text: str) -> bool:
    """A number someone was given, not one made up to show a format: not one digit over and
    over ("000 000 0000"), nor the digits counted up or down ("123 456 7890")."""
    digits = _digits(text)
    if len(set(digits)) <= 1:
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:])}
    return steps not in ({1}, {9})


def luhn(text: str) -> bool:
    """Payment card numbers (ISO/IEC 7812 Luhn check)."""
    digits = _digits(text)
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_DATE_PARTS = re.compile(r"(\d{1,4})[./\-](\d{1,2})[./\-](\d{2,4})")
# a date of birth as a form's boxes hold it: "14 03 2011", "14032011", "140311"
_BOXED_DATE = re.compile(r"(\d{2}) ?(\d{2}) ?(\d{4}|\d{2})")


def date(text: str) -> bool:
    """A numeric day/month/year that exists in the calendar (UK order)."""
    match = _DATE_PARTS.search(text) or _BOXED_DATE.fullmatch(text.strip())
    if not match:
        return True  # written-out dates are checked by the pattern itself
    day, month, year = (int(g) for g in match.groups())
    if day > 31 and year <= 31:  # ISO order 2011-04-03
        day, year = year, day
    if year < 100:
        year += 2000 if year <= 30 else 1900
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


# gov.uk Bulk Data Transfer: postcode format (outward A9, A99, AA9, AA99, A9A, AA9A).
_POSTCODE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](\d[\dA-HJKPS-UW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})$",
    re.IGNORECASE,
)


def postcode(text: str) -> bool:
    """A full UK postcode in the Royal Mail format."""
    return bool(_POSTCODE.match(text.strip()))


def uk_phone(text: str) -> bool:
    """A UK number as dialled: 0 + 9 or 10 digits (Ofcom numbering plan), +44 allowed."""
    compact = re.sub(r"[^\d+]", "", text)
    if compact.startswith("+44"):
        compact = "0" + compact[3:].lstrip("0")
    elif compact.startswith("0044"):
        compact = "0" + compact[4:].lstrip("0")
    if not compact.startswith("0") or compact[1:2] not in ("1", "2", "3", "7", "8"):
        return False
    return len(compact) in (10, 11)


def not_date(text: str) -> bool:
    """A reference number that is not merely a date such as 12/03/24."""
    return not (_DATE_PARTS.fullmatch(text.strip()) and date(text))
