"""The dialog a duty officer registers a new incident with."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.domain.incidents import GRADES, IncidentDraft, Problem, validate_draft
from console.ops.incidents import create_incident
from console.store.types import utcnow
from widgets.field_problems import FieldProblems
from widgets.keys import EnterMovesFocus
from widgets.labels import grade_badge_text, localized
from widgets.problems import LOCATION_NOT_NUMBERS, problem_message
from widgets.timefmt import from_qdatetime, time_edit

_log = logging.getLogger("eoc.ui")

PROBLEM_FIELDS = ("title", "category", "type", "occurred_at", "location", "grade")


class IncidentDialog(QDialog):
    """Registers one incident through ``create_incident``.

    Show it with ``open()`` (never ``exec()`` from a coroutine, pitfall A6).
    Problems found on saving appear under their fields and disappear as soon
    as that field is edited; a missing place or a point outside the district
    is only a warning the officer may confirm.

    Signals:
        incident_created(str): the incident was saved; carries its id.
    """

    incident_created = Signal(str)

    def __init__(
        self,
        context: ConsoleContext,
        parent: QWidget | None = None,
        *,
        lat: float | None = None,
        lon: float | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._now = now
        self._confirmation: QMessageBox | None = None
        self.created_incident_id: str | None = None
        self.setWindowTitle(self.tr("Register incident"))
        self.problems = FieldProblems(self)
        self._build_fields(lat, lon)
        self._build_layout()
        self._wire_keys()
        self.title_edit.setFocus()

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "save anyway?" question, if one is waiting."""
        return self._confirmation

    def problem_text(self, field: str) -> str:
        """The message shown under ``field`` (empty when none)."""
        return self.problems.text(field)

    def _build_fields(self, lat: float | None, lon: float | None) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("What happened, where"))

        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("— choose —"), "")
        for category in self._context.taxonomy.categories:
            self.category_combo.addItem(localized(category), category.code)
        self.type_combo = QComboBox()
        self.category_combo.currentIndexChanged.connect(self._fill_types)
        self._fill_types()

        self.occurred_edit = time_edit(self._now())

        self.lat_edit = QLineEdit("" if lat is None else f"{lat:.6f}")
        self.lat_edit.setPlaceholderText(self.tr("e.g. 29.80"))
        self.lon_edit = QLineEdit("" if lon is None else f"{lon:.6f}")
        self.lon_edit.setPlaceholderText(self.tr("e.g. 121.55"))

        self.division_combo = QComboBox()
        self.division_combo.addItem(self.tr("(none)"), None)
        for division in queries.divisions(self._context.database):
            self.division_combo.addItem(division.name, division.id)

        self.grade_combo = QComboBox()
        self.grade_combo.addItem(self.tr("Not graded yet"), None)
        for grade in GRADES:
            self.grade_combo.addItem(grade_badge_text(grade), grade)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("Caller, casualties, hazards, measures taken…")
        )
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.error_label = self.problems.general

    def _build_layout(self) -> None:
        form = QFormLayout()
        wrap = self.problems.wrap
        form.addRow(self.tr("&Title"), wrap(self.title_edit, "title"))
        form.addRow(self.tr("&Category"), wrap(self.category_combo, "category"))
        form.addRow(self.tr("T&ype"), wrap(self.type_combo, "type"))
        form.addRow(self.tr("Time &occurred"), wrap(self.occurred_edit, "occurred_at"))
        point = QHBoxLayout()
        for caption, edit in (
            (self.tr("Lat."), self.lat_edit),
            (self.tr("Lon."), self.lon_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            point.addWidget(label)
            point.addWidget(edit, 1)
        point_row = QWidget()
        point_row.setLayout(point)
        point.setContentsMargins(0, 0, 0, 0)
        point_row.setFocusProxy(self.lat_edit)
        form.addRow(self.tr("Map &point"), point_row)
        form.addRow(
            self.tr("Town or &street"),
            wrap(
                self.division_combo,
                "location",
                self.division_combo,
                self.lat_edit,
                self.lon_edit,
            ),
        )
        form.addRow(self.tr("Initial &grade"), wrap(self.grade_combo, "grade"))
        form.addRow(self.tr("&Description"), self.description_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        hint = QLabel(self.tr("Enter: next field · Ctrl+Enter: save"))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _wire_keys(self) -> None:
        order = [
            self.title_edit,
            self.category_combo,
            self.type_combo,
            self.occurred_edit,
            self.lat_edit,
            self.lon_edit,
            self.division_combo,
            self.grade_combo,
            self.description_edit,
            *self.buttons.buttons(),
        ]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        keys = EnterMovesFocus(self.save, self)
        keys.install(*order[:8])
        keys.install(self.description_edit, next_on_enter=False)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.save)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

    @Slot()
    def _fill_types(self) -> None:
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("— choose —"), "")
        category = self._context.taxonomy.category(self.category_combo.currentData())
        for item in category.types if category else ():
            self.type_combo.addItem(localized(item), item.code)

    def _read_point(self) -> tuple[float | None, float | None, list[Problem]]:
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        if not lat_text and not lon_text:
            return None, None, []
        try:
            return float(lat_text), float(lon_text), []
        except ValueError:
            return None, None, [Problem("location", LOCATION_NOT_NUMBERS)]

    def _draft(self) -> tuple[IncidentDraft, list[Problem]]:
        lat, lon, problems = self._read_point()
        draft = IncidentDraft(
            title=self.title_edit.text(),
            category=self.category_combo.currentData() or "",
            type=self.type_combo.currentData() or "",
            occurred_at=from_qdatetime(self.occurred_edit.dateTime()),
            lat=lat,
            lon=lon,
            division_id=self.division_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
            grade=self.grade_combo.currentData(),
        )
        return draft, problems

    @Slot()
    def save(self) -> None:
        """Validate; save, ask to confirm, or show what is wrong."""
        if self._confirmation is not None:
            return
        draft, local = self._draft()
        local_fields = {p.field for p in local}
        problems = local + [
            p
            for p in validate_draft(
                draft,
                now=self._now(),
                taxonomy=self._context.taxonomy,
                inside_district=self._context.outline.contains,
            )
            if p.field not in local_fields
        ]
        self.problems.show(problems)
        if any(not p.confirmable for p in problems):
            self._focus_field(problems[0].field)
            return
        if problems:
            self._ask_confirmation(draft, problems)
            return
        self._commit(draft)

    def _focus_field(self, field: str) -> None:
        widgets = {
            "title": self.title_edit,
            "category": self.category_combo,
            "type": self.type_combo,
            "occurred_at": self.occurred_edit,
            "location": self.lat_edit,
            "grade": self.grade_combo,
        }
        widgets.get(field, self.title_edit).setFocus()

    def _ask_confirmation(self, draft: IncidentDraft, problems: list[Problem]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Confirm incident"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        messages = "\n".join(problem_message(p.code) for p in problems)
        box.setText(
            self.tr("{problems}\nSave the incident anyway?").format(problems=messages)
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.YesRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(back)
        box.finished.connect(lambda _result: self._on_confirmed(box, save, draft))
        self._confirmation = box
        box.open()

    def _on_confirmed(
        self, box: QMessageBox, save: object, draft: IncidentDraft
    ) -> None:
        self._confirmation = None
        box.deleteLater()
        if box.clickedButton() is save:
            self._commit(draft)
        else:
            self._focus_field("location")

    def _commit(self, draft: IncidentDraft) -> None:
        try:
            incident = create_incident(self._context.operations, draft)
        except Exception:
            _log.exception("registering incident %r failed", draft.title)
            self.error_label.setText(
                self.tr("The incident could not be saved. Try again or call support.")
            )
            self.error_label.show()
            return
        _log.info("incident %s registered", incident.id)
        self.created_incident_id = incident.id
        self.incident_created.emit(incident.id)
        self.accept()
