"""The parser of ``plan-analysis`` as sphinx-argparse reads it (cli.md).

sphinx-argparse renders help strings as reStructuredText, where ``*`` starts
emphasis: a help text such as ``default: '**/*.txt'`` would come out garbled.
This module hands it the command's own parser with those characters escaped,
so the reference shows exactly what ``--help`` prints.
"""

from __future__ import annotations

import argparse

from plan_analysis.cli.main import build_parser

_SPECIAL = str.maketrans({"*": r"\*", "`": r"\`", "|": r"\|", "_": r"\_"})


def _escape(parser: argparse.ArgumentParser, seen: set[int]) -> None:
    if id(parser) in seen:
        return
    seen.add(id(parser))
    for action in parser._actions:
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS:
            action.help = action.help.translate(_SPECIAL)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if isinstance(choice.help, str):
                    choice.help = choice.help.translate(_SPECIAL)
            for sub in action.choices.values():
                _escape(sub, seen)


def parser() -> argparse.ArgumentParser:
    """``plan-analysis``'s parser, help strings escaped for reStructuredText."""
    built = build_parser()
    _escape(built, set())
    return built
