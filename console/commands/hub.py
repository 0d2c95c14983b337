"""``eoc-console hub serve|enroll|compact``: the reference sync hub.

``--db`` takes a SQLAlchemy URL (``sqlite:///hub.sqlite``, a bare path, or
``postgresql+psycopg://user:pass@host/db``).
"""

from __future__ import annotations

import argparse
import ssl
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from console import paths
from console.commands import common_options
from console.commands.output import EXIT_OK, EXIT_USAGE, fail, print_json
from console.hub.store import HubStore, compact


def register(commands: Any) -> None:
    common = common_options()
    hub = commands.add_parser(
        "hub", help="run and administer the sync hub", parents=[common]
    )
    actions = hub.add_subparsers(dest="hub_command", required=True)

    serve = actions.add_parser(
        "serve", help="serve the sync protocol", parents=[common]
    )
    serve.add_argument("--listen", default="127.0.0.1:8443", help="HOST:PORT")
    serve.add_argument("--db", required=True, help="SQLAlchemy URL or SQLite path")
    serve.add_argument("--cert", type=Path, help="TLS certificate (PEM)")
    serve.add_argument("--key", type=Path, help="TLS private key (PEM)")
    serve.add_argument(
        "--max-skew-s", type=int, default=300, help="clock skew that warns (s)"
    )
    serve.set_defaults(handler=_serve)

    enroll = actions.add_parser(
        "enroll", help="enrol a workstation and print its token", parents=[common]
    )
    enroll.add_argument("--db", required=True)
    enroll.add_argument("--workstation", required=True, help="workstation name")
    enroll.add_argument(
        "--scope",
        help="a town or street, by name or code (a town office's token); "
        "without it, or with 鄞州区/330212, the whole district",
    )
    enroll.set_defaults(handler=_enroll)

    trim = actions.add_parser(
        "compact", help="drop old changes (older cursors rebuild)", parents=[common]
    )
    trim.add_argument("--db", required=True)
    trim.add_argument("--keep", type=int, required=True, help="changes to keep")
    trim.add_argument("--space", choices=["real", "drill"], default="real")
    trim.set_defaults(handler=_compact)


def division_scope(text: str) -> tuple[str, str] | None:
    """(division id, label) for a seeded division's code or name."""
    from console.seed import planned_divisions

    for division in planned_divisions(paths.resource("seed")):
        if text in (division.code, division.name):
            return division.id, f"{division.name} {division.code or ''}".strip()
    return None


# What names the whole district (a district workstation, no narrower scope).
DISTRICT_NAMES = ("district", "鄞州区", "330212")


def _enroll(args: argparse.Namespace, _data_dir: Path) -> int:
    name = args.workstation.strip()
    if not name:
        return fail("--workstation must name the workstation", EXIT_USAGE)
    scope: tuple[str, str] | None = None
    if args.scope and args.scope.strip() not in DISTRICT_NAMES:
        scope = division_scope(args.scope.strip())
        if scope is None:
            return fail(
                f"unknown division {args.scope!r}: give a town or street by name "
                "or code (e.g. 姜山镇), or leave --scope out for the whole district",
                EXIT_USAGE,
            )
    store = _open_store(args.db)
    if isinstance(store, str):
        return fail(store)
    try:
        replaced = store.active_tokens(name)
        token = store.enroll(
            name, scope[0] if scope else None, scope[1] if scope else ""
        )
    finally:
        store.dispose()
    if replaced:
        fail(
            f"warning: {name} was enrolled before; its earlier token no longer "
            "works, so give the workstation this new one",
            EXIT_OK,
        )
    print_json(
        {
            "workstation": name,
            "device": token.device_id,
            "scope": scope[1] if scope else "district",
            "token": token.text,
            "replaced_tokens": replaced,
        }
    )
    return EXIT_OK


def _open_store(url: str) -> HubStore | str:
    """The hub database at ``url`` (created if new), or why it cannot be."""
    try:
        return HubStore(url)
    except (SQLAlchemyError, OSError) as exc:
        reason = getattr(exc, "orig", None) or exc
        return f"cannot open the hub database {url}: {reason}"


def _compact(args: argparse.Namespace, _data_dir: Path) -> int:
    if args.keep < 0:
        return fail("--keep must be 0 or more changes", EXIT_USAGE)
    store = _open_store(args.db)
    if isinstance(store, str):
        return fail(store)
    try:
        print_json(
            {"space": args.space, "horizon": compact(store, args.space, args.keep)}
        )
    finally:
        store.dispose()
    return EXIT_OK


def _serve(args: argparse.Namespace, _data_dir: Path) -> int:
    from console.hub.server import parse_listen, serve, tls_context
    from console.hub.service import HubService, HubSettings

    try:
        parse_listen(args.listen)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    if (args.cert is None) != (args.key is None):
        return fail("give both --cert and --key, or neither", EXIT_USAGE)
    try:
        tls = tls_context(args.cert, args.key) if args.cert else None
    except (OSError, ssl.SSLError) as exc:
        return fail(f"cannot use the TLS certificate and key: {exc}", EXIT_USAGE)
    store = _open_store(args.db)
    if isinstance(store, str):
        return fail(store)
    service = HubService(store, settings=HubSettings(max_skew_s=args.max_skew_s))
    scheme = "https" if tls else "http"
    if tls is None:
        fail(
            "warning: serving plain HTTP; device tokens sign each request but "
            "the data crosses the network unencrypted: give --cert and --key "
            "outside a closed test network",
            EXIT_OK,
        )

    def announce() -> None:
        sys.stdout.write(f"hub {store.hub_id} listening on {scheme}://{args.listen}\n")
        sys.stdout.flush()

    try:
        serve(service, args.listen, tls=tls, on_listening=announce)
    except OSError as exc:
        return fail(f"cannot listen on {args.listen}: {exc.strerror or exc}")
    finally:
        store.dispose()
    return EXIT_OK
