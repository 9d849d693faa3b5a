"""PII and secret detectors. Pattern detectors are data; phone and IBAN need a little code.

Scores: 0.85-0.95 for validated, well-formed values; 0.3-0.4 for weak forms (nine bare digits,
an unformatted phone number) that a context word nearby ("SSN", "phone") lifts to 0.85;
documentation values 0.2 (see validators.DOC_SCORE). The policy redacts from 0.5 up.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneMetadata, PhoneNumberMatcher

from guardrails import validators as v
from guardrails.base import Finding, Scan
from guardrails.patterns import MAX_FINDINGS, Pattern, PatternDetector

_NO_WORD_BEFORE = r"(?<![\w-])"
_NO_NUMBER_AFTER = r"(?![\w-]|[.,]\d)"  # not glued to a word, not the integer part of a price

EMAIL = PatternDetector(
    name="email", type="EMAIL", needles=("@",), validate=v.email,
    patterns=(Pattern("email", r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
                               r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])",
                      0.9, near=(65, 260)),),
)

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
        Pattern("ssn_dashed", _NO_WORD_BEFORE + r"\d{3}-\d{2}-\d{4}" + _NO_NUMBER_AFTER, 0.85, min_digits=9),
        Pattern("ssn_spaced", _NO_WORD_BEFORE + r"\d{3} \d{2} \d{4}" + _NO_NUMBER_AFTER, 0.4, min_digits=9),
        Pattern("ssn_bare", _NO_WORD_BEFORE + r"\d{9}" + _NO_NUMBER_AFTER, 0.3, min_digits=9),
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
        Pattern("ipv4", r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\w)", 0.85, min_digits=4),
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

DATE_OF_BIRTH = PatternDetector(
    name="date_of_birth", type="DATE_OF_BIRTH", validate=v.date,
    needles=("born", "dob", "d.o.b", "birth", "nacimiento", "nacid", "naissance", "né", "geboren", "geburt"),
    # The date must follow the birth word within a short clause with no other number in between.
    patterns=(Pattern("birth_context", r"(?i)" + _BIRTH + r"[^\n\d]{0,30}?(?P<date>" + _DATE + ")",
                      0.85, group="date", near=(20, 80)),),
)


@lru_cache(maxsize=None)
def _min_national_digits(region: str) -> int:
    meta = PhoneMetadata.metadata_for_region(region)
    return min(meta.general_desc.possible_length) if meta else 7


class PhoneDetector:
    """phonenumbers' matcher, run only on short windows around digit runs long enough to hold a
    number: on a whole 2 KB text full of dates it takes milliseconds, on a window tens of µs."""
    name, kind, type = "phone", "pii", "PHONE"
    # Written like a phone number: "(415) 867", "867-5309", "415 867"; one dot is a decimal point.
    _DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
    _FORMATTED = re.compile(r"\(\d{1,4}\)\s*\d|\d[ \-]\d")
    _CONTEXT = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|fax|whatsapp|sms|text\s+me|"
                          r"reach\s+me|contact|tel[ée]fono|t[ée]l[ée]phone|portable|telefon|handy)\b")

    def detect(self, scan: Scan) -> list[Finding]:
        text, region = scan.text, scan.policy.phone_region
        min_national = _min_national_digits(region)  # US: 10, so "2024-03-14" never reaches the matcher
        windows: list[list[int]] = []
        for start, end, digits in scan.digit_runs:
            # Fewer digits than the region's shortest number need a "+" prefix. A run glued to a
            # letter is an IBAN body or an id; a run that is a card number is the card detector's.
            # The matcher spends ~150 µs failing on either; longer runs ("(415) 867-5309 (650)
            # 253-0000") it splits into numbers itself.
            if (digits < 7 or (digits < min_national and "+" not in text[max(0, start - 2):start])
                    or (start > 0 and text[start - 1].isalpha())
                    or (digits > 15 and v.credit_card(text[start:end]))):
                continue
            # The margins keep what the matcher inspects around a number: a "+" or "(" before,
            # a ":30" after (which makes "2024-01-15 10" a timestamp, not a phone number).
            a, b = max(0, start - 4), min(len(text), end + 4)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = b
            else:
                windows.append([a, b])
        findings = []
        for a, b in windows:
            for match in PhoneNumberMatcher(text[a:b], region, leniency=Leniency.VALID):  # VALID: is_valid_number
                start, end = a + match.start, a + match.end
                if start > 1 and text[start - 1] in "-_/." and text[start - 2].isalnum():
                    continue  # glued to a word: "aix-6107-1415-32" is an identifier
                raw = match.raw_string
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
                    return findings
        return findings


class IbanDetector:
    """Country code and check digits, then exactly the country's length (single spaces allowed
    between characters), then mod-97. Reading a fixed length keeps a following word out of the match."""
    name, kind, type = "iban", "pii", "IBAN"
    # Starts with a class, not a lookbehind, so the regex engine can skip ahead to capitals.
    _START = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?= ?[A-Z0-9])")

    def detect(self, scan: Scan) -> list[Finding]:
        text, n = scan.text, len(scan.text)
        findings = []
        for m in self._START.finditer(text):
            length = v.IBAN_LENGTHS.get(m.group()[:2])
            if length is None:
                continue
            chars, i = [], m.start()
            while i < n and len(chars) < length:
                c = text[i]
                if "0" <= c <= "9" or "A" <= c <= "Z":
                    chars.append(c)
                    i += 1
                elif c == " " and i + 1 < n and text[i + 1] != " ":
                    i += 1
                else:
                    break
            if len(chars) != length or (i < n and text[i].isalnum()):
                continue
            if v.iban_ok("".join(chars)):
                findings.append(Finding(self.type, m.start(), i, 0.9, "iban_mod97"))
        return findings


PHONE = PhoneDetector()
IBAN = IbanDetector()

# Best effort, without a NER model: a name is two or three capitalised words after a cue that says
# a person follows (a title, "my name is", "Dear", "customer", a sign-off); an address is a house
# number and a street word ("12 Elm Street", "Hauptstraße 5", "12 rue de Rivoli", "Via Roma 10").
# Names without a cue and addresses without a street word are missed, on purpose: capitalised
# words alone are products, towns and companies as often as people.
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_NAME = _CAP + r"(?: (?:(?:van|von|de|da|del|der|di|du|le|la|O')\s?)?" + _CAP + r"){1,2}"
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


PERSON = PatternDetector(
    name="person", type="PERSON", validate=_name_ok,
    patterns=(Pattern("titled_name", r"\b" + _TITLE + r" (?P<name>" + _CAP + r"(?: " + _CAP + r")?)\b", 0.7,
                      group="name", near=(2, 60),
                      words=frozenset("mr mrs ms miss mx dr prof sr sra mme mlle herr frau sig".split())),
              Pattern("cued_name", r"(?<![\w-])" + _CUE + r"\s+(?:" + _TITLE + r" )?(?P<name>" + _NAME
                      + r")\b", 0.6, group="name", near=(2, 80),
                      # "hei" is "heiße" (Scan.words splits at non-ASCII letters).
                      words=frozenset("name am m customer client patient employee applicant holder cardholder "
                                      "attention attn contact signed sincerely regards dear llamo cliente appelle "
                                      "hei kunde kundin chiamo nome".split()))),
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
