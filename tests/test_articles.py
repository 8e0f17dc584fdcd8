"""Reading articles: formats, offsets and clear errors for bad files."""

from __future__ import annotations

import json

import pytest

from showgraph.articles import find_article_files, read_articles, read_file
from showgraph.errors import InputError

from .conftest import ARTICLES


def test_txt_title_is_first_line_and_text_is_kept_verbatim(tmp_path):
    path = tmp_path / "show.txt"
    path.write_text("\n  Show Season 2: Everything\n\nBody text.\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.source_name == "show.txt"
    assert article.title == "Show Season 2: Everything"
    assert article.text == path.read_text(encoding="utf-8")


def test_folder_skips_gold_files_and_sorts(tmp_path):
    (tmp_path / "b.txt").write_text("B\n\nx", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\n\nx", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    assert [p.name for p in find_article_files([tmp_path])] == ["a.txt", "b.txt"]


def test_bundled_corpus_reads():
    articles = list(read_articles([ARTICLES]))
    assert len(articles) >= 9
    assert all(a.text and a.title for a in articles)


def test_jsonl_records_use_their_id_and_title(tmp_path):
    path = tmp_path / "corpus.jsonl"
    records = [
        {
            "id": "a1",
            "title": "First",
            "text": "Body one.",
            "url": "https://x/1",
            "published": "2024-01-02",
        },
        {"id": "a2", "title": "Second", "text": "Second\n\nBody two."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    first, second = read_file(path)
    assert (first.source_name, first.title, first.url) == ("a1", "First", "https://x/1")
    assert first.text.startswith("First\n\n") and first.text.endswith("Body one.")
    assert second.text == "Second\n\nBody two."  # the title is not repeated


def test_jsonl_bad_line_names_the_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"corpus.jsonl:2: not valid JSON"):
        list(read_file(path))


def test_html_main_text_without_boilerplate(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        """<html><head><title>Moon Garden Season 2: Everything We Know</title></head><body>
        <nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/news">News</a></nav>
        <article><h1>Moon Garden Season 2: Everything We Know</h1>
        <p>Moon Garden premiered on Netflix on March 3, 2023, and it quickly became one of the
        most watched shows of the spring in many countries around the world.</p>
        <p>Han Seo-yeon plays Kim Da-eun, a gardener who finds a door to another world behind the
        greenhouse and must decide whether to go through it or stay with her family.</p>
        </article>
        <aside class="related"><h3>See also</h3><ul><li><a href="/x">Other Show Season 3 Cast</a></li></ul></aside>
        <footer>Copyright 2024 Example Media. All rights reserved.</footer>
        </body></html>""",
        encoding="utf-8",
    )
    (article,) = read_file(path)
    assert "Han Seo-yeon plays Kim Da-eun" in article.text
    assert "Other Show Season 3" not in article.text
    assert "Copyright" not in article.text
    assert article.title == "Moon Garden Season 2: Everything We Know"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Caf\u00e9 Season 2".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        list(read_file(path))
    assert str(path) in str(info.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_article_files([tmp_path / "nope"])


def test_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "notes.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="no .txt, .html or .jsonl articles in this folder"):
        find_article_files([tmp_path])
