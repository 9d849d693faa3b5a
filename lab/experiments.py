"""Shared plumbing of the four experiments: which model, which suites, the environment record, the
index page, and `tinylab lab <name>` dispatch.

Every experiment module has `run(ctx) -> dict` returning {"title", "conclusion", ...} after writing
`<out>/<name>/report.md` and `report.html`.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from lab import env as labenv
from lab.report import Report

DEFAULT_CHECKPOINT = labenv.REPO_ROOT / "var" / "checkpoints" / "default"
# Without the default model, `lab all` trains the default architecture for this many steps (about
# 2.5 minutes on 2 cores instead of 9), so the whole lab still fits in 15 minutes.
QUICK_STEPS = 250
QUICK_CHECKPOINT = labenv.REPO_ROOT / "var" / "checkpoints" / f"lab-default-{QUICK_STEPS}steps"
TASK_SUITES = ("summarization", "extraction", "code_completion")
NAMES = ("context", "quant", "batching", "finetune")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def resolve_checkpoint(arg: str | None) -> tuple[Path, str]:
    """(checkpoint dir, how it was chosen). Trains a quick model when there is none."""
    if arg:
        return Path(arg), "given on the command line"
    if (DEFAULT_CHECKPOINT / "model.safetensors").is_file():
        return DEFAULT_CHECKPOINT, "the default model (`tinylab train`)"
    if not (QUICK_CHECKPOINT / "model.safetensors").is_file():
        log(f"[lab] no model at {DEFAULT_CHECKPOINT}; training the default architecture for {QUICK_STEPS} steps "
            f"into {QUICK_CHECKPOINT} (the full preset takes ~9 minutes: `tinylab train`)")
        from inference_worker.train import train

        train(str(QUICK_CHECKPOINT), size="default", steps=QUICK_STEPS, progress=False)
    return QUICK_CHECKPOINT, (f"no default model was found, so the default architecture trained for only "
                              f"{QUICK_STEPS} steps (a weaker model than `tinylab train` makes)")


def lab_suites(suites_dir: Path | None = None) -> list[str]:
    """The per-task suites when they exist (latest version of each), else the mixed demo suite."""
    from scorer.suites import versions
    from tinylab.settings import Settings

    d = suites_dir or Settings().suites_dir
    found = [name for name in TASK_SUITES if versions(d, name)]
    return found or ["demo"]


def suite_cases(per_task: int, suites_dir: Path | None = None) -> dict[str, list]:
    """Up to per_task cases of each task type, from the lab suites, in suite order."""
    from scorer.suites import load_suite
    from tinylab.settings import Settings

    d = suites_dir or Settings().suites_dir
    out: dict[str, list] = {}
    for name in lab_suites(d):
        for c in load_suite(d, name).cases:
            if c.task_type in TASK_SUITES and len(out.setdefault(c.task_type, [])) < per_task:
                out[c.task_type].append(c)
    return out


@dataclass
class Context:
    """What one experiment run gets: where to write, which model, how big a grid."""
    name: str
    out_root: Path
    checkpoint: Path
    checkpoint_note: str
    quick: bool = False
    threads: int | None = None
    results: Path = labenv.REPO_ROOT / "results"  # bench runs (lab quant)
    started: float = field(default_factory=time.perf_counter)
    monitor: labenv.CpuMonitor = field(default_factory=labenv.CpuMonitor)
    load_start: dict | None = None

    @property
    def out(self) -> Path:
        return self.out_root / self.name

    def begin(self) -> None:
        import torch

        if self.threads:
            torch.set_num_threads(self.threads)
        self.load_start = labenv.load_snapshot(self.monitor)
        self.monitor.start()
        self.started = time.perf_counter()
        self.out.mkdir(parents=True, exist_ok=True)

    def environment(self) -> dict:
        """Call at the end: the standard record, load during and after included."""
        during = self.monitor.stop()
        meta = {}
        try:
            meta = json.loads((self.checkpoint / "meta.json").read_text())
        except (OSError, ValueError):
            pass
        return {"hardware": labenv.hardware_profile(), "versions": labenv.versions(), "git": labenv.git_state(),
                "load_start": self.load_start, "load_end": labenv.load_snapshot(self.monitor),
                "other_cpu_cores_during": during, "checkpoint": str(self.checkpoint),
                "checkpoint_sha256": labenv.checkpoint_sha256(self.checkpoint),
                "model_desc": f"{meta.get('size', '?')} preset, {meta.get('steps', '?')} steps, "
                              f"{(meta.get('num_params') or 0) / 1e6:.1f}M params; {self.checkpoint_note}",
                "wall_s": time.perf_counter() - self.started}


def write_index(out_root: Path, results: dict[str, dict], total_s: float | None, checkpoint_note: str) -> Path:
    report = Report("tinylab decision lab")
    report.text(f"Model: {checkpoint_note}." + (f" The last `tinylab lab all` took {total_s:.0f} s; an experiment "
                                                 f"re-run alone since then shows its own wall time below." if total_s else ""))
    rows = []
    for name in NAMES:
        r = results.get(name)
        if r is None:
            continue
        rows.append([f"[{r['title']}]({name}/report.html)", f"{r.get('wall_s', 0):.0f} s",
                     r.get("load", "")])
    report.table(["experiment", "wall time", "load from other processes"], rows)
    report.heading("Conclusions")
    report.bullets([f"**{results[n]['title']}**: {results[n]['conclusion']}" for n in NAMES if n in results])
    report.write(out_root, stem="index")
    return out_root / "index.html"


def main(args) -> int:
    from lab import batching, context, finetune, quant

    modules = {"context": context, "quant": quant, "batching": batching, "finetune": finetune}
    names = NAMES if args.lab_command == "all" else (args.lab_command,)
    out_root = Path(args.out)
    t0 = time.perf_counter()
    checkpoint, note = resolve_checkpoint(args.checkpoint)
    results = {}
    for name in names:
        ctx = Context(name, out_root, checkpoint, note, quick=args.quick, threads=args.threads,
                      results=Path(args.results))
        ctx.begin()
        log(f"[lab] {name} ...")
        results[name] = modules[name].run(ctx)
        log(f"[lab] {name} done in {results[name]['wall_s']:.0f}s -> {ctx.out / 'report.html'}")
        log(f"[lab] {name}: {results[name]['conclusion']}")
    total = time.perf_counter() - t0
    if args.lab_command == "all":
        (out_root / "all.json").write_text(json.dumps({"wall_s": total, "checkpoint_note": note}) + "\n")
        log(f"[lab] all four in {total:.0f}s")
    index = refresh_index(out_root)
    log(f"[lab] index: {index}")
    return 0


def refresh_index(out_root: Path) -> Path:
    """The index from every report's data.json, so re-running one experiment updates it too."""
    results, total, note = {}, None, "see each report"
    if (out_root / "all.json").is_file():
        last = json.loads((out_root / "all.json").read_text())
        total, note = last["wall_s"], last["checkpoint_note"]
    from lab.env import describe_load

    for name in NAMES:
        p = out_root / name / "data.json"
        if p.is_file():
            d = json.loads(p.read_text())
            env = d["env"]
            results[name] = {"title": d["title"], "conclusion": d["conclusion"], "wall_s": env["wall_s"],
                             "load": f"{describe_load(env['load_start'])}; during: {env['other_cpu_cores_during']} cores"}
    return write_index(out_root, results, total, note)


def finish(ctx: Context, report: Report, title: str, conclusion: str, data: dict) -> dict:
    """Add the environment section, write report.md/html and data.json; returns the result dict."""
    from lab.env import describe_load
    from lab.report import environment_section

    env = ctx.environment()
    environment_section(report, env)
    report.write(ctx.out)
    (ctx.out / "data.json").write_text(json.dumps({"title": title, "conclusion": conclusion, "env": env, **data},
                                                  indent=2, default=str) + "\n")
    load = f"{describe_load(env['load_start'])}; during: {env['other_cpu_cores_during']} cores"
    return {"title": title, "conclusion": conclusion, "wall_s": env["wall_s"], "load": load}
