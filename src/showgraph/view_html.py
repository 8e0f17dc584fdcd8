"""Render a view model (`view.view_model`) as one self-contained pyvis / vis-network page.

Every script and stylesheet is embedded (vis-network, tom-select and pyvis's helper script,
read from the pyvis package), so the page opens offline and nothing is written beside it.
Nodes and edges are handed to pyvis as whole lists (`Network.add_node` is quadratic); above
`PHYSICS_MAX_NODES` the layout is computed here once and physics is off.
"""

from __future__ import annotations

import json
import math
from importlib.resources import files
from pathlib import Path

__all__ = ["KIND_STYLE", "STATUS_DASHES", "PHYSICS_MAX_NODES", "render_html", "layout"]

#: Colour and shape of each node kind (also the legend).
KIND_STYLE: dict[str, dict] = {
    "show": {"color": "#d62728", "shape": "star", "size": 26},
    "season": {"color": "#ff7f0e", "shape": "diamond", "size": 16},
    "character": {"color": "#1f77b4", "shape": "dot", "size": 14},
    "actor": {"color": "#2ca02c", "shape": "dot", "size": 14},
    "person": {"color": "#9467bd", "shape": "dot", "size": 14},
    "platform": {"color": "#8c564b", "shape": "square", "size": 18},
    "work": {"color": "#e377c2", "shape": "triangle", "size": 16},
    "company": {"color": "#7f7f7f", "shape": "square", "size": 14},
    "place": {"color": "#bcbd22", "shape": "triangleDown", "size": 14},
    "genre": {"color": "#17becf", "shape": "hexagon", "size": 14},
}
#: vis-network `dashes` per edge status: solid, dashed, dotted.
STATUS_DASHES: dict[str, bool | list[int]] = {
    "asserted": False,
    "inferred": [8, 6],
    "speculative": [2, 5],
}
STATUS_TEXT = {
    "asserted": "stated in an article",
    "inferred": "inferred by reasoning",
    "speculative": "speculative (hedged in the article)",
}
PHYSICS_MAX_NODES = 1500
EDGE_LABELS_MAX = 3000  # beyond this many edges, labels only in the hover text

_PYVIS_LIB = Path(__import__("pyvis").__file__).parent / "templates" / "lib"
_ASSETS = {
    "vis_js": "vis-9.1.2/vis-network.min.js",
    "vis_css": "vis-9.1.2/vis-network.css",
    "tom_js": "tom-select/tom-select.complete.min.js",
    "tom_css": "tom-select/tom-select.css",
    "pyvis_utils_js": "bindings/utils.js",
}


def render_html(model: dict) -> str:
    """The page for a view model: graph, legend, search box and filter menu."""
    from pyvis.network import Network

    big = len(model["nodes"]) > PHYSICS_MAX_NODES
    net = Network(
        height="calc(100vh - 150px)",
        width="100%",
        directed=model["kind"] != "costar",
        cdn_resources="in_line",
        filter_menu=True,
    )
    # Bulk assignment: pyvis's add_node/add_edge check for duplicates on every call.
    net.nodes = vis_nodes(model, positions=layout(model) if big else None)
    net.edges = vis_edges(model, with_labels=len(model["edges"]) <= EDGE_LABELS_MAX)
    net.options = vis_options(big=big, costar=model["kind"] == "costar")
    net.set_template_dir(str(files("showgraph") / "templates") + "/", "view.html")
    net.templateEnv.globals.update(
        page_title=model["title"],
        assets=_assets(),
        legend=_legend(model),
        search_items=[
            {"id": n["id"], "label": n["label"], "names": " ".join(n["names"]), "kind": n["kind"]}
            for n in model["nodes"]
        ],
        big=big,
        counts={"nodes": len(model["nodes"]), "edges": len(model["edges"])},
    )
    return net.generate_html(name="view.html")


def vis_nodes(model: dict, positions: dict[str, tuple[float, float]] | None = None) -> list[dict]:
    out = []
    for node in model["nodes"]:
        style = KIND_STYLE[node["kind"]]
        item = {
            "id": node["id"],
            "label": node["label"],
            "group": node["kind"],
            "color": style["color"],
            "shape": style["shape"],
            "size": style["size"],
            "title": _node_hover(node),
        }
        if model["kind"] == "costar":
            item["value"] = len(node.get("shows", [])) or 1
        if positions is not None:
            x, y = positions[node["id"]]
            item.update(x=round(x, 1), y=round(y, 1))
        out.append(item)
    return out


def vis_edges(model: dict, with_labels: bool = True) -> list[dict]:
    labels = {n["id"]: n["label"] for n in model["nodes"]}
    out = []
    for edge in model["edges"]:
        item = {
            "id": edge["id"],
            "from": edge["source"],
            "to": edge["target"],
            "relation": edge["relation"],
            "status": edge["status"],
            "dashes": STATUS_DASHES[edge["status"]],
            "title": _edge_hover(edge, labels),
        }
        if with_labels:
            item["label"] = edge["label"]
        if "weight" in edge:
            item["value"] = edge["weight"]
        out.append(item)
    return out


def vis_options(big: bool, costar: bool = False) -> dict:
    options = {
        # Group styles too: vis applies a group's colour over the node's own.
        "groups": {
            kind: {"color": style["color"], "shape": style["shape"]}
            for kind, style in KIND_STYLE.items()
        },
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": not costar, "scaleFactor": 0.5}},
            "color": {"color": "#848484", "highlight": "#333333", "inherit": False},
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "smooth": False if big else {"type": "continuous"},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "navigationButtons": False,
        },
    }
    # improvedLayout (Kamada-Kawai seeding) gives up on graphs of many components anyway.
    options["layout"] = {"improvedLayout": False}
    if big:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
            "stabilization": {"enabled": True, "iterations": 250},
        }
    return options


# -- layout for big graphs ---------------------------------------------------------------


def layout(model: dict, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for every node, computed once (physics in the browser is too slow there).

    Platforms are hubs that tie every show together, so they are left out of the layout and
    placed among their neighbours afterwards. Each connected component is laid out on its
    own: a spring layout for small ones, a radial tree (linear time; networkx's spring layout
    needs memory quadratic in the nodes without scipy) for big ones; then components are
    packed in rows.
    """
    import networkx as nx

    hubs = {n["id"] for n in model["nodes"] if n.get("kind") == "platform"}
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in model["nodes"] if n["id"] not in hubs)
    g.add_edges_from(
        (e["source"], e["target"])
        for e in model["edges"]
        if e["source"] not in hubs and e["target"] not in hubs
    )
    components = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    placed: list[tuple[dict, float]] = []
    for component in components:
        sub = g.subgraph(component)
        if len(component) == 1:
            pos = {next(iter(component)): (0.0, 0.0)}
        elif len(component) <= 300:
            pos = nx.spring_layout(sub, seed=seed, iterations=50, scale=1.0)
        else:
            pos = _radial_tree(sub)
        scale = 40.0 * math.sqrt(len(component))  # room for ~40 px per node
        placed.append(({k: (x * scale, y * scale) for k, (x, y) in pos.items()}, scale))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    row_width = max(4000.0, 2.2 * placed[0][1]) if placed else 0.0
    for pos, scale in placed:
        size = 2 * scale + 80
        if x + size > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height, 0.0
        for k, (px, py) in pos.items():
            out[k] = (x + scale + 40 + float(px), y + scale + 40 + float(py))
        x += size
        row_height = max(row_height, size)
    _place_hubs(hubs, model["edges"], out)
    return out


def _radial_tree(g) -> dict[str, tuple[float, float]]:
    """A breadth-first tree from the best-connected node: ring d holds the nodes d steps
    away, each ring ordered by its parents' angles so that a subtree stays together."""
    import networkx as nx

    root = max(g.nodes, key=lambda n: (g.degree(n), n))
    parent = {root: root}
    rings: list[list[str]] = [[root]]
    depth = {root: 0}
    for up, child in nx.bfs_edges(g, root, sort_neighbors=sorted):
        parent[child] = up
        depth[child] = depth[up] + 1
        if depth[child] == len(rings):
            rings.append([])
        rings[depth[child]].append(child)
    angle = {root: 0.0}
    pos = {root: (0.0, 0.0)}
    for d, members in enumerate(rings[1:], start=1):
        members.sort(key=lambda n: angle[parent[n]])  # stable: BFS order within a parent
        r = d / (len(rings) - 1)
        for i, node in enumerate(members):
            angle[node] = 2 * math.pi * (i + 0.5) / len(members)
            pos[node] = (r * math.cos(angle[node]), r * math.sin(angle[node]))
    return pos


def _place_hubs(hubs: set[str], edges: list[dict], pos: dict) -> None:
    """Each hub at the middle of its neighbours (spread a little so hubs do not overlap)."""
    neighbours: dict[str, list[str]] = {h: [] for h in hubs}
    for e in edges:
        if e["source"] in hubs and e["target"] in pos:
            neighbours[e["source"]].append(e["target"])
        if e["target"] in hubs and e["source"] in pos:
            neighbours[e["target"]].append(e["source"])
    for i, hub in enumerate(sorted(hubs)):
        near = [pos[n] for n in neighbours[hub]] or [(0.0, 0.0)]
        cx = sum(p[0] for p in near) / len(near)
        cy = sum(p[1] for p in near) / len(near)
        pos[hub] = (cx + 60 * math.cos(i), cy + 60 * math.sin(i))


# -- text and assets ---------------------------------------------------------------------


def _node_hover(node: dict) -> str:
    lines = [f"{node['label']} ({node['kind']})"]
    others = [n for n in node["names"] if n != node["label"]]
    if others:
        lines.append("also: " + ", ".join(others))
    lines += node.get("facts", [])
    return "\n".join(lines)


def _edge_hover(edge: dict, labels: dict[str, str]) -> str:
    head = f"{labels.get(edge['source'])} {edge['label']} {labels.get(edge['target'])}"
    if edge["relation"] == "costar":
        return f"{head.replace(' ' + edge['label'] + ' ', ' & ')}: {', '.join(edge['shows'])}"
    lines = [head, STATUS_TEXT[edge["status"]]]
    for e in edge["evidence"][:3]:
        lines.append(f"“{e['sentence']}”\n  — {e['article']} ({e['certainty']})")
    if len(edge["evidence"]) > 3:
        lines.append(f"… and {len(edge['evidence']) - 3} more sources")
    return "\n".join(lines)


def _polygon(corners: int, start: float, radii: tuple[float, ...] = (6.5,)) -> str:
    """Points of a regular polygon (or, with two radii, a star) around (7, 7) in a 14px box."""
    steps = corners * len(radii)
    points = []
    for i in range(steps):
        angle = math.radians(start + 360 * i / steps)
        r = radii[i % len(radii)]
        points.append(f"{7 + r * math.cos(angle):.2f},{7 + r * math.sin(angle):.2f}")
    return f'<polygon points="{" ".join(points)}"/>'


#: The legend's icon of each vis-network shape (an inline SVG element in a 14px box).
_SHAPE_ICONS = {
    "dot": '<circle cx="7" cy="7" r="6"/>',
    "square": '<rect x="1.5" y="1.5" width="11" height="11"/>',
    "diamond": _polygon(4, -90),
    "triangle": _polygon(3, -90),
    "triangleDown": _polygon(3, 90),
    "hexagon": _polygon(6, 0),
    "star": _polygon(5, -90, (6.8, 2.8)),
}


def _legend_icon(kind: str) -> str:
    style = KIND_STYLE[kind]
    return (
        f'<svg class="icon" width="14" height="14" viewBox="0 0 14 14" fill="{style["color"]}"'
        f' aria-hidden="true">{_SHAPE_ICONS[style["shape"]]}</svg>'
    )


def _legend(model: dict) -> dict:
    return {
        "kinds": [(k, _legend_icon(k)) for k in model["legend"]["kinds"]],
        "statuses": [
            (
                s,
                "solid" if s == "asserted" else "dashed" if s == "inferred" else "dotted",
                STATUS_TEXT[s],
            )
            for s in model["legend"]["statuses"]
        ],
    }


def _assets() -> dict[str, str]:
    out = {}
    for key, rel in _ASSETS.items():
        text = (_PYVIS_LIB / rel).read_text(encoding="utf-8")
        if "</script" in text.lower() or "</style" in text.lower():  # would end the tag early
            raise RuntimeError(f"pyvis asset {rel} cannot be inlined as is")
        out[key] = text
    return out


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)
