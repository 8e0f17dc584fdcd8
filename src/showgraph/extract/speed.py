"""Time extraction on one core: `python -m showgraph.extract.speed [N] [FOLDER...]`.

The annotated articles (dev set and tests/heldout by default) are repeated N times with every
person-name token from their gold files varied per copy, so that no per-text cache can serve a
copy from an earlier one: the figure is for unseen articles, as in a real corpus.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from ..articles import read_articles
from ..model import Article
from .pipeline import extract

FOLDERS = (Path("data/articles"), Path("tests/heldout"))


def _name_tokens(folders: tuple[Path, ...]) -> set[str]:
    tokens: set[str] = set()
    for folder in folders:
        for gold in [*folder.glob("*.gold.json"), *(folder.parent / "gold").glob("*.gold.json")]:
            data = json.loads(gold.read_text(encoding="utf-8"))
            for name, aliases in data.get("people_aliases", {}).items():
                for form in (name, *aliases):
                    tokens.update(t for t in re.split(r"[\s-]+", form) if len(t) > 2)
            for fact in data["facts"]:
                for key in ("actor", "character", "person", "creator"):
                    tokens.update(t for t in re.split(r"[\s-]+", fact.get(key) or "") if len(t) > 2)
    return {t for t in tokens if t[:1].isupper()}


def varied(
    articles: list[Article], copies: int, folders: tuple[Path, ...], offset: int = 0
) -> list[Article]:
    """`copies` versions of each article, names changed per copy ("Kang" -> "Kangab")."""
    tokens = _name_tokens(folders)
    if not tokens:
        return articles * copies
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(tokens, key=len)[::-1])) + r")\b")
    out = []
    for k in range(offset, offset + copies):
        tag = "".join(chr(ord("a") + int(d)) for d in str(k))
        for a in articles:
            text = pattern.sub(lambda m, tag=tag: m.group(1) + tag, a.text)
            title = text.split("\n", 1)[0]
            out.append(Article(f"{k}-{a.source_name}", title, text))
    return out


def main(argv: list[str]) -> None:
    copies = int(argv[0]) if argv else 20
    folders = tuple(Path(p) for p in argv[1:]) or FOLDERS
    base = list(read_articles([f for f in folders if f.exists()]))
    articles = varied(base, copies, folders)
    size = sum(len(a.text) for a in articles) / len(articles)
    # CPU time of this process, best of three rounds: wall time swings with whatever else the
    # machine runs. Each round is new text to the caches (copies differ), the first one cold.
    best = None
    for round_ in range(3):
        batch = articles if round_ == 0 else varied(base, copies, folders, offset=copies * round_)
        start, cpu = time.perf_counter(), time.process_time()
        for article in batch:
            extract(article)
        timing = (time.process_time() - cpu, time.perf_counter() - start)
        best = min(best or timing, timing)
    cpu, elapsed = best
    print(
        f"{len(articles)} articles (mean {size / 1000:.1f} KB): {cpu:.2f} s CPU, "
        f"{len(articles) / cpu:.1f} articles/s per core ({elapsed:.2f} s wall)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
