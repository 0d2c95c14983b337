"""Command-line subcommands that work on data alone, without the GUI.

Each module here has ``register(subparsers)``, which adds its parser and sets
``handler`` to a function ``(args, data_dir) -> exit code``. Keeping them
apart from ``console.cli`` lets each capability own its own commands.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol


class _Module(Protocol):
    def register(self, commands: argparse._SubParsersAction[Any]) -> None: ...


Handler = Callable[[argparse.Namespace, Path], int]


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after its name.

    Used as a parent parser by the top level and by every subcommand, so
    ``eoc-console snapshot --data-dir D`` works as well as
    ``eoc-console --data-dir D snapshot``. SUPPRESS keeps a subcommand's
    unset option from overwriting the value given before it.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder (default: $EOC_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="debug logging",
    )
    return parser


def modules() -> list[_Module]:
    """The subcommand modules, in the order their help lists them."""
    from console.commands import duty, hub, incident, log, plan, resources, sync

    return [incident, plan, log, duty, resources, sync, hub]
