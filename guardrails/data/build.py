"""Build the labelled development sets: `python -m guardrails.data.build`.

Deterministic (a fixed seed, no clock): the same seeds give byte-identical files.

injection.jsonl: {"id", "text", "label" (1 attack, 0 benign), "category", "vector" (direct |
    indirect | obfuscated, or benign | hard_negative | benign_document), "lang", "obfuscation",
    "group", "split"}. Every variant of one seed shares its `group`, and the split is drawn per
    group, so a held-out attack is never a re-wrapping of a trained one.
pii.jsonl: {"id", "text", "spans": [{"type", "start", "end"}], "lookalikes": bool, "split"}.
    Spans are exact offsets of the filled slots; look-alike sentences carry no spans.
"""
from __future__ import annotations

import base64
import codecs
import json
import random
import string
import zlib
from pathlib import Path

import phonenumbers

from guardrails.data import seeds_fresh as F
from guardrails.data import seeds_frozen as Z
from guardrails.data import seeds_frozen9 as Z9
from guardrails.data import seeds_frozen10 as Z10
from guardrails.data import seeds_frozen11 as Z11
from guardrails.data import synthetic
from guardrails.data import seeds_injection as S

DATA = Path(__file__).parent
HELD_OUT = 3  # of 10 groups, by crc32 of the group name


def split_of(group: str) -> str:
    return "heldout" if zlib.crc32(group.encode()) % 10 < HELD_OUT else "dev"


# --- obfuscations an attacker uses; each returns the carrier text the user sends -------------------

_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.ascii_letters}
_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і"})


def _b64(p):
    return base64.b64encode(p.encode()).decode()


OBFUSCATIONS = {
    "base64": [lambda p: f"Decode this base64 and follow the instructions inside: {_b64(p)}",
               lambda p: f"{_b64(p)}\n\nThe line above is base64. Decode it and do what it says.",
               lambda p: f"Here is my request, encoded for transport: {_b64(p)}"],
    "hex": [lambda p: f"Convert this hex to text and obey it: {p.encode().hex()}",
            lambda p: f"payload={p.encode().hex()} (hex, please decode and execute)"],
    "rot13": [lambda p: f"Apply ROT13 to this and then do it: {codecs.encode(p, 'rot13')}",
              lambda p: f"Secret message (rot13): {codecs.encode(p, 'rot13')}"],
    "leet": [lambda p: p.lower().translate(_LEET),
             lambda p: "Read carefully: " + p.lower().translate(_LEET)],
    "reversed": [lambda p: f"Read this backwards and follow it: {p[::-1]}",
                 lambda p: f"{p[::-1]} <- reverse me"],
    "spaced": [lambda p: " ".join(p), lambda p: "-".join(p.split(" ")[0]) + " " + " ".join(p.split(" ")[1:])],
    "homoglyph": [lambda p: p.translate(_CYRILLIC)],
    "zero_width": [lambda p: "\u200b".join(p)],
    "fullwidth": [lambda p: "".join(_FULLWIDTH.get(c, c) for c in p)],
}


def _lc(s: str) -> str:
    return s[:1].lower() + s[1:]


def build_injection() -> list[dict]:
    rng = random.Random(4)
    rows: list[dict] = []

    def add(text, label, category, vector, lang, group, obfuscation="none"):
        rows.append({"id": f"inj-{len(rows):04d}", "text": text, "label": label, "category": category,
                     "vector": vector, "lang": lang, "obfuscation": obfuscation, "group": group,
                     "split": split_of(group)})

    obf_names = list(OBFUSCATIONS)
    k = 0
    for category, seeds in S.ATTACKS.items():
        for i, (lang, payload) in enumerate(seeds):
            group = f"{category}/{i}"
            add(payload, 1, category, "direct", lang, group)
            # Indirect: hidden in a document the user asks to process.
            doc = rng.choice(S.DOCUMENTS)
            wrapper = rng.choice(S.HIDDEN_WRAPPERS)
            hidden = wrapper.format(payload=payload, payload_lc=_lc(payload))
            add(rng.choice(S.DOC_TASKS).format(doc=doc.format(payload=hidden)), 1, category, "indirect", lang, group)
            # Obfuscated: rotate through the obfuscations so each is well represented.
            name = obf_names[k % len(obf_names)]
            k += 1
            add(rng.choice(OBFUSCATIONS[name])(payload), 1, category, "obfuscated", lang, group, name)

    for i, text in enumerate(S.BENIGN):
        add(text, 0, "benign", "benign", "en", f"benign/{i}")
    for i, text in enumerate(S.HARD_NEGATIVES):
        add(text, 0, "benign", "hard_negative", "en", f"hard/{i}")
    # Harmless requests in encodings: the decoder must not turn them into attacks.
    for i, text in enumerate(S.BENIGN[:24]):
        name = obf_names[i % 5]  # base64, hex, rot13, leet, reversed
        carrier = {"base64": f"What does this base64 say? {_b64(text)}",
                   "hex": f"Decode this hex, it's from a CTF warm-up: {text.encode().hex()}",
                   "rot13": f"My friend sent me this in rot13: {codecs.encode(text, 'rot13')}",
                   "leet": text.lower().translate(_LEET),
                   "reversed": f"Reverse this text: {text[::-1]}"}[name]
        add(carrier, 0, "benign", "hard_negative", "en", f"benign/{i}", name)
    # Documents without payloads (or with harmless sentences that share attack vocabulary).
    for i, doc in enumerate(S.DOCUMENTS):
        for j in range(4):
            filler = S.BENIGN_FILLERS[(i + j) % len(S.BENIGN_FILLERS)]
            task = S.DOC_TASKS[(i * 4 + j) % len(S.DOC_TASKS)]
            vector = "hard_negative" if filler else "benign_document"
            add(task.format(doc=doc.format(payload=filler)), 0, "benign", vector, "en", f"doc/{i}/{j}")

    # Compositional rows for the classifier only (synthetic.py): trained on, never scored. Part of
    # them hidden in the same documents as the seeds, so position in a document is not a cue.
    srng = random.Random(11)
    seen = set()
    for i, (text, label, category) in enumerate(synthetic.rows(srng)):
        if text in seen:
            continue
        seen.add(text)
        if label and srng.random() < 0.25:
            doc = srng.choice(S.DOCUMENTS).format(payload=srng.choice(S.HIDDEN_WRAPPERS).format(
                payload=text, payload_lc=_lc(text)))
            text = srng.choice(S.DOC_TASKS).format(doc=doc)
        rows.append({"id": f"inj-{len(rows):04d}", "text": text, "label": label, "category": category,
                     "vector": "synthetic", "lang": category.rpartition("_")[2] if "multilingual" in category else "en",
                     "obfuscation": "none", "group": f"synthetic/{i}", "split": "synthetic"})

    # The fresh splits (see seeds_fresh.py): never trained on, written after the rules.
    def fresh(split, text, label, category, vector, lang, obfuscation="none"):
        rows.append({"id": f"inj-{len(rows):04d}", "text": text, "label": label, "category": category,
                     "vector": vector, "lang": lang, "obfuscation": obfuscation, "group": f"{split}/{len(rows)}",
                     "split": split})

    tasks = ("Summarize", "Translate", "Classify", "Proofread", "Here's", "Extract", "Please summarize", "Read")
    for split, attacks, obfuscated, benign in (("fresh", F.ATTACKS, F.OBFUSCATED, F.BENIGN),
                                               ("fresh2", F.ATTACKS2, F.OBFUSCATED2, F.BENIGN2),
                                               ("fresh3", F.ATTACKS3, F.OBFUSCATED3, F.BENIGN3),
                                               ("fresh4", F.ATTACKS4, F.OBFUSCATED4, F.BENIGN4),
                                               ("fresh5", F.ATTACKS5, F.OBFUSCATED5, F.BENIGN5)):
        for category, lang, text in attacks:
            vector = "indirect" if text.startswith(tasks) else "direct"
            fresh(split, text, 1, category, vector, lang)
        for i, name in obfuscated:
            category, lang, text = attacks[i]
            fresh(split, OBFUSCATIONS[name][i % len(OBFUSCATIONS[name])](text), 1, category, "obfuscated", lang, name)
        for vector, text in benign:
            fresh(split, text, 0, "benign", vector, "en")
    # The frozen splits (seeds_frozen.py): measured only, never read for changes nor trained on.
    for split, attacks, benign in (("fresh6", Z.FRESH6, Z.FRESH6_BENIGN), ("fresh7", Z.FRESH7, Z.FRESH7_BENIGN),
                                   ("fresh8", Z.FRESH8, Z.FRESH8_BENIGN)):
        for category, vector, lang, obfuscation, text in attacks:
            fresh(split, text, 1, category, vector, lang, obfuscation)
        for vector, text in benign:
            fresh(split, text, 0, "benign", vector, "en")
    # Later frozen splits keep a language on benign rows too (false positives per language).
    for split, rows_ in (("fresh9", Z9.FRESH9 + Z9.FRESH9_BENIGN), ("fresh10", Z10.FRESH10 + Z10.FRESH10_BENIGN),
                         ("fresh11", Z11.FRESH11 + Z11.FRESH11_BENIGN)):
        for category, vector, lang, obfuscation, text in rows_:
            fresh(split, text, int(category != "benign"), category, vector, lang, obfuscation)
    return rows


# --- PII ----------------------------------------------------------------------------------------

FIRST = ["Maria", "Jonas", "Aisha", "Wei", "Carlos", "Fatima", "Liam", "Sofia", "Kenji", "Olga", "Tomás",
         "Priya", "Noah", "Elif", "Grace", "Mateo", "Hannah", "Yusuf", "Chloé", "Ravi"]
LAST = ["Schmidt", "Okafor", "Nguyen", "García", "Kowalski", "Haddad", "O'Brien", "Rossi", "Tanaka",
        "Petrova", "Silva", "Patel", "Johansson", "Yilmaz", "Dubois", "Brennan", "Moreau", "Fischer"]
DOMAINS = ["gmail.com", "posteo.de", "outlook.com", "acme-corp.io", "uni-heidelberg.de", "mail.co.uk",
           "fastmail.fm", "company.com.br", "proton.me", "web.de", "yahoo.fr", "sales.bigshop.net"]
STREETS = ["Maple Avenue", "Hauptstraße", "Rue de Rivoli", "Calle Mayor", "Elm Street", "Baker Street",
           "Via Roma", "Oak Lane"]
CITIES = ["Springfield, IL 62704", "10115 Berlin", "75001 Paris", "28013 Madrid", "London NW1 6XE",
          "00184 Roma", "Portland, OR 97205"]
PHONE_REGIONS = ["US", "US", "US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL", "CH", "MX"]
US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "404", "702", "919"]


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        total = 0
        for i, ch in enumerate(reversed(body + d)):
            n = int(ch)
            if i % 2:
                n = n * 2 - 9 if n > 4 else n * 2
            total += n
        if total % 10 == 0:
            return body + d
    raise AssertionError("unreachable")


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def gen_card(rng):
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16), ("4", 13 + 3)])
    number = _luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    style = rng.randrange(3)
    if style == 0:
        return number
    sep = " " if style == 1 else "-"
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def gen_ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def gen_iban(rng):
    country, bban = rng.choice([
        ("DE", lambda: _digits(rng, 18)), ("FR", lambda: _digits(rng, 23)), ("NL", lambda: "ABNA" + _digits(rng, 10)),
        ("ES", lambda: _digits(rng, 20)), ("GB", lambda: "NWBK" + _digits(rng, 14)), ("IT", lambda: "X" + _digits(rng, 22)),
        ("CH", lambda: _digits(rng, 17)), ("BE", lambda: _digits(rng, 12))])
    bban = bban()
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    iban = f"{country}{98 - num % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.5 else iban


def gen_phone(rng):
    region = rng.choice(PHONE_REGIONS)
    for _ in range(50):
        if region == "US":
            national = rng.choice(US_AREAS) + str(rng.randint(2, 9)) + _digits(rng, 2) + _digits(rng, 4)
            if national[3:6] == "555":
                continue
            n = phonenumbers.parse(national, "US")
        else:
            ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
            nat = str(ex.national_number)
            n = phonenumbers.parse("+" + str(ex.country_code) + nat[:-4] + _digits(rng, 4), None)
        if phonenumbers.is_valid_number(n):
            break
    fmt = rng.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164,
                      phonenumbers.PhoneNumberFormat.NATIONAL if region == "US" else
                      phonenumbers.PhoneNumberFormat.INTERNATIONAL])
    return phonenumbers.format_number(n, fmt)


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}+news"])
    local = local.lower().encode("ascii", "ignore").decode().replace("'", "")
    return f"{local}@{rng.choice(DOMAINS)}"


def gen_ip(rng):
    if rng.random() < 0.7:
        first = rng.choice([23, 45, 81, 91, 104, 151, 172, 185, 203, 212, 10, 192])
        if first == 192:
            return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if first == 203:
            first = 202
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [rng.choice(["2a01", "2a02", "2604", "2001:4860", "2a00:1450"])] + [
        f"{rng.randint(0, 65535):x}" for _ in range(3)]
    return ":".join(groups) + "::" + f"{rng.randint(1, 65535):x}"


def _rand(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_secret(rng):
    kind = rng.randrange(8)
    if kind == 0:
        return "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567")
    if kind == 1:
        return "ghp_" + _rand(rng, 36)
    if kind == 2:
        return "sk-" + rng.choice(["", "proj-"]) + _rand(rng, 40)
    if kind == 3:
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = base64.urlsafe_b64encode(json.dumps({"sub": _digits(rng, 6), "name": rng.choice(FIRST)}).encode()
                                        ).decode().rstrip("=")
        return f"{head}.{body}.{_rand(rng, 43, string.ascii_letters + string.digits + '-_')}"
    if kind == 4:
        return ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(_rand(rng, 64, string.ascii_letters + string.digits + "+/")
                                                               for _ in range(3)) + "\n-----END RSA PRIVATE KEY-----")
    if kind == 5:
        return "xoxb-" + _digits(rng, 11) + "-" + _rand(rng, 24)
    if kind == 6:
        return "AIza" + _rand(rng, 35, string.ascii_letters + string.digits + "_-")
    return _rand(rng, 32, string.ascii_letters + string.digits)  # under a key=value pair


def gen_dob(rng):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}", f"{months[m - 1]} {d}, {y}",
                       f"{m:02d}/{d:02d}/{y}"])


def gen_name(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def gen_address(rng):
    return f"{rng.randint(1, 250)} {rng.choice(STREETS)}, {rng.choice(CITIES)}"


GEN = {"EMAIL": gen_email, "PHONE": gen_phone, "CREDIT_CARD": gen_card, "US_SSN": gen_ssn, "IBAN": gen_iban,
       "IP_ADDRESS": gen_ip, "SECRET": gen_secret, "DATE_OF_BIRTH": gen_dob, "PERSON": gen_name,
       "ADDRESS": gen_address}

# Sentences with slots; {SECRET_KV} is a secret under a key (the value alone is the span).
PII_TEMPLATES = [
    "Please update my contact email to {EMAIL} before the renewal.",
    "You can reach {PERSON} at {PHONE} or by mail at {EMAIL}.",
    "Card on file: {CREDIT_CARD}, expiry 09/27. Charge the deposit today.",
    "My SSN is {US_SSN} and I need the tax form resent.",
    "Wire the refund to IBAN {IBAN} (account holder {PERSON}).",
    "The login attempts came from {IP_ADDRESS} and then from {IP_ADDRESS}.",
    "Here is the config I pasted by mistake: aws_access_key_id = {SECRET}",
    "export GITHUB_TOKEN={SECRET}",
    "Authorization header looks like: Bearer {SECRET}",
    "{PERSON} was born on {DATE_OF_BIRTH} in a small village.",
    "Patient DOB: {DATE_OF_BIRTH}. Allergies: none known.",
    "Ship it to {ADDRESS}, attention {PERSON}.",
    "Call me back on {PHONE}, I'm free after three.",
    "Resumen: el cliente {PERSON} escribió desde {EMAIL} y dejó el teléfono {PHONE}.",
    "Bitte überweisen Sie den Betrag auf {IBAN}. Geburtsdatum: {DATE_OF_BIRTH}.",
    "Merci de rappeler au {PHONE} ; mon adresse est {EMAIL}.",
    "Social security number {US_SSN}, employee id 48213.",
    "The server at {IP_ADDRESS} is still using the old key: api_key: {SECRET}",
    "Payment failed for card {CREDIT_CARD}; the customer's email is {EMAIL}.",
    "Stack trace: ConnectionError while connecting to {IP_ADDRESS}:5432 for user {EMAIL}",
    "{\"user\": \"{EMAIL}\", \"phone\": \"{PHONE}\", \"card\": \"{CREDIT_CARD}\"}",
    "Our new OpenAI key is {SECRET}, please rotate the old one.",
    "Summarize this ticket: customer {PERSON} (SSN {US_SSN}) disputes a charge on {CREDIT_CARD}.",
    "ssh config: the deploy key below must never be committed\n{SECRET}",
    "Reply-To: {EMAIL}\nX-Originating-IP: {IP_ADDRESS}",
]
# The secret under a key: the key word stays, the value is the span.
SECRET_KEYED = {6, 17}

LOOKALIKES = [
    "Upgrade to version 2.14.3 before applying the 10.4.1.2 hotfix.",
    "Request id 3f2b8c1e-9d4a-4e6f-b2a1-7c8d9e0f1a2b failed with status 503.",
    "The commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed the regression.",
    "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Logged at 2024-03-14T10:30:00Z, then again at 2024-03-14 10:31:07.",
    "Order number 4000 1234 5678 9011 shipped yesterday.",
    "ISBN 978-3-16-148410-0 is out of print; try ISBN 0-306-40615-2.",
    "The laptop costs $1,299.99, or €1.249,00 in Germany.",
    "Send questions to support@example.com or alice@example.org.",
    "Our docs use 192.0.2.15 and 2001:db8::1 as sample addresses.",
    "The MAC address 00:1A:2B:3C:4D:5E belongs to the office printer.",
    "Population of the region: 1,234,567,890 people as of the census.",
    "Coordinates 48.8566, 2.3522 mark the centre of Paris.",
    "Tracking code 1Z999AA10123456784 is with the carrier.",
    "Meeting at 10:30-11:45 in room 4.12, building 7.",
    "Invoice INV-2024-000871 totals 4,512.30 USD.",
    "localhost is 127.0.0.1 and the gateway listens on 0.0.0.0:8000.",
    "Set token_type_ids = None and password_hash_rounds = 12 in settings.",
    "The password field must be at least 12 characters long.",
    "Use ${DB_PASSWORD} in the compose file instead of a literal value.",
    "Call 911 in an emergency; the test line is ext. 4021.",
    "Build 20240314.3 passed; the previous build 20240313.7 failed.",
    "The ratio was 3:2:1 and the score ended 21:18.",
    "Git tag v1.0.0-rc.2 points at abc1234.",
    "The UUID 123e4567-e89b-12d3-a456-426614174000 identifies the tenant.",
    "Account 1234567890 in our ledger is the petty cash account.",
    "Temperature log: 21.5, 22.0, 22.4, 21.9 degrees.",
    "The chapter covers section 3.2.1.4 of the standard.",
    "Contact us at info@company.test for the sandbox.",
    "Our API key format is sk-XXXX (see docs); never share yours.",
    "Born in the 1980s, she moved to Lisbon in 2010.",
    "Product SKU 5012345678900 is back in stock.",
    "The flight leaves at 07:45 on 12/05 from gate 23.",
]


def _fill(template: str, rng, keyed: bool) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    i = 0
    text_len = 0
    while i < len(template):
        j = template.find("{", i)
        if j == -1:
            out.append(template[i:])
            break
        k = template.find("}", j)
        slot = template[j + 1:k]
        if slot not in GEN:  # a literal brace (JSON)
            out.append(template[i:j + 1])
            text_len += j + 1 - i
            i = j + 1
            continue
        out.append(template[i:j])
        text_len += j - i
        if slot == "SECRET" and keyed:
            value = _rand(rng, 32)
            if rng.random() < 0.5:
                value = "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567")
        else:
            value = GEN[slot](rng)
        spans.append({"type": slot, "start": text_len, "end": text_len + len(value)})
        out.append(value)
        text_len += len(value)
        i = k + 1
    return "".join(out), spans


def build_pii() -> list[dict]:
    rng = random.Random(7)
    rows = []
    for n in range(330):
        parts, spans, offset = [], [], 0
        lookalike_only = n % 4 == 3
        k = 1 if lookalike_only else rng.choice([1, 1, 2])
        for _ in range(k):
            if not lookalike_only:
                t = rng.randrange(len(PII_TEMPLATES))
                text, s = _fill(PII_TEMPLATES[t], rng, t in SECRET_KEYED)
                if t == 7 and "-----BEGIN" in text:
                    pass
                parts.append(text)
                spans += [{**x, "start": x["start"] + offset, "end": x["end"] + offset} for x in s]
                offset += len(text) + 1
            if rng.random() < 0.6 or lookalike_only:
                la = rng.choice(LOOKALIKES)
                parts.append(la)
                offset += len(la) + 1
        text = " ".join(parts)
        rid = f"pii-{n:04d}"
        rows.append({"id": rid, "text": text, "spans": spans, "lookalikes": any(p in LOOKALIKES for p in parts),
                     "split": split_of(rid)})
    return rows


def write(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    inj, pii = build_injection(), build_pii()
    for rows in (pii,):
        for r in rows:
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]], (r["id"], s)
    write(inj, DATA / "injection.jsonl")
    write(pii, DATA / "pii.jsonl")
    attacks = sum(r["label"] for r in inj)
    hard = sum(r["vector"] == "hard_negative" for r in inj)
    print(f"injection: {len(inj)} prompts, {attacks} attacks, {len(inj) - attacks} benign ({hard} hard negatives);"
          f" held-out {sum(r['split'] == 'heldout' for r in inj)}")
    print(f"pii: {len(pii)} texts, {sum(len(r['spans']) for r in pii)} spans;"
          f" held-out {sum(r['split'] == 'heldout' for r in pii)}")


if __name__ == "__main__":
    main()
