"""`tinylab guard eval`: recall, false positives and precision on the held-out split, with baselines.

Injection: a prompt counts as detected when an injection finding reaches the policy's flag
threshold (0.5), i.e. the default policy flags or blocks it; "blocked" is reported too. The naive
baseline is a keyword list of the phrases a first attempt would grep for.

PII: a gold span is found when a finding of the same type, at or above the redaction threshold,
overlaps it; a finding that overlaps no gold span of its type is a false positive. Leak rate: the
share of gold spans whose text is still in the redacted output. Presidio's pattern recognizers
(called directly, no spaCy model) are the baseline when presidio-analyzer is installed.
"""
from __future__ import annotations

import json
import logging
import os
import statistics
import time
from collections import defaultdict
from pathlib import Path

from guardrails.bench import PROMPTS
from guardrails.chain import DETECTORS, PII_NAMES, redact_text, scan_input
from guardrails.policy import DEFAULT_POLICY

DATA = Path(__file__).parent / "data"
SPLITS = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
          "fresh10", "fresh11")
# Never read row by row nor trained on: the figures to quote (data/seeds_frozen.py); fresh6 and
# fresh7 written before the last detection changes, fresh8 after them. Reported apart from the
# training-free but already-read heldout. fresh9 (data/seeds_frozen9.py) was written before the
# multilingual work of 2026-11-25 by the author of its lexicons, so its "after" figure is optimistic;
# fresh10 (seeds_frozen10.py) was written after that work and scored once (42.4% recall); its misses
# were then read for a change that was not shipped. fresh11 (seeds_frozen11.py), written before that
# change and never trained on, is the latest honest figure (LATEST).
FROZEN = ("fresh6", "fresh7", "fresh8")
CLEANEST = "+".join(FROZEN)
LATEST = "fresh11"
NAMES = "names_heldout.jsonl"  # hand-written, no split field used: measured whole, never tuned on
STRUCTURED = ("EMAIL", "CREDIT_CARD", "US_SSN", "IBAN", "IP_ADDRESS", "SECRET")
TARGETS = {"injection_recall": 0.95, "hard_negative_fpr": 0.03, "structured_recall": 0.99,
           "structured_precision": 0.97}
# What a first attempt greps for (lowercase substrings).
KEYWORDS = ("ignore previous instructions", "ignore all previous instructions", "ignore the above",
            "disregard previous", "system prompt", "jailbreak", "do anything now", "developer mode",
            "you are now", "pretend you are", "reveal your", "bypass", "no restrictions", "dan mode")


def load(name: str, split: str | None = "heldout") -> list[dict]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split is None or r["split"] == split]


def injection_score(result) -> float:
    return max((f.score for f in result.findings if f.type == "PROMPT_INJECTION"), default=0.0)


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def _detection_metrics(rows: list[dict], detected: list[bool]) -> dict:
    attacks = [(r, d) for r, d in zip(rows, detected) if r["label"] == 1]
    benign = [(r, d) for r, d in zip(rows, detected) if r["label"] == 0]
    hard = [(r, d) for r, d in benign if r["vector"] == "hard_negative"]
    tp, fp = sum(d for _, d in attacks), sum(d for _, d in benign)
    out = {"attacks": len(attacks), "benign": len(benign), "hard_negatives": len(hard),
           "recall": _rate(tp, len(attacks)), "fpr": _rate(fp, len(benign)),
           "hard_negative_fpr": _rate(sum(d for _, d in hard), len(hard)), "precision": _rate(tp, tp + fp)}
    for key in ("category", "vector", "obfuscation", "lang"):
        groups = defaultdict(list)
        for r, d in attacks:
            groups[r[key]].append(d)
        out[f"recall_by_{key}"] = {k: {"n": len(v), "recall": _rate(sum(v), len(v))} for k, v in sorted(groups.items())}
    return out


def eval_injection(rows: list[dict]) -> dict:
    flag, block = DEFAULT_POLICY.flag_threshold, DEFAULT_POLICY.injection_threshold
    scores = [injection_score(scan_input(r["text"])) for r in rows]
    ours = _detection_metrics(rows, [s >= flag for s in scores])
    ours["blocked"] = _detection_metrics(rows, [s >= block for s in scores])["recall"]
    ours["misses"] = [r["id"] for r, s in zip(rows, scores) if r["label"] == 1 and s < flag]
    ours["false_positives"] = [r["id"] for r, s in zip(rows, scores) if r["label"] == 0 and s >= flag]
    keywords = _detection_metrics(rows, [any(k in r["text"].lower() for k in KEYWORDS) for r in rows])
    return {"guardrails": ours, "keyword_baseline": keywords}


def _pii_findings(text: str) -> list[tuple[str, int, int]]:
    result = scan_input(text)
    return [(f.type, f.start, f.end) for f in result.findings
            if f.type not in ("PROMPT_INJECTION", "INVISIBLE_TEXT") and f.score >= DEFAULT_POLICY.pii_threshold]


def _overlaps(a, b) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _span_metrics(rows: list[dict], predict) -> dict:
    gold_n, found, pred_n, pred_ok = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int)
    clean_texts, clean_flagged = 0, 0
    for r in rows:
        gold = [(s["type"], s["start"], s["end"]) for s in r["spans"]]
        pred = predict(r["text"])
        for g in gold:
            gold_n[g[0]] += 1
            found[g[0]] += any(_overlaps(g, p) for p in pred)
        for p in pred:
            pred_n[p[0]] += 1
            pred_ok[p[0]] += any(_overlaps(g, p) for g in gold)
        if not gold:
            clean_texts += 1
            clean_flagged += bool(pred)
    types = sorted(set(gold_n) | set(pred_n))
    per = {t: {"spans": gold_n[t], "recall": _rate(found[t], gold_n[t]),
               "precision": _rate(pred_ok[t], pred_n[t]), "false_positives": pred_n[t] - pred_ok[t]} for t in types}
    s_gold = sum(gold_n[t] for t in STRUCTURED)
    s_pred = sum(pred_n[t] for t in STRUCTURED)
    return {"per_type": per, "structured_recall": _rate(sum(found[t] for t in STRUCTURED), s_gold),
            "structured_precision": _rate(sum(pred_ok[t] for t in STRUCTURED), s_pred),
            "lookalike_texts": clean_texts, "lookalike_texts_flagged": _rate(clean_flagged, clean_texts)}


def _leaks(rows: list[dict], redact) -> dict:
    total, leaked, s_total, s_leaked = 0, 0, 0, 0
    for r in rows:
        out = redact(r["text"])
        for s in r["spans"]:
            value = r["text"][s["start"]:s["end"]]
            hit = value in out
            total += 1
            leaked += hit
            if s["type"] in STRUCTURED:
                s_total += 1
                s_leaked += hit
    return {"leak_rate": _rate(leaked, total), "structured_leak_rate": _rate(s_leaked, s_total)}


def eval_names() -> dict:
    """PERSON recall and precision on `data/names_heldout.jsonl`: hand-written texts with names outside
    the generators' lists and look-alikes after the same cues. pii.jsonl's PERSON spans come from the
    generator the detector was written against, so this is the honest name figure."""
    rows = load(NAMES, None)
    m = _span_metrics(rows, lambda t: [p for p in _pii_findings(t) if p[0] == "PERSON"])
    person = m["per_type"].get("PERSON", {"spans": 0, "recall": None, "precision": None, "false_positives": 0})
    return {"texts": len(rows), **person, "lookalike_texts": m["lookalike_texts"],
            "lookalike_texts_flagged": m["lookalike_texts_flagged"]}


def presidio_predictor():
    """Presidio's pattern recognizers called directly (no NLP engine, so no spaCy model), or None."""
    # Its e-mail validation asks tldextract for the public suffix list online; offline that fails
    # (and falls back to a bundled copy) with a logged traceback per process.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    try:
        from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer,
                                                               IbanRecognizer, IpRecognizer, PhoneRecognizer,
                                                               UsSsnRecognizer)
    except ImportError:
        return None
    names = {"EMAIL_ADDRESS": "EMAIL", "CREDIT_CARD": "CREDIT_CARD", "US_SSN": "US_SSN", "IBAN_CODE": "IBAN",
             "IP_ADDRESS": "IP_ADDRESS", "PHONE_NUMBER": "PHONE"}
    recognizers = [EmailRecognizer(), CreditCardRecognizer(), UsSsnRecognizer(), IbanRecognizer(), IpRecognizer(),
                   PhoneRecognizer()]

    def predict(text):
        out = []
        for rec in recognizers:
            for res in rec.analyze(text, rec.supported_entities, None):
                if res.entity_type in names and res.score > 0:
                    out.append((names[res.entity_type], res.start, res.end))
        return out

    return predict


def eval_pii(rows: list[dict]) -> dict:
    out = {"guardrails": {**_span_metrics(rows, _pii_findings), **_leaks(rows, lambda t: scan_input(t).redacted),
                          "log_" + "leak_rate": _leaks(rows, redact_text)["structured_leak_rate"]}}
    presidio = presidio_predictor()
    out["presidio_patterns"] = _span_metrics(rows, presidio) if presidio else "not installed (pip install presidio-analyzer)"
    return out


def _timings(fn, text: str, n: int) -> list[float]:
    for _ in range(20):
        fn(text)
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def latency(n: int = 300) -> dict:
    # The machine is shared: the load average (runnable processes, 1 min) goes with the figures.
    out = {"cpus": os.cpu_count(), "load_1m_before": round(os.getloadavg()[0], 2)}
    for kind in ("prose", "attack", "pii"):
        q = statistics.quantiles(_timings(scan_input, PROMPTS[kind], n), n=100)
        out[kind] = {"chars": len(PROMPTS[kind]), "p50_ms": round(q[49], 3), "p95_ms": round(q[94], 3),
                     "p99_ms": round(q[98], 3)}
    text = PROMPTS["pii"]
    ours = statistics.median(_timings(scan_input, text, n // 3)) / 1000
    out["scan_input_mb_per_s"] = round(len(text.encode()) / ours / 1e6, 2)
    presidio = presidio_predictor()
    if presidio:
        theirs = statistics.median(_timings(presidio, text, max(10, n // 30))) / 1000
        out["presidio_patterns_mb_per_s"] = round(len(text.encode()) / theirs / 1e6, 2)
    out["load_1m_after"] = round(os.getloadavg()[0], 2)
    return out


def run(split: str = "heldout", n: int = 300) -> dict:
    inj, pii = load("injection.jsonl", split), load("pii.jsonl", split)
    report = {"split": split, "injection": eval_injection(inj), "pii": eval_pii(pii), "names": eval_names(),
              "latency": latency(n)}
    # Every split's headline figures, so the held-out split is never read alone: the rule author saw
    # its misses; each fresh split was written after a change, the last one after the last change.
    report["injection_by_split"] = {}
    frozen_rows = [r for name in FROZEN for r in load("injection.jsonl", name)]
    for name in SPLITS + (CLEANEST,):
        if name == split:
            r = report["injection"]
        elif name == CLEANEST:
            r = eval_injection(frozen_rows)
        else:
            r = eval_injection(load("injection.jsonl", name))
        report["injection_by_split"][name] = {
            who: {k: r[who][k] for k in ("attacks", "benign", "hard_negatives", "recall", "fpr", "hard_negative_fpr",
                                           "precision") + (("blocked",) if who == "guardrails" else ())}
            for who in ("guardrails", "keyword_baseline")}
        if name == CLEANEST:
            # Frozen rows are measured only: their ids are not listed, so nobody reads them to patch rules.
            for who in r.values():
                who.pop("misses", None)
                who.pop("false_positives", None)
            report["injection_cleanest"] = r
    g, p = report["injection"]["guardrails"], report["pii"]["guardrails"]
    report["targets"] = {
        "injection_recall": (g["recall"], g["recall"] is not None and g["recall"] >= TARGETS["injection_recall"]),
        "hard_negative_fpr": (g["hard_negative_fpr"], g["hard_negative_fpr"] <= TARGETS["hard_negative_fpr"]),
        "structured_recall": (p["structured_recall"], p["structured_recall"] >= TARGETS["structured_recall"]),
        "structured_precision": (p["structured_precision"], p["structured_precision"] >= TARGETS["structured_precision"]),
        "structured_leak_rate": (p["structured_leak_rate"], p["structured_leak_rate"] == 0),
    }
    c = report["injection_cleanest"]["guardrails"]
    report["targets"][f"injection_recall_{CLEANEST}"] = (c["recall"], c["recall"] >= TARGETS["injection_recall"])
    report["targets"][f"hard_negative_fpr_{CLEANEST}"] = (c["hard_negative_fpr"],
                                                          c["hard_negative_fpr"] <= TARGETS["hard_negative_fpr"])
    last = report["injection_by_split"][LATEST]["guardrails"]
    report["targets"][f"injection_recall_{LATEST}"] = (last["recall"], last["recall"] >= TARGETS["injection_recall"])
    report["targets"][f"hard_negative_fpr_{LATEST}"] = (last["hard_negative_fpr"],
                                                        last["hard_negative_fpr"] <= TARGETS["hard_negative_fpr"])
    return report


def _pct(x) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def table(report: dict) -> str:
    g, k = report["injection"]["guardrails"], report["injection"]["keyword_baseline"]
    fr = report.get("injection_cleanest", {}).get("guardrails", {})
    fk = report.get("injection_cleanest", {}).get("keyword_baseline", {})
    lines = ["| injection split | attacks | benign (hard) | recall flagged | recall blocked | FPR all | FPR hard | "
             "precision | keyword recall | keyword FPR hard |", "|---|---|---|---|---|---|---|---|---|---|"]
    for name, m in report.get("injection_by_split", {}).items():
        o, kw = m["guardrails"], m["keyword_baseline"]
        lines.append(f"| {name} | {o['attacks']} | {o['benign']} ({o['hard_negatives']}) | {_pct(o['recall'])} | "
                     f"{_pct(o['blocked'])} | {_pct(o['fpr'])} | {_pct(o['hard_negative_fpr'])} | "
                     f"{_pct(o['precision'])} | {_pct(kw['recall'])} | {_pct(kw['hard_negative_fpr'])} |")
    lines += ["", f"| {report['split']} vs {CLEANEST} | guardrails | keyword list | guardrails, {CLEANEST} | "
              f"keyword list, {CLEANEST} |", "|---|---|---|---|---|"]
    for label, key in (("recall (flagged)", "recall"), ("recall (blocked)", "blocked"), ("FPR, all benign", "fpr"),
                       ("FPR, hard negatives", "hard_negative_fpr"), ("precision", "precision")):
        lines.append(f"| {label} | {_pct(g.get(key))} | {_pct(k.get(key))} | {_pct(fr.get(key))} | "
                     f"{_pct(fk.get(key))} |")
    for key in ("category", "vector", "obfuscation", "lang"):
        for name, m in g[f"recall_by_{key}"].items():
            km = k[f"recall_by_{key}"][name]
            fm = fr.get(f"recall_by_{key}", {}).get(name, {})
            fkm = fk.get(f"recall_by_{key}", {}).get(name, {})
            lines.append(f"| recall, {key} {name} (n={m['n']}/{fm.get('n', 0)}) | {_pct(m['recall'])} | "
                         f"{_pct(km['recall'])} | {_pct(fm.get('recall'))} | {_pct(fkm.get('recall'))} |")
    p, pres = report["pii"]["guardrails"], report["pii"]["presidio_patterns"]
    has_presidio = isinstance(pres, dict)
    lines += ["", "| PII type | spans | recall | precision | Presidio recall | Presidio precision |",
              "|---|---|---|---|---|---|"]
    for t, m in p["per_type"].items():
        pm = pres["per_type"].get(t, {}) if has_presidio else {}
        lines.append(f"| {t} | {m['spans']} | {_pct(m['recall'])} | {_pct(m['precision'])} | "
                     f"{_pct(pm.get('recall'))} | {_pct(pm.get('precision'))} |")
    lines.append(f"| structured (email, card, SSN, IBAN, IP, secret) | | {_pct(p['structured_recall'])} | "
                 f"{_pct(p['structured_precision'])} | {_pct(pres['structured_recall']) if has_presidio else '-'} | "
                 f"{_pct(pres['structured_precision']) if has_presidio else '-'} |")
    lines.append(f"| look-alike-only texts with any finding ({p['lookalike_texts']}) | | "
                 f"{_pct(p['lookalike_texts_flagged'])} | | {_pct(pres['lookalike_texts_flagged']) if has_presidio else '-'} | |")
    lines += ["", f"Leak rate after redaction: all spans {_pct(p['leak_rate'])}, structured "
              f"{_pct(p['structured_leak_rate'])}; log redaction (redact_text), structured {_pct(p['log_leak_rate'])}."]
    if "names" in report:
        m = report["names"]
        lines.append(f"PERSON on data/{NAMES} ({m['texts']} hand-written texts, {m['spans']} names outside the "
                     f"generators' lists): recall {_pct(m['recall'])}, precision {_pct(m['precision'])}; "
                     f"look-alike-only texts with a PERSON finding {_pct(m['lookalike_texts_flagged'])} "
                     f"(of {m['lookalike_texts']}).")
    lat = report["latency"]
    lines += ["", "| scan_input, 2 KB prompt | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|"]
    for kind in ("prose", "attack", "pii"):
        m = lat[kind]
        lines.append(f"| {kind} | {m['p50_ms']} | {m['p95_ms']} | {m['p99_ms']} |")
    thr = f"Throughput on the PII-dense prompt: {lat['scan_input_mb_per_s']} MB/s (full input chain)"
    if "presidio_patterns_mb_per_s" in lat:
        thr += f", Presidio pattern recognizers {lat['presidio_patterns_mb_per_s']} MB/s (PII only)"
    if "load_1m_before" in lat:
        thr += f"; load average {lat['load_1m_before']} before, {lat['load_1m_after']} after, on {lat['cpus']} CPUs"
    lines += ["", thr + "."]
    if not has_presidio:
        lines.append(f"Presidio: {pres}.")
    lines += ["", "| target | value | met |", "|---|---|---|"]
    for name, (value, ok) in report["targets"].items():
        lines.append(f"| {name} | {_pct(value)} | {'yes' if ok else 'NO'} |")
    return "\n".join(lines)


def injection_summary(names: list[str]) -> str:
    """Aggregate figures of injection splits (no row ids: frozen rows are measured, never read)."""
    rows = [r for name in names for r in load("injection.jsonl", name)]
    g = eval_injection(rows)["guardrails"]
    lines = [f"{'+'.join(names)}: {g['attacks']} attacks, {g['benign']} benign ({g['hard_negatives']} hard); "
             f"recall {_pct(g['recall'])}, blocked {_pct(g['blocked'])}, FPR {_pct(g['fpr'])}, "
             f"hard-negative FPR {_pct(g['hard_negative_fpr'])}"]
    for key in ("category", "vector", "obfuscation", "lang"):
        lines.append(f"  recall by {key}: " + ", ".join(f"{k} {_pct(m['recall'])} (n={m['n']})"
                                                       for k, m in g[f"recall_by_{key}"].items()))
    flagged = {i for i in g["false_positives"]}
    by_lang = defaultdict(list)
    for r in rows:
        if r["label"] == 0 and r["vector"] == "hard_negative":
            by_lang[r["lang"]].append(r["id"] in flagged)
    lines.append("  hard-negative FPR by lang: " + ", ".join(f"{k} {_pct(_rate(sum(v), len(v)))} (n={len(v)})"
                                                           for k, v in sorted(by_lang.items())))
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    # `python -m guardrails.evaluate fresh9 [fresh10 ...]`: injection figures only, per split.
    for name in sys.argv[1:] or ["heldout"]:
        print(injection_summary(name.split("+")))
