"""Texts of the resource views in the UI language.

The operations layer words its warnings and refusals in English for the log
and the command line; the views say the same things in the officer's
language, from the warning's code and the figures the view already shows.
A code this module does not know falls back to the operation's own text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.domain import resources_quals as quals
from console.domain.resources_ledger import NegativeBalanceError
from console.ops.resources_common import DispatchWarning
from maps.layers import BUSINESSES, DEPOTS, LAYER_NAMES, SHELTERS, TEAMS

translate = QCoreApplication.translate


def layer_label(name: str) -> str:
    labels = {
        TEAMS: translate("resources", "Rescue teams"),
        DEPOTS: translate("resources", "Supply depots"),
        SHELTERS: translate("resources", "Shelters"),
        BUSINESSES: translate("resources", "Supervised businesses"),
    }
    return labels.get(name, name)


def map_labels() -> dict[str, str]:
    """Names for the map's layers control and its sample-data mark."""
    labels = {name: layer_label(name) for name in LAYER_NAMES}
    labels["synthetic"] = translate("resources", "Sample data (not real)")
    labels["syntheticLayer"] = translate("resources", "(sample data)")
    return labels


def state_label(state: str) -> str:
    labels = {
        quals.EXPIRED: translate("resources", "expired"),
        quals.EXPIRING: translate("resources", "expiring soon"),
        quals.VALID: translate("resources", "valid"),
        quals.NO_EXPIRY: translate("resources", "no expiry"),
    }
    return labels.get(state, state)


def certificate_summary(expired: int, expiring: int) -> str:
    parts = []
    if expired:
        parts.append(translate("resources", "{n} expired").format(n=expired))
    if expiring:
        parts.append(translate("resources", "{n} expiring").format(n=expiring))
    return translate("resources", ", ").join(parts)


def open_label(is_open: bool) -> str:
    if is_open:
        return translate("resources", "Open")
    return translate("resources", "Closed")


def team_warning(
    warning: DispatchWarning,
    team: Mapping[str, Any],
    titles: Mapping[str, str],
) -> str:
    """One warning about assigning ``team`` (a ``dispatch_options`` team)."""
    name = team.get("name", "")
    if warning.code == "team_committed":
        others = "、".join(titles.get(i, i) for i in team.get("assigned_to") or ())
        return translate(
            "resources", "{team} is already assigned to the open incident {others}."
        ).format(team=name, others=others or "?")
    if warning.code == "team_not_standby":
        return translate(
            "resources", "{team} is {status}, not on standby (待命)."
        ).format(team=name, status=team.get("status", ""))
    if warning.code == "qualification_expired":
        expired = [
            f"{c['member']} {c['qualification']}"
            for c in team.get("certificates") or ()
            if c.get("state") == quals.EXPIRED
        ]
        return translate("resources", "{team}: expired certificates: {names}.").format(
            team=name, names="、".join(expired) or "?"
        )
    return warning.message


def stock_warning(
    warning: DispatchWarning,
    depot: Mapping[str, Any],
    item: str,
    unit: str,
    quantity: int,
) -> str:
    """One warning about taking ``quantity`` from ``depot`` (a stock row)."""
    if warning.code == "stock_committed":
        return translate(
            "resources",
            "{depot}: {item}: {quantity}{unit} asked for, but only {free}{unit} are"
            " free; {held}{unit} of the {balance}{unit} in stock are earmarked for"
            " other open incidents.",
        ).format(
            depot=depot.get("name", ""),
            item=item,
            quantity=quantity,
            unit=unit,
            free=depot.get("free", 0),
            held=depot.get("committed_elsewhere", 0),
            balance=depot.get("balance", 0),
        )
    return warning.message


def negative_balance(error: NegativeBalanceError, unit: str) -> str:
    return translate(
        "resources",
        "Refused: {depot} holds only {balance}{unit} of {item}, so {requested}{unit}"
        " cannot go out. Stock can never go below zero; nothing was recorded.",
    ).format(
        depot=error.depot,
        item=error.item,
        balance=error.balance,
        requested=error.requested,
        unit=unit,
    )


def warning_list(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)
