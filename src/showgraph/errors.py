"""Exceptions showgraph raises for problems a user can act on.

ShowgraphError              base: every error the CLI turns into one line
 ├── InputError             an article or corpus file that cannot be read (path, line)
 ├── QueryError             a SPARQL query that does not parse or cannot run (line, column)
 ├── GoldError              a gold file that does not follow GOLD_FORMAT.md (path, where)
 └── StoreError             a store or endpoint that cannot be opened or reached
"""

from __future__ import annotations


class ShowgraphError(Exception):
    """Base class; `str(error)` is the one line the CLI prints."""


class InputError(ShowgraphError):
    """An input file that cannot be read; says which file and, where it helps, which line."""

    def __init__(self, path: object, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class QueryError(ShowgraphError):
    """A SPARQL query that does not parse or cannot run; says line and column when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.line = line
        self.column = column
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"malformed SPARQL query: {where}{message}")


class GoldError(ShowgraphError):
    """A gold file that does not follow GOLD_FORMAT.md; says which file and where."""

    def __init__(self, path: object, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


class StoreError(ShowgraphError):
    """A store or SPARQL endpoint that cannot be opened, reached or written."""
