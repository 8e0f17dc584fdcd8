"""Pausing Python's cyclic garbage collector around bulk work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection inside: making millions of tuples or lists that hold no cycles
    (the reasoner's closure, the rows of a query result) otherwise sets off collections that
    walk every object alive, again and again: several times slower on large runs, and worse
    when a whole rdflib graph is loaded, as in a notebook."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
