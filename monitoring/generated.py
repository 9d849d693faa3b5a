"""The command line shared by every generator of committed monitoring files (Prometheus config,
SLO rules, dashboards): no argument prints the rendering, `--write` writes the files."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable


def generator_main(prog: str, outputs: Callable[[], dict[Path, str]], argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--write"]:
        for path, text in outputs().items():
            path.write_text(text)
            print(f"wrote {path}")
    elif not argv:
        sys.stdout.write("".join(outputs().values()))
    else:
        print(f"usage: python -m {prog} [--write]", file=sys.stderr)
        return 2
    return 0
