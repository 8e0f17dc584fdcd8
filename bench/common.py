"""Small helpers the bench scripts share: wall-clock timing, peak memory, aligned tables."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size in MiB of this process (or of its finished, waited-for children).

    `ru_maxrss` is KiB on Linux and bytes on macOS. For children it is the largest single
    child, not a sum.
    """
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def timed(into: dict[str, float], name: str) -> Iterator[None]:
    """Add the wall-clock seconds the block takes to `into[name]`."""
    start = time.perf_counter()
    try:
        yield
    finally:
        into[name] = into.get(name, 0.0) + time.perf_counter() - start


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain aligned text table: first column left-aligned, the others right-aligned.

    >>> print(table(["stage", "s"], [["extract", "1.50"], ["write", "0.20"]]))
    stage       s
    -------  ----
    extract  1.50
    write    0.20
    """
    cells = [[str(c) for c in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells[1:]]
    return "\n".join(out)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
