"""Print score tables for annotated article sets.

    python -m showgraph.extract.devscore [-e] [DATA_DIR]   # DATA_DIR/articles vs DATA_DIR/gold
    python -m showgraph.extract.devscore [-e] --dir tests/heldout   # NAME.txt + NAME.gold.json
    python -m showgraph.extract.devscore --both            # dev set, then tests/heldout

`-e` lists the false positives, misses and certainty errors after each table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..articles import read_articles
from ..evaluate import Score, load_gold, score
from . import extract_corpus

DEV = Path("data")
HELDOUT = Path("tests/heldout")


def score_set(articles: Path, gold: Path) -> Score:
    """Extract every article under `articles` and score it against the gold under `gold`."""
    extractions = extract_corpus(read_articles([articles]))
    predicted = {e.article.source_name: list(e.facts) for e in extractions}
    return score(predicted, load_gold(gold))


def score_dev(data: Path = DEV) -> Score:
    """The dev set: `data/articles` scored against `data/gold`."""
    return score_set(data / "articles", data / "gold")


def score_dir(folder: Path = HELDOUT) -> Score:
    """A folder holding `NAME.txt` articles beside their `NAME.gold.json` files."""
    return score_set(folder, folder)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m showgraph.extract.devscore")
    parser.add_argument("data", nargs="?", type=Path, default=DEV, help="dev data folder")
    parser.add_argument("--dir", type=Path, help="folder of NAME.txt + NAME.gold.json")
    parser.add_argument("--both", action="store_true", help="dev set and tests/heldout")
    parser.add_argument("-e", "--errors", action="store_true", help="list the errors")
    args = parser.parse_args(argv)
    tables: list[tuple[str, Score]] = []
    if args.dir is None or args.both:
        tables.append((f"dev set ({args.data})", score_dev(args.data)))
    if args.dir is not None or args.both:
        folder = args.dir or HELDOUT
        tables.append((str(folder), score_dir(folder)))
    for i, (name, result) in enumerate(tables):
        if len(tables) > 1:
            print(("\n" if i else "") + f"== {name}")
        print(result.to_text(show_errors=args.errors))


if __name__ == "__main__":
    main()
