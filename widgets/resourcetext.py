"""Log sentences for resource and duty operations.

These operations write the details a reader needs (team, item, quantity,
depot) into the entry text, fields separated by "|"; the sentence names the
operation and lists those details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("resourcetext", text)

    return {
        "team.create": tr("Rescue team added"),
        "team.add_member": tr("Team member added"),
        "team.sample_members": tr("Sample team members generated"),
        "team.status": tr("Team status changed"),
        "team.assign": tr("Team assigned to the incident"),
        "team.release": tr("Team released"),
        "team.remove": tr("Rescue team removed"),
        "depot.create": tr("Supply depot added"),
        "supplies.seed_catalogue": tr("Supply catalogue loaded"),
        "supplies.receive": tr("Supplies received"),
        "supplies.dispatch": tr("Supplies dispatched"),
        "supplies.earmark": tr("Supplies earmarked"),
        "supplies.return": tr("Supplies returned"),
        "supplies.transfer": tr("Supplies transferred"),
        "supplies.write_off": tr("Supplies written off"),
        "supplies.stocktake": tr("Stocktake recorded"),
        "stock.import": tr("Stock imported"),
        "stock.sample": tr("Sample stock generated"),
        "shelter.create": tr("Shelter added"),
        "shelter.occupancy": tr("Shelter occupancy updated"),
        "shelter.open": tr("Shelter opened or closed"),
        "expert.create": tr("Expert added"),
        "resources.sample_remove": tr("Sample resource data removed"),
        "duty.shift_add": tr("Duty shift added"),
        "duty.shift_update": tr("Duty shift changed"),
        "duty.shift_remove": tr("Duty shift removed"),
        "duty.handover": tr("Shift handover accepted"),
    }


ACTIONS = tuple(_labels())


def _sentence(action: str) -> Callable[[str], str]:
    def render(text: str) -> str:
        detail = "，".join(part for part in text.split("|") if part.strip())
        label = _labels()[action]
        return f"{label}：{detail}" if detail else label

    return render


RESOURCE_SENTENCES: dict[str, Callable[[str], str]] = {
    action: _sentence(action) for action in ACTIONS
}
