"""PII and secret detectors: one table of positives and look-alike negatives per detector."""
import pytest

from guardrails import Policy, scan_input
from guardrails.base import Scan
from guardrails.chain import DETECTORS, PII_NAMES
from guardrails.validators import DOC_SCORE, iban_ok, luhn_ok, us_ssn

THRESHOLD = Policy().pii_threshold


def _values(name, text, policy=None):
    """The text of every finding of detector `name` at or above the redaction threshold."""
    scan = Scan(text, policy or Policy())
    return [text[f.start:f.end] for f in DETECTORS[name].detect(scan) if f.score >= THRESHOLD]


# One table per detector: (text, the values it must report for redaction). An empty list is a
# look-alike that must not be redacted.
EMAIL = [
    ("write to jane.roe@mailbox.org today", ["jane.roe@mailbox.org"]),
    ("mail me at first.last+tag@sub.mail-host.co.uk.", ["first.last+tag@sub.mail-host.co.uk"]),
    ("Contact: J.Smith@Company.IO", ["J.Smith@Company.IO"]),
    ("the @ sign and user@localhost", []),
    ("decorators like @app.route('/x')", []),
]

PHONE = [
    ("call (415) 867-5309 after six", ["(415) 867-5309"]),
    ("office +1 650 253 0000", ["+1 650 253 0000"]),
    ("London: +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("Paris +33 6 12 34 56 78", ["+33 6 12 34 56 78"]),
    ("Berlin +49 30 901820", ["+49 30 901820"]),
    ("my mobile: 4158675309", ["4158675309"]),
    ("dots 202.555.0143", ["202.555.0143"]),
    ("list (415) 867-5309 (650) 253-0000", ["(415) 867-5309", "(650) 253-0000"]),
    ("list 415-867-5309 650-253-0000", ["415-867-5309", "650-253-0000"]),
    ("order 4158675309 shipped", []),  # ten bare digits, no context: reported low, not redacted
    ("timestamp 2024-01-15 10:30:00", []),
    ("epoch 1700000000", []),
    ("ISBN 978-0-306-40615-7", []),
    ("card 4111 1111 1111 1111", []),
    ("id 550e8400-e29b-41d4-a716-446655440000", []),
    ("assert primepi(8769575643) == 401469", []),  # one bare number in code
    ("platform aix-6107-1415-32", []),
    ("values 196884.0, 864299970.0", []),
    # International formats, each validated by phonenumbers (parse + is_valid_number).
    ("UK mobile +44 7400 123087", ["+44 7400 123087"]),
    ("Tokyo +81 90-1234-2384", ["+81 90-1234-2384"]),
    ("Madrid +34 612 34 29 76", ["+34 612 34 29 76"]),
    ("Milano +39 312 345 9348", ["+39 312 345 9348"]),
    ("Sydney +61 412 343 729", ["+61 412 343 729"]),
    ("Delhi +91 81234 59784", ["+91 81234 59784"]),
    ("São Paulo +55 11 96123-8077", ["+55 11 96123-8077"]),
    ("Amsterdam +31 6 12341114", ["+31 6 12341114"]),
    ("Zürich +41 78 123 77 19", ["+41 78 123 77 19"]),
    ("Puebla +52 222 123 7853", ["+52 222 123 7853"]),
    ("compact +447400120824", ["+447400120824"]),
    ("dashes +1-650-253-0000 ok", ["+1-650-253-0000"]),
    ("brackets +1 (650) 253-0000", ["+1 (650) 253-0000"]),
    ("national prefix 1-650-253-0000", ["1-650-253-0000"]),
    ("ext (415) 867-5309 ext. 42", ["(415) 867-5309"]),  # the extension is no one's number
    ("glued extension 415-867-5309x12", ["415-867-5309x12"]),  # the letter after sends it to the matcher
    ("twelve digits 12 415-867-5309", ["415-867-5309"]),  # the matcher finds the number inside
    # Look-alike digit runs: no valid number, or a timestamp, a price, a percentage, a page range.
    ("+44 20 7946 09", []),  # too short for the UK
    ("+1 123 456 7890", []),  # NANP area codes never start with 1
    ("logged 2024-01-15 10:30", []),
    ("costs $4158675309", []),
    ("grew 4158675309%", []),
    ("pages 211-227 (2003)", []),
    ("dated 12/03/2024 4158", []),
]

CREDIT_CARD = [
    ("card 4111 1111 1111 1111 exp 12/27", ["4111 1111 1111 1111"]),
    ("visa 4111-1111-1111-1111", ["4111-1111-1111-1111"]),
    ("mc 5555555555554444.", ["5555555555554444"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    ("amex 378282246310005", ["378282246310005"]),
    ("order #4111111111111112", []),  # fails Luhn
    ("order 1234-5678-9012-3456", []),
    ("ms since epoch 1700000000123", []),
    ("0000 0000 0000 0000", []),
    ("ISBN 978-0-306-40615-7", []),
    ("total $4,111,111,111,111.11", []),
    ("hash 4111111111111111abcdef", []),
    ("big int 347619459086355456", []),  # passes Luhn, but Amex numbers have 15 digits
]

US_SSN = [
    ("SSN 536-22-8764", ["536-22-8764"]),
    ("ssn: 536 22 8764", ["536 22 8764"]),
    ("social security number 536228764", ["536228764"]),
    ("000-12-3456", []),
    ("666-12-3456", []),
    ("900-12-3456", []),
    ("536-00-8764", []),
    ("536-22-0000", []),
    ("078-05-1120", []),  # voided: printed on a wallet insert
    ("ticket 536228764", []),  # nine bare digits without an SSN word nearby
    ("phone 415-867-5309", []),
]

IBAN = [
    ("IBAN DE89 3704 0044 0532 0130 00, thanks", ["DE89 3704 0044 0532 0130 00"]),
    ("pay GB82WEST12345698765432 now", ["GB82WEST12345698765432"]),
    ("FR14 2004 1010 0505 0001 3M02 606 and more", ["FR14 2004 1010 0505 0001 3M02 606"]),
    ("DE89 3704 0044 0532 0130 01", []),  # check digits wrong
    ("DE89 3704 0044", []),  # too short for DE
    ("XX12 3456 7890 1234", []),
    ("de89370400440532013000", []),  # lowercase: not how IBANs are written
]

IP_ADDRESS = [
    ("client 8.8.4.4 connected", ["8.8.4.4"]),
    ("redis at 10.20.30.40:6379", ["10.20.30.40"]),
    ("server 10.0.0.1.", ["10.0.0.1"]),
    ("a bare 1.2.3.4 is an address", ["1.2.3.4"]),
    ("v6 2a00:1450:4001:81b::200e here", ["2a00:1450:4001:81b::200e"]),
    ("link fe80::1ff:fe23:4567:890a", ["fe80::1ff:fe23:4567:890a"]),
    ("version 1.2.3.4", []),
    ("firmware v1.2.3.4 released", []),
    ("release 10.0.1", []),
    ("v1.2.3", []),
    ("999.1.1.1", []),
    ("OID 1.3.6.1.4.1", []),
    ("at 12:30:45", []),
    ("std::vector<int>", []),
    ("arr[1::2]", []),
    ("MAC 00:1A:2B:3C:4D:5E", []),
    ("listening on 127.0.0.1:8000 and 0.0.0.0", []),  # reported at 0.3: identifies no one
    ("PTR 1.0.0.127.in-addr.arpa", []),
    ('see sections "8.2.4.44 Bogus comment"', []),
]

SECRET = [
    ("key AKIAIOSFODNN7EXAMPLE", ["AKIAIOSFODNN7EXAMPLE"]),
    ("GITHUB_TOKEN=ghp_" + "aB3" * 12, ["ghp_" + "aB3" * 12]),
    ("pat github_pat_" + "A1b_" * 10, ["github_pat_" + "A1b_" * 10]),
    ("OPENAI_API_KEY=sk-proj-abcdefghij1234567890XYZ", ["sk-proj-abcdefghij1234567890XYZ"]),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", ["sk_live_4eC39HqLyjWDarjtT1zdp7dc"]),
    ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
     ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N"]),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----",
     ["-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"]),
    ("url redis://:s3cr3tpw@cache:6379/0", ["s3cr3tpw"]),
    ("Authorization: Bearer abcDEF123ghiJKL456mnoPQR", ["abcDEF123ghiJKL456mnoPQR"]),
    ("api_key = 'Zx9fK2mQ8vL1pR7tW3yB'", ["Zx9fK2mQ8vL1pR7tW3yB"]),
    ('{"password": "hunter2"}', ["hunter2"]),
    ("DB_PASSWORD=correct-horse", ["correct-horse"]),
    ("my password is Tr0ub4dor&3.", ["Tr0ub4dor&3"]),
    ("max_tokens=256 and token: bearer", []),
    ("secret=true", []),
    ("the password is required", []),
    ("password=${DB_PASSWORD}", []),
    ('password: "********"', []),
    ("sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", []),
    ("commit e83c5163316f89bfbde7d9ab23ca2e25604af290", []),
    ("task-list-abcdefghij1234567890", []),
    ("key: <SECRET_1>", []),
    ("passwd = fallback_getpass(prompt, stream)", []),  # code, not credentials
    ("password = args.password", []),
    ("token_type_ids=token_type_ids,", []),
    ('secret = os.environ["APP_SECRET"]', []),
]

DATE_OF_BIRTH = [
    ("I was born on 12/03/1985 in Leeds", ["12/03/1985"]),
    ("DOB: 1985-03-12", ["1985-03-12"]),
    ("Date of birth: March 3, 1985", ["March 3, 1985"]),
    ("born 3rd of May 1990", ["3rd of May 1990"]),
    ("née le 3 mars 1985", ["3 mars 1985"]),
    ("geboren am 3. März 1985", ["3. März 1985"]),
    ("fecha de nacimiento: 3 de marzo de 1985", ["3 de marzo de 1985"]),
    ("meeting on 2024-03-12", []),
    ("born in 1985", []),
    ("first-born child, due 2024-05-01", []),
]

# Best effort (no NER model): names after a cue, addresses with a house number and a street word.
PERSON = [
    ("Dear Jonas Okafor, thanks for your order.", ["Jonas Okafor"]),
    ("Mr. Wei Nguyen called twice.", ["Wei Nguyen"]),
    ("My name is Sofia Rossi and I need help.", ["Sofia Rossi"]),
    ("Customer Maria García disputes the charge.", ["Maria García"]),
    ("Kind regards, Liam O'Brien", ["Liam O'Brien"]),
    ("Customer Acme Ltd paid late.", []),
    ("Dear team, the release is out.", []),
    ("Made by: Nimbus Corp", []),
    ("Sofia Rossi called.", []),  # no cue: missed on purpose
    ("You can reach Ingrid Halvorsen at the front desk.", ["Ingrid Halvorsen"]),
    ("I spoke with Tunde Bakare yesterday.", ["Tunde Bakare"]),
    ("The change was approved by Hiroshi Sato.", ["Hiroshi Sato"]),
    ("Hi Leila Ahmadi, thanks for the reply.", ["Leila Ahmadi"]),
    ("Thanks,\nZanele Dlamini", ["Zanele Dlamini"]),
    ("Hola, me llamo Ana Pereira.", ["Ana Pereira"]),  # the cue's first word is before its gating word
    ("From: Camila Torres <c.torres@quintamail.com>", ["Camila Torres"]),
    ("Mei Zhou was born in 1979.", ["Mei Zhou"]),
    ("Tunde Bakare, aged 52, lives alone.", ["Tunde Bakare"]),
    ("Rafael Ortega's email changed.", ["Rafael Ortega"]),
    ("Siobhan Kelly (born 1981) owns the account.", ["Siobhan Kelly"]),
    ("Please contact Customer Service today.", []),
    ("Best regards,\nThe Support Team", []),
    ("The report was written by Deloitte Consulting.", []),
    ("Python was born at CWI.", []),
    ("SHIPPING NOTICE\nTo: Ash Springs\nFrom: Nova Supply", []),  # places and companies on a notice
    ("Author: Grace Hopper", ["Grace Hopper"]),
    ("The Golden Gate Bridge was opened in 1937.", []),
]

ADDRESS = [
    ("Ship it to 42 Maple Avenue, Springfield, IL 62704 today.", ["42 Maple Avenue, Springfield, IL 62704"]),
    ("Hauptstraße 12, 10115 Berlin", ["Hauptstraße 12, 10115 Berlin"]),
    ("Send it to 12 rue de Rivoli, 75001 Paris.", ["12 rue de Rivoli, 75001 Paris"]),
    ("Calle Mayor 3, 28013 Madrid", ["Calle Mayor 3, 28013 Madrid"]),
    ("We moved to 221B Baker Street.", ["221B Baker Street"]),
    ("Stocked in: Willow Bay", []),
    ("version 2.3 of the Street Fighter game", []),
    ("the first way to do it", []),
]

TABLES = {"email": EMAIL, "phone": PHONE, "credit_card": CREDIT_CARD, "us_ssn": US_SSN, "iban": IBAN,
          "ip_address": IP_ADDRESS, "secret": SECRET, "date_of_birth": DATE_OF_BIRTH, "person": PERSON,
          "address": ADDRESS}

# Strings that look like data but are no one's: no PII detector may redact anything in them.
LOOK_ALIKES = [
    "550e8400-e29b-41d4-a716-446655440000",
    "job 3f2b8c1e9a7d4e6f8a1b2c3d4e5f6a7b finished in 1234 ms",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "git e83c5163316f89bfbde7d9ab23ca2e25604af290",
    "2024-01-15T10:30:00Z",
    "2024-01-15 10:30:00,123 INFO worker ready",
    "version 1.2.3.4",
    "v1.2.3",
    "ISBN 978-0-306-40615-7",
    "ISBN 0-306-40615-2",
    "price $1,299.99, was €4.111,11",
    "order #4111111111111112",
    "Order 88213 of 2024-03-14 ships in 3-5 days",
    "gunicorn --bind 0.0.0.0:8000 --workers 4",
]


@pytest.mark.parametrize("name,text,expected",
                         [(name, text, expected) for name, table in TABLES.items() for text, expected in table])
def test_detector_finds_exactly_the_values(name, text, expected):
    # Two patterns of one detector may report the same span; the chain keeps one.
    assert sorted(set(_values(name, text)), key=text.find) == expected


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_left_alone_by_the_input_chain(text):
    result = scan_input(text)
    assert result.redacted == text, result.to_dict()
    assert result.action == "allow"


@pytest.mark.parametrize("text,value", [
    ("admin@example.com", "admin@example.com"),
    ("ops@docs.example.org", "ops@docs.example.org"),
    ("a@b.example.net", "a@b.example.net"),
    ("x@service.test", "x@service.test"),
    ("ping 192.0.2.44", "192.0.2.44"),
    ("ping 198.51.100.7", "198.51.100.7"),
    ("ping 203.0.113.250", "203.0.113.250"),
    ("ping 2001:db8::1", "2001:db8::1"),
])
def test_documentation_addresses_are_reported_below_the_redaction_threshold(text, value):
    result = scan_input(text)
    assert [(text[f.start:f.end], f.score) for f in result.findings] == [(value, DOC_SCORE)]
    assert result.redacted == text
    assert result.action == "allow"


def test_context_word_lifts_a_weak_match():
    assert _values("us_ssn", "ref 536228764") == []
    assert _values("us_ssn", "SSN: 536228764") == ["536228764"]
    assert _values("phone", "ref 4158675309") == []
    assert _values("phone", "phone 4158675309") == ["4158675309"]


def test_phone_region_is_configurable():
    text = "Ruf an: 030 901820"
    assert _values("phone", text) == []
    assert _values("phone", text, Policy(phone_region="DE")) == ["030 901820"]


def test_phone_national_prefix_rule_of_the_region_still_applies():
    # In Germany the trunk "0" must be written: without it the matcher's VALID check refuses.
    assert _values("phone", "Ruf an: 030 901820", Policy(phone_region="DE")) == ["030 901820"]
    assert _values("phone", "Ruf an: 30 901820", Policy(phone_region="DE")) == []


def test_phone_fast_path_agrees_with_phonenumbers_matcher():
    """Every digit run is validated by parse + is_valid_number, the matcher only sees the runs the
    fast path cannot judge: both must report the same spans."""
    from phonenumbers import Leniency, PhoneNumberMatcher
    texts = ["call (415) 867-5309 or +44 20 7946 0958", "+33 6 12 34 56 78, +49 30 901820 and 202.555.0143",
             "list 415-867-5309 650-253-0000", "order 4158675309 shipped", "timestamp 2024-01-15 10:30:00",
             "+1 650 253 0000 x12", "ISBN 978-0-306-40615-7", "+81 90-1234-2384; +91 81234 59784",
             "1-800-555-0199 toll free", "+61412345559.", "(650) 253-0000 (415) 867-5309"]
    for text in texts:
        ours = [(f.start, f.end) for f in DETECTORS["phone"].detect(Scan(text))]
        theirs = [(m.start, m.end) for m in PhoneNumberMatcher(text, "US", leniency=Leniency.VALID)]
        assert ours == theirs, text


@pytest.mark.parametrize("candidate,built", [
    ("(415) 867-5309", True), ("415-867-5309", True), ("1-415-867-5309", True), ("+1 650 253 0000", True),
    ("+1 (650) 253-0000", True), ("4158675309", True), ("1 415 867 5309", True),
    ("(123) 456-7890", False), ("+44 20 7946 0958", False), ("011 44 20 7946 0958", False), ("867-5309", False),
])
def test_north_american_numbers_built_without_parse_equal_what_parse_returns(candidate, built):
    import phonenumbers

    from guardrails.pii import _nanp_number
    number = _nanp_number(candidate, "US")
    assert (number is not None) == built  # None: left to parse()
    if number is not None:
        parsed = phonenumbers.parse(candidate, "US")
        assert (number.country_code, number.national_number) == (parsed.country_code, parsed.national_number)
        assert phonenumbers.is_valid_number(number) == phonenumbers.is_valid_number(parsed)
    assert _nanp_number("415 867 5309", "DE") is None  # another region's national numbers: parse()


@pytest.mark.parametrize("value", ["10.20.30.40", "0.0.0.0", "127.0.0.1", "192.0.2.44", "198.51.100.7", "203.0.113.9",
                                   "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "256.1.1.1",
                                   "01.2.3.4", "1.2.3.04", "169.254.10.1", "100.64.0.1", "0.1.2.3"])
def test_ipv4_fast_path_matches_the_ipaddress_module(value):
    import ipaddress

    from guardrails.validators import DOC_SCORE, NOT_PERSONAL_SCORE, ip_address
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        expected = False
    else:
        doc = any(addr in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
        expected = DOC_SCORE if doc else (NOT_PERSONAL_SCORE if addr.is_loopback or addr.is_unspecified
                                          or addr.is_multicast or addr.is_reserved else True)
    assert ip_address(value) == expected


def test_ssn_forms_are_one_regex_with_a_rule_and_score_per_form():
    found = {f.rule: f.score for f in DETECTORS["us_ssn"].detect(Scan("a 536-22-8764 b 536 22 8764 c 536228764"))}
    assert found == {"ssn_dashed": 0.85, "ssn_spaced": 0.4, "ssn_bare": 0.3}


@pytest.mark.parametrize("text,expected", [
    ("x" * 70 + "@mail.org", []),  # local part longer than 64 characters
    ("über_jane@mailbox.org", []),  # a word character before the local part
    ("a@b.org@c.org", ["a@b.org"]),
    ("jane@mailbox.org, john@mailbox.org", ["jane@mailbox.org", "john@mailbox.org"]),
    (".jane@mailbox.org", []),
    ("mail:jane@mailbox.org", ["jane@mailbox.org"]),
])
def test_email_found_from_each_at_sign(text, expected):
    assert _values("email", text) == expected


def test_phone_region_must_be_known():
    with pytest.raises(ValueError, match="phone_region"):
        Policy(phone_region="XX")


@pytest.mark.parametrize("digits,ok", [
    ("4111111111111111", True), ("378282246310005", True), ("79927398713", True),
    ("4111111111111112", False), ("1234567812345678", False),
])
def test_luhn(digits, ok):
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize("iban,ok", [
    ("DE89370400440532013000", True), ("GB82WEST12345698765432", True), ("NO9386011117947", True),
    ("DE89370400440532013001", False), ("DE8937040044053201300", False), ("ZZ89370400440532013000", False),
])
def test_iban_mod97_and_length(iban, ok):
    assert iban_ok(iban) is ok


@pytest.mark.parametrize("ssn,ok", [
    ("536-22-8764", True), ("000-22-8764", False), ("666-22-8764", False), ("912-22-8764", False),
    ("536-00-8764", False), ("536-22-0000", False),
])
def test_ssn_validity_rules(ssn, ok):
    assert us_ssn(ssn) is ok


def test_every_pii_detector_is_registered_and_has_a_table():
    assert set(TABLES) == set(PII_NAMES) <= set(DETECTORS)
