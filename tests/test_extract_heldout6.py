"""Blind held-out set 6 (tests/heldout6): six invented articles in the dev corpus's own genre and
format (five "Season N: everything we know" explainers for a Spanish heist show, a Japanese
manga adaptation, a British period drama, a US teen horror and a Korean thriller, and one
renewals roundup), written and annotated by hand without looking at the extractor, its tests or
the earlier held-out sets. First scoring run: micro-F1 0.699 (P 0.847, R 0.595), certainty
accuracy 1.000: the honest figure for unseen articles of the kind showgraph is made for.
Rules were then written for the failure kinds its README describes in general terms, each from
our own example sentences: 0.813 (P 0.900, R 0.741), certainty 1.000; 0.818 after the
seventh and eighth sets' rounds. No longer blind; the
threshold is the latest figure minus 0.02
(0.828 after the rounds of the 12th-18th sets)."""

from pathlib import Path

from showgraph.extract.devscore import score_dir

HELDOUT6 = Path(__file__).parent / "heldout6"


def test_heldout6_micro_f1_and_certainty():
    score = score_dir(HELDOUT6)
    assert score.f1 >= 0.828 - 0.02
    assert score.certainty_accuracy >= 1.000 - 0.02
