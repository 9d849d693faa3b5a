"""Validate hooks: checksums and validity rules that turn a pattern match into a finding or not.

Each hook takes the matched text and returns False (not a finding), True (keep the pattern's
score) or a score. Documentation values (RFC 2606 domains, RFC 5737/3849 address blocks) score
DOC_SCORE: reported so the policy can see them, below the redaction threshold so they stay.
"""
from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter

DOC_SCORE = 0.2
NOT_PERSONAL_SCORE = 0.3  # loopback, unspecified, multicast, reserved addresses


_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")  # 2d, minus 9 from 10 up


def luhn_ok(digits: str) -> bool:
    """`digits`: ASCII digits only. Every second digit from the right is doubled."""
    doubled = digits[-2::-2].translate(_LUHN_DOUBLED)
    return (sum(map(int, digits[-1::-2])) + sum(map(int, doubled))) % 10 == 0


# Issuer prefixes and lengths of the card networks. Ten percent of random numbers pass Luhn; the
# prefix-and-length check is what keeps order numbers, timestamps and big integers out.
_CARD_NETWORKS = (
    (r"4", (13, 16, 19)),  # Visa
    (r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)", (16,)),  # Mastercard
    (r"3[47]", (15,)),  # American Express
    (r"3(?:0[0-5]|[689])", (14, 15, 16, 17, 18, 19)),  # Diners Club
    (r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),  # JCB
    (r"6(?:011|4[4-9]|5|2)", (16, 17, 18, 19)),  # Discover, UnionPay
    (r"5[06-9]|6", (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro
)
# One alternation of the networks' prefixes per card length: one match instead of seven.
_CARD_PREFIXES = {n: re.compile("|".join(f"(?:{prefix})" for prefix, lengths in _CARD_NETWORKS if n in lengths))
                  for n in range(12, 20)}


_NOT_DIGIT = re.compile(r"\D")


def credit_card(value: str) -> bool:
    digits = _NOT_DIGIT.sub("", value)
    prefixes = _CARD_PREFIXES.get(len(digits))
    return prefixes is not None and prefixes.match(digits) is not None and len(set(digits)) > 1 and luhn_ok(digits)


# Numbers the SSA voided after they were printed in advertising.
_SSN_VOID = frozenset({"078051120", "219099999"})


def us_ssn(value: str) -> bool:
    digits = _NOT_DIGIT.sub("", value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (len(digits) == 9 and area not in ("000", "666") and area[0] != "9"
            and group != "00" and serial != "0000" and digits not in _SSN_VOID)


# IBAN length by country (ISO 13616 registry).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def iban_ok(compact: str) -> bool:
    """`compact`: the IBAN without spaces, uppercase."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    # Letters become 10..35 (A=10), digits stay: one translate instead of a conversion per character.
    return int((compact[4:] + compact[:4]).translate(_IBAN_LETTERS)) % 97 == 1


_IBAN_LETTERS = {ord(c): str(10 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


_DOC_DOMAINS = ("example.com", "example.org", "example.net")
_DOC_TLDS = ("example", "test", "invalid", "localhost")  # RFC 2606 / 6761


def email(value: str) -> bool | float:
    domain = value.rpartition("@")[2].lower()
    if domain in _DOC_DOMAINS or domain.endswith(tuple("." + d for d in _DOC_DOMAINS)) \
            or domain.rpartition(".")[2] in _DOC_TLDS:
        return DOC_SCORE
    return True


_DOC_NETS = tuple(ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))


def ip_address(value: str) -> bool | float:
    if "." in value and ":" not in value:
        return _ipv4(value)
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    if addr.version == 6 and sum(c in "0123456789abcdefABCDEF" for c in value) < 5:
        return False  # "1::2" is an address, but far more often a slice or a C++ scope
    if any(addr in net for net in _DOC_NETS if net.version == addr.version):
        return DOC_SCORE
    if addr.is_loopback or addr.is_unspecified or addr.is_multicast or addr.is_reserved:
        return NOT_PERSONAL_SCORE
    return True


def _ipv4(value: str) -> bool | float:
    """ip_address for a dotted quad, without building an ipaddress object (a quarter of the time):
    the same rules (no leading zeros, octets up to 255) and the same documentation and
    not-personal blocks as `ipaddress`' properties (loopback 127/8, unspecified, multicast 224/4,
    reserved 240/4)."""
    parts = value.split(".")
    if len(parts) != 4 or not all(p.isdigit() and p.isascii() and len(p) <= 3 and (p == "0" or p[0] != "0")
                                  for p in parts):
        return False
    a, b, c, d = map(int, parts)
    if max(a, b, c, d) > 255:
        return False
    if (a, b, c) in _DOC_V4:
        return DOC_SCORE
    if a == 127 or a >= 224 or (a == b == c == d == 0):
        return NOT_PERSONAL_SCORE
    return True


_DOC_V4 = frozenset({(192, 0, 2), (198, 51, 100), (203, 0, 113)})  # RFC 5737, as in _DOC_NETS


def shannon_entropy(value: str) -> float:
    """Bits per character."""
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


_PLACEHOLDER = re.compile(r"[$%{<*(\[]|(?i:none|null|nil|true|false|undefined|redacted|hidden|"
                          r"secret|password|changeme|required|optional|string|x+|\.+)$")


def password_value(value: str) -> bool:
    """Any value under a password key counts, except placeholders and template references."""
    return len(value) >= 4 and not _PLACEHOLDER.match(value) and len(set(value)) > 1


def url_password(value: str) -> bool:
    """The password of user:password@host, unless it is a placeholder such as ${REDIS_PASSWORD}."""
    return not _PLACEHOLDER.match(value)


def secret_value(value: str) -> bool:
    """A value under a token/key/secret key counts if it looks random: long, varied, and mixing
    at least two of lowercase, uppercase and digits (`token_type_ids` is a name, not a token)."""
    classes = (any(c.islower() for c in value) + any(c.isupper() for c in value)
               + any(c.isdigit() for c in value))
    return (len(value) >= 12 and classes >= 2 and not _PLACEHOLDER.match(value) and not value.isdigit()
            and shannon_entropy(value) >= 3.2)


def password_in_prose(value: str) -> bool:
    """"my password is hunter2": a word with a digit, symbol or inner capital, not plain English."""
    return password_value(value) and (not value.isalpha() or value[1:] != value[1:].lower())


def date(value: str) -> bool:
    """Numeric dates need a field that can be a month and one that can be a day."""
    fields = [int(x) for x in re.findall(r"\d+", value)]
    if len(fields) < 3:  # "12 March 1985", "March 12, 1985": the month is a word, the day comes first
        return 1 <= fields[0] <= 31
    a, b, c = fields[:3]
    if a > 31:  # year first
        a, b, c = b, c, a
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)
