"""A normalised view of a text for rule matching, with a map back to original offsets.

Attackers respell instructions so plain patterns miss them: fullwidth or mathematical letters,
Cyrillic look-alikes, accents, zero-width characters inside words, "i g n o r e". The view undoes
that (compatibility decomposition as in NFKC, combining marks dropped, homoglyphs folded to Latin,
invisible characters dropped, Unicode tag characters decoded to the ASCII they hide, spaced-out
letters joined, lowercase) and records for every view character the index of the original
character it came from, so findings always carry offsets into the caller's text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Look-alikes that NFKC leaves alone: Cyrillic and Greek letters drawn like Latin ones.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h", "ո": "n", "ս": "u",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ԁ": "d", "Ԛ": "q", "Ԝ": "w",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
})

# Invisible characters, by what they are used for; each run of them is one finding.
INVISIBLE_RULES = (
    # "ASCII smuggling": an invisible copy of every ASCII character.
    ("tag_chars", 0.95, "[\U000e0000-\U000e007f]+"),
    # Trojan-source style reordering of what is displayed.
    ("bidi_control", 0.9, "[\u202a-\u202e\u2066-\u2069]+"),
    # Variation selectors 17-256 carry arbitrary bytes after an emoji.
    ("variation_selector", 0.9, "[\U000e0100-\U000e01ef]+"),
    ("zero_width", 0.8, "[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f"
                        "\u3164\ufeff\uffa0]+"),
)
_INVISIBLE = [(rule, score, re.compile(pattern)) for rule, score, pattern in INVISIBLE_RULES]
# One character class for all of them: a class scans fast, an alternation does not.
_ANY_INVISIBLE = re.compile("[" + "".join(pattern[1:-2] for _, _, pattern in INVISIBLE_RULES) + "]")
# Joiners and direction marks are part of ordinary emoji, Persian, Indic and Hebrew text;
# they count as hidden only between two ASCII characters ("ig\u200dnore").
_JOINERS = frozenset("\u200c\u200d\u200e\u200f")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Four or more single letters, each followed by one separator: "i g n o r e", "p-r-o-m-p-t";
# three with a dash, dot or star ("a-c-t"), but not with spaces ("x y z" is algebra).
_SPACED = re.compile(r"\b[a-z](?:[ ._*-][a-z]){3,}\b|\b[a-z](?:[.*-][a-z]){2}\b")
_SPACED_HINT = re.compile(r"[ ._*-][a-z][ ._*-][a-z][ ._*-]")  # cheaper, and implied by _SPACED


def _fold(ch: str) -> str:
    """One original character as it appears in the view (possibly empty or several characters)."""
    cp = ord(ch)
    if 0xE0020 <= cp <= 0xE007E:
        return chr(cp - 0xE0000).lower()  # a tag character stands for this ASCII character
    if _ANY_INVISIBLE.match(ch) or unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F:
        return ""
    s = unicodedata.normalize("NFKD", ch)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_HOMOGLYPHS).lower()


class _FoldTable(dict):
    """A str.translate table filled on first sight of each character, so a run of non-ASCII text
    folds in one C call. `irregular` holds the characters that do not fold to exactly one."""

    def __init__(self):
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, cp: int) -> str:
        folded = _fold(chr(cp))
        if len(folded) != 1:
            self.irregular.add(chr(cp))
        if len(self) < 65536:  # bound the memory an adversary can make us spend
            self[cp] = folded
        return folded


_TABLE = _FoldTable()


@dataclass
class View:
    text: str  # normalised, lowercase
    index: list[int] | None  # index[i]: original offset of view character i; None: identity
    invisible: list[tuple[int, int, str, float]] = field(default_factory=list)  # start, end, rule, score

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view slice [start, end)."""
        if self.index is None:
            return start, end
        return self.index[start], self.index[end - 1] + 1


def _invisible_runs(text: str) -> list[tuple[int, int, str, float]]:
    if not _ANY_INVISIBLE.search(text):
        return []
    runs = []
    for rule, score, pattern in _INVISIBLE:
        for m in pattern.finditer(text):
            a, b = m.span()
            if rule == "zero_width":
                if a == 0 and text[0] == "\ufeff":
                    a += 1  # a byte-order mark at the very start is an encoding artefact
                    if a == b:
                        continue
                if set(text[a:b]) <= _JOINERS and not (
                        a > 0 and b < len(text) and text[a - 1].isascii() and text[b].isascii()):
                    continue
            runs.append((a, b, rule, score))
    return sorted(runs)


def normalize(text: str) -> View:
    if text.isascii():
        view_text, index, invisible = text.lower(), None, []
    else:
        view_text, index = text.translate(_TABLE), None
        invisible = _invisible_runs(text)
        # Hidden ASCII is a text of its own: keep it from gluing onto the visible words around it.
        tags = [(a, b) for a, b, rule, _ in invisible if rule == "tag_chars"]
        # Every character folded to exactly one: offsets are unchanged. Otherwise map them.
        if tags or len(view_text) != len(text) or not _TABLE.irregular.isdisjoint(text):
            view_text, index = _fold_with_index(text, tags)
    if _SPACED_HINT.search(view_text) and _SPACED.search(view_text):
        view_text, index = _join_spaced(view_text, index)
    return View(view_text, index, invisible)


def _fold_with_index(text: str, tags: list[tuple[int, int]]) -> tuple[str, list[int]]:
    firsts, lasts = {a for a, _ in tags}, {b - 1 for _, b in tags}
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        a, b = m.span()
        if a > pos:
            parts.append(text[pos:a].lower())
            index.extend(range(pos, a))
        for i, ch in enumerate(m.group(), a):
            piece = _TABLE[ord(ch)]
            if i in firsts:
                piece = " " + piece
            if i in lasts:
                piece += " "
            parts.append(piece)
            index.extend([i] * len(piece))
        pos = b
    parts.append(text[pos:].lower())
    index.extend(range(pos, len(text)))
    return "".join(parts), index


def _join_spaced(view_text: str, index: list[int] | None) -> tuple[str, list[int]]:
    if index is None:
        index = list(range(len(view_text)))
    parts, new_index, pos = [], [], 0
    for m in _SPACED.finditer(view_text):
        a, b = m.span()
        parts.append(view_text[pos:a])
        new_index.extend(index[pos:a])
        parts.append(view_text[a:b:2])  # the letters sit at even offsets of the run
        new_index.extend(index[a:b:2])
        pos = b
    parts.append(view_text[pos:])
    new_index.extend(index[pos:])
    return "".join(parts), new_index
