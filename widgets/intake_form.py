"""The fields of the intake form, laid out in the order of a first report.

``IntakeForm`` only builds, fills and reads the fields; ``IntakeDialog``
(``widgets.intake_dialog``) validates and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.domain.incidents import FIGURE_FIELDS, TEXT_FIELDS, Problem
from console.domain.levels import WARNING_LEVELS
from console.store.models import Incident
from widgets.field_problems import FieldProblems
from widgets.intake_fields import FigureEdit, GradeChooser, LossEdit
from widgets.labels import figure_name, localized, warning_label
from widgets.problems import DIVISION_UNKNOWN, LOCATION_NOT_NUMBERS, LOSS_NOT_NUMBER
from widgets.timefmt import from_qdatetime, time_edit, to_qdatetime

ACCIDENT = "accident"
MULTI_LINE = (
    "cause_and_course",
    "affected_area_and_trend",
    "measures_taken",
    "leaders_on_scene",
    "requests",
)
UNIT_FIELDS = ("unit_name", "unit_address", "unit_nature", "unit_scale")


class IntakeForm(QDialog):
    """The intake fields in a scrolling form, in the order a report states them.

    Attributes:
        text_edits: the free-text fields by ``IncidentDraft`` detail name.
        figure_edits: the head counts by figure name (empty: unknown).
        problems: the messages under the fields.
    """

    def __init__(
        self,
        context: ConsoleContext,
        parent: QWidget | None,
        *,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Phone intake"))
        self.problems = FieldProblems(self)
        self._build_fields(now())
        self._build_layout()
        self.category_combo.currentIndexChanged.connect(self._on_category)
        self._on_category()

    # --- building -----------------------------------------------------------

    def _line(self, placeholder: str = "", max_length: int = 500) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        lines = edit.fontMetrics().lineSpacing() * 3
        edit.setFixedHeight(lines + 2 * edit.frameWidth() + 12)
        return edit

    def _build_fields(self, now: datetime) -> None:
        self.title_edit = self._line(self.tr("What happened, where"), 200)
        self.received_edit = time_edit(now)
        self.occurred_edit = time_edit(now)
        self.lat_edit = self._line(self.tr("e.g. 29.80"), 20)
        self.lon_edit = self._line(self.tr("e.g. 121.55"), 20)
        self._build_division_combo()
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("— choose —"), "")
        for category in self._context.taxonomy.categories:
            self.category_combo.addItem(localized(category), category.code)
        self.type_combo = QComboBox()
        self.warning_combo = QComboBox()
        self.warning_combo.addItem(warning_label(None), None)
        for level in WARNING_LEVELS:
            self.warning_combo.addItem(warning_label(level), level)
        self.figure_edits = {name: FigureEdit() for name in FIGURE_FIELDS}
        self.loss_edit = LossEdit()
        self.loss_readable = QLabel()
        self.loss_readable.setTextFormat(Qt.TextFormat.PlainText)
        self.loss_edit.textChanged.connect(
            lambda: self.loss_readable.setText(self.loss_edit.readable())
        )
        self.grade = GradeChooser()
        self._build_text_edits()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build_division_combo(self) -> None:
        # Editable, so a town can be found by typing part of its name (with
        # an input method), which a plain combo cannot do for Chinese.
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        for division in queries.divisions(self._context.database):
            combo.addItem(division.name, division.id)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line = combo.lineEdit()
        line.setPlaceholderText(self.tr("Type part of the name, e.g. 中河"))
        line.editingFinished.connect(self._settle_division)
        self.division_combo = combo

    def _build_text_edits(self) -> None:
        hints = {
            "source_unit": self.tr("Unit that reported it"),
            "source_person": self.tr("Name and post"),
            "source_phone": self.tr("Call-back number"),
            "address": self.tr("Road, number, landmark"),
            "unit_name": self.tr("Full name of the unit"),
            "unit_address": self.tr("Registered or site address"),
            "unit_nature": self.tr("Ownership, industry"),
            "unit_scale": self.tr("Staff, output, capacity"),
            "cause_and_course": self.tr("How it started and developed"),
            "affected_area_and_trend": self.tr("Area, people, facilities; outlook"),
            "measures_taken": self.tr("Who did what, forces sent"),
            "leaders_on_scene": self.tr("Which leaders are on the scene"),
            "requests": self.tr("Support asked for, proposals"),
            "commander_contact": self.tr("Name, post, phone"),
            "reporter": self.tr("Who compiles this report"),
        }
        self.text_edits: dict[str, QLineEdit | QPlainTextEdit] = {
            name: self._text_box(hints[name])
            if name in MULTI_LINE
            else self._line(hints[name], 40 if name == "source_phone" else 500)
            for name in TEXT_FIELDS
        }

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _figures_grid(self) -> QWidget:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (name, edit) in enumerate(self.figure_edits.items()):
            row, column = divmod(index, 4)
            label = QLabel(figure_name(name))
            label.setBuddy(edit)
            grid.addWidget(label, row, 2 * column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(edit, row, 2 * column + 1)
        grid.setColumnStretch(8, 1)
        box = QWidget()
        column_layout = QVBoxLayout(box)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        column_layout.addLayout(grid)
        edits = list(self.figure_edits.values())
        shared = self.problems.label_for("deaths", edits[0])
        for name, edit in list(self.figure_edits.items())[1:]:
            self.problems.share(name, shared, edit)
        column_layout.addWidget(shared)
        box.setFocusProxy(edits[0])
        return box

    def _row(self, *widgets: QWidget, stretch_last: bool = False) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(widgets):
            last = index == len(widgets) - 1
            layout.addWidget(widget, 1 if stretch_last and last else 0)
        row.setFocusProxy(widgets[0])
        return row

    def _point_row(self) -> QWidget:
        parts: list[QWidget] = []
        for caption, edit in (
            (self.tr("Lat."), self.lat_edit),
            (self.tr("Lon."), self.lon_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            parts += [label, edit]
        return self._row(*parts)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        wrap, text = self.problems.wrap, self.text_edits
        self._add_call_rows(form, wrap, text)
        form.addRow(self._heading(self.tr("Time and place")))
        form.addRow(self.tr("Time occurred"), wrap(self.occurred_edit, "occurred_at"))
        form.addRow(self.tr("Town or street"), wrap(self.division_combo, "division"))
        form.addRow(
            self.tr("Map point"),
            wrap(
                self._point_row(),
                "location",
                self.lat_edit,
                self.lon_edit,
                self.division_combo,
            ),
        )
        form.addRow(self.tr("Address"), text["address"])
        form.addRow(self._heading(self.tr("Category")))
        form.addRow(self.tr("&Category *"), wrap(self.category_combo, "category"))
        form.addRow(self.tr("Type"), wrap(self.type_combo, "type"))
        form.addRow(self.tr("Warning level"), wrap(self.warning_combo, "warning_level"))
        form.addRow(self._heading(self.tr("Casualties, loss and grade")))
        form.addRow(self.tr("People"), self._figures_grid())
        loss_row = self._row(
            self.loss_edit,
            QLabel(self.tr("yuan")),
            self.loss_readable,
            stretch_last=True,
        )
        form.addRow(self.tr("Direct loss"), wrap(loss_row, "loss_yuan", self.loss_edit))
        form.addRow(
            self.tr("Initial grade"),
            wrap(self.grade, "grade", self.grade.combo, self.grade.reason_edit),
        )
        self._add_unit_rows(form, text)
        self._add_situation_rows(form, text)
        self._finish_layout(form)

    def _add_call_rows(self, form: QFormLayout, wrap: Any, text: Any) -> None:
        form.addRow(self._heading(self.tr("Call received")))
        form.addRow(self.tr("&Title *"), wrap(self.title_edit, "title"))
        form.addRow(self.tr("Time received"), wrap(self.received_edit, "received_at"))
        form.addRow(self.tr("Reporting unit"), text["source_unit"])
        form.addRow(self.tr("Caller"), text["source_person"])
        form.addRow(self.tr("Phone"), text["source_phone"])

    def _add_unit_rows(self, form: QFormLayout, text: Any) -> None:
        self._unit_rows: list[QWidget] = [
            self._heading(self.tr("Unit where it happened"))
        ]
        form.addRow(self._unit_rows[0])
        names = {
            "unit_name": self.tr("Unit name"),
            "unit_address": self.tr("Unit address"),
            "unit_nature": self.tr("Nature"),
            "unit_scale": self.tr("Scale"),
        }
        for name in UNIT_FIELDS:
            form.addRow(names[name], text[name])
            self._unit_rows.append(text[name])
        self._form = form

    def _add_situation_rows(self, form: QFormLayout, text: Any) -> None:
        form.addRow(self._heading(self.tr("Situation")))
        names = {
            "cause_and_course": self.tr("Cause and course"),
            "affected_area_and_trend": self.tr("Affected area and trend"),
            "measures_taken": self.tr("Measures taken"),
            "leaders_on_scene": self.tr("Leaders on scene"),
            "requests": self.tr("Requests"),
            "commander_contact": self.tr("On-scene commander"),
            "reporter": self.tr("Reported by"),
        }
        for name, caption in names.items():
            form.addRow(caption, text[name])

    def _finish_layout(self, form: QFormLayout) -> None:
        content = QWidget()
        content.setLayout(form)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hint = QLabel(
            self.tr(
                "Enter: next field · in text boxes Enter starts a new line and "
                "Tab goes on · Ctrl+Enter: save · only title and category are "
                "required, the rest can be completed later"
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problems.general)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        width = (
            content.sizeHint().width()
            + self.scroll.verticalScrollBar().sizeHint().width()
        )
        self.resize(max(640, width + 32), 820)

    # --- behaviour ------------------------------------------------------------

    @Slot()
    def _on_category(self) -> None:
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("— not known yet —"), "")
        category = self._context.taxonomy.category(self.category_combo.currentData())
        for item in category.types if category else ():
            self.type_combo.addItem(localized(item), item.code)
        accident = category is not None and category.code == ACCIDENT
        for widget in self._unit_rows:
            self._form.setRowVisible(widget, accident)

    @Slot()
    def _settle_division(self) -> None:
        index = self._division_index()
        if index is not None and index != self.division_combo.currentIndex():
            self.division_combo.setCurrentIndex(index)

    def _division_index(self) -> int | None:
        """The division the typed text names: exact, or the only partial match."""
        combo = self.division_combo
        text = combo.currentText().strip()
        if not text:
            return 0
        exact = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            return exact
        partial = [i for i in range(1, combo.count()) if text in combo.itemText(i)]
        return partial[0] if len(partial) == 1 else None

    def focus_order(self) -> list[QWidget]:
        """Every field in report order (the order Enter and Tab follow)."""
        text = self.text_edits
        return [
            self.title_edit,
            self.received_edit,
            text["source_unit"],
            text["source_person"],
            text["source_phone"],
            self.occurred_edit,
            self.division_combo,
            self.lat_edit,
            self.lon_edit,
            text["address"],
            self.category_combo,
            self.type_combo,
            self.warning_combo,
            *self.figure_edits.values(),
            self.loss_edit,
            self.grade.combo,
            self.grade.reason_edit,
            *(text[name] for name in UNIT_FIELDS),
            *(text[name] for name in MULTI_LINE),
            text["commander_contact"],
            text["reporter"],
        ]

    def multi_line_edits(self) -> list[QPlainTextEdit]:
        return [e for e in self.text_edits.values() if isinstance(e, QPlainTextEdit)]

    def focus_field(self, field: str) -> None:
        """Put the cursor in the field a problem names."""
        widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "received_at": self.received_edit,
            "occurred_at": self.occurred_edit,
            "division": self.division_combo,
            "location": self.lat_edit,
            "category": self.category_combo,
            "type": self.type_combo,
            "warning_level": self.warning_combo,
            "loss_yuan": self.loss_edit,
            "grade": self.grade.reason_edit
            if self.grade.needs_reason()
            else self.grade.combo,
            **self.figure_edits,
        }
        widgets.get(field, self.title_edit).setFocus()

    # --- reading and filling ------------------------------------------------

    def text_of(self, name: str) -> str:
        edit = self.text_edits[name]
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return text.strip()

    def set_text(self, name: str, value: str) -> None:
        edit = self.text_edits[name]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(value)
        else:
            edit.setText(value)

    def received_at(self) -> datetime:
        return from_qdatetime(self.received_edit.dateTime())

    def occurred_at(self) -> datetime:
        return from_qdatetime(self.occurred_edit.dateTime())

    def division_id(self) -> str | None:
        index = self._division_index()
        return None if index is None else self.division_combo.itemData(index)

    def category_and_type(self) -> tuple[str, str]:
        """The category and type codes; an unknown type is the category's default."""
        code = self.category_combo.currentData() or ""
        category = self._context.taxonomy.category(code)
        if category is None:
            return code, ""
        return code, self.type_combo.currentData() or category.default_type

    def set_point(self, lat: float | None, lon: float | None) -> None:
        self.lat_edit.setText("" if lat is None else f"{lat:.6f}")
        self.lon_edit.setText("" if lon is None else f"{lon:.6f}")

    def read_point(self) -> tuple[float | None, float | None, list[Problem]]:
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        problems = []
        if self._division_index() is None:
            problems.append(Problem("division", DIVISION_UNKNOWN))
        if not lat_text and not lon_text:
            return None, None, problems
        try:
            return float(lat_text), float(lon_text), problems
        except ValueError:
            return None, None, [*problems, Problem("location", LOCATION_NOT_NUMBERS)]

    def read_loss(self) -> tuple[float | None, list[Problem]]:
        try:
            return self.loss_edit.value(), []
        except ValueError:
            return None, [Problem("loss_yuan", LOSS_NOT_NUMBER)]

    def raw_values(self) -> dict[str, Any]:
        """Everything as typed, to tell whether the form was changed."""
        values: dict[str, Any] = {name: self.text_of(name) for name in TEXT_FIELDS}
        values.update(
            {name: edit.text() for name, edit in self.figure_edits.items()},
            title=self.title_edit.text(),
            received=self.received_edit.dateTime().toMSecsSinceEpoch(),
            occurred=self.occurred_edit.dateTime().toMSecsSinceEpoch(),
            division=self.division_combo.currentText(),
            lat=self.lat_edit.text(),
            lon=self.lon_edit.text(),
            category=self.category_combo.currentData(),
            type=self.type_combo.currentData(),
            warning=self.warning_combo.currentData(),
            loss=self.loss_edit.text(),
            grade=self.grade.chosen(),
            reason=self.grade.reason(),
        )
        return values

    def fill(self, incident: Incident) -> None:
        """Show an existing incident's facts in the fields."""
        self.title_edit.setText(incident.title)
        self.received_edit.setDateTime(to_qdatetime(incident.received_at))
        self.occurred_edit.setDateTime(to_qdatetime(incident.occurred_at))
        index = self.division_combo.findData(incident.division_id)
        self.division_combo.setCurrentIndex(max(index, 0))
        self.set_point(incident.lat, incident.lon)
        self.category_combo.setCurrentIndex(
            max(self.category_combo.findData(incident.category), 0)
        )
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(incident.type), 0))
        self.warning_combo.setCurrentIndex(
            max(self.warning_combo.findData(incident.warning_level), 0)
        )
        for name, edit in self.figure_edits.items():
            edit.set_value(getattr(incident, name))
        self.loss_edit.set_value(incident.loss_yuan)
        for name in TEXT_FIELDS:
            self.set_text(name, getattr(incident, name))

    def save(self) -> None:
        raise NotImplementedError
