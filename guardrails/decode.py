"""Layer 1b: segments that look encoded, decoded so the rules and the classifier can read them.

`decoded_segments(text)` returns `Segment(start, end, kind, text, reverse)` for every part of
`text` that decodes to readable language: base64 (standard and URL-safe), hex, ROT13, leetspeak
and reversed text. It never decides anything; the injection detector scans each decoded text and
maps findings back to the segment's span in the original (character for character where the
transform keeps length: ROT13, leetspeak, reversal).

What counts as readable is what keeps harmless data out: binary or random bytes never decode to
text with common words, so a SHA-256 in hex or a JWT body produces no segment. ROT13 and reversed
candidates must hold clearly more common words than the text as written.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass
from typing import Iterator

MAX_SEGMENTS = 16  # per text; bounds the work an adversarial text can cause
MIN_ENCODED = 16  # characters; shorter runs decode to too little to matter


@dataclass(frozen=True)
class Segment:
    start: int  # span in the original text
    end: int
    kind: str  # base64 | hex | rot13 | leet | reversed
    text: str  # decoded
    same_length: bool = False  # True: decoded[i] came from original[start + i] (or mirrored if reversed)


# Short, frequent words of the languages the rules cover; enough to tell language from noise.
COMMON = frozenset("""
the a an and or to of in on for with you your is are be this that it all any what me my i now from
ignore previous instructions instruction prompt system rules tell show reveal print do not never must
as say write answer please only new follow above before after output
el la los las de que y en un una tu tus es no por con para todas todo lo
le les des et est pas une du tes vos ne dans pour sur ce qui
der die das und ist nicht du ein eine zu mit von alle deine auf
il di che non sono gli per una le
can will was were have has not no yes how why who when where which there here they we he she
him her them our us their its if then so but just also again more most some every up out about into
over under than very can't don't won't i'm it's let's
te se me su sus mi mis ahora nunca siempre como pero muy sin sobre
je tu il elle nous vous ils au aux mais plus toujours jamais sans avec
ich er sie wir ihr den dem im nur noch immer nie ohne auch
""".split())

_HINTS = frozenset(t for w in COMMON if len(w) >= 3 and w.isalpha()
                   for t in (codecs.encode(w, "rot13"), w[::-1])) - COMMON

_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{%d,}={0,2}(?![A-Za-z0-9+/=_-])" % MIN_ENCODED)
# Opens with a class, not a lookbehind, so the regex engine skips ahead instead of trying every position.
_HEX = re.compile(r"[0-9A-Fa-f](?<![0-9A-Fa-f][0-9A-Fa-f])[0-9A-Fa-f](?:[ :]?[0-9A-Fa-f]{2}){%d,}(?![0-9A-Fa-f])"
                  % (MIN_ENCODED // 2 - 1))
_WORD = re.compile(r"[a-z]+")
_HEX_LETTER = re.compile(r"[a-fA-F]")
# A run of words between digits, colons, arrows and line breaks: where ROT13 or reversed prose
# hides ("Secret (rot13): Vtaber ...", "... <- reverse me").
_CHUNK = re.compile(r"[^\d:\n<>|]{16,}")
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[013457])[a-z0-9@$]{2,12}(?![\w@$])", re.I)
_LEET_HINT = re.compile(r"[013457](?:(?<=[a-zA-Z][013457])|(?=[a-zA-Z]))")  # a digit touching a letter
_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "0": "o", "5": "s", "$": "s", "7": "t"})


def common_ratio(text: str) -> float:
    words = _WORD.findall(text.lower())
    return sum(w in COMMON for w in words) / len(words) if words else 0.0


def _readable(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s or sum(c.isprintable() or c in "\n\t" for c in s) < 0.95 * len(s):
        return None
    letters = sum(c.isalpha() for c in s)
    if letters < 0.5 * len(s) or " " not in s.strip():
        return None
    return s


def _b64(segment: str) -> str | None:
    s = segment.rstrip("=")
    if len(s) % 4 == 1 or s.isalpha() or s.isdigit():
        return None  # a plain word or number is not base64
    padded = s + "=" * (-len(s) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _hex(segment: str) -> str | None:
    digits = segment.replace(" ", "").replace(":", "")
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _letter_words(text: str) -> list[str]:
    """What `_WORD.findall(text.lower())` finds, as one C-level byte translation (non-ASCII bytes
    become separators, as they are for the regex)."""
    return text.lower().encode("utf-8").translate(_LETTERS_ONLY).decode("ascii").split()


def _leet_tokens(text: str) -> list[re.Match]:
    """The tokens `_LEET_TOKEN` finds that read as plain words, looked for only around the places
    where a digit touches a letter (few in ordinary text) instead of at every position."""
    tokens, seen = [], set()
    for hint in _LEET_HINT.finditer(text):
        a = hint.start()
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_@$"):
            a -= 1
        if a in seen:
            continue
        seen.add(a)
        m = _LEET_TOKEN.match(text, a)
        if m is not None and m.group().translate(_LEET).isalpha():
            tokens.append(m)
    return tokens


def _marks(chars: str, mark: bytes = b"1") -> bytes:
    """A bytes.translate table: `mark` for the ASCII characters in `chars`, b"0" for every other byte."""
    return bytes(mark[0] if chr(b) in chars else 48 for b in range(256))


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_B64_RUN = _marks(_ALNUM + "+/=_-")  # what _B64 and its lookarounds count as base64
_HEX_RUN = _marks("0123456789abcdefABCDEF :")  # hex digits and _HEX's separators
# Letters "a", leet digits "1": a leet hint is a letter next to a leet digit.
_LEET_MARKS = bytes(97 if chr(b).isascii() and chr(b).isalpha() else 49 if chr(b) in "013457" else 48
                    for b in range(256))


def _runs(marked: bytes, min_len: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of at least `min_len` b"1" in `marked`. Found with
    bytes.find (C speed): most texts hold none, and a regex then runs only inside the runs."""
    needle = b"1" * min_len
    i = marked.find(needle)
    while i >= 0:
        end = marked.find(b"0", i)
        end = len(marked) if end < 0 else end
        yield marked.rfind(b"0", 0, i) + 1, end
        i = marked.find(needle, end)


def decoded_segments(text: str) -> list[Segment]:
    out: list[Segment] = []
    # One byte per character (non-ASCII becomes "?", in no class below), so byte offsets are
    # character offsets. A match of _B64 or _HEX lies inside a run of their characters, and the
    # characters around a run are outside the class, so matching inside the run finds the same.
    ascii_text = text.encode("ascii", "replace")
    if len(text) >= MIN_ENCODED:
        for a, b in _runs(ascii_text.translate(_B64_RUN), MIN_ENCODED):
            for m in _B64.finditer(text, a, b):
                decoded = _b64(m.group())
                if decoded:
                    out.append(Segment(m.start(), m.end(), "base64", decoded))
        for a, b in _runs(ascii_text.translate(_HEX_RUN), MIN_ENCODED):
            if not _HEX_LETTER.search(text, a, b):
                continue  # digits only (card and phone numbers): no match in it could have a letter
            for m in _HEX.finditer(text, a, b):
                if not _HEX_LETTER.search(m.group()):
                    continue  # digits only: a card, IBAN or phone number; readable text in hex has a-f
                decoded = _hex(m.group().strip())
                if decoded:
                    out.append(Segment(m.start(), m.start() + len(m.group().rstrip(" :")), "hex", decoded))
    # Leetspeak: digits inside words read as letters; length is kept, so offsets map one to one.
    # Only tokens that become plain words count ("1gn0r3" -> "ignore", not "base64" -> "basea").
    leet = ascii_text.translate(_LEET_MARKS)
    tokens = _leet_tokens(text) if b"a1" in leet or b"1a" in leet else []
    if len(tokens) >= 2:
        chars = list(text)
        for m in tokens:
            chars[m.start():m.end()] = m.group().translate(_LEET)
        out.append(Segment(0, len(text), "leet", "".join(chars), True))
    # ROT13 or reversed prose of any length holds a transformed common word ("gur", "eht"): without
    # one, no chunk needs the (costlier) per-chunk test.
    if _HINTS.isdisjoint(_letter_words(text)):
        return out[:MAX_SEGMENTS]
    for m in _CHUNK.finditer(text):
        seg = m.group()
        if sum(c.isalpha() for c in seg) < 12:
            continue
        base = common_ratio(seg)
        if base >= 0.3:
            continue  # already readable as written
        for kind, decoded in (("rot13", codecs.encode(seg, "rot13")), ("reversed", seg[::-1])):
            ratio = common_ratio(decoded)
            if ratio >= 0.2 and ratio > 2 * base and len(_WORD.findall(decoded)) >= 3:
                out.append(Segment(m.start(), m.end(), kind, decoded, True))
                break
        if len(out) >= MAX_SEGMENTS:
            break
    return out[:MAX_SEGMENTS]


def map_span(seg: Segment, start: int, end: int) -> tuple[int, int]:
    """Original span of decoded[start:end]: exact for length-keeping transforms, else the segment."""
    if not seg.same_length:
        return seg.start, seg.end
    if seg.kind == "reversed":
        n = seg.end - seg.start
        return seg.start + n - end, seg.start + n - start
    return seg.start + start, seg.start + end
