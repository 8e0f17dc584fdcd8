"""Certainty and negation cues: hedges make a fact speculative, negations drop it."""

from __future__ import annotations

import re

HEDGE_RE = re.compile(
    # the modal "may" is lower-case; "in May" is a month
    r"\b(?:likely|unlikely|probably|possibly|perhaps|maybe|could|might|(?-i:may)(?!\s+\d)|would|"
    r"expect(?:s|ed)?|expecting|rumou?r(?:s|ed)?|reportedly|speculat\w*|hope[sd]?|hoping|guess|"
    r"predict\w*|seems?|appears? to|not (?:been )?(?:yet )?confirmed|unconfirmed|if we assume|"
    r"assum\w+|suggests?|potentially|tipped|should|estimated?|anticipated|in the works|"
    r"pencil+ed in|tentative(?:ly)?|provisional(?:ly)?|(?<![\w-])eyed|mooted|"
    r"we think|we believe|pinch of salt|(?:is|are|was|were) said to|in talks|touted|"
    # not "according to reports": a reported fact is still stated as a fact
    r"seemingly|apparently|allegedly|supposedly|insiders?|according to (?:rumou?rs|insiders))\b",
    re.I,
)
_STRONG = re.compile(
    r"\b(?:officially|announced|confirmed that|has confirmed|have confirmed|set to|set for|"
    r"will (?:premiere|arrive|be released|land|debut|drop|stream))\b",
    re.I,
)
NEGATION_RE = re.compile(
    r"\b(?:not|never|no|n't|neither|nor|without|yet to|has yet|have yet)\b(?![^,.;]*\b(?:until|before|till)\b)",
    re.I,
)
OPEN_FATE_RE = re.compile(
    r"\b(?:unclear|unknown|left open|ambiguous|anyone's guess|anybody's guess|never (?:spelled|made|shown)"
    r"|whether|remains to be seen|cliffhanger|if (?:he|she|they)|could (?:die|be killed)|may (?:die|be)|"
    r"might (?:die|be)|fear|would (?:die|be killed)|cuts away before)\b",
    re.I,
)


def certainty(clause: str) -> str:
    """'speculative' when the clause hedges, else 'confirmed'.

    >>> certainty("it will likely arrive in 2024"), certainty("it premieres on May 3, 2025")
    ('speculative', 'confirmed')
    """
    if HEDGE_RE.search(clause):
        return "speculative"
    return "confirmed"


def negated(clause: str, trigger_start: int, window: int = 40) -> bool:
    """Whether a negation stands shortly before the trigger at `trigger_start`."""
    return bool(NEGATION_RE.search(clause[max(0, trigger_start - window) : trigger_start]))
