"""Log sentences for resource and duty operations.

These operations write the details a reader needs (team, item, quantity,
depot) into the entry text, fields separated by "|"; the sentence names the
operation and lists those details.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "team.create": translate("resourcetext", "Rescue team added"),
        "team.add_member": translate("resourcetext", "Team member added"),
        "team.sample_members": translate(
            "resourcetext", "Sample team members generated"
        ),
        "team.status": translate("resourcetext", "Team status changed"),
        "team.assign": translate("resourcetext", "Team assigned to the incident"),
        "team.release": translate("resourcetext", "Team released"),
        "team.remove": translate("resourcetext", "Rescue team removed"),
        "depot.create": translate("resourcetext", "Supply depot added"),
        "supplies.seed_catalogue": translate(
            "resourcetext", "Supply catalogue loaded, items added"
        ),
        "supplies.receive": translate("resourcetext", "Supplies received"),
        "supplies.dispatch": translate("resourcetext", "Supplies dispatched"),
        "supplies.earmark": translate("resourcetext", "Supplies earmarked"),
        "supplies.return": translate("resourcetext", "Supplies returned"),
        "supplies.transfer": translate("resourcetext", "Supplies transferred"),
        "supplies.write_off": translate("resourcetext", "Supplies written off"),
        "supplies.stocktake": translate("resourcetext", "Stocktake recorded"),
        "stock.import": translate("resourcetext", "Stock imported"),
        "teams.import": translate("resourcetext", "Records imported"),
        "depots.import": translate("resourcetext", "Records imported"),
        "shelters.import": translate("resourcetext", "Records imported"),
        "experts.import": translate("resourcetext", "Records imported"),
        "businesses.import": translate("resourcetext", "Records imported"),
        "teams.sample": translate("resourcetext", "Sample records generated"),
        "depots.sample": translate("resourcetext", "Sample records generated"),
        "shelters.sample": translate("resourcetext", "Sample records generated"),
        "experts.sample": translate("resourcetext", "Sample records generated"),
        "businesses.sample": translate("resourcetext", "Sample records generated"),
        "stock.sample": translate("resourcetext", "Sample stock generated"),
        "shelter.create": translate("resourcetext", "Shelter added"),
        "shelter.occupancy": translate("resourcetext", "Shelter occupancy updated"),
        "shelter.open": translate("resourcetext", "Shelter opened or closed"),
        "expert.create": translate("resourcetext", "Expert added"),
        "resources.sample_remove": translate(
            "resourcetext", "Sample resource data removed"
        ),
        "duty.shift_add": translate("resourcetext", "Duty shift added"),
        "duty.shift_update": translate("resourcetext", "Duty shift changed"),
        "duty.shift_remove": translate("resourcetext", "Duty shift removed"),
        "duty.handover": translate("resourcetext", "Shift handover accepted"),
    }


ACTIONS = tuple(_labels())


def _sentence(action: str) -> Callable[[str], str]:
    def render(text: str) -> str:
        separator = translate("resourcetext", ", ", "between the details")
        parts = [part for part in text.split("|") if part.strip()]
        label = _labels()[action]
        if not parts:
            return label
        return translate("resourcetext", "{label}: {details}").format(
            label=label, details=separator.join(parts)
        )

    return render


RESOURCE_SENTENCES: dict[str, Callable[[str], str]] = {
    action: _sentence(action) for action in ACTIONS
}
