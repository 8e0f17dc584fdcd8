"""Blind held-out sets 3 to 36 (tests/heldout3 ... tests/heldout36; the first two have their
own files): four to six invented articles each, in the layouts entertainment sites use, written
and annotated by hand by helpers who never opened the extractor, its tests or the other sets;
each set's README says what it holds, how it was made and what its one first run got wrong, in
general terms.

FIRST is that run's micro-F1, re-measured from a worktree at the commit of the run, whose rules
had never seen the set (the honest figure for new writing); LATEST is the figure after rules for
the failure kinds the READMEs describe, written from our own sentences
(tests/test_extract_patterns.py). No longer blind: the thresholds are the latest figures minus
0.02, a regression guard."""

from pathlib import Path

import pytest

from showgraph.extract.devscore import score_dir

HERE = Path(__file__).parent

# set: (first micro-F1, latest micro-F1, latest certainty accuracy)
SETS = {
    "heldout3": (0.494, 0.800, 1.000),  # Korean thriller, US teen drama, British "series", roundup
    "heldout4": (0.379, 0.769, 1.000),  # Radio Times piece, recap, brief, interview, listicle
    "heldout5": (0.442, 0.710, 1.000),  # K-drama item, tabloid, trade exclusive, recap, schedule
    "heldout6": (0.699, 0.842, 1.000),  # dev genre and format, six countries
    "heldout7": (0.603, 0.810, 1.000),  # dev genre and format, six countries
    "heldout8": (0.572, 0.788, 0.992),  # dev genre and format, a roundup under status headings
    "heldout9": (0.650, 0.815, 1.000),  # written after the 6th-8th rounds
    "heldout10": (0.643, 0.803, 0.990),  # written with every rule in; an "ending explained"
    "heldout11": (0.604, 0.866, 1.000),  # Q&A, "7 things", cast guide, brief, "previously on"
    "heldout12": (0.521, 0.908, 0.991),  # press release, review, predictions, schedule, deaths
    "heldout13": (0.386, 0.741, 0.988),  # casting report, true story, calendar, ending, odds
    "heldout14": (0.612, 0.900, 0.992),  # Q&A, British explainer, live blog, recap, who's who
    "heldout15": (0.458, 0.690, 0.975),  # Top 10 chart, episode guide, then and now, panel, exit
    "heldout16": (0.716, 0.846, 1.000),  # press-tour transcript, review, where to stream, wire
    "heldout17": (0.403, 0.772, 1.000),  # finale recap, cancellation, listicle, casting, Staffel
    "heldout18": (0.344, 0.657, 0.986),  # megathread, weekly listing, profile, guide, renewal
    # written after the rounds above, to measure them on new writing
    "heldout19": (0.564, 0.813, 1.000),  # explainers, roundup, ending explained, casting story
    "heldout20": (0.645, 0.850, 0.971),  # explainer, who dies, cancellation, "shows like", trailer
    # written after the 19th and 20th sets' round, in the dev corpus's own genre
    "heldout21": (0.864, 0.917, 1.000),  # five "everything we know" explainers
    "heldout22": (0.807, 0.853, 1.000),  # four explainers and a renewals roundup
    # written after the 21st and 22nd sets' round, in the dev corpus's own genre
    "heldout23": (0.743, 0.863, 0.992),  # five explainers (India, Spain, Nigeria, Germany, China)
    "heldout24": (0.771, 0.895, 1.000),  # three explainers, "will there be a season 3", roundup
    # written after the 23rd and 24th sets' round (first run re-measured at a clean commit)
    "heldout25": (0.698, 0.872, 1.000),  # five explainers (Japan, Turkey, Nigeria, Quebec, Philippines)
    "heldout26": (0.757, 0.894, 0.991),  # ending, cast guide, renewal news, release date, true story
    "heldout27": (0.498, 0.741, 1.000),  # Q&A, actor profile, characters ranked, newsletter, review
    # written after the 25th-27th round
    "heldout28": (0.797, 0.875, 1.000),  # five explainers (US, UK, Mexico, Japan, Australia)
    "heldout29": (0.722, 0.834, 1.000),  # ending, cast guide, renewals roundup, release date, true story
    "heldout30": (0.294, 0.575, 1.000),  # newsletter, actor Q&A, characters ranked, live blog, profile
    # written after the 28th-30th round
    "heldout31": (0.826, 0.844, 1.000),  # five explainers (China, Brazil, Scotland, Thailand, Greece)
    "heldout32": (0.578, 0.787, 1.000),  # ending, who's who guide, renewal news, release date, cancellation
    "heldout33": (0.322, 0.569, 1.000),  # newsletter, showrunner Q&A, characters ranked, live blog, profile
    # written after the 31st-33rd round
    "heldout34": (0.800, 0.815, 0.991),  # five explainers (Indonesia, Argentina, Wales, Vietnam, Poland)
    "heldout35": (0.773, 0.793, 1.000),  # ending, cast guide, renewals roundup, renewal news, "based on a book?"
    "heldout36": (0.523, 0.622, 1.000),  # newsletter, actor Q&A, characters ranked, newest-first live blog, profile
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_set_micro_f1_and_certainty(name):
    _first, latest, certainty = SETS[name]
    score = score_dir(HERE / name)
    assert score.f1 >= latest - 0.02, score.to_text(show_errors=True)
    assert score.certainty_accuracy >= certainty - 0.02
