"""Read articles from .txt, .html and JSON Lines files, keeping the text that offsets refer to."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .model import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def find_article_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the article files to read, in a stable order.

    A folder contributes its .txt, .html and .jsonl files (recursively); other files in it,
    such as `*.gold.json`, are skipped, and a folder with none is an error. A file named
    explicitly must exist.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.startswith(".")
            )
            if not inside:
                raise InputError(path, "no .txt, .html or .jsonl articles in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return found


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """Yield every article in the given files and folders, as a stream."""
    for path in find_article_files(paths):
        yield from read_file(path)


def read_file(path: str | Path) -> Iterator[Article]:
    """Yield the article(s) in one file, choosing the reader by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif suffix in (".html", ".htm"):
        yield _read_html(path)
    else:
        yield _read_txt(path)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(path, "this is a binary file, not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            path, f"not valid UTF-8 (byte {err.start}); re-save the file as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")


def article_from_text(source_name: str, text: str, **meta: str | None) -> Article:
    """An article whose title is the first non-blank line of `text`."""
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(
        source_name=source_name, title=meta.pop("title", None) or title, text=text, **meta
    )


def _read_txt(path: Path) -> Article:
    return article_from_text(path.name, _decode(path))


def _read_html(path: Path) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = _decode(path)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True
    )
    if not text or not text.strip():
        raise InputError(path, "no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return article_from_text(path.name, text, url=meta.url if meta else None)


def _read_jsonl(path: Path) -> Iterator[Article]:
    content = _decode(path)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(path, f"not valid JSON ({err.msg})", line=number) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(path, 'each line must be an object with a "text" string', line=number)
        if not record["text"].strip():
            raise InputError(path, "the article text is empty", line=number)
        ident = str(record.get("id") or f"{path.stem}-{number}")
        title = record.get("title")
        text = record["text"]
        if title and not text.lstrip().startswith(title):
            text = f"{title}\n\n{text}"
        yield article_from_text(
            ident, text, title=title, url=record.get("url"), published=record.get("published")
        )
