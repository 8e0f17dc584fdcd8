"""The view page in a real browser (Debian's Chromium, headless): it draws every node, logs no
error, asks for nothing outside the file, and its search box finds a node by another name.

`make test` installs Chromium (`make browser`); a screenshot goes to out/view-screenshot.png.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from showgraph.namespaces import load_ontology
from showgraph.rdf import character_iri, to_dataset
from showgraph.view import ViewOptions, view_model, write_view
from showgraph.view_html import PHYSICS_MAX_NODES, render_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = Path(__file__).resolve().parents[1] / "out" / "view-screenshot.png"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path):
    """The page once the network has drawn, with what it logged and requested so far."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(m.text))
    page.on("pageerror", lambda err: problems.append(f"uncaught: {err}"))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.showgraphDrawnAt !== undefined", timeout=60_000)
    return page, problems, requests


def test_page_draws_every_node_without_errors(browser, sample_extraction, tmp_path):
    dataset = to_dataset([sample_extraction], ontology=load_ontology())
    written = write_view(dataset, tmp_path / "view.html", speculative=True, title="Moon Garden")
    page, problems, requests = open_page(browser, written.path)

    drawn = page.evaluate(
        "[nodes.length, edges.length, Object.keys(network.getPositions()).length]"
    )
    assert drawn == [written.nodes, written.edges, written.nodes]
    assert page.get_attribute("body", "data-drawn") == str(written.nodes)
    assert problems == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert page.locator("#legend").inner_text().count("\n") >= 7  # kinds and edge styles

    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    page.close()


def test_search_box_finds_a_node_by_alternative_name(browser, sample_extraction, tmp_path):
    dataset = to_dataset([sample_extraction], ontology=load_ontology())
    written = write_view(dataset, tmp_path / "view.html")
    page, problems, _ = open_page(browser, written.path)

    page.click("#search-ts-control")
    page.keyboard.type("da-eun")
    page.locator(".ts-dropdown .option", has_text="Kim Da-eun").first.click()
    selected = page.evaluate("network.getSelectedNodes()")
    assert selected == [str(character_iri("Moon Garden", "Kim Da-eun"))]
    assert problems == []
    page.close()


def test_filter_menu_hides_other_kinds(browser, sample_extraction, tmp_path):
    dataset = to_dataset([sample_extraction], ontology=load_ontology())
    written = write_view(dataset, tmp_path / "view.html")
    page, problems, _ = open_page(browser, written.path)

    page.evaluate("kindControl.setValue(['character'])")
    visible = page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => n.group)")
    assert visible and set(visible) == {"character"}
    page.evaluate("resetView()")
    assert page.evaluate("nodes.get({filter: n => !n.hidden}).length") == written.nodes
    assert problems == []
    page.close()


def test_big_page_draws_with_precomputed_layout(browser, tmp_path):
    """Over PHYSICS_MAX_NODES nodes: positions come from the file, physics is off."""
    n = PHYSICS_MAX_NODES + 500
    model = {
        "title": "big",
        "kind": "graph",
        "nodes": [
            {"id": f"n{i}", "label": f"Person {i}", "kind": "actor", "names": [f"Person {i}"]}
            for i in range(n)
        ],
        "edges": [
            {
                "id": f"e{i}",
                "source": f"n{i}",
                "target": f"n{i // 4}",
                "relation": "plays",
                "label": "plays",
                "status": "asserted",
                "evidence": [],
            }
            for i in range(1, n)
        ],
        "legend": {"kinds": ["actor"], "statuses": ["asserted"]},
    }
    path = tmp_path / "big.html"
    path.write_text(render_html(model), encoding="utf-8")
    page, problems, _ = open_page(browser, path)
    assert page.evaluate("nodes.length") == n
    assert page.evaluate("network.physics.options.enabled") is False
    placed, drawn = page.evaluate("[nodes.get('n7').x, network.getPositions(['n7']).n7.x]")
    assert drawn == pytest.approx(placed, abs=1)  # vis rounds positions
    assert problems == []
    page.close()


def test_view_of_one_show_in_the_browser(browser, sample_extraction, tmp_path):
    dataset = to_dataset([sample_extraction], ontology=load_ontology())
    options = ViewOptions(focus="Kim Da-eun", depth=1)
    expected = len(view_model(dataset, options)["nodes"])
    written = write_view(dataset, tmp_path / "focus.html", options)
    page, problems, _ = open_page(browser, written.path)
    assert page.evaluate("nodes.length") == expected == 4
    assert problems == []
    page.close()


def test_chromium_is_debians():
    """Guards the rule: the system browser, never one playwright downloads."""
    assert shutil.which("chromium") is None or Path(shutil.which("chromium")).resolve() == (
        CHROMIUM.resolve()
    )
