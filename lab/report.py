"""Reports as a list of blocks, rendered twice: Markdown (report.md) and standalone HTML (report.html).

Inline markup in text is the small Markdown subset both renderings share: `code`, **bold** and
[text](href). Plots are PNGs next to the report, referenced by relative path.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_INLINE = re.compile(r"`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)]+)\)")
CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
       "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .6rem;"
       "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
       "img{max-width:100%;border:1px solid #eee}pre{background:#f6f6f6;padding:.6rem;overflow:auto}"
       ".conclusion{background:#eef6ee;border-left:4px solid #4a4;padding:.5rem 1rem}")


def inline_html(text: str) -> str:
    out, last = [], 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        if m.group(1) is not None:
            out.append(f"<code>{html.escape(m.group(1))}</code>")
        elif m.group(2) is not None:
            out.append(f"<b>{html.escape(m.group(2))}</b>")
        else:
            out.append(f'<a href="{html.escape(m.group(4), quote=True)}">{html.escape(m.group(3))}</a>')
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def fmt(value, digits: int = 3) -> str:
    """A table cell: floats rounded, None as an em dash."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


@dataclass
class Report:
    title: str
    blocks: list[tuple] = field(default_factory=list)

    def heading(self, text: str, level: int = 2) -> "Report":
        self.blocks.append(("h", level, text))
        return self

    def text(self, text: str) -> "Report":
        self.blocks.append(("p", text))
        return self

    def conclusion(self, text: str) -> "Report":
        self.blocks.append(("conclusion", text))
        return self

    def bullets(self, items: list[str]) -> "Report":
        self.blocks.append(("ul", list(items)))
        return self

    def table(self, header: list[str], rows: list[list]) -> "Report":
        self.blocks.append(("table", list(header), [[fmt(c) for c in r] for r in rows]))
        return self

    def image(self, filename: str, caption: str = "") -> "Report":
        self.blocks.append(("img", filename, caption))
        return self

    def code(self, text: str) -> "Report":
        self.blocks.append(("pre", text))
        return self

    def markdown(self) -> str:
        out = [f"# {self.title}", ""]
        for b in self.blocks:
            kind = b[0]
            if kind == "h":
                out += ["#" * b[1] + " " + b[2], ""]
            elif kind == "p":
                out += [b[1], ""]
            elif kind == "conclusion":
                out += ["> **Conclusion.** " + b[1], ""]
            elif kind == "ul":
                out += [f"- {item}" for item in b[1]] + [""]
            elif kind == "table":
                out.append("| " + " | ".join(b[1]) + " |")
                out.append("|" + "|".join("---" for _ in b[1]) + "|")
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
                out.append("")
            elif kind == "img":
                out += [f"![{b[2]}]({b[1]})", ""]
            elif kind == "pre":
                out += ["```", b[1], "```", ""]
        return "\n".join(out)

    def html(self) -> str:
        out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(self.title)}</title>"
               f"<style>{CSS}</style></head><body><h1>{html.escape(self.title)}</h1>"]
        for b in self.blocks:
            kind = b[0]
            if kind == "h":
                out.append(f"<h{b[1]}>{inline_html(b[2])}</h{b[1]}>")
            elif kind == "p":
                out.append(f"<p>{inline_html(b[1])}</p>")
            elif kind == "conclusion":
                out.append(f"<p class='conclusion'><b>Conclusion.</b> {inline_html(b[1])}</p>")
            elif kind == "ul":
                out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b[1]) + "</ul>")
            elif kind == "table":
                head = "".join(f"<th>{inline_html(h)}</th>" for h in b[1])
                rows = "".join("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>" for r in b[2])
                out.append(f"<table><tr>{head}</tr>{rows}</table>")
            elif kind == "img":
                out.append(f"<figure><img src='{html.escape(b[1], quote=True)}' alt='{html.escape(b[2], quote=True)}'>"
                           f"<figcaption>{inline_html(b[2])}</figcaption></figure>")
            elif kind == "pre":
                out.append(f"<pre>{html.escape(b[1])}</pre>")
        out.append("</body></html>")
        return "\n".join(out)

    def write(self, out_dir: str | Path, stem: str = "report") -> Path:
        """Write <stem>.md and <stem>.html into out_dir; returns the Markdown path."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{stem}.md").write_text(self.markdown() + "\n", encoding="utf-8")
        (out / f"{stem}.html").write_text(self.html() + "\n", encoding="utf-8")
        return out / f"{stem}.md"


def pyplot():
    """matplotlib.pyplot on the Agg backend (files only, never a display), imported on first use so
    the `tinylab` CLI starts fast."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def save_figure(fig, path: str | Path) -> Path:
    plt = pyplot()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path


def environment_section(report: Report, env: dict) -> None:
    """The standard 'what this ran on' section every report ends with."""
    from lab.env import describe_load

    hw, git = env.get("hardware", {}), env.get("git", {})
    flags = ", ".join(f for f, on in hw.get("flags", {}).items() if on) or "none of the key ones"
    report.heading("Environment")
    report.bullets([
        f"CPU: {hw.get('cpu_model')} ({hw.get('logical_cores')} logical cores, torch threads "
        f"{hw.get('torch_threads')}); flags: {flags}",
        f"Load at start: {describe_load(env.get('load_start'))}; at end: {describe_load(env.get('load_end'))}; "
        f"other processes during the run: {fmt(env.get('other_cpu_cores_during'), 2)} cores",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in env.get("versions", {}).items() if v),
        f"Commit: `{git.get('short')}`{' (dirty tree)' if git.get('dirty') else ''} — {git.get('subject')}",
        f"Model: `{env.get('checkpoint')}` (sha256 `{(env.get('checkpoint_sha256') or '')[:12]}`, "
        f"{env.get('model_desc', '')})",
        f"Wall time: {fmt(env.get('wall_s'), 1)} s",
    ])
