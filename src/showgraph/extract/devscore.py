"""Print the dev-set score table: `python -m showgraph.extract.devscore [-e] [DATA_DIR]`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..articles import read_articles
from ..evaluate import load_gold, score
from . import extract_corpus


def main(argv: list[str]) -> None:
    errors = "-e" in argv
    args = [a for a in argv if a != "-e"]
    data = Path(args[0]) if args else Path("data")
    gold = load_gold(data / "gold")
    extractions = extract_corpus(read_articles([data / "articles"]))
    predicted = {e.article.source_name: list(e.facts) for e in extractions}
    print(score(predicted, gold).to_text(show_errors=errors))


if __name__ == "__main__":
    main(sys.argv[1:])
