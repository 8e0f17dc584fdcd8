"""Cross-article name resolution: one canonical name per actor/person, per character within a
show, per show and per platform; every surface form maps to it."""

from __future__ import annotations

from ..model import Extraction


def resolve_corpus(extractions: list[Extraction]) -> list[Extraction]:
    return extractions
