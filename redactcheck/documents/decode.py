"""Bytes to text: strict UTF-8 (a UTF-8 BOM allowed), and a one-line error naming what the
file really is when it is not: UTF-16 (with or without a BOM), a binary format known by its
magic number, NUL bytes, or text that decodes as Windows-1252."""

from __future__ import annotations

import codecs

from redactcheck.errors import InputError

_MAGIC = {
    b"%PDF-": "PDF",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive; a Word document must be named .docx",
    b"\xd0\xcf\x11\xe0": "old Word/Office format; save it as .docx",
    b"\x1f\x8b": "gzip archive",
}


def decode_text(shown: str, data: bytes) -> str:
    """Strict UTF-8 (BOM allowed), with a hint at what the file really is when it is not."""
    if not data.strip():
        raise InputError(f"{shown}: file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(data):
        raise InputError(f"{shown}: looks like UTF-16, save it as UTF-8")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{shown}: binary file ({kind}), not text")
    if b"\x00" in data:
        raise InputError(f"{shown}: binary file (contains NUL bytes), not text")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise _encoding_error(shown, data, error.start + bom) from None
    if not text.strip():
        raise InputError(f"{shown}: file is empty (only whitespace)")
    return text


def _looks_utf16(data: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: every other byte is NUL."""
    sample = data[:512]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return False
    return (odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd)
    )


def _encoding_error(shown: str, data: bytes, offset: int) -> InputError:
    """Name the likely real encoding so the fix (re-save as UTF-8) is obvious."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return InputError(f"{shown}: not valid UTF-8 (byte {offset}); save it as UTF-8")
    return InputError(
        f"{shown}: not valid UTF-8 (byte {offset}); "
        "looks like Windows-1252 (Latin-1); save it as UTF-8"
    )
