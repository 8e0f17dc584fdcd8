"""Blind held-out set 9 (tests/heldout9): six invented articles in the dev corpus's genre and
format (explainers for a Korean historical creature horror, a Turkish thriller, an American teen
fantasy and a New Zealand mystery, a roundup of five shows under "STATUS | TITLE" headings, and
an "Is it renewed?" piece), written and annotated by hand without looking at the extractor, its
tests or the earlier held-out sets, after all the rounds of 2026-11-24. First scoring run:
micro-F1 0.650 (P 0.904, R 0.507), certainty accuracy 1.000; the roundup gave 2 of its 50
facts (without it: 0.761). Rules were then written for the failure kinds its README describes
in general terms ("STATUS | Title" headings, coordinated passives, writers and directors in other
words, "a detective named C"), each from our own example sentences: 0.787 (P 0.880, R 0.712),
certainty 1.000. No longer blind; the threshold is the latest figure minus 0.02
(0.803 after the rounds of the 12th-18th sets)."""

from pathlib import Path

from showgraph.extract.devscore import score_dir

HELDOUT9 = Path(__file__).parent / "heldout9"


def test_heldout9_micro_f1_and_certainty():
    score = score_dir(HELDOUT9)
    assert score.f1 >= 0.803 - 0.02
    assert score.certainty_accuracy >= 1.000 - 0.02
