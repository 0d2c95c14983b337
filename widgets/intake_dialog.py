"""The phone intake form (接报): every fact a first report states.

Built for taking a call: the fields follow the order of the first report,
Enter moves on, and the incident is saved with whatever is known
("先报已掌握的情况"; only title and category are required). The same form
opened on an existing incident completes it later: it changes only the
fields that were edited and records new figures as revisions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.domain.grading import IncidentFacts, suggest_grade
from console.domain.incidents import (
    FIGURE_FIELDS,
    TEXT_FIELDS,
    Figures,
    IncidentDraft,
    IntakeDetails,
    Problem,
    validate_draft,
)
from console.ops.incidents import (
    create_incident,
    record_figures,
    set_grade,
    set_warning_level,
    update_incident,
)
from console.rulebook import shipped
from console.store.models import Incident
from console.store.types import utcnow
from widgets.intake_form import IntakeForm
from widgets.keys import EnterMovesFocus, chain_tab_order
from widgets.problems import GRADE_REASON_REQUIRED, problem_message

_log = logging.getLogger("eoc.ui")

# Facts ``update_incident`` takes, compared between opening and saving.
_UPDATABLE = (
    "title",
    "received_at",
    "occurred_at",
    "division_id",
    "lat",
    "lon",
    "loss_yuan",
    *TEXT_FIELDS,
)
_LOCATION = ("division_id", "lat", "lon")


class IntakeDialog(IntakeForm):
    """Registers an incident from a call, or completes an existing one.

    Show it with ``show()`` or ``open()``, never ``exec()`` (pitfall A6).
    Problems appear under their fields and clear as soon as the field is
    edited; a missing or out-of-district place asks to confirm.

    Attributes:
        incident_id: the incident completed (None while registering).

    Signals:
        incident_saved(str): the incident was registered or completed.
    """

    incident_saved = Signal(str)

    def __init__(
        self,
        context: ConsoleContext,
        parent: QWidget | None = None,
        *,
        incident_id: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        incident = None
        if incident_id is not None:
            incident = queries.incident(context.database, incident_id)
            if incident is None or incident.deleted_at is not None:
                raise LookupError(f"no incident {incident_id}")
        super().__init__(context, parent, now=now)
        self._now = now
        self.incident_id = incident_id
        self._confirmation: QMessageBox | None = None
        self._discard_question: QMessageBox | None = None
        self._saved = False
        self._wire_keys()
        self.category_combo.currentIndexChanged.connect(self._refresh_suggestion)
        for edit in (*self.figure_edits.values(), self.loss_edit):
            edit.textChanged.connect(self._refresh_suggestion)
        self.type_combo.currentIndexChanged.connect(self._refresh_suggestion)
        if incident is not None:
            self._fill_from(incident)
        else:
            self.set_point(lat, lon)
        self._refresh_suggestion()
        self._initial = self.raw_values()
        self._initial_draft = self.read()[0]
        self.title_edit.setFocus()

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "save anyway?" question, if one is waiting."""
        return self._confirmation

    @property
    def discard_question(self) -> QMessageBox | None:
        """The open "close without saving?" question, if one is waiting."""
        return self._discard_question

    def is_dirty(self) -> bool:
        """Whether anything was typed or changed since the form opened."""
        return not self._saved and self.raw_values() != self._initial

    def _fill_from(self, incident: Incident) -> None:
        self.setWindowTitle(
            self.tr("Complete incident — {title}").format(title=incident.title)
        )
        self.fill(incident)
        decided = [
            d
            for d in queries.level_decisions(self._context.database, incident.id)
            if d.level_kind == "grade" and d.deleted_at is None
        ]
        if decided:
            self.grade.choose(incident.grade)
            self.grade.require_reason_unless(incident.grade)
        # Category and type decide the report chain; they are fixed once set.
        self.category_combo.setEnabled(False)
        self.type_combo.setEnabled(False)

    def _wire_keys(self) -> None:
        order = self.focus_order()
        buttons = self.buttons.buttons()
        chain_tab_order(self, [*order, *buttons])
        keys = EnterMovesFocus(self.save, self)
        multi_line = set(self.multi_line_edits())
        keys.install(*(w for w in order if w not in multi_line))
        keys.install(*multi_line, next_on_enter=False)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.save)
        for button in buttons:
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old in (
            self.division_combo,
            self.division_combo.lineEdit(),
        ):
            self._settle_division()
        # Enter moves focus through the window, which QScrollArea does not
        # see; keep the field being typed in on screen.
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 24, 48)

    def _facts(self) -> IncidentFacts | None:
        category, type_code = self.category_and_type()
        if not category:
            return None
        figures = {name: edit.value() for name, edit in self.figure_edits.items()}
        try:
            loss = self.loss_edit.value()
        except ValueError:
            loss = None
        return IncidentFacts(
            category=category, type=type_code, loss_yuan=loss, **figures
        )

    @Slot()
    def _refresh_suggestion(self) -> None:
        facts = self._facts()
        suggestion = suggest_grade(facts, shipped().grading) if facts else None
        if suggestion != self.grade.suggestion():
            self.grade.set_suggestion(suggestion)

    def read(self) -> tuple[IncidentDraft, list[Problem]]:
        """The form as a draft, with the problems only the form can see."""
        lat, lon, problems = self.read_point()
        loss, loss_problems = self.read_loss()
        category, type_code = self.category_and_type()
        details = IntakeDetails(
            received_at=self.received_at(),
            figures=Figures(
                **{name: edit.value() for name, edit in self.figure_edits.items()}
            ),
            loss_yuan=loss,
            warning_level=self.warning_combo.currentData(),
            **{name: self.text_of(name) for name in TEXT_FIELDS},
        )
        draft = IncidentDraft(
            title=self.title_edit.text().strip(),
            category=category,
            type=type_code,
            occurred_at=self.occurred_at(),
            lat=lat,
            lon=lon,
            division_id=self.division_id(),
            grade=self.grade.chosen(),
            grade_reason=self.grade.reason(),
            details=details,
        )
        if self.grade.needs_reason() and not self.grade.reason():
            problems.append(Problem("grade", GRADE_REASON_REQUIRED))
        return draft, problems + loss_problems

    def _problems(self, draft: IncidentDraft, local: list[Problem]) -> list[Problem]:
        local_fields = {p.field for p in local}
        found = local + [
            p
            for p in validate_draft(
                draft,
                now=self._now(),
                taxonomy=self._context.taxonomy,
                inside_district=self._context.outline.contains,
            )
            if p.field not in local_fields
        ]
        if self.incident_id is not None and not self._location_changed(draft):
            # Confirmed when the incident was registered; not asked again.
            found = [p for p in found if not (p.field == "location" and p.confirmable)]
        return found

    def _location_changed(self, draft: IncidentDraft) -> bool:
        before = self._initial_draft
        return any(getattr(draft, k) != getattr(before, k) for k in _LOCATION)

    @Slot()
    def save(self) -> None:
        """Validate; save, ask to confirm, or show what is wrong."""
        if self._confirmation is not None or self._saved:
            return
        draft, local = self.read()
        problems = self._problems(draft, local)
        self.problems.show(problems)
        blocking = [p for p in problems if not p.confirmable]
        if blocking:
            self.focus_field(blocking[0].field)
            return
        if problems:
            self._ask_confirmation(draft, problems)
            return
        self._commit(draft)

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
            self.focus_field("location")

    def _commit(self, draft: IncidentDraft) -> None:
        try:
            if self.incident_id is None:
                incident_id = create_incident(self._context.operations, draft).id
            else:
                incident_id = self.incident_id
                self._complete(draft)
        except Exception:
            _log.exception("saving the intake of %r failed", draft.title)
            self.problems.add(
                "",
                self.tr("The incident could not be saved. Try again or call support."),
            )
            return
        _log.info("intake of incident %s saved", incident_id)
        self._saved = True
        self.incident_id = incident_id
        self.incident_saved.emit(incident_id)
        self.accept()

    def _complete(self, draft: IncidentDraft) -> None:
        """Save what changed on an existing incident, through the operations."""
        assert self.incident_id is not None
        ops, before = self._context.operations, self._initial_draft
        now, was = _flat(draft), _flat(before)
        changes = {k: now[k] for k in _UPDATABLE if now[k] != was[k]}
        update_incident(ops, self.incident_id, changes)
        figures = {k: now[k] for k in FIGURE_FIELDS if now[k] != was[k]}
        if figures:
            record_figures(ops, self.incident_id, figures, source=self._source(draft))
        level = draft.details.warning_level
        if level != before.details.warning_level:
            set_warning_level(ops, self.incident_id, level, source=self._source(draft))
        self._complete_grade(draft)

    def _complete_grade(self, draft: IncidentDraft) -> None:
        chosen = draft.grade
        if chosen == self._initial_draft.grade:
            return
        grade = chosen if chosen is not None else self.grade.suggested()
        if grade is not None:
            set_grade(
                self._context.operations,
                self.incident_id or "",
                grade,
                reason=draft.grade_reason,
            )

    def _source(self, draft: IncidentDraft) -> str:
        details = draft.details
        caller = "，".join(p for p in (details.source_unit, details.source_person) if p)
        return caller or details.reporter or self._context.operations.officer

    def reject(self) -> None:
        """Close; when something was typed, ask first (a call is not repeated)."""
        if not self.is_dirty() or self._discard_question is not None:
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close intake"))
        box.setText(self.tr("Close without saving? What was typed will be lost."))
        discard = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.finished.connect(lambda _result: self._on_discard(box, discard))
        self._discard_question = box
        box.open()

    def _on_discard(self, box: QMessageBox, discard: object) -> None:
        box.deleteLater()
        if box.clickedButton() is discard:
            super().reject()
        self._discard_question = None


def _flat(draft: IncidentDraft) -> dict[str, Any]:
    """Every fact of a draft by its incident column name."""
    details = draft.details
    values: dict[str, Any] = {
        "title": draft.title,
        "occurred_at": draft.occurred_at,
        "division_id": draft.division_id,
        "lat": draft.lat,
        "lon": draft.lon,
        "received_at": details.received_at,
        "loss_yuan": details.loss_yuan,
    }
    values.update({k: getattr(details.figures, k) for k in FIGURE_FIELDS})
    values.update({k: getattr(details, k) for k in TEXT_FIELDS})
    return values


def open_intake(
    context: ConsoleContext,
    parent: QWidget | None = None,
    incident_id: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> IntakeDialog:
    """Show the intake form (non-modal, never ``exec()``) and return it.

    With ``incident_id`` the form opens on that incident to complete it; a
    form already open on the same incident under ``parent`` is raised
    instead of opening a second one.
    """
    if parent is not None and incident_id is not None:
        for dialog in parent.findChildren(IntakeDialog):
            if dialog.incident_id == incident_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = IntakeDialog(context, parent, incident_id=incident_id, lat=lat, lon=lon)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
