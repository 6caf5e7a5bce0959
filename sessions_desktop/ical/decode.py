"""Bytes of an .ics file to text, tolerantly.

UTF-8 first (a BOM is dropped; UTF-16 with a BOM is read as such). RFC 5545 folds lines at
octets, so a fold may split a UTF-8 character: the bytes are unfolded and tried again. Bytes
that still are not UTF-8 are read as Windows-1252 one by one (a superset of Latin-1 for text),
so a UTF-8 file with a few stray Latin-1 bytes keeps its good characters; a warning says so.
"""

from __future__ import annotations

import codecs
import re

_UNFOLD_BYTES = re.compile(rb"\r?\n[ \t]")
_ERROR_HANDLER = "sessions-desktop-cp1252"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):     # registered for decoding only
        raise error
    chunk = error.object[error.start:error.end]
    return "".join(_byte_char(b) for b in chunk), error.end


def _byte_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error(_ERROR_HANDLER, _cp1252_fallback)


def decode(data: bytes | str) -> tuple[str, str | None]:
    """Text of an .ics file and a warning when it was not clean UTF-8."""
    if isinstance(data, str):
        return data, None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "the file is UTF-16; read as such"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    unfolded = _UNFOLD_BYTES.sub(b"", data)
    try:  # RFC 5545 folds at octets: a fold may split a UTF-8 character in two
        return unfolded.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors=_ERROR_HANDLER)
    return text, "the file is not valid UTF-8: bytes that are not UTF-8 were read as Windows-1252"
