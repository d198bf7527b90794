"""Helpers for writing evasive characters with explicit escapes (no literal odd characters in source)."""
import unicodedata

ZWSP = "\u200b"   # zero-width space
ZWNJ = "\u200c"   # zero-width non-joiner
ZWJ = "\u200d"    # zero-width joiner
LRM = "\u200e"    # left-to-right mark
RLM = "\u200f"    # right-to-left mark
WJ = "\u2060"     # word joiner
SHY = "\u00ad"    # soft hyphen
BOM = "\ufeff"    # zero-width no-break space
NBSP = "\u00a0"   # no-break space
NNBSP = "\u202f"  # narrow no-break space
THIN = "\u2009"   # thin space
HAIR = "\u200a"   # hair space
ENSP = "\u2002"   # en space
EMSP = "\u2003"   # em space
FIGSP = "\u2007"  # figure space
IDSP = "\u3000"   # ideographic space


def fw(s):
    """Full-width form of printable ASCII (space -> ideographic space)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else (IDSP if c == " " else c) for c in s)


def rev(s):
    """Right-to-left override + reversed text + pop: displays as s."""
    return "\u202e" + s[::-1] + "\u202c"


def nfd(s):
    return unicodedata.normalize("NFD", s)


CY = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "y": "\u0443",
      "x": "\u0445", "i": "\u0456", "j": "\u0458", "s": "\u0455", "h": "\u04bb",
      "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d",
      "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "S": "\u0405",
      "I": "\u0406", "J": "\u0408"}
GR = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "Z": "\u0396", "H": "\u0397", "I": "\u0399",
      "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
      "Y": "\u03a5", "X": "\u03a7", "o": "\u03bf", "v": "\u03bd", "i": "\u03b9", "u": "\u03c5"}


def _swap(table, s, only):
    return "".join(table[c] if c in table and (only is None or c in only) else c for c in s)


def cy(s, only=None):
    """Replace Latin letters (all mappable, or just those in `only`) with Cyrillic look-alikes."""
    return _swap(CY, s, only)


def gr(s, only=None):
    """Replace Latin letters with Greek look-alikes."""
    return _swap(GR, s, only)
