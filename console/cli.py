"""Command line: ``eoc-console [run]`` and ``eoc-console snapshot``.

The GUI modules are imported only by the commands that need them, so
commands that work on data alone start fast and run without Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from console import __version__, log, paths
from console.commands import common_options
from console.commands import modules as command_modules


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"size must look like 1600x900, not {text!r}"
        ) from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="eoc-console",
        description="District emergency-command console (应急指挥中心值班台).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser(
        "run", help="start the console (the default)", parents=[common]
    )
    run.add_argument("--lang", choices=["zh_CN", "en"], help="UI language")

    snapshot = commands.add_parser(
        "snapshot",
        help="write a picture of the situation map (态势图) and exit",
        parents=[common],
    )
    snapshot.add_argument("--out", required=True, type=Path, help="PNG file")
    snapshot.add_argument(
        "--size", type=_size, default=(1600, 900), help="window size WxH"
    )
    snapshot.add_argument("--lang", choices=["zh_CN", "en"], help="UI language")
    snapshot.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for the map"
    )

    for module in command_modules():
        module.register(commands)
    return parser


# 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe.
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        data_dir = paths.data_dir(getattr(args, "data_dir", None))
    except OSError as exc:
        print(f"eoc-console: cannot use data folder: {exc}", file=sys.stderr)
        return 2
    log.configure(data_dir / "logs", verbose=getattr(args, "verbose", False))

    handler = getattr(args, "handler", None)
    if handler is not None:
        try:
            return int(handler(args, data_dir))
        except BrokenPipeError:
            # The reader went away (``| head``): stop quietly, as Unix tools do.
            # Anything the command wrote to the database is already committed.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_BROKEN_PIPE

    from console import app

    if args.command == "snapshot":
        return app.snapshot(
            data_dir,
            out=args.out,
            size=args.size,
            language=args.lang,
            timeout_s=args.timeout,
        )
    return app.run_gui(data_dir, language=getattr(args, "lang", None))
