"""Views: the view model (what is drawn, filters), the self-contained page, costar, timeline."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from rdflib import RDFS

from showgraph import view_html
from showgraph.cli import main
from showgraph.errors import ShowgraphError
from showgraph.io import save_dataset
from showgraph.model import Article, Extraction, Fact, Span
from showgraph.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, SG, load_ontology
from showgraph.rdf import person_iri, platform_iri, season_iri, show_iri, to_dataset
from showgraph.view import RELATIONS, ViewOptions, find_nodes, view_model, write_view

EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", re.I)


def _fact(text: str, sentence: str, rel: str, show: str, **values) -> Fact:
    start = text.index(sentence)
    return Fact(rel, show, evidence=sentence, span=Span(start, start + len(sentence)), **values)


def second_article() -> Extraction:
    """Another show sharing an actor with Moon Garden, three seasons of fates, a rumour."""
    s = [
        "Han Seo-yeon plays Yoo Bi in Night Shift.",
        "Jang Woo plays Seo Min in Night Shift.",
        "Yoo Bi survives season 1.",
        "Seo Min dies in season 2.",
        "Newcomer Cha Eun plays Gong Ri, who dies in season 3.",
        "Rumour has it that Jang Woo may play Moon in Night Shift.",
    ]
    text = "Night Shift returns\n\n" + " ".join(s)
    show = "Night Shift"
    facts = (
        _fact(text, s[0], "plays", show, actor="Han Seo-yeon", character="Yoo Bi"),
        _fact(text, s[1], "plays", show, actor="Jang Woo", character="Seo Min"),
        _fact(text, s[2], "fate", show, season=1, character="Yoo Bi", fate="survives"),
        _fact(text, s[3], "fate", show, season=2, character="Seo Min", fate="dies"),
        _fact(text, s[4], "plays", show, actor="Cha Eun", character="Gong Ri"),
        _fact(text, s[4], "fate", show, season=3, character="Gong Ri", fate="dies"),
        _fact(
            text, s[5], "plays", show, actor="Jang Woo", character="Moon", certainty="speculative"
        ),
    )
    article = Article("night-shift.txt", "Night Shift returns", text)
    return Extraction(article, facts, names={"Yoo Bi": "Yoo Bi"}, show_names={show: show})


@pytest.fixture
def dataset(sample_extraction):
    ds = to_dataset([sample_extraction, second_article()], ontology=load_ontology())
    # What reasoning would add, by hand, so these tests do not depend on the reasoner.
    inferred = ds.graph(INFERRED_GRAPH)
    for actor, show in [("Han Seo-yeon", "Moon Garden"), ("Han Seo-yeon", "Night Shift")]:
        inferred.add((person_iri(actor), SG.actorIn, show_iri(show)))
        inferred.add((show_iri(show), SG.castMember, person_iri(actor)))  # an inverse: not drawn
    return ds


def node(model, label):
    [found] = [n for n in model["nodes"] if n["label"] == label]
    return found


def edges(model, relation=None, status=None):
    return [
        e
        for e in model["edges"]
        if (relation is None or e["relation"] == relation)
        and (status is None or e["status"] == status)
    ]


def labels(model) -> set[str]:
    return {n["label"] for n in model["nodes"]}


# -- the view model ----------------------------------------------------------------------


def test_nodes_have_kinds_and_all_their_names(dataset):
    model = view_model(dataset)
    assert node(model, "Moon Garden")["kind"] == "show"
    assert node(model, "Moon Garden season 1")["kind"] == "season"
    assert node(model, "Han Seo-yeon")["kind"] == "actor"
    assert node(model, "Park Min-ho")["kind"] == "person"
    assert node(model, "Netflix")["kind"] == "platform"
    assert node(model, "Night Bloom")["kind"] == "work"
    assert node(model, "Kim Da-eun")["names"] == ["Kim Da-eun", "Da-eun"]
    json.dumps(model)  # JSON-able


def test_only_relations_a_person_wants_to_see(dataset):
    model = view_model(dataset)
    drawn = {e["relation"] for e in model["edges"]}
    assert drawn <= set(RELATIONS)
    assert {"plays", "characterIn", "survives", "diesIn", "hasSeason", "platform"} <= drawn
    assert {"basedOn", "createdBy", "directedBy"} <= drawn
    assert "castMember" not in drawn  # inverse of actorIn, would draw every edge twice
    ids = {n["id"] for n in model["nodes"]}
    assert not any("/statement/" in i or "/article/" in i or "/rating/" in i for i in ids)


def test_edge_labels_come_from_the_ontology_graph(dataset):
    [directed] = edges(view_model(dataset), "directedBy")
    assert directed["label"] == "directed by"
    dataset.remove_graph(dataset.graph(ONTOLOGY_GRAPH))
    [directed] = edges(view_model(dataset), "directedBy")
    assert directed["label"] == "directedBy"  # no ontology: the local name


def test_edges_carry_evidence_source_and_certainty(dataset):
    model = view_model(dataset)
    [plays] = [e for e in edges(model, "plays") if e["target"].endswith("kim-da-eun")]
    assert plays["evidence"] == [
        {
            "sentence": "Han Seo-yeon plays Kim Da-eun.",
            "article": "Moon Garden Season 2: Everything We Know (moon-garden-s2.txt)",
            "certainty": "confirmed",
        }
    ]
    hover = {e["id"]: e["title"] for e in view_html.vis_edges(model)}[plays["id"]]
    assert "Han Seo-yeon plays Kim Da-eun" in hover and "moon-garden-s2.txt" in hover


def test_inferred_edges_are_marked_and_can_be_left_out(dataset):
    inferred = edges(view_model(dataset), "actorIn")
    assert len(inferred) == 2 and {e["status"] for e in inferred} == {"inferred"}
    assert edges(view_model(dataset, ViewOptions(inferred=False)), "actorIn") == []


def test_speculative_facts_only_on_request(dataset):
    assert "Moon" not in labels(view_model(dataset))
    model = view_model(dataset, ViewOptions(speculative=True))
    [rumour] = [e for e in edges(model, "plays") if e["target"].endswith("/moon")]
    assert rumour["status"] == "speculative"
    assert rumour["evidence"][0]["certainty"] == "speculative"
    # and the literal rumours show up in the hover text of the season
    assert "expected release: 2024 (speculative)" in node(model, "Moon Garden season 2")["facts"]


def test_show_filter_keeps_that_shows_world_only(dataset):
    model = view_model(dataset, ViewOptions(show="night shift"))
    assert {"Night Shift", "Yoo Bi", "Seo Min", "Han Seo-yeon", "Jang Woo"} <= labels(model)
    # the shared actor stays, but not her other show or its characters
    assert not {"Moon Garden", "Kim Da-eun", "Netflix"} & labels(model)
    ids = {n["id"] for n in model["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in model["edges"])


def test_unknown_show_is_a_clear_error(dataset):
    with pytest.raises(ShowgraphError, match="no show named 'Nowhere'"):
        view_model(dataset, ViewOptions(show="Nowhere"))


def test_focus_matches_alt_labels_case_insensitively_and_grows_with_depth(dataset):
    near = view_model(dataset, ViewOptions(focus="DA-EUN", depth=1))
    assert labels(near) == {"Kim Da-eun", "Han Seo-yeon", "Moon Garden", "Moon Garden season 1"}
    far = view_model(dataset, ViewOptions(focus="da-eun", depth=2))
    assert labels(near) < labels(far)
    assert {"Yoo Bi", "Night Shift"} <= labels(far)  # through the actor


def test_focus_does_not_cross_platforms(dataset):
    model = view_model(dataset, ViewOptions(focus="Netflix", depth=3))
    assert "Netflix" in labels(model)
    model = view_model(dataset, ViewOptions(focus="Kim Da-eun", depth=4))
    assert "Netflix" in labels(model)
    focus_seeds = find_nodes({n["id"]: n for n in model["nodes"]}, "netflix")
    assert len(focus_seeds) == 1


def test_focus_on_nobody_is_a_clear_error(dataset):
    with pytest.raises(ShowgraphError, match="no node named 'Nobody'"):
        view_model(dataset, ViewOptions(focus="Nobody"))


def test_until_season_hides_later_seasons_and_current_fates(dataset):
    model = view_model(dataset, ViewOptions(until_season=2, show="Night Shift"))
    assert "Night Shift season 3" not in labels(model)
    assert "Gong Ri" not in labels(model)  # first seen in season 3: a spoiler in itself
    fates = {(e["relation"], e["target"]) for e in model["edges"] if e["relation"] == "diesIn"}
    assert fates == set()  # Seo Min dies in season 2: hidden without --with-fates
    assert edges(model, "survives")  # Yoo Bi survives season 1: seen already

    model = view_model(dataset, ViewOptions(until_season=2, with_fates=True, show="Night Shift"))
    [dies] = edges(model, "diesIn")
    assert dies["target"] == str(season_iri("Night Shift", 2))
    assert "Gong Ri" not in labels(model)


def test_relations_filter(dataset):
    model = view_model(dataset, ViewOptions.from_kwargs(relations="plays,diesIn"))
    assert {e["relation"] for e in model["edges"]} == {"plays", "diesIn"}
    assert "Netflix" not in labels(model)  # nodes without a kept edge go
    with pytest.raises(ShowgraphError, match="unknown relation"):
        view_model(dataset, ViewOptions(relations=("playz",)))


def test_costar_links_actors_by_shared_shows(dataset):
    # a second shared show for Han Seo-yeon and Jang Woo
    ds = dataset
    ds.graph(INFERRED_GRAPH).add((person_iri("Jang Woo"), SG.actorIn, show_iri("Moon Garden")))
    model = view_model(ds, ViewOptions(kind="costar"))
    assert {n["kind"] for n in model["nodes"]} == {"actor"}
    pair = {str(person_iri("Han Seo-yeon")), str(person_iri("Jang Woo"))}
    [edge] = [e for e in model["edges"] if {e["source"], e["target"]} == pair]
    assert edge["weight"] == 2 and edge["shows"] == ["Moon Garden", "Night Shift"]
    cha_eun_jang_woo = {str(person_iri("Cha Eun")), str(person_iri("Jang Woo"))}
    [other] = [e for e in model["edges"] if {e["source"], e["target"]} == cha_eun_jang_woo]
    assert other["weight"] == 1 and other["shows"] == ["Night Shift"]


# -- the page ----------------------------------------------------------------------------


def test_page_is_self_contained_and_writes_nothing_else(dataset, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    written = write_view(dataset, tmp_path / "out" / "view.html", title="Test view")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out", "view.html"]  # no lib/
    html = written.path.read_text(encoding="utf-8")
    assert EXTERNAL.findall(html) == []
    assert "<title>Test view</title>" in html
    assert "vis.Network" in html and "new TomSelect" in html
    for kind in ("show", "season", "character", "actor", "person", "platform", "work"):
        assert f"</svg>{kind}</li>" in html  # in the legend, with its node's shape and colour
    legend = {kind: icon for icon, kind in re.findall(r"<li>(<svg.*?</svg>)(\w+)</li>", html)}
    assert len({legend["show"], legend["season"], legend["platform"], legend["work"]}) == 4
    assert view_html.KIND_STYLE["show"]["color"] in legend["show"] and "<polygon" in legend["show"]
    assert written.nodes == len(view_model(dataset)["nodes"]) and written.edges > 0


def test_external_resource_check_catches_cdn_links():
    assert EXTERNAL.findall('<link href="https://cdn.example/x.css">')
    assert EXTERNAL.findall("<script src=//cdn.example/x.js></script>")
    assert not EXTERNAL.findall('<a title="x">')


def test_vis_data_draws_status_and_kind(dataset):
    model = view_model(dataset, ViewOptions(speculative=True))
    by_status = {e["status"]: e["dashes"] for e in view_html.vis_edges(model)}
    assert by_status == {"asserted": False, "inferred": [8, 6], "speculative": [2, 5]}
    nodes = view_html.vis_nodes(model)
    assert {n["group"] for n in nodes} == set(model["legend"]["kinds"])
    [da_eun] = [n for n in nodes if n["label"] == "Kim Da-eun"]
    assert "also: Da-eun" in da_eun["title"]


def test_big_views_get_a_precomputed_layout_and_no_physics(dataset, monkeypatch):
    model = view_model(dataset)
    monkeypatch.setattr(view_html, "PHYSICS_MAX_NODES", 5)
    html = view_html.render_html(model)
    data = json.loads(re.search(r"new vis\.DataSet\((\[.*?\])\);", html).group(1))
    assert len(data) == len(model["nodes"]) and all("x" in n and "y" in n for n in data)
    assert '"physics": {"enabled": false}' in html


def test_layout_of_a_large_component_is_fast_and_spread(monkeypatch):
    n = 2000
    model = {
        "nodes": [{"id": str(i)} for i in range(n)],
        "edges": [{"source": str(i), "target": str(i // 3)} for i in range(1, n)],
    }
    pos = view_html.layout(model)
    assert len(pos) == n and len(set(pos.values())) == n  # every node has its own place


def test_write_is_atomic(dataset, tmp_path, monkeypatch):
    out = tmp_path / "view.html"
    out.write_text("old")

    def broken(model):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(view_html, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_view(dataset, out)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]


def test_wrong_suffix_is_a_clear_error(dataset, tmp_path):
    with pytest.raises(ShowgraphError, match=r"\.html"):
        write_view(dataset, tmp_path / "view.png")
    with pytest.raises(ShowgraphError, match=r"\.svg or \.png"):
        write_view(dataset, tmp_path / "t.html", kind="timeline")


# -- timeline ----------------------------------------------------------------------------


def test_timeline_svg_and_png(dataset, tmp_path):
    written = write_view(dataset, tmp_path / "t.svg", kind="timeline", title="Seasons")
    svg = written.path.read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert written.nodes == 3  # rows: Moon Garden S1 and S2, Moon Garden Kids (cancelled)
    png = write_view(dataset, tmp_path / "t.png", kind="timeline").path.read_bytes()
    assert png.startswith(b"\x89PNG")


def test_timeline_model_dates_and_spoilers(dataset):
    from showgraph.view_timeline import timeline_model

    model = timeline_model(dataset, ViewOptions(kind="timeline", speculative=True))
    [moon] = [s for s in model["shows"] if s["title"] == "Moon Garden"]
    seasons = {s["number"]: s["events"] for s in moon["seasons"]}
    assert {"event": "released", "date": "2023-03-03", "certainty": "confirmed"} in seasons[1]
    assert {"event": "expected release", "date": "2024", "certainty": "speculative"} in seasons[2]
    safe = timeline_model(dataset, ViewOptions(kind="timeline", until_season=1))
    assert [s["number"] for s in safe["shows"][0]["seasons"]] == [1]


# -- CLI ---------------------------------------------------------------------------------


@pytest.fixture
def graph_file(dataset, tmp_path):
    return save_dataset(dataset, tmp_path / "graph.trig")


def test_cli_view_writes_a_page(graph_file, tmp_path):
    out = tmp_path / "g.html"
    result = CliRunner().invoke(
        main, ["view", str(graph_file), "-o", str(out), "--show", "Moon Garden", "--speculative"]
    )
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"Wrote .*g\.html \(\d+ nodes, \d+ edges\)\.\n", result.stdout)
    assert "Night Shift" not in out.read_text()


def test_cli_view_warns_on_big_views(graph_file, tmp_path, monkeypatch):
    import showgraph.view

    monkeypatch.setattr(showgraph.view, "LARGE_VIEW_NODES", 3)
    result = CliRunner().invoke(main, ["view", str(graph_file), "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "--focus" in result.stderr
    assert "warning" not in result.stdout


def test_cli_view_errors_are_one_line(graph_file, tmp_path):
    result = CliRunner().invoke(
        main, ["view", str(graph_file), "-o", str(tmp_path / "g.html"), "--focus", "Nobody"]
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        "showgraph: error: no node named 'Nobody' in this view; check the spelling "
        "(labels and alternative labels match, case does not matter)"
    )


def test_cli_timeline_and_costar(graph_file, tmp_path):
    svg = tmp_path / "t.svg"
    result = CliRunner().invoke(
        main, ["view", str(graph_file), "--kind", "timeline", "-o", str(svg)]
    )
    assert result.exit_code == 0, result.output
    assert "<svg" in svg.read_text()
    result = CliRunner().invoke(
        main, ["view", str(graph_file), "--kind", "costar", "-o", str(tmp_path / "c.html")]
    )
    assert result.exit_code == 0, result.output


def test_a_node_without_a_label_is_named_by_its_iri(dataset):
    netflix = platform_iri("Netflix")
    for graph in dataset.graphs():
        graph.remove((netflix, RDFS.label, None))
    assert node(view_model(dataset), "netflix")["names"] == ["netflix"]


def test_encyclopedic_credits_are_drawn_with_their_own_kinds():
    text = (
        "Night Ferry\n\nNight Ferry is a 2019 horror film written by Ana Ruiz, "
        "produced by Lumen Pictures and filmed in Porto."
    )
    sentence = text.split("\n\n")[1]
    facts = [
        _fact(text, sentence, "writer", "Night Ferry", person="Ana Ruiz"),
        _fact(text, sentence, "genre", "Night Ferry", genre="horror"),
        _fact(text, sentence, "producer", "Night Ferry", company="Lumen Pictures"),
        _fact(text, sentence, "filming_location", "Night Ferry", place="Porto"),
    ]
    article = Article("night-ferry.txt", "Night Ferry", text)
    model = view_model(to_dataset([Extraction(article, tuple(facts))], ontology=load_ontology()))
    kinds = {node["label"]: node["kind"] for node in model["nodes"]}
    assert kinds == {
        "Night Ferry": "show",
        "Ana Ruiz": "person",
        "horror": "genre",
        "Lumen Pictures": "company",
        "Porto": "place",
    }
    assert {edge["relation"] for edge in model["edges"]} == {
        "writtenBy",
        "genre",
        "producedBy",
        "filmingLocation",
    }
