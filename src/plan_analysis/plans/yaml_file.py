"""Reading a plan's YAML file: safe, alias-free, one-line errors.

Plan files are short hand-written mappings. YAML anchors and aliases
(``&a`` / ``*a``) have no use there, and a few lines of nested aliases expand
into billions of nodes (the "billion laughs"): whatever walks or prints the
value then runs for minutes or out of memory. They are refused while parsing,
before any value is built, so the cost stays linear in the file's size.

Kept free of pandas so the command line can read a plan's period cheaply.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from plan_analysis.errors import InputError


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing anchors and aliases as the parser meets them."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor is not None:
            mark = event.start_mark
            what = f"alias *{anchor}" if isinstance(event, yaml.AliasEvent) else f"anchor &{anchor}"
            raise InputError(
                f"YAML {what[:40]} is not allowed in a plan file",
                path=self.name,
                row=mark.line + 1,
                column=f"character {mark.column + 1}",
                expected="plain values written out (no &anchors or *aliases)",
            )
        return super().compose_node(parent, index)


def read_yaml_mapping(path: Path, *, expected: str = "a UTF-8 YAML mapping") -> dict[str, Any]:
    """The mapping a YAML file holds, or :class:`InputError` naming the file, line and problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})", path=path, expected=expected) from None
    except FileNotFoundError:
        raise InputError("file not found", path=path, expected=expected) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path=path, expected=expected) from None
    loader = _NoAliasLoader(text)
    loader.name = str(path)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        # PyYAML's message spans several lines with a caret drawing; keep the
        # problem and its position on one line.
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(
            f"not valid YAML: {problem}",
            path=path,
            row=None if mark is None else mark.line + 1,
            column=None if mark is None else f"character {mark.column + 1}",
            expected=expected,
        ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise InputError("not a mapping of fields", path=path, expected=expected)
    return data
