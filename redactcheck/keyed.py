"""The one keyed-hash helper behind the baseline and the watchlist.

A plain hash of a name is found again by hashing a list of names; an HMAC-SHA256
keyed with a secret is not, for as long as the secret stays secret. Both stores
keep only these, with the key in a separate file (mode 0600).
"""

from __future__ import annotations

import hmac
import unicodedata


def normalise(text: str) -> str:
    """The same words however they are cased, spaced or Unicode-composed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def keyed_hash(key: bytes, *parts: str) -> str:
    """HMAC-SHA256 of the parts joined by NUL: useless without the key."""
    return hmac.digest(key, "\0".join(parts).encode("utf-8"), "sha256").hex()
