"""Blind held-out set 3 (tests/heldout3): four invented articles annotated by hand on
2026-11-24 by someone who had not seen the extractor's rules.

This set was never used to tune rules. The thresholds are the values measured on the one
scoring run (micro-F1 0.494, certainty accuracy 1.000) minus 0.02, so the test guards
against regressions only; do not tune rules against these articles, or the set stops being
an honest estimate.
"""

from pathlib import Path

from showgraph.extract.devscore import score_dir

HELDOUT3 = Path(__file__).parent / "heldout3"


def test_heldout3_micro_f1_and_certainty():
    score = score_dir(HELDOUT3)
    assert score.f1 >= 0.494 - 0.02
    assert score.certainty_accuracy >= 1.000 - 0.02
