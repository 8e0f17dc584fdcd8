"""The docs keep up with the code: every command in the README, every public name real."""

from __future__ import annotations

import importlib
import pkgutil
import re
import types

import showgraph
from showgraph.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert re.search(rf"`showgraph {name}\b", README), (
            f"README does not document `showgraph {name}`"
        )


def test_every_option_of_build_and_query_is_in_the_readme():
    for command in ("build", "query", "view"):
        for param in main.commands[command].params:
            names = [o for o in param.opts + param.secondary_opts if o.startswith("--")]
            if names and not set(names) & {"--help", "--output"}:
                assert any(o in README for o in names), f"README does not mention {command} {names}"


def test_all_is_exactly_the_public_api():
    public = {
        name
        for name, value in vars(showgraph).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"
    }
    assert set(showgraph.__all__) == public
    for name in showgraph.__all__:
        assert getattr(showgraph, name).__doc__, f"showgraph.{name} has no docstring"


def test_every_module_says_what_it_is_for():
    for info in pkgutil.walk_packages(showgraph.__path__, "showgraph."):
        module = importlib.import_module(info.name)
        assert module.__doc__ and module.__doc__.strip(), f"{info.name} has no module docstring"


def test_saved_queries_are_listed_in_the_readme():
    for name in showgraph.saved_queries():
        assert f"`{name}`" in README, f"README does not list the saved query {name}"
