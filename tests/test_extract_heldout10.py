"""Blind held-out set 10 (tests/heldout10): five invented articles in the dev corpus's genre and
format (explainers for a Hindi political thriller, a Polish crime drama and an Egyptian family
saga, a renewals roundup, and an "ending explained" piece with a sub-heading per character),
written and annotated by hand without looking at the extractor, its tests or the earlier
held-out sets, after every rule of 2026-11-24 was in. First scoring run: micro-F1 0.643
(P 0.785, R 0.545), certainty accuracy 1.000: with the ninth set's 0.650, the figure to expect
on new articles of this kind. A last round for its described kinds (a heading per character,
roundup headings with any network in brackets, a few wordings) brought it to 0.690 (P 0.816,
R 0.597), certainty 0.988. No longer blind; the threshold is the latest figure minus 0.02
(0.790 after the rounds of the 12th-18th sets)."""

from pathlib import Path

from showgraph.extract.devscore import score_dir

HELDOUT10 = Path(__file__).parent / "heldout10"


def test_heldout10_micro_f1_and_certainty():
    score = score_dir(HELDOUT10)
    assert score.f1 >= 0.790 - 0.02
    assert score.certainty_accuracy >= 0.989 - 0.02
