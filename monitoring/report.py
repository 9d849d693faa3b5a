"""`tinylab report metrics`: the dashboards' panels from a running Prometheus, as PNG plots and one
HTML page, for operators without Grafana.

    tinylab report metrics --prometheus http://127.0.0.1:9090 --out var/report --minutes 30

Every timeseries panel of monitoring/dashboards.py is one PNG (query_range over the last
`--minutes`); table panels become HTML tables from an instant query. index.html shows them all.
"""
from __future__ import annotations

import html
import re
import time
from pathlib import Path

import requests

from monitoring.dashboards import DASHBOARDS, Panel

UNIT_LABELS = {"s": "seconds", "reqps": "per second", "percentunit": "ratio", "bytes": "bytes", "short": ""}


class PrometheusError(RuntimeError):
    pass


def _get(base: str, path: str, params: dict) -> list[dict]:
    answer = requests.get(f"{base.rstrip('/')}{path}", params=params, timeout=10).json()
    if answer.get("status") != "success":
        raise PrometheusError(f"{params.get('query')!r}: {answer.get('error', answer)}")
    return answer["data"]["result"]


def query_range(base: str, expr: str, start: float, end: float, step: float) -> list[dict]:
    return _get(base, "/api/v1/query_range", {"query": expr, "start": start, "end": end, "step": step})


def query(base: str, expr: str) -> list[dict]:
    return _get(base, "/api/v1/query", {"query": expr})


def legend(template: str, labels: dict) -> str:
    """Grafana's `{{label}}` legend filled from a series' labels."""
    text = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: labels.get(m.group(1), ""), template).strip()
    return text or "value"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plot(panel: Panel, series: list[tuple[str, list[tuple[float, float]]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from datetime import datetime, timezone

    fig, ax = plt.subplots(figsize=(8, 3.2), dpi=90)
    try:
        for name, points in series:
            ax.plot([datetime.fromtimestamp(t, timezone.utc) for t, _ in points], [v for _, v in points],
                    label=name, linewidth=1.4)
        if series:
            ax.legend(loc="upper left", fontsize=7, ncol=2)
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M:%S"))
        else:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="grey")
        ax.set_title(panel.title, fontsize=10)
        ax.set_ylabel(UNIT_LABELS.get(panel.unit, panel.unit), fontsize=8)
        ax.tick_params(labelsize=7)
        ax.grid(alpha=0.3)
        fig.autofmt_xdate()
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)


def _series(base: str, panel: Panel, start: float, end: float, step: float):
    out = []
    for expr, template in panel.queries:
        for result in query_range(base, expr, start, end, step):
            points = [(float(t), float(v)) for t, v in result["values"]]
            out.append((legend(template, result["metric"]), points))
    return out


def _table(base: str, panel: Panel) -> str:
    rows = []
    for expr, template in panel.queries:
        for result in query(base, expr):
            rows.append(f"<tr><td>{html.escape(legend(template, result['metric']))}</td>"
                        f"<td>{html.escape(result['value'][1])}</td></tr>")
    body = "".join(rows) or '<tr><td colspan="2">no data</td></tr>'
    return f"<h3>{html.escape(panel.title)}</h3><table>{body}</table>"


def render_report(prometheus: str, out: Path | str, minutes: float = 30, end: float | None = None) -> Path:
    """Write one PNG per timeseries panel and `index.html` into `out`; returns the HTML's path."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    end = time.time() if end is None else end
    start = end - minutes * 60
    step = max(1.0, minutes * 60 / 300)  # about 300 points a line
    sections = []
    for dashboard in DASHBOARDS:
        parts = [f"<h2>{html.escape(dashboard.title)}</h2><p>{html.escape(dashboard.description)}</p>"]
        for panel in dashboard.panels():
            if panel.kind == "table":
                parts.append(_table(prometheus, panel))
                continue
            name = f"{dashboard.uid}-{slug(panel.title)}.png"
            plot(panel, _series(prometheus, panel, start, end, step), out / name)
            queries = "<br>".join(html.escape(expr) for expr, _ in panel.queries)
            parts.append(f'<figure><img src="{name}" alt="{html.escape(panel.title)}">'
                         f"<figcaption><code>{queries}</code></figcaption></figure>")
        sections.append("\n".join(parts))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(end))
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>tinylab metrics report</title>
<style>body{{font-family:sans-serif;max-width:1500px;margin:auto}} figure{{display:inline-block;margin:6px}}
figcaption{{font-size:11px;max-width:720px;color:#555}} table{{border-collapse:collapse}}
td{{border:1px solid #ccc;padding:2px 8px}}</style></head>
<body><h1>tinylab metrics report</h1>
<p>From {html.escape(prometheus)}, the {minutes:g} minutes up to {stamp}.</p>
{"".join(sections)}
</body></html>
"""
    index = out / "index.html"
    index.write_text(page)
    return index


def _run(args) -> int:
    try:
        index = render_report(args.prometheus, args.out, args.minutes)
    except (requests.RequestException, PrometheusError) as exc:
        print(f"cannot read Prometheus at {args.prometheus}: {exc}")
        return 1
    print(f"wrote {index}")
    return 0


def add_parser(subparsers) -> None:
    """Register `report metrics` on the `tinylab` command's subparsers."""
    report = subparsers.add_parser("report", help="render reports (metrics: dashboards as PNG + HTML)")
    kinds = report.add_subparsers(dest="report", required=True)
    metrics = kinds.add_parser("metrics", help="plot the dashboards' panels from a running Prometheus")
    metrics.add_argument("--prometheus", default="http://127.0.0.1:9090", help="Prometheus base URL")
    metrics.add_argument("--out", default="var/report", type=Path, help="folder for the PNGs and index.html")
    metrics.add_argument("--minutes", default=30.0, type=float, help="how far back to plot")
    metrics.set_defaults(func=_run)
