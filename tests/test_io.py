"""Writing and reading graph files: every format round-trips, writes are atomic."""

from __future__ import annotations

import pytest

from showgraph.errors import InputError, ShowgraphError
from showgraph.io import load_dataset, save_dataset, write_quads
from showgraph.rdf import article_graph_iri, to_dataset


def _quads(dataset):
    return {
        (s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads()
    }


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_dataset_formats_round_trip(tmp_path, sample_extraction, suffix):
    dataset = to_dataset([sample_extraction])
    path = save_dataset(dataset, tmp_path / f"graph{suffix}")
    assert _quads(load_dataset(path)) == _quads(dataset)


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_triple_formats_hold_the_union(tmp_path, sample_extraction, suffix):
    dataset = to_dataset([sample_extraction])
    loaded = load_dataset(save_dataset(dataset, tmp_path / f"graph{suffix}"))
    assert {q[:3] for q in _quads(loaded)} == {q[:3] for q in _quads(dataset)}
    assert article_graph_iri("moon-garden-s2.txt") not in {q[3] for q in _quads(loaded)}


def test_same_dataset_same_bytes(tmp_path, sample_extraction):
    a = save_dataset(to_dataset([sample_extraction]), tmp_path / "a.trig").read_bytes()
    b = save_dataset(to_dataset([sample_extraction]), tmp_path / "b.trig").read_bytes()
    assert a == b


def test_failed_write_leaves_no_file(tmp_path, sample_extraction):
    target = tmp_path / "graph.trig"

    def broken_quads():
        yield from to_dataset([sample_extraction]).quads()  # not pyoxigraph quads: fails

    with pytest.raises(TypeError):
        write_quads(broken_quads(), target)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_file(tmp_path, sample_extraction):
    target = save_dataset(to_dataset([sample_extraction]), tmp_path / "graph.trig")
    before = target.read_bytes()
    with pytest.raises(TypeError):
        write_quads(iter([object()]), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]


def test_unknown_suffix(tmp_path, sample_extraction):
    with pytest.raises(ShowgraphError, match=r"unknown graph format '\.xyz'"):
        save_dataset(to_dataset([sample_extraction]), tmp_path / "graph.xyz")


def test_malformed_graph_file(tmp_path):
    path = tmp_path / "bad.trig"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.trig: not valid TriG: .*line 1"):
        load_dataset(path)


def test_written_files_get_the_usual_permissions(tmp_path, sample_extraction):
    """Regression: mkstemp's owner-only 0600 must not leak into outputs."""
    import os

    umask = os.umask(0o022)
    try:
        path = save_dataset(to_dataset([sample_extraction]), tmp_path / "graph.trig")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644
