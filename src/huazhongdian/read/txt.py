"""Plain text in the encodings Chinese reports come in: UTF-8, GB18030/GBK, UTF-16.

Detection is explicit and checked, never a silent guess:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32);
2. strict UTF-8;
3. UTF-16 without a BOM, recognised by its NUL bytes in every other position;
4. NUL or control bytes left over mean binary content: rejected;
5. strict GB18030 (a superset of GBK and GB2312), when the result reads as Chinese;
6. charset-normalizer for anything else (Big5 …), again only when the result
   reads as text.

Anything that fails all of these raises :class:`UnreadableDocument`.
"""

from __future__ import annotations

import re

from huazhongdian.chars import HAN_BMP
from huazhongdian.errors import UnreadableDocument

__all__ = ["decode_text", "looks_binary", "textlike_share"]

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Bytes that never occur in text: NUL and C0 controls other than tab, LF, VT, FF, CR, ESC.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# What a decoded report is made of: CJK, ASCII, CJK punctuation, full-width forms, spaces.
# Han of the BMP only: a wrong decoding that lands in the supplementary planes must not look like text.
_TEXTLIKE = re.compile(
    f"[{HAN_BMP}\u3000-\u303f\uff01-\uff5e\uffe0-\uffe6"
    "\u2000-\u206f\u2100-\u218f\u2190-\u22ff\u2460-\u24ff\u2500-\u27bf\u3200-\u33ff\u0391-\u03c9"
    "\u00a0\u00a7\u00b0\u00b1\u00b7\u00d7\u00f7\x20-\x7e\t\n\r]"
)


def looks_binary(data: bytes) -> bool:
    """True when bytes hold NULs or more than a trace of control characters."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    return len(_CONTROL_BYTES.findall(sample)) > max(2, len(sample) // 1000)


def textlike_share(text: str) -> float:
    """Share of the characters (in the first 20,000) that a Chinese report is made of."""
    if not text:
        return 0.0
    sample = text[:20000]
    return len(_TEXTLIKE.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 when exactly one byte order gives text that reads as Chinese.

    Real files always hold some ASCII (newlines, digits), whose UTF-16 units carry a NUL
    byte; garbage that happens to decode is ruled out by needing varied characters.
    """
    if len(data) < 2 or len(data) % 2 or b"\x00" not in data[:65536]:
        return None
    shares = {}
    texts = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            texts[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
        shares[codec] = textlike_share(texts[codec])
    if not shares:
        return None
    codec = max(shares, key=shares.__getitem__)
    text = texts[codec]
    other = min(shares.values()) if len(shares) == 2 else 0.0
    varied = len(set(text[:2000])) >= min(20, len(text) // 4 + 1)
    if shares[codec] >= 0.95 and other < 0.8 and varied and "\x00" not in text:
        return text
    return None


def _gb18030(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if textlike_share(text) >= 0.95 else None


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # deferred: only files in no expected encoding need it

    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    return text if textlike_share(text) >= 0.95 and not _CONTROL_CHARS.search(text) else None


def _checked(text: str, source: str) -> str:
    # A stray control character (a DOS ^Z at the end) is tolerated and later dropped by
    # normalise; NULs or many controls mean the bytes were never text.
    if "\x00" in text or len(_CONTROL_CHARS.findall(text[:65536])) > max(2, len(text[:65536]) // 1000):
        raise UnreadableDocument(source, "looks binary, not text (NUL or control characters)")
    return text


def decode_text(data: bytes, source: str) -> str:
    """Decode the bytes of a text file, or say why they are not text.

    Args:
        data: the file's bytes (not empty).
        source: the file name, for error messages.

    Returns:
        The decoded text, BOM removed, not yet normalised.

    Raises:
        UnreadableDocument: binary content, or no encoding decodes it cleanly.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                name = codec.removesuffix("-sig").upper()
                raise UnreadableDocument(
                    source, f"starts with a {name} byte-order mark but is not valid {name} "
                            f"(bad bytes at offset {exc.start + len(bom)})") from exc
            return _checked(text, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, source)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise UnreadableDocument(source, "looks binary, not text")
    text = _gb18030(data) or _detected(data)
    if text is None:
        raise UnreadableDocument(
            source, "cannot decode the text: not UTF-8, UTF-16 or GB18030, and no other encoding fits")
    return text
