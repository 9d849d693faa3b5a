"""The training corpus and the demo prompt suite, built offline and deterministically from a seed.

Three task types, all prompted through one `format_prompt`, so training and the suite agree:
- summarization: template documents (council votes, sports, weather, launches, earnings) of 3-5
  sentences with distractors; the reference is one templated sentence of the key facts. The lead
  sentence is often a distractor, so "first sentence" is a weak baseline.
- extraction: records (invoices, shipping notices, meeting notes, stock listings) with shuffled
  lines and synonym labels, or prose; the answer is "field: value | field: value".
- code_completion: a function's def line and the lines after it from the Python standard library
  on this machine; the answer is the next line, one whose names all appear above it (`grounded`).
  Whole stdlib files are held out for the suite.
Plus plain stdlib code for language modelling.

No emails, phone numbers, card numbers, IP addresses or person names in the synthetic data or the
suite: the gateway's PII guardrails would redact them. Ids are short numbers; entities are
companies, products, cities. The plain stdlib code loses its lines with email addresses (author
credits), so the model does not learn to write them.

Randomness: every stream is `random.Random(f"{seed}:{purpose}")` (string seeds hash with sha512,
so they are stable across processes), and the suite uses its own seed, never a training one.
"""
from __future__ import annotations

import ast
import builtins
import functools
import hashlib
import json
import keyword
import random
import re
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

TASK_TYPES = ("summarization", "extraction", "code_completion")
SUITE_SEED = 90210  # the demo suite's stream; training seeds never touch it
SUITE_PATH = Path(__file__).resolve().parent.parent / "suites" / "demo" / "v1.jsonl"
MAX_TOKENS = {"summarization": 64, "extraction": 48, "code_completion": 48}


def format_prompt(task_type: str, text: str) -> str:
    """The one prompt format, shared by training data, the suite and the gateway. 'free' is raw."""
    if task_type == "free":
        return text
    assert task_type in TASK_TYPES, f"unknown task type {task_type!r}"
    return f"### Task: {task_type}\n{text}\n### Answer:\n"


# ----------------------------------------------------------------------------- entities

_CITY_A = ["River", "Maple", "Cedar", "Oak", "Pine", "Stone", "Lake", "Silver", "Green", "Fair", "North",
           "West", "East", "Red", "Clear", "Bright", "Elm", "Willow", "Iron", "Gold", "Ash", "Spring"]
_CITY_B = ["ton", "field", "ford", "view", " Falls", " Bay", "wood", "port", " Springs", " Valley", "dale", "brook"]
_CO_A = ["Acme", "Northwind", "Bluepeak", "Globex", "Initech", "Vertex", "Summit", "Apex", "Nimbus", "Orbital",
         "Quantum", "Harbor", "Evergreen", "Redwood", "Pioneer", "Horizon", "Atlas", "Beacon", "Cobalt", "Falcon",
         "Granite", "Lumen", "Meridian", "Nova", "Onyx", "Polar", "Crescent", "Zenith", "Sierra", "Tundra"]
_CO_B = ["Corp", "Systems", "Labs", "Industries", "Foods", "Logistics", "Motors", "Software", "Energy",
         "Textiles", "Robotics", "Supply"]
_ADJ = ["Smart", "Compact", "Solar", "Wireless", "Portable", "Electric", "Foldable", "Quiet", "Rugged", "Mini"]
_NOUN = ["thermostat", "speaker", "kettle", "drone", "scooter", "lamp", "router", "blender", "camera", "heater",
         "bike", "watch", "projector", "vacuum", "charger"]
_MASCOTS = ["Hawks", "Tigers", "Owls", "Rovers", "Comets", "Bears", "Foxes", "Sharks", "Giants", "Pilots",
            "Wolves", "Falcons"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_PROJECTS = ["road repairs", "a new library", "a park renovation", "a bike lane network", "a new fire station",
             "flood barriers", "a youth sports center", "street lighting", "a bus depot", "water pipe upgrades"]
_TOPICS = ["budget review", "office move", "hiring plan", "product roadmap", "safety audit", "supplier contracts"]


def _city(rng):
    return rng.choice(_CITY_A) + rng.choice(_CITY_B)


def _company(rng):
    return f"{rng.choice(_CO_A)} {rng.choice(_CO_B)}"


def _product(rng):
    return f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(['X', 'S', 'Pro ', 'Max '])}{rng.randint(2, 9)}"


def _day(rng):
    return rng.choice(_DAYS) if rng.random() < 0.5 else f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}"


def _date(rng):
    return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _money(rng):
    if rng.random() < 0.5:
        return f"${rng.randint(11, 95) / 10:.1f} million"
    return f"${rng.randint(12, 980)},000"


# ----------------------------------------------------------------------------- summarization
# Each domain returns (key sentences in order, distractor pool, reference summary).

def _council(rng):
    city, project, day, amount = _city(rng), rng.choice(_PROJECTS), _day(rng), _money(rng)
    verb = "approved" if rng.random() < 0.7 else "rejected"
    a, b = rng.randint(5, 9), rng.randint(0, 4)
    key = [rng.choice([f"On {day}, the {city} city council {verb} a plan for {project} by a vote of {a} to {b}.",
                       f"The {city} city council met on {day} and {verb} a plan for {project}, {a} votes to {b}.",
                       f"A plan for {project} was {verb} by the {city} city council on {day}."]),
           rng.choice([f"The plan would cost {amount}.", f"Officials put the cost of the work at {amount}.",
                       f"The project carries a price tag of {amount}."])]
    noise = ["Several residents spoke during the public comment period.", "The meeting lasted nearly three hours.",
             "The council also honored local volunteers.", "A vote on parking rules was put off until next month.",
             f"The next meeting is set for {_day(rng)}.", f"A similar plan was debated in {_city(rng)} last year."]
    return key, noise, f"The {city} city council {verb} a {amount} plan for {project} on {day}."


def _sports(rng):
    cities = rng.sample(_CITY_A, 2)
    w, l = (f"{c}{rng.choice(_CITY_B)} {m}" for c, m in zip(cities, rng.sample(_MASCOTS, 2)))
    a = rng.randint(2, 9)
    b, day, venue, crowd = rng.randint(0, a - 1), _day(rng), _city(rng), f"{rng.randint(2, 60)},{rng.randint(100, 999)}"
    key = [rng.choice([f"The {w} defeated the {l} {a}-{b} on {day}.", f"On {day}, the {l} lost {b}-{a} to the {w}.",
                       f"The {w} won {a}-{b} against the {l} on {day}."]),
           rng.choice([f"The game was played in {venue} in front of {crowd} fans.",
                       f"About {crowd} fans watched the match in {venue}."])]
    noise = ["Both teams came into the game with winning records.", "Heavy rain delayed the start by half an hour.",
             "The coaches praised the defense after the match.", "Tickets for the next home game go on sale soon.",
             f"The {w} have now won {rng.randint(3, 6)} of their last {rng.randint(7, 10)} games.",
             f"The {l} will play again on {_day(rng)}."]
    return key, noise, f"The {w} beat the {l} {a}-{b} in {venue} on {day}."


def _weather(rng):
    city, day = _city(rng), _day(rng)
    event, measure = rng.choice([("storm", f"{rng.randint(2, 9)} inches of rain"),
                                 ("snowstorm", f"{rng.randint(4, 30)} inches of snow"),
                                 ("heat wave", f"temperatures of {rng.randint(98, 115)} degrees"),
                                 ("windstorm", f"gusts of {rng.randint(50, 90)} miles per hour")])
    impact = rng.choice([f"{rng.randint(3, 60)} schools closed", f"{rng.randint(2, 90)},{rng.randint(100, 999)} homes lost power",
                         f"{rng.randint(20, 400)} flights were canceled"])
    key = [rng.choice([f"A {event} swept through {city} on {day}.", f"On {day}, the town of {city} was hit by a {event}."]),
           rng.choice([f"Forecasters recorded {measure}.", f"The {event} brought {measure}."]),
           rng.choice([f"Officials said {impact}.", f"By evening, {impact}."])]
    noise = ["Crews worked through the night to clear the roads.", "Forecasters expect calmer weather this weekend.",
             f"The nearby town of {_city(rng)} saw little change.", "Residents were asked to stay indoors."]
    return key, noise, f"A {event} hit {city} on {day} with {measure}, and {impact}."


def _launch(rng):
    company, product, city, day = _company(rng), _product(rng), _city(rng), _day(rng)
    price = f"${rng.randint(19, 999)}"
    key = [rng.choice([f"At an event in {city} on {day}, {company} unveiled the {product}.",
                       f"On {day}, {company} introduced its new {product} in {city}."]),
           rng.choice([f"The {product} will sell for {price}.", f"It is priced at {price}.",
                       f"The company set the price at {price}."])]
    noise = ["Analysts expect strong demand during the holiday season.",
             f"Shares of {company} were little changed after the announcement.",
             "The company did not say how many units it plans to ship.",
             "Reviewers praised the design but questioned the battery life.",
             f"A rival product went on sale last year in {_city(rng)}."]
    return key, noise, f"On {day}, {company} launched the {product} in {city}, priced at {price}."


def _earnings(rng):
    company, quarter = _company(rng), rng.choice(["first", "second", "third", "fourth"])
    rev, pct, up = f"${rng.randint(12, 990) / 10:.1f} million", rng.randint(2, 45), rng.choice(["up", "down"])
    key = [rng.choice([f"In its latest report, {company} said revenue for the {quarter} quarter reached {rev}.",
                       f"For the {quarter} quarter, {company} posted revenue of {rev}."]),
           rng.choice([f"Sales were {up} {pct} percent from a year earlier.",
                       f"That figure is {up} {pct} percent compared with the same quarter last year."])]
    noise = [f"The company employs about {rng.randint(2, 90) * 100} people.", f"The company is based in {_city(rng)}.",
             "Executives said they would keep investing in new products.",
             "The results were released after the market closed.",
             f"Its shares rose {rng.randint(1, 9)} percent in early trading."]
    return key, noise, f"In the {quarter} quarter, {company} reported revenue of {rev}, {up} {pct} percent from a year earlier."


_SUMMARY_DOMAINS = [_council, _sports, _weather, _launch, _earnings]


def summarization_case(rng) -> tuple[str, str]:
    """(document, reference summary). 3-5 sentences: the key facts in order, distractors anywhere."""
    key, noise, summary = rng.choice(_SUMMARY_DOMAINS)(rng)
    sents = list(key)
    for d in rng.sample(noise, rng.randint(max(1, 3 - len(key)), 5 - len(key))):
        sents.insert(rng.randint(0, len(sents)), d)
    return " ".join(sents), summary


# ----------------------------------------------------------------------------- extraction
# Each record type returns (fields in canonical order, label synonyms, prose renderer).

def _invoice(rng):
    f = {"vendor": _company(rng), "customer": _company(rng), "invoice_number": str(rng.randint(100, 99999)),
         "date": _date(rng), "total": f"{rng.randint(10, 99999)}.{rng.randint(0, 99):02d}",
         "currency": rng.choice(["USD", "EUR", "GBP"]), "city": _city(rng)}
    labels = {"vendor": ["Vendor", "Supplier", "From"], "customer": ["Bill to", "Customer"],
              "invoice_number": ["Invoice no", "Invoice"], "date": ["Date", "Issued"], "total": ["Total", "Amount due"],
              "currency": ["Currency"], "city": ["Ship from", "Origin"]}
    prose = (f"Invoice {f['invoice_number']} from {f['vendor']} to {f['customer']}, dated {f['date']}. "
             f"Goods shipped from {f['city']}. Amount due: {f['total']} {f['currency']}.")
    return "INVOICE", f, labels, prose


def _shipping(rng):
    o, d = rng.sample(_CITY_A, 2)
    f = {"carrier": _company(rng), "order_id": str(rng.randint(100, 99999)), "origin": o + rng.choice(_CITY_B),
         "destination": d + rng.choice(_CITY_B), "ship_date": _date(rng), "weight": f"{rng.randint(1, 900)} kg",
         "packages": str(rng.randint(1, 40))}
    labels = {"carrier": ["Carrier", "Shipped by"], "order_id": ["Order", "Order id"], "origin": ["From", "Origin"],
              "destination": ["To", "Destination"], "ship_date": ["Ship date", "Dispatched"],
              "weight": ["Weight", "Gross weight"], "packages": ["Packages", "Boxes"]}
    prose = (f"Order {f['order_id']} left {f['origin']} on {f['ship_date']} with {f['carrier']}, bound for "
             f"{f['destination']}: {f['packages']} packages, {f['weight']} in all.")
    return "SHIPPING NOTICE", f, labels, prose


def _meeting(rng):
    f = {"organization": _company(rng), "date": _date(rng), "location": _city(rng), "topic": rng.choice(_TOPICS),
         "decision": rng.choice(["approved", "postponed", "rejected", "sent back for review"]),
         "next_meeting": _date(rng)}
    labels = {"organization": ["Organization", "Company"], "date": ["Date", "Held on"], "location": ["Location", "Office"],
              "topic": ["Topic", "Agenda"], "decision": ["Decision", "Outcome"], "next_meeting": ["Next meeting", "Follow-up"]}
    prose = (f"Notes from the {f['organization']} meeting in {f['location']} on {f['date']}. The {f['topic']} was "
             f"{f['decision']}. The group meets again on {f['next_meeting']}.")
    return "MEETING NOTES", f, labels, prose


def _listing(rng):
    f = {"product": _product(rng), "sku": str(rng.randint(1000, 99999)), "price": f"{rng.randint(5, 2500)}.{rng.choice(['00', '50', '99'])}",
         "quantity": str(rng.randint(1, 500)), "warehouse": _city(rng), "supplier": _company(rng)}
    labels = {"product": ["Product", "Item"], "sku": ["SKU", "Item no"], "price": ["Price", "Unit price"],
              "quantity": ["Quantity", "Qty"], "warehouse": ["Warehouse", "Stocked in"], "supplier": ["Supplier", "Made by"]}
    prose = (f"Stock report: {f['quantity']} units of the {f['product']} (SKU {f['sku']}) from {f['supplier']} are stocked in "
             f"{f['warehouse']} at {f['price']} each.")
    return "STOCK LISTING", f, labels, prose


_RECORDS = [_invoice, _shipping, _meeting, _listing]


def extraction_case(rng) -> tuple[str, str]:
    """(record text + requested fields, 'field: value | ...' in the requested order)."""
    title, f, labels, prose = rng.choice(_RECORDS)(rng)
    if rng.random() < 0.3:
        record = prose
    else:
        keys = list(f)
        rng.shuffle(keys)
        record = "\n".join([title] + [f"{rng.choice(labels[k])}: {f[k]}" for k in keys])
    asked = rng.sample(list(f), rng.randint(2, 4))
    return f"{record}\nFields: {', '.join(asked)}", " | ".join(f"{k}: {f[k]}" for k in asked)


# ----------------------------------------------------------------------------- code

@functools.lru_cache(maxsize=1)
def stdlib_files() -> tuple[tuple[str, Path], ...]:
    """(relative path, path) of the stdlib's .py files, sorted; tests and site-packages left out."""
    root = Path(sysconfig.get_paths()["stdlib"])
    skip = {"site-packages", "test", "tests", "idle_test", "__pycache__", "lib2to3", "ensurepip"}
    out = [(p.relative_to(root).as_posix(), p) for p in root.rglob("*.py")
           if not skip.intersection(p.relative_to(root).parts)]
    return tuple(sorted(out))


def is_heldout(rel: str) -> bool:
    """One stdlib file in eight belongs to the suite, by a hash of its path: independent of seeds."""
    return hashlib.sha256(rel.encode()).digest()[0] % 8 == 0


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_KNOWN_WORDS = frozenset(keyword.kwlist) | frozenset(dir(builtins)) | {"self", "cls"} | set("0123456789")


def grounded(code: str, line: str) -> bool:
    """Every name and number in `line` is a keyword, a builtin or already in `code`: the next line
    can be worked out from what is on screen. Lines that need the rest of the module (a helper
    defined elsewhere, the words of an error message) are left out: no model of this size can
    guess them, so they would only add noise to training and zeros to the suite."""
    seen = set(re.findall(r"\w+", code)) | _KNOWN_WORDS
    return all(w in seen for w in re.findall(r"\w+", line))


def code_cases(source: str) -> list[tuple[str, str]]:
    """(def line + 1..7 following lines, next line), dedented to the def's indentation.

    The next line must start a statement (not the middle of an expression or a docstring), be
    complete on its own line (a simple statement or a compound header ending in ':') and be
    `grounded` in the lines above it.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    lines = source.splitlines()
    out = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        d = fn.lineno - 1
        head = lines[d]
        indent = head[:len(head) - len(head.lstrip())]
        if not head.rstrip().endswith(":"):
            continue  # multi-line signature
        starts = set()
        for s in ast.walk(fn):
            if s is fn or not isinstance(s, ast.stmt):
                continue
            if isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
                continue  # docstrings: prose, not code
            if s.end_lineno == s.lineno or lines[s.lineno - 1].rstrip().endswith(":"):
                starts.add(s.lineno - 1)
        for a in sorted(starts):
            line = lines[a]
            if not (d + 2 <= a <= d + 8) or len(line.strip()) < 4 or len(line) > 80 or "\t" in line:
                continue
            ctx = lines[d:a]
            if any(x.strip() and not x.startswith(indent) for x in ctx + [line]):
                continue
            code = "\n".join(x[len(indent):] for x in ctx)
            if grounded(code, line):
                out.append((code, line[len(indent):]))
    return out


def _window(rng, source: str, max_chars: int) -> str:
    """A slice of a file of at most max_chars, starting at a line boundary, so big files don't
    crowd out the rest of the library."""
    if len(source) <= max_chars:
        return source
    lines = source.splitlines(keepends=True)
    i = rng.randrange(len(lines))
    out, n = [], 0
    while i < len(lines) and n + len(lines[i]) <= max_chars:
        out.append(lines[i])
        n += len(lines[i])
        i += 1
    return "".join(out)


# ----------------------------------------------------------------------------- corpus

@dataclass(frozen=True)
class Example:
    task_type: str
    prompt: str  # formatted with format_prompt; the model takes no loss on it
    answer: str  # followed by <|endoftext|> in training


@dataclass
class Corpus:
    examples: list[Example] = field(default_factory=list)
    lm_texts: list[str] = field(default_factory=list)  # plain code, loss on every token

    def texts(self):
        """Everything the tokenizer should see."""
        for e in self.examples:
            yield e.prompt + e.answer
        yield from self.lm_texts


def build_corpus(seed: int, n_summarization: int, n_extraction: int, n_code: int, code_chars: int,
                 max_file_chars: int = 12_000) -> Corpus:
    """Training data for `seed`: task examples plus about `code_chars` of plain stdlib code.

    Code comes only from files not held out for the suite; synthetic prompts that happen to equal
    a suite prompt are dropped (a guard: with these entity pools a clash is vanishingly rare).
    """
    banned = {format_prompt(task, text) for task, text, _ in _synthetic_cases(SUITE_SEED, 30)}
    examples = []
    for task, n, make in [("summarization", n_summarization, summarization_case),
                          ("extraction", n_extraction, extraction_case)]:
        rng = random.Random(f"{seed}:train:{task}")
        for _ in range(n):
            text, answer = make(rng)
            prompt = format_prompt(task, text)
            if prompt not in banned:
                examples.append(Example(task, prompt, answer))

    rng = random.Random(f"{seed}:train:code")
    files = [p for rel, p in stdlib_files() if not is_heldout(rel)]
    rng.shuffle(files)
    lm_texts, cases, n_chars = [], [], 0
    for p in files:
        if n_chars >= code_chars and len(cases) >= 2 * n_code:
            break
        source = p.read_text(encoding="utf-8", errors="replace")
        cases.extend(code_cases(source))
        if n_chars < code_chars:
            text = _window(rng, source, min(max_file_chars, code_chars - n_chars))
            text = "".join(x for x in text.splitlines(keepends=True) if not _EMAIL.search(x))
            lm_texts.append(text)
            n_chars += len(text)
    for code, line in rng.sample(cases, min(n_code, len(cases))):
        examples.append(Example("code_completion", format_prompt("code_completion", code), line))
    random.Random(f"{seed}:train:order").shuffle(examples)
    return Corpus(examples, lm_texts)


def data_hash(corpus: Corpus) -> str:
    """sha256 of the corpus contents, recorded in checkpoint metadata."""
    h = hashlib.sha256()
    for e in corpus.examples:
        h.update(json.dumps([e.task_type, e.prompt, e.answer]).encode())
    for t in corpus.lm_texts:
        h.update(json.dumps(["lm", t]).encode())
    return h.hexdigest()


# ----------------------------------------------------------------------------- suite

def _synthetic_cases(seed: int, n_per_type: int) -> list[tuple[str, str, str]]:
    cases = []
    for task, make in [("summarization", summarization_case), ("extraction", extraction_case)]:
        rng = random.Random(f"{seed}:suite:{task}")
        cases += [(task, *make(rng)) for _ in range(n_per_type)]
    return cases


def build_suite(seed: int = SUITE_SEED, n_per_type: int = 30) -> list[dict]:
    """The demo suite: n_per_type cases of each task type, from streams no training run uses.

    Code cases come from held-out stdlib files only, and a case whose code also appears verbatim
    in a training-eligible file (a duplicated helper, say) is skipped.
    """
    cases = _synthetic_cases(seed, n_per_type)
    rng = random.Random(f"{seed}:suite:code")
    train_src, held = [], []
    for rel, p in stdlib_files():
        (held if is_heldout(rel) else train_src).append(p.read_text(encoding="utf-8", errors="replace"))
    train_src = "\n".join(train_src)
    pool = [c for src in held for c in code_cases(src)]
    rng.shuffle(pool)
    seen = set()
    for code, line in pool:
        if len(seen) == n_per_type:
            break
        snippet = code.splitlines()[-1] + "\n" + line.strip()
        if code in seen or code in train_src or snippet in train_src:
            continue
        seen.add(code)
        cases.append(("code_completion", code, line))

    out, counts = [], {t: 0 for t in TASK_TYPES}
    for task, text, reference in cases:
        counts[task] += 1
        out.append({"id": f"{task}-{counts[task]:03d}", "task_type": task, "prompt": format_prompt(task, text),
                    "reference": reference, "max_tokens": MAX_TOKENS[task], "seed": counts[task]})
    return out


def write_suite(path: str | Path = SUITE_PATH, seed: int = SUITE_SEED, n_per_type: int = 30) -> list[dict]:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    cases = build_suite(seed, n_per_type)
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return cases


def load_suite(path: str | Path = SUITE_PATH) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


if __name__ == "__main__":
    cases = write_suite()
    print(f"wrote {len(cases)} cases to {SUITE_PATH}")
