"""Experiment 4: fine-tune overfitting.

The base model is fine-tuned on a narrow corpus: N_TRAIN extraction examples from a seed no
training run used, for many epochs at a constant learning rate (AdamW, answer tokens only, the
trainer's own batching and loss). Every EVAL_EVERY steps: the answer loss on the training
examples, on held-out extraction examples (same distribution, never trained on) and on held-out
examples of the other kinds (summarization, code completion, plain code), which measures
forgetting. Every SCORE_EVERY steps, and at the best step: rubric scores on the lab suites.

Early stopping by held-out loss: the best step is the lowest held-out extraction loss; the run
would stop PATIENCE evaluations without improvement after it. The run continues past that, to
show what overfitting costs.
"""
from __future__ import annotations

import copy
import random
import time
from dataclasses import asdict

from lab.bench import load_model, score_case
from lab.experiments import Context, finish, log, suite_cases
from lab.report import Report, pyplot, save_figure

SEED = 4242  # the narrow corpus; the base model was trained with 1337
NARROW = "extraction"
N_TRAIN = 128
N_VAL = 48
LR = 2e-4
WARMUP = 5  # steps; a cold AdamW state at full lr knocks a trained model off its minimum
BATCH_TOKENS = 2048
PATIENCE = 3
MIN_DELTA = 0.005
FORGET_POINTS = 0.02  # a fall of another task's score past this counts as forgetting


def plan(quick: bool) -> dict:
    if quick:
        return {"steps": 30, "eval_every": 10, "score_every": 30, "per_task": 6}
    return {"steps": 120, "eval_every": 10, "score_every": 40, "per_task": 16}


def data(tok, block_size: int) -> tuple[list, dict]:
    """(narrow training sequences, held-out sequences per kind) in the trainer's format."""
    from inference_worker.corpus import build_corpus
    from inference_worker.train import build_sequences

    narrow = build_sequences(build_corpus(SEED, 0, N_TRAIN + N_VAL, 0, 0), tok, block_size)
    random.Random(SEED).shuffle(narrow)
    train, held = narrow[N_VAL:], narrow[:N_VAL]
    other = build_sequences(build_corpus(SEED + 1, N_VAL, 0, N_VAL, 20_000), tok, block_size)
    val = {f"{NARROW} (held out)": held, f"{NARROW} (train)": train[:N_VAL]}
    for kind in ("summarization", "code_completion", "code"):
        val[kind] = [s for s in other if s[0] == kind][:N_VAL]
    return train, val


def scores(model, tok, cases: dict[str, list]) -> dict[str, float]:
    """Mean primary score per task type (greedy, the cases' own token budgets)."""
    from inference_worker.generate import SamplingParams, generate_batch

    model.eval()
    out = {}
    for task, cs in cases.items():
        res = generate_batch(model, tok, [c.prompt for c in cs],
                             [SamplingParams(max_tokens=c.max_tokens, seed=c.seed) for c in cs])
        out[task] = sum(score_case(c, r.text, r.perplexity)["primary"] for c, r in zip(cs, res)) / len(cs)
    return out


def run(ctx: Context) -> dict:
    import torch

    from inference_worker.train import PRESETS, Preset, collate, evaluate_loss, make_batches, make_optimizers, \
        weighted_loss

    p = plan(ctx.quick)
    torch.manual_seed(SEED)
    model, tok, meta = load_model(ctx.checkpoint, "fp32")
    train, val = data(tok, model.config.block_size)
    cases = suite_cases(p["per_task"])
    preset = Preset(**{**asdict(PRESETS["default"]), "model": model.config, "optimizer": "adamw", "lr": LR})
    opts = make_optimizers(model, preset)
    rng = random.Random(f"{SEED}:batches")
    lengths = [len(s[1]) for s in train]
    steps_per_epoch = len(make_batches(lengths, BATCH_TOKENS, random.Random(0)))

    def evaluate(step: int) -> dict:
        losses = evaluate_loss(model, val, tok.pad_id, BATCH_TOKENS, False)
        return {"step": step, "epoch": step / steps_per_epoch, **losses}

    curve = [evaluate(0)]
    scored = {0: scores(model, tok, cases)}
    log(f"[finetune] {len(train)} {NARROW} examples, {steps_per_epoch} steps/epoch; step 0: {curve[0]}, {scored[0]}")
    held = f"{NARROW} (held out)"
    best = {"step": 0, "loss": curve[0][held], "state": copy.deepcopy(model.state_dict())}
    stop_step, since = None, 0
    batches: list = []
    model.train()
    t0 = time.perf_counter()
    for step in range(1, p["steps"] + 1):
        if not batches:
            batches = make_batches(lengths, BATCH_TOKENS, rng)
        for opt in opts:
            for g in opt.param_groups:
                g["lr"] = LR * min(1.0, step / WARMUP)
        x, y, w = collate([train[i] for i in batches.pop()], tok.pad_id)
        loss = weighted_loss(model, x, y, w, False)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        for opt in opts:
            opt.step()
            opt.zero_grad(set_to_none=True)
        if step % p["eval_every"] == 0:
            curve.append(evaluate(step))
            if curve[-1][held] < best["loss"] - MIN_DELTA:
                best = {"step": step, "loss": curve[-1][held], "state": copy.deepcopy(model.state_dict())}
                since = 0
            else:
                since += 1
                if since == PATIENCE and stop_step is None:
                    stop_step = step
            log(f"[finetune] step {step} ({curve[-1]['epoch']:.1f} epochs, {time.perf_counter() - t0:.0f}s): "
                + ", ".join(f"{k} {v:.3f}" for k, v in curve[-1].items() if k not in ("step", "epoch")))
        if step % p["score_every"] == 0 or step == p["steps"]:
            scored[step] = scores(model, tok, cases)
            model.train()
            log(f"[finetune] step {step} scores: {scored[step]}")
    final_step = p["steps"]
    if best["step"] not in scored:
        model.load_state_dict(best["state"])
        scored[best["step"]] = scores(model, tok, cases)
    plot(ctx, curve, scored, best["step"], stop_step)

    s0, sb, sf = scored[0], scored[best["step"]], scored[final_step]
    end = curve[-1]
    rise = end[held] - best["loss"]
    shape = (f"then rises to {end[held]:.3f} ({rise:+.3f}) by step {final_step} while training loss falls to "
             f"{end[f'{NARROW} (train)']:.3f}: overfitting" if rise > MIN_DELTA else
             f"and is {end[held]:.3f} at step {final_step} (training loss {end[f'{NARROW} (train)']:.3f}): no "
             f"overfitting within this budget")
    stop = (f"early stopping (patience {PATIENCE} evaluations) stops at step {stop_step}" if stop_step else
            "early stopping never triggers")
    loss_drift = ", ".join(f"{k} {end[k] / curve[0][k] - 1:+.0%}" for k in curve[0]
                           if k not in ("step", "epoch") and not k.startswith(NARROW))
    others = [t for t in s0 if t != NARROW]
    forgot = [t for t in others if sf[t] < s0[t] - FORGET_POINTS]
    forgetting = ", ".join(f"{t} {s0[t]:.3f} → {sb[t]:.3f} → {sf[t]:.3f}" for t in others)
    conclusion = (f"Fine-tuning on {len(train)} {NARROW} examples: held-out {NARROW} loss goes from {curve[0][held]:.3f} "
                  f"to its lowest, {best['loss']:.3f}, at step {best['step']} ({best['step'] / steps_per_epoch:.1f} "
                  f"epochs), {shape}; {stop}. Scores (base → best step → end): {NARROW} {s0[NARROW]:.3f} → "
                  f"{sb[NARROW]:.3f} → {sf[NARROW]:.3f}; {forgetting}; answer loss on the other kinds at the end: "
                  f"{loss_drift}. Constraint: "
                  + ("the base model is already the best checkpoint, so a narrow fine-tune of this size does not pay; "
                     if best["step"] == 0 else "")
                  + f"ship the checkpoint chosen on held-out loss (step {best['step']} here), never the last one, and "
                  f"re-run every suite before release"
                  + (f": {', '.join(forgot)} fell by more than {FORGET_POINTS * 100:.0f} points, so this model may "
                     f"serve {NARROW} only." if forgot else
                     f"; the other suites held within {FORGET_POINTS * 100:.0f} points at this budget."))

    report = Report("Fine-tune overfitting")
    report.text(__doc__.split("\n\n", 1)[1].strip())
    report.text(f"Base model: {meta.get('size', '?')} preset, {meta.get('steps', '?')} steps. Fine-tune: {len(train)} "
                f"training and {N_VAL} held-out {NARROW} examples (seed {SEED}), lr {LR} AdamW (warmup {WARMUP} steps, then constant), "
                f"{BATCH_TOKENS}-token batches ({steps_per_epoch} steps per epoch), {final_step} steps; scores on "
                f"{p['per_task']} cases per task.")
    report.conclusion(conclusion)
    report.image("loss.png", "answer loss per kind across steps (held-out extraction decides early stopping)")
    report.image("scores.png", "rubric scores across steps")
    report.heading("Loss curve")
    kinds = [k for k in curve[0] if k not in ("step", "epoch")]
    report.table(["step", "epoch", *kinds], [[c["step"], c["epoch"], *[c[k] for k in kinds]] for c in curve])
    report.heading("Scores")
    tasks = list(s0)
    report.table(["step", *tasks], [[s, *[scored[s][t] for t in tasks]] for s in sorted(scored)])
    return finish(ctx, report, "Fine-tune overfitting", conclusion,
                  {"curve": curve, "scores": {str(k): v for k, v in scored.items()}, "best_step": best["step"],
                   "stop_step": stop_step, "steps_per_epoch": steps_per_epoch})


def plot(ctx: Context, curve: list[dict], scored: dict, best_step: int, stop_step: int | None) -> None:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(7, 3.6))
    kinds = [k for k in curve[0] if k not in ("step", "epoch")]
    for k in kinds:
        ax.plot([c["step"] for c in curve], [c[k] for c in curve], "o-", ms=3, label=k,
                lw=2.5 if k.startswith(NARROW) else 1.2)
    ax.axvline(best_step, color="green", ls=":", label=f"best held-out (step {best_step})")
    if stop_step:
        ax.axvline(stop_step, color="red", ls=":", label=f"early stop (step {stop_step})")
    ax.set(xlabel="fine-tune step", ylabel="answer loss", yscale="log")
    ax.legend(fontsize=7)
    save_figure(fig, ctx.out / "loss.png")
    fig, ax = plt.subplots(figsize=(6, 3.2))
    steps = sorted(scored)
    for t in scored[0]:
        ax.plot(steps, [scored[s][t] for s in steps], "o-", label=t)
    ax.axvline(best_step, color="green", ls=":")
    ax.set(xlabel="fine-tune step", ylabel="primary score", ylim=(0, 1))
    ax.legend(fontsize=8)
    save_figure(fig, ctx.out / "scores.png")
