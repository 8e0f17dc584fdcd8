"""Benchmark the view of a big graph: time to write a ~20,000-node page, and time for Chromium
to open it until the network is drawn.

    .venv/bin/python bench/view.py [--nodes 20000] [--output out/bench-view.html] [--no-browser]

The graph is synthetic (shows with seasons, characters, actors shared between shows, fates,
platforms, creators), made from hand-built `Extraction`s, so it needs no extractor.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from showgraph.model import Article, Extraction, Fact
from showgraph.namespaces import load_ontology
from showgraph.rdf import to_dataset
from showgraph.view import write_view

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NODES_PER_SHOW = 20.7  # measured: show, 3 seasons, 10 characters, ~5.7 actors (shared), creator


def synthetic_extractions(n_shows: int, seed: int = 1) -> list[Extraction]:
    rng = random.Random(seed)
    actors = [f"Actor {i}" for i in range(int(n_shows * 8))]
    platforms = [f"Platform {i}" for i in range(12)]
    out = []
    for i in range(n_shows):
        show = f"Show {i}"
        facts = [Fact("creator", show, person=f"Creator {i}", evidence="…")]
        for season in (1, 2, 3):
            facts.append(
                Fact(
                    "released",
                    show,
                    season,
                    date=f"{2015 + season}-01-01",
                    platform=rng.choice(platforms),
                    evidence="…",
                )
            )
        for c in range(10):
            character = f"Character {i}-{c}"
            facts.append(
                Fact("plays", show, actor=rng.choice(actors), character=character, evidence="…")
            )
            fate = rng.choice(["survives", "dies", "infected", "missing"])
            facts.append(
                Fact("fate", show, rng.randint(1, 3), character=character, fate=fate, evidence="…")
            )
        article = Article(f"show-{i}.txt", show, show)
        out.append(Extraction(article, tuple(facts)))
    return out


def open_in_chromium(page_path: Path) -> tuple[float, int]:
    """Seconds from navigation until the network has drawn once, and its node count."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), timeout=300_000)
            page.wait_for_function("window.showgraphDrawnAt !== undefined", timeout=300_000)
            elapsed = time.perf_counter() - started
            return elapsed, page.evaluate("nodes.length")
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--output", type=Path, default=Path("out/bench-view.html"))
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    dataset = to_dataset(
        synthetic_extractions(max(1, round(args.nodes / NODES_PER_SHOW))), ontology=load_ontology()
    )
    print(f"dataset: {len(dataset)} triples in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    written = write_view(dataset, args.output, title="bench")
    write_s = time.perf_counter() - started
    size_mb = args.output.stat().st_size / 1e6
    print(
        f"write_view: {written.nodes} nodes, {written.edges} edges, {size_mb:.1f} MB "
        f"in {write_s:.1f} s"
    )
    if not args.no_browser:
        seconds, drawn = open_in_chromium(args.output)
        print(f"chromium: drawn {drawn} nodes in {seconds:.1f} s")
        if drawn != written.nodes:
            print("error: the page drew a different number of nodes", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
