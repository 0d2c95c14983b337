"""``eoc-console sync``: one sync round with the hub, or the sync state.

``--hub`` and ``--token`` are remembered after the first use (the token in
the system keyring, or a 0600 file when there is none), so later runs need
neither. The exit status is non-zero when the round failed.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console import queries
from console.commands import common_options
from console.commands.data_folder import open_or_fail
from console.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, print_json
from console.context import ConsoleContext
from console.store.sync_models import RejectedOp, SyncConflict, SyncParked
from console.sync import auth, config, state
from console.sync.client import SyncClient
from console.sync.resolve import ConflictResolutionError, resolve_conflict
from console.sync.transport import HttpTransport


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "sync", help="sync with the hub (JSON)", parents=[common_options()]
    )
    parser.add_argument("--hub", help="hub URL, e.g. https://hub:8443 (remembered)")
    parser.add_argument("--token", help="device token from `hub enroll` (remembered)")
    parser.add_argument("--space", choices=["real", "drill"], help="real or drill")
    parser.add_argument("--once", action="store_true", help="run one round and exit")
    parser.add_argument(
        "--ca-file",
        type=Path,
        help="CA certificate of a hub with a private TLS certificate (remembered)",
    )
    parser.add_argument(
        "--show",
        action="store_true",
        help="print conflicts, refusals and held-back changes; no round",
    )
    parser.add_argument("--resolve", metavar="CONFLICT_ID", help="resolve a conflict")
    parser.add_argument("--keep", choices=["winner", "loser"], default="winner")
    parser.add_argument("--officer", default="", help="officer resolving a conflict")
    parser.set_defaults(handler=_sync)


def _credentials(
    args: argparse.Namespace, data_dir: Path, context: ConsoleContext
) -> tuple[config.SyncConfig, str] | str:
    """The hub and token to use: those given, else those remembered."""
    settings = config.load(data_dir)
    try:
        if args.hub:
            settings.hub_url = config.check_hub_url(args.hub)
    except config.SyncSettingError as exc:
        return str(exc)
    if args.ca_file:
        settings.ca_file = str(args.ca_file.resolve())
    if args.space:
        with context.database.read() as session:
            refusal = state.space_refusal(session.connection(), args.space)
        if refusal is not None:
            return refusal
        settings.space = args.space
    token = args.token
    if token:
        try:
            auth.parse_token(token)
        except auth.TokenError as exc:
            return str(exc)
    else:
        token = config.load_token(
            data_dir, context.workstation.id, settings.token_store
        )
    if not settings.hub_url or not token:
        return "give --hub and --token the first time"
    return settings, token


def _remember(
    data_dir: Path, account: str, settings: config.SyncConfig, token: str | None
) -> None:
    """Keep the hub (and a newly given token) for the next rounds."""
    if token:
        settings.token_store = config.store_token(data_dir, account, token)
        if settings.token_store == config.FILE:
            fail(
                "warning: no system keyring; the token is kept in "
                f"{data_dir / config.TOKEN_FILE} (owner-only)",
                EXIT_OK,
            )
    config.save(data_dir, settings)


def _show(context: ConsoleContext) -> int:
    with context.database.read() as session:
        conflicts = session.scalars(
            select(SyncConflict).where(SyncConflict.resolution == "")
        ).all()
        rejected = session.scalars(select(RejectedOp)).all()
        parked = session.scalars(select(SyncParked).order_by(SyncParked.hub_seq)).all()
        print_json(
            {
                "conflicts": [
                    {
                        "id": c.id,
                        "table": c.table_name,
                        "row_id": c.row_id,
                        "field": c.field,
                        "winner": c.winner_value,
                        "loser": c.loser_value,
                    }
                    for c in conflicts
                ],
                "rejected": [
                    {"op_id": r.op_id, "table": r.table_name, "reason": r.reason}
                    for r in rejected
                ],
                "parked": [
                    {"change": p.op_key, "hub_seq": p.hub_seq, "reason": p.reason}
                    for p in parked
                ],
            }
        )
    return EXIT_OK


def _conflict_id(context: ConsoleContext, text: str) -> str | None:
    """The full id of the conflict ``text`` names (or starts), or None."""
    found = queries.by_id_start(context.database, SyncConflict, text, limit=2)
    return found[0].id if len(found) == 1 else None


def _resolve(args: argparse.Namespace, context: ConsoleContext) -> int:
    if args.officer:
        context.operations.officer = args.officer
    conflict_id = _conflict_id(context, args.resolve)
    if conflict_id is None:
        return fail(
            f"no conflict {args.resolve!r}, or it starts more than one id: give "
            "the id or its first characters as sync --show prints it",
            EXIT_USAGE,
        )
    try:
        resolve_conflict(context.operations, conflict_id, args.keep)
    except ConflictResolutionError as exc:
        return fail(str(exc))
    print_json({"resolved": conflict_id, "kept": args.keep})
    return EXIT_OK


async def _rounds(
    client: SyncClient, once: bool, remember: Callable[[], None], *, new_token: bool
) -> int:
    """Run rounds; remember the credentials unless the hub refuses them."""
    try:
        first = True
        while True:
            result = await client.run_once()
            if first and result.refused:
                kept = "it was not saved" if new_token else "the saved token"
                fail(
                    f"the hub refused this workstation's token ({kept}). Check it, "
                    "or enrol the workstation again (hub enroll) and give the new "
                    "token with --token"
                )
            elif first:
                remember()
            first = False
            status = client.status
            print_json(
                {
                    "ok": result.ok,
                    "pushed": result.pushed,
                    "rejected": result.rejected,
                    "pulled": result.pulled,
                    "rebuilt": result.rebuilt,
                    "error": result.error,
                    "warnings": list(status.warnings),
                    "waiting": status.waiting,
                    "conflicts": status.conflicts,
                    "parked": status.parked,
                }
            )
            if once:
                return EXIT_OK if result.ok else EXIT_FAILED
            await asyncio.sleep(30 if result.ok else 60)
    finally:
        await client.close()


def _sync(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if args.show:
            return _show(context)
        if args.resolve:
            return _resolve(args, context)
        found = _credentials(args, data_dir, context)
        if isinstance(found, str):
            return fail(found, EXIT_USAGE)
        settings, token = found
        if args.hub and settings.hub_url.startswith("http://"):
            fail(
                "warning: http:// carries the district's data unencrypted; "
                "use https:// outside a closed test network",
                EXIT_OK,
            )
        try:
            ssl_context = config.tls_context(settings.ca_file)
        except config.SyncSettingError as exc:
            return fail(str(exc), EXIT_USAGE)
        client = SyncClient(
            context.database,
            context.workstation,
            HttpTransport(settings.hub_url, ssl_context=ssl_context),
            auth.parse_token(token),
            space=settings.space,
        )
        remember = functools.partial(
            _remember, data_dir, context.workstation.id, settings, args.token
        )
        return asyncio.run(
            _rounds(client, args.once, remember, new_token=bool(args.token))
        )
    finally:
        context.close()
