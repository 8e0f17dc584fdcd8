"""Blind held-out set 3 (tests/heldout3): four invented articles annotated by hand on
2026-11-24 by someone who had not seen the extractor's rules.

First scoring run: micro-F1 0.494, certainty accuracy 1.000 (the honest figure). Its author
reported, in general terms, that most errors came from headlines that wrap the show's name in
a sentence ("X Is Officially Coming Back for Season 2"); one general rule for that
(`shows._named_in_body`) followed, without other changes: micro-F1 0.675 (P 0.812, R 0.577),
certainty 1.000. After wordings written from scratch and rules for the fourth set's described
and fifth sets' failure kinds: micro-F1 0.770 (P 0.870, R 0.691), certainty 1.000. The set is no longer fully
blind. The thresholds are the latest figures
minus 0.02, a regression guard.
Latest: 0.789, after the rounds of the 12th-18th sets."""

from pathlib import Path

from showgraph.extract.devscore import score_dir

HELDOUT3 = Path(__file__).parent / "heldout3"


def test_heldout3_micro_f1_and_certainty():
    score = score_dir(HELDOUT3)
    assert score.f1 >= 0.789 - 0.02
    assert score.certainty_accuracy >= 1.000 - 0.02
