"""PII and secret detectors. Pattern detectors are data; e-mail, date of birth, phone and IBAN
need a little code (to stay fast: each regex runs only where its value can start).

Scores: 0.85-0.95 for validated, well-formed values; 0.3-0.4 for weak forms (nine bare digits,
an unformatted phone number) that a context word nearby ("SSN", "phone") lifts to 0.85;
documentation values 0.2 (see validators.DOC_SCORE). The policy redacts from 0.5 up.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneMetadata, PhoneNumberMatcher
# The matcher's own VALID checks, called on our candidates; private names, pinned with the version.
from phonenumbers.phonenumbermatcher import _formatting_rule_has_first_group_only as _first_group_only
from phonenumbers.phonenumbermatcher import _is_national_prefix_present_if_required as _national_prefix_ok

from guardrails import validators as v
from guardrails.base import Finding, Scan
from guardrails.patterns import MAX_FINDINGS, Pattern, PatternDetector

_NO_WORD_BEFORE = r"(?<![\w-])"
_NO_NUMBER_AFTER = r"(?![\w-]|[.,]\d)"  # not glued to a word, not the integer part of a price

class EmailDetector:
    """The e-mail pattern, tried only where a local part can start: found by walking back from each
    "@" over the local part's characters. Searched over the text, the pattern tries every position
    and scans each word forward (~40 µs on 2 KB, against ~2 µs a match this way)."""
    name, kind, type = "email", "pii", "EMAIL"
    _EMAIL = re.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
                        r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
    _LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
    _LOCAL_MAX = 64

    def detect(self, scan: Scan) -> list[Finding]:
        text, local = scan.text, self._LOCAL
        findings: list[Finding] = []
        at, end = text.find("@"), 0
        while at != -1:
            # The leftmost start the pattern could take: where the local part's characters begin
            # (a later start has one of them behind it, which the lookbehind refuses).
            start, floor = at, max(end, at - self._LOCAL_MAX)
            while start > floor and text[start - 1] in local:
                start -= 1
            m = self._EMAIL.match(text, start)
            if m is not None:
                end = m.end()
                verdict = v.email(m.group())
                if verdict is not False:
                    findings.append(Finding(self.type, start, end, 0.9 if verdict is True else verdict, "email"))
                    if len(findings) >= MAX_FINDINGS:
                        break
            at = text.find("@", max(at + 1, end))
        return findings


CREDIT_CARD = PatternDetector(
    name="credit_card", type="CREDIT_CARD", validate=v.credit_card,
    patterns=(Pattern("luhn", _NO_WORD_BEFORE + r"(?:\d{13,19}"
                              r"|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?"  # 4-4-4-4(-3)
                              r"|\d{4}([ -])\d{6}\2\d{4,5})"  # Amex 4-6-5, Diners 4-6-4
                      + _NO_NUMBER_AFTER, 0.9, min_digits=13),),
)

US_SSN = PatternDetector(
    name="us_ssn", type="US_SSN", validate=v.us_ssn,
    context=("ssn", "ssns", r"ss\s?#", r"social\s+security(?:\s+(?:number|no))?", r"social\s+sec"),
    patterns=(
        Pattern("ssn", _NO_WORD_BEFORE + r"(?:(?P<ssn_dashed>\d{3}-\d{2}-\d{4})|(?P<ssn_spaced>\d{3} \d{2} \d{4})|"
                r"(?P<ssn_bare>\d{9}))" + _NO_NUMBER_AFTER, 0.3, min_digits=9,
                variants=(("ssn_dashed", 0.85), ("ssn_spaced", 0.4), ("ssn_bare", 0.3))),
    ),
)

_IPV6_HINT = re.compile(r":[0-9a-f]{0,4}:")  # two colons at most one group apart; "10:30" has not

IP_ADDRESS = PatternDetector(
    name="ip_address", type="IP_ADDRESS", validate=v.ip_address,
    # "version 1.2.3.4" is a version; a bare dotted quad is an address.
    deny_before=r"(?:\b(?:version|ver\.?|v|release|build|firmware|rev|revision|sections?|chapter)|§)\s*[:#\"'(]?\s*",
    # "the 10.4.1.2 hotfix": a dotted quad named as a release is a version too.
    deny_after=r"\s+(?:hotfix|patch|release|update|upgrade|build|firmware|version)\b",
    patterns=(
        # Not followed by ".<word>": "1.0.0.127.in-addr.arpa" and "1.2.3.4.5" are names and numbers.
        Pattern("ipv4", r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\w)", 0.85, min_digits=4, run_has="."),
        # Compressed ("::") or full (seven colons); anything else with colons is a time or a ratio.
        Pattern("ipv6", r"(?i)(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?"
                        r"(?![\w:]|\.\w)", 0.85, prefilter=lambda s: _IPV6_HINT.search(s) is not None),
    ),
)

_PAIR = r"[\w.-]{0,20}[\"']?\s{0,3}(?:=>|=|:)\s{0,3}[\"']?"  # key remainder, quotes, separator
# A value ends at whitespace, quotes or brackets; taken whole (possessive), and not code: a dotted
# name (`password = args.password`) or a call (`passwd = getpass(prompt)`) is not a secret.
_VALUE = (r"(?![A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?![^\s\"',;&<>{}()\[\]]))"
          r"(?P<value>[^\s\"',;&<>{}()\[\]]{1,400}+)(?!\s*[(\[])")

# Token patterns start with their literal prefix (the regex engine then jumps from one occurrence
# to the next) and check the word boundary behind it with a lookbehind.
SECRET = PatternDetector(
    name="secret", type="SECRET",
    patterns=(
        Pattern("aws_access_key", r"A(?<![\w]A)(?:KIA|SIA|BIA|CCA|GPA|IDA|IPA|NPA|NVA|ROA|PKA)[A-Z2-7]{16}\b", 0.95),
        Pattern("github_token", r"gh(?<!\wgh)[pousr]_[A-Za-z0-9]{36,251}\b", 0.95),
        Pattern("github_pat", r"github_pat_(?<!\wgithub_pat_)[A-Za-z0-9_]{22,255}\b", 0.95),
        Pattern("sk_key", r"sk-(?<![\w-]sk-)[A-Za-z0-9][A-Za-z0-9_-]{19,}", 0.9),
        Pattern("stripe_key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}", 0.9, needles=("k_live_", "k_test_")),
        Pattern("slack_token", r"xox(?<!\wxox)[abposr]-[A-Za-z0-9-]{10,}", 0.9),
        Pattern("google_api_key", r"AIza(?<!\wAIza)[0-9A-Za-z_-]{35}(?![\w-])", 0.9),
        Pattern("jwt", r"eyJ(?<!\weyJ)[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*", 0.9),
        Pattern("private_key", r"(?s)-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----"
                               r"(?:.*?-----END[A-Z0-9 ]*PRIVATE KEY-----|[A-Za-z0-9+/=\s]*)", 0.99),
        Pattern("url_password", r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]*:(?P<value>[^\s/@]{1,200})@",
                0.9, group="value", validate=v.url_password, needles=("://",), near=(22, 410)),
        Pattern("bearer_token", r"(?i)\bbearer\s+(?P<value>[A-Za-z0-9._~+/-]{16,}=*)", 0.85,
                group="value", validate=v.secret_value, needles=("bearer",)),
        Pattern("password_pair", r"(?i)(?:password|passwd|passphrase|passcode|pwd)" + _PAIR + _VALUE,
                0.9, group="value", validate=v.password_value,
                needles=("pass", "pwd")),
        Pattern("password_phrase", r"(?i)\b(?:password|passphrase|passcode)\s+(?:is|was)\s+[\"']?"
                r"(?P<value>[^\s\"'<>]{3,63}[^\s\"'<>.,;:!?)])", 0.8, group="value", validate=v.password_in_prose,
                needles=("pass",)),
        Pattern("secret_pair", r"(?i)(?:secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|"
                               r"private[_-]?key|credentials?|signature|session[_-]?id)" + _PAIR + _VALUE,
                0.85, group="value", validate=v.secret_value,
                needles=("secret", "token", "key", "cred", "signature", "session")),
    ),
)

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
          r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|"
          r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
          r"januar|februar|m[äa]rz|juni|juli|oktober|dezember)\b\.?")
_DATE = (r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
         r"|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
         r"|\d{1,2}(?:st|nd|rd|th|\.)?(?:\s+(?:of|de))?\s+" + _MONTH + r",?(?:\s+de)?\s+\d{4}"
         r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?!\d)")
_BIRTH = (r"(?:(?<![\w-])(?:born|dob|date\s+of\s+birth|birth\s*date|birthday|fecha\s+de\s+nacimiento|"
          r"nacid[oa]|date\s+de\s+naissance|n[ée]e?\s+le|geboren|geburtsdatum|geburtstag)\b|\bd\.o\.b\.?)")

class DateOfBirthDetector:
    """A date right after a birth word ("born", "DOB", "date of birth", also es/fr/de), within a short
    clause with no other number in between. The birth word is searched just around each needle,
    then the date matched from its end: one regex over 100-character windows costs 7 µs a window
    (the word alternation tried at every position), this about 2."""
    name, kind, type = "date_of_birth", "pii", "DATE_OF_BIRTH"
    needles = ("born", "dob", "d.o.b", "birth", "nacimiento", "nacid", "naissance", "né", "geboren", "geburt")
    _WORD = re.compile(r"(?i)" + _BIRTH)
    _DATE_AFTER = re.compile(r"(?i)[^\n\d]{0,30}?(?P<date>" + _DATE + ")")
    _WHOLE = re.compile(r"(?i)" + _BIRTH + r"[^\n\d]{0,30}?(?P<date>" + _DATE + ")")
    _BEFORE, _AFTER = 20, 40  # a birth word starts at most 20 characters before its needle

    def detect(self, scan: Scan) -> list[Finding]:
        text, lower = scan.text, scan.lower
        hits = sorted({i for n in self.needles if n in lower for i in _find_all(lower, n)})
        if not hits:
            return []
        if len(lower) != len(text):  # lower() moved offsets (rare characters): the whole text
            dates = [m.span("date") for m in self._WHOLE.finditer(text)]
        else:
            dates, pos = [], 0
            for h in hits:
                if h < pos:
                    continue
                end = min(len(text), h + self._AFTER)
                word = self._WORD.search(text, max(pos, h - self._BEFORE), end)
                if word is None or word.start() > h:
                    continue
                if word.end() == end < len(text):  # the window cut the word's \b: look again
                    word = self._WORD.match(text, word.start())
                date = word and self._DATE_AFTER.match(text, word.end())
                if date:
                    dates.append(date.span("date"))
                    pos = date.end()
        return [Finding(self.type, a, b, 0.85, "birth_context") for a, b in dates[:MAX_FINDINGS]
                if v.date(text[a:b])]


def _find_all(haystack: str, needle: str):
    i = haystack.find(needle)
    while i != -1:
        yield i
        i = haystack.find(needle, i + 1)


@lru_cache(maxsize=None)
def _prefix_never_required(country_code: int) -> bool:
    """True when no number format of the country needs its national prefix written (NANP: "1" is
    optional), so the matcher's national-prefix check cannot fail and need not run."""
    meta = PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_country_code(country_code))
    return meta is None or all(not f.national_prefix_formatting_rule or f.national_prefix_optional_when_formatting
                               or _first_group_only(f.national_prefix_formatting_rule) for f in meta.number_format)


@lru_cache(maxsize=None)
def _min_national_digits(region: str) -> int:
    meta = PhoneMetadata.metadata_for_region(region)
    return min(meta.general_desc.possible_length) if meta else 7


class PhoneDetector:
    """Candidates are the digit runs long enough to hold a number (Scan.digit_runs, one regex pass
    per text); each is parsed and validated by phonenumbers with the checks of its matcher's VALID
    leniency. The matcher itself (its own candidate regex, then the same parse) costs ~45 µs a
    number against ~20 for parse and validation (~5 for a North American number, built without
    parse), so it runs only on a run that failed and that it could split into several numbers,
    "(415) 867-5309 (650) 253-0000", "Order 12 415-867-5309", or that carries an extension."""
    name, kind, type = "phone", "pii", "PHONE"
    # Written like a phone number: "(415) 867", "867-5309", "415 867"; one dot is a decimal point.
    _DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
    _FORMATTED = re.compile(r"\(\d{1,4}\)\s*\d|\d[ \-]\d")
    _CONTEXT = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|text\s+me|"
                          r"reach\s+me|contact|tel[ée]fono|t[ée]l[ée]phone|portable|telefon|handy)\b")
    # Shapes the matcher would not take whole (unbalanced brackets, a slash, page ranges such as
    # "211-227 (2003"): those runs go to the matcher, which rejects them or finds a number inside.
    _FOR_MATCHER = re.compile(r"/|\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}")
    _BRACKETS = re.compile(r"\(?[^()]+(?:\)[^()]+)?")
    _TIMESTAMP = re.compile(r"[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d")  # before ":30", not a number
    _TIME_AFTER = re.compile(r":[0-5]\d")
    _EXTENSION_AFTER = re.compile(r"[\s,;]{0,2}[xX#~]\s?\d")  # " x12", ",x1": the matcher reads extensions

    def detect(self, scan: Scan) -> list[Finding]:
        text, region = scan.text, scan.policy.phone_region
        min_national = _min_national_digits(region)  # US: 10, so "2024-03-14" never reaches phonenumbers
        found: list[tuple[int, int]] = []
        for_matcher: list[list[int]] = []
        for start, end, digits in scan.digit_runs:
            # Fewer digits than the region's shortest number need a "+" prefix. A run glued to a
            # letter is an IBAN body or an id; a run that is a card number is the card detector's.
            if (digits < 7 or (digits < min_national and "+" not in text[max(0, start - 2):start])
                    or (start > 0 and text[start - 1].isalpha())
                    or (digits > 15 and v.credit_card(text[start:end]))):
                continue
            begin = start - (start > 0 and text[start - 1] == "(")
            begin -= begin > 0 and text[begin - 1] == "+"
            verdict = self._valid(text, begin, end, region)
            if verdict:
                found.append((begin, end))
            elif verdict is None or (digits > min_national and not text[start:end].isdigit()):
                # More digits than one number, with separators: the matcher may find one inside.
                # The margins keep what the matcher inspects around a number: a "+" or "(" before,
                # a ":30" after.
                a, b = max(0, start - 4), min(len(text), end + 4)
                if for_matcher and a <= for_matcher[-1][1]:
                    for_matcher[-1][1] = b
                else:
                    for_matcher.append([a, b])
        for a, b in for_matcher:
            for match in PhoneNumberMatcher(text[a:b], region, leniency=Leniency.VALID):  # VALID: is_valid_number
                span = (a + match.start, a + match.end)
                if not any(s < span[1] and span[0] < e for s, e in found):
                    found.append(span)
        findings = []
        for start, end in sorted(found):
            if start > 1 and text[start - 1] in "-_/." and text[start - 2].isalnum():
                continue  # glued to a word: "aix-6107-1415-32" is an identifier
            raw = text[start:end]
            if self._DOTTED_QUAD.fullmatch(raw):
                continue  # "91.89.100.154" is an IPv4 address, the IP detector's
            if raw.startswith("+"):
                score = 0.9
            elif self._FORMATTED.search(raw) or raw.count(".") >= 2:
                score = 0.85
            elif self._CONTEXT.search(text, max(0, start - 40), start):
                score = 0.85
            else:
                score = 0.4  # ten bare digits are as often an order number as a phone
            findings.append(Finding(self.type, start, end, score, "phonenumbers"))
            if len(findings) >= MAX_FINDINGS:
                break
        return findings

    def _valid(self, text: str, begin: int, end: int, region: str) -> bool | None:
        """Whether text[begin:end] is one valid number, by the checks of phonenumbers' matcher at the
        VALID leniency (neighbours, timestamps, then parse, is_valid_number and the national prefix
        where the region requires it). None: a shape only the matcher can judge."""
        candidate = text[begin:end]
        if (self._FOR_MATCHER.search(candidate) or not self._BRACKETS.fullmatch(candidate)
                or self._EXTENSION_AFTER.match(text, end)):
            return None
        before = text[begin - 1] if begin > 0 and candidate[0] not in "(+" else ""
        after = text[end] if end < len(text) else ""
        if _latin_letter_or_money(before) or _latin_letter_or_money(after):
            # A letter after may open an extension ("x12", "ext. 4"), which the matcher reads.
            return None if after.isalpha() else False
        if self._TIMESTAMP.fullmatch(candidate) and self._TIME_AFTER.match(text, end):
            return False
        number = _nanp_number(candidate, region)
        if number is None:
            try:
                number = phonenumbers.parse(candidate, region, keep_raw_input=True)
            except phonenumbers.NumberParseException:
                return False
        # Most numbers are the region's own: checking that region first skips the search over every
        # region sharing the country code (NANP's 25) that is_valid_number does.
        return ((phonenumbers.is_valid_number_for_region(number, region) or phonenumbers.is_valid_number(number))
                and (_prefix_never_required(number.country_code) or _national_prefix_ok(number)))


_NOT_DIGIT = re.compile(r"\D")


def _nanp_number(candidate: str, region: str) -> phonenumbers.PhoneNumber | None:
    """The number parse() would return for a North American number (country code 1: ten digits,
    no leading zero, an optional "1" or "+1" before them), built without parse() (three quarters
    of the time of validating it); None for anything else, which parse() reads."""
    digits = _NOT_DIGIT.sub("", candidate)
    if candidate[0] == "+" or _country_code(region) == 1:
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        elif len(digits) != 10 or candidate[0] == "+":
            return None
        if digits[0] not in "01":
            return phonenumbers.PhoneNumber(country_code=1, national_number=int(digits))
    return None


@lru_cache(maxsize=None)
def _country_code(region: str) -> int:
    return PhoneMetadata.metadata_for_region(region).country_code


def _latin_letter_or_money(ch: str) -> bool:
    """The characters the matcher refuses next to a number: Latin letters (with combining marks),
    "%" and currency symbols."""
    if not ch or ch.isdigit() or ch.isspace():
        return False
    if ch.isalpha():
        o = ord(ch)
        return o < 0x250 or 0x1E00 <= o <= 0x1EFF
    return ch == "%" or 0x300 <= ord(ch) <= 0x36F or unicodedata.category(ch) == "Sc"


class IbanDetector:
    """Country code and check digits, then exactly the country's length (single spaces allowed
    between characters), then mod-97. Reading a fixed length keeps a following word out of the match."""
    name, kind, type = "iban", "pii", "IBAN"
    # Starts with a class, not a lookbehind, so the regex engine can skip ahead to capitals.
    _START = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?= ?[A-Z0-9])")
    # Capitals "A", ASCII digits "d", anything else "x": a start is "AAdd" in this map.
    _MARKS = bytes(65 if 65 <= b <= 90 else 100 if 48 <= b <= 57 else 120 for b in range(256))

    def detect(self, scan: Scan) -> list[Finding]:
        text, n = scan.text, len(scan.text)
        findings = []
        for m in self._starts(text):
            length = v.IBAN_LENGTHS.get(m.group()[:2])
            if length is None:
                continue
            body = _iban_body(length).match(text, m.start())
            if body is None or (body.end() < n and text[body.end()].isalnum()):
                continue
            if v.iban_ok(body.group().replace(" ", "")):
                findings.append(Finding(self.type, m.start(), body.end(), 0.9, "iban_mod97"))
        return findings

    def _starts(self, text: str):
        """What `_START.finditer(text)` finds. In ASCII text a match starts at an "AAdd" of the
        class map (two "AAdd" cannot overlap), found by bytes.find instead of trying the regex at
        every capital; \\d also matches other scripts' digits, so other text takes the regex."""
        if not text.isascii():
            yield from self._START.finditer(text)
            return
        marked = text.encode("ascii").translate(self._MARKS)
        i = marked.find(b"AAdd")
        while i != -1:
            m = self._START.match(text, i)  # the lookbehind and lookahead around the four characters
            if m is not None:
                yield m
            i = marked.find(b"AAdd", i + 1)


@lru_cache(maxsize=None)
def _iban_body(length: int) -> re.Pattern:
    """Exactly `length` characters, a single space allowed between two of them."""
    return re.compile(r"[A-Z0-9](?: ?[A-Z0-9]){%d}" % (length - 1))


EMAIL = EmailDetector()
DATE_OF_BIRTH = DateOfBirthDetector()
PHONE = PhoneDetector()
IBAN = IbanDetector()

# Best effort, without a NER model: a name is two or three capitalised words after a cue that says
# a person follows (a title, "my name is", "Dear", "customer", a sign-off); an address is a house
# number and a street word ("12 Elm Street", "Hauptstraße 5", "12 rue de Rivoli", "Via Roma 10").
# Names without a cue and addresses without a street word are missed, on purpose: capitalised
# words alone are products, towns and companies as often as people.
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_NAME = _CAP + r"(?: (?:(?:van|von|de|da|del|der|di|du|le|la|O')\s?)?" + _CAP + r"){1,2}"
# _NAME starting with its first capital, the word boundary checked behind it: the regex engine then
# jumps from capital to capital instead of trying a lookbehind at every position.
_NAME_AT_CAPITAL = r"[A-ZÀ-ÖØ-Þ](?<![\w-][A-ZÀ-ÖØ-Þ])" + _NAME[len("[A-ZÀ-ÖØ-Þ]"):]
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Mme|Mlle|Herr|Frau|Sig|Sig\.ra)\.?"
_CUE = (r"(?i:my name is|name is|i am|i'm|name:|full name:|customer|client|patient|employee|applicant|"
        r"account holder|cardholder|holder|attention|attn:?|contact|signed|sincerely,|regards,|dear|"
        r"me llamo|cliente|je m'appelle|client|ich heiße|kunde|kundin|mi chiamo|meu nome é)")
_NOT_NAMES = frozenset("""inc ltd llc gmbh corp co company group bank team support sales service services
department office street avenue road lane city bay park university hospital school monday tuesday wednesday
thursday friday saturday sunday january february march april june july august september october november
december the this that our your please thanks thank hello hi all customer customers client systems solutions
technologies labs logistics industries holdings partners consulting foods motors airlines energy health media
studio studios works capital trust ventures international global enterprises""".split())


def _name_ok(value: str) -> bool:
    return not any(w.lower().strip("'’.") in _NOT_NAMES for w in value.split())


# More cues, each opened by the word that gates it (Scan.words): whom one contacts, who did
# something ("approved by"), greetings and sign-offs, a role noun before the name; and after the
# name, what only people have: a birth, an age, an e-mail or a spouse of their own.
_CONTACT_CUE = (r"(?i:reach|ask\s+for|(?:speak|spoke|spoken|talk|talked)\s+(?:to|with)|assigned\s+to|"
                r"(?:approved|written|reviewed|signed|reported|submitted|filed|created|requested|sent|handled|"
                r"prepared|authored)\s+by|behalf\s+of|hi|hello|hey|thanks,|thank\s+you,|cheers,|best,|"
                r"best\s+wishes,|yours,|driver|colleague|manager|technician|engineer|agent|doctor|nurse|"
                r"lawyer|tenant|landlord|recipient|sender|caller|candidate|student|gentile|estimad[oa]|"
                r"querid[oa]|cher|liebe|lieber|hallo|hola|ciao|car[oa])")
_CONTACT_WORDS = frozenset("""reach ask speak spoke spoken talk talked assigned approved written reviewed signed
reported submitted filed created requested sent handled prepared authored behalf hi hello hey thanks thank cheers
best yours driver colleague manager technician engineer agent doctor nurse lawyer tenant landlord recipient sender
caller candidate student gentile estimado estimada querido querida cher liebe lieber hallo hola ciao caro
cara""".split())
# "From:"/"To:" name people in an e-mail header ("From: Jane Roe <jane@...>"), but places and
# companies on invoices and shipping notices ("To: Ash Springs"): those need the address after them.
_MAIL_HEADER = r"(?i:from|to|cc|bcc|reply-to):[ \t]*(?P<name>" + _NAME + r")[ \t]*<[\w.%+-]+@"
_ROLE_HEADER = r"(?i:patient|author|assignee|reporter|contact\s+person):[ \t]*(?P<name>" + _NAME + r")\b"
_HEADER_WORDS = ("from", "to", "cc", "patient", "author", "assignee", "reporter", "person")


def _has_header_cue(lower: str) -> bool:
    """Whether a header word ends right before a colon: one pass over the colons instead of a
    substring search per header word."""
    i = lower.find(":")
    while i != -1:
        if lower[max(0, i - 7):i].endswith(_HEADER_WORDS):
            return True
        i = lower.find(":", i + 1)
    return False


_PERSONAL_AFTER = (r"(?:\s*\(\s*(?:born|aged?|dob)\b|,\s*(?:aged?\s+\d|born\b)"
                   r"|\s+(?:was|is|has\s+been)\s+born\b|\s+wrote:)")
_POSSESSIVE = (r"['’]s\s+(?:e-?mail|phone|mobile|number|address|account|password|card|date\s+of\s+birth|"
               r"birthday|ssn|wife|husband|partner|mother|father|son|daughter|manager|boss)\b")


PERSON = PatternDetector(
    name="person", type="PERSON", validate=_name_ok,
    patterns=(Pattern("titled_name", r"\b" + _TITLE + r" (?P<name>" + _CAP + r"(?: " + _CAP + r")?)\b", 0.7,
                      group="name", near=(2, 60),
                      words=frozenset("mr mrs ms miss mx dr prof sr sra mme mlle herr frau sig".split())),
              # The window reaches back to a cue's first word: "llamo" gates "me llamo".
              Pattern("cued_name", r"(?<![\w-])(?:" + _CUE + "|" + _CONTACT_CUE + r")\s+(?:" + _TITLE
                      + r" )?(?P<name>" + _NAME + r")\b", 0.6, group="name", near=(12, 80),
                      # "hei" is "heiße" (Scan.words splits at non-ASCII letters).
                      words=frozenset("name am m customer client patient employee applicant holder cardholder "
                                      "attention attn contact signed sincerely regards dear llamo cliente appelle "
                                      "hei kunde kundin chiamo nome".split()) | _CONTACT_WORDS),
              Pattern("header_name", r"(?<![\w-])" + _MAIL_HEADER, 0.6, group="name", needles=("from:", "to:", "cc:"),
                      near=(16, 80), prefilter=_has_header_cue),
              Pattern("role_name", r"(?<![\w-])" + _ROLE_HEADER, 0.6, group="name",
                      needles=("patient:", "author:", "assignee:", "reporter:", "person:"), near=(16, 80),
                      prefilter=_has_header_cue),
              # The name ends right before the cue, so the window reaches back from the cue word.
              Pattern("name_then_personal", r"(?P<name>" + _NAME_AT_CAPITAL + r")" + _PERSONAL_AFTER, 0.6,
                      group="name", near=(60, 40), words=frozenset("born aged age dob wrote".split())),
              Pattern("name_possessive", r"(?P<name>" + _NAME_AT_CAPITAL + r")" + _POSSESSIVE, 0.6,
                      group="name", needles=("'s ", "’s "), near=(60, 40))),
)
_STREET_EN = (r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.|Way|Court|Ct\.?|"
              r"Place|Pl\.?|Terrace|Square|Parkway|Close|Crescent)")
_POSTAL = (r"(?:,? (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,? [A-Z]{2} \d{5}(?:-\d{4})?|\d{4,5} [A-ZÀ-Þ][a-zà-ÿ]+|"
           r"[A-Z][a-z]+ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}))?")
ADDRESS = PatternDetector(
    name="address", type="ADDRESS",
    patterns=(
        Pattern("street_en", r"(?<![\w.,-])\d{1,5}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}" + _STREET_EN + r"(?![\w])"
                + _POSTAL, 0.6, near=(60, 60),
                words=frozenset("street st avenue ave road rd lane ln boulevard blvd drive dr way court ct place pl "
                                "terrace square parkway close crescent".split())),
        Pattern("street_eu", r"(?<![\w-])(?:(?:Rue|Avenue|Boulevard|Calle|Avenida|Paseo|Via|Viale|Piazza|Corso|Rua|"
                             r"Travessa|Plaza)(?: (?:de la|de|del|des|du|da|do|della|di|la|le))? [A-ZÀ-Þ][\w'’-]+"
                             r"(?: [A-ZÀ-Þ][\w'’-]+)?,? \d{1,4}[a-z]?|\d{1,4},? (?:rue|avenue|boulevard|place|chemin)"
                             r"(?: (?:de la|de|des|du|d'))? ?[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)" + _POSTAL, 0.6,
                near=(10, 80), words=frozenset("rue avenue boulevard calle avenida paseo via viale piazza corso rua "
                                               "travessa plaza place chemin".split())),
        Pattern("street_de", r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|damm) "
                             r"\d{1,4}[a-z]?(?![\w])" + _POSTAL, 0.6,
                needles=("straße ", "strasse ", "str. ", "weg ", "gasse ", "platz ", "allee ", "damm "), near=(30, 60)),
    ),
)

# Order matters only for ties in overlap resolution (earlier wins): specific before generic.
PII_DETECTORS = (SECRET, EMAIL, CREDIT_CARD, IBAN, US_SSN, PHONE, IP_ADDRESS, DATE_OF_BIRTH, ADDRESS, PERSON)
