"""One plan's contents: notice, header, levels with triggers and actions.

Every trigger, action and measure set carries its verification marker
(示例（未核实） or 已核实) in a column of its own, and the plan's notice
stands above everything else, so a sample is never read as an official
provision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.plans.model import Action, MeasureSet, Plan, PlanLevel, Trigger
from widgets.board_parts import plain_label
from widgets.plan_labels import (
    NOTICE_STYLE,
    condition_text,
    due_offset_text,
    kind_text,
    level_text,
    plan_status_text,
    verification_colour,
    verification_text,
    yes_no,
)

# Columns of the contents tree.
ITEM, UNIT, ROLE, DUE, MANDATORY, VERIFICATION = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def notice_banner() -> QLabel:
    """The plan's notice (what is verified, what is a sample) as a banner."""
    label = plain_label()
    label.setObjectName("plan_notice")
    label.setStyleSheet(NOTICE_STYLE)
    return label


class PlanDetailView(QWidget):
    """Shows a plan: notice banner, header facts, and a tree of its contents.

    Attributes:
        notice_label: the plan's ``notice``, always shown above the rest.
        tree: levels (Ⅳ → Ⅰ) with their triggers and actions, then the
            measure sets (such as 五停); one row per item, with its marker.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.notice_label = notice_banner()
        self.header_labels = {
            name: plain_label()
            for name in (
                "title",
                "kind",
                "status",
                "issuer",
                "doc_no",
                "effective",
                "header",
            )
        }
        captions = {
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "issuer": self.tr("Issued by"),
            "doc_no": self.tr("Document no."),
            "effective": self.tr("Effective"),
            "header": self.tr("Header"),
        }
        # Two facts a row, so the contents below keep most of the height.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for index, (name, label) in enumerate(self.header_labels.items()):
            row, pair = (0, 0) if index == 0 else divmod(index + 1, 2)
            caption = QLabel(captions[name])
            caption.setEnabled(False)
            grid.addWidget(caption, row, pair * 2)
            grid.addWidget(label, row, pair * 2 + 1, 1, 3 if index == 0 else 1)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Unit"),
                self.tr("Role"),
                self.tr("Time limit"),
                self.tr("Mandatory"),
                self.tr("Verification"),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT, ROLE, DUE, MANDATORY, VERIFICATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice_label)
        layout.addLayout(grid)
        layout.addWidget(self.tree, 1)

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.tree.clear()
        self.notice_label.setVisible(plan is not None)
        if plan is None:
            for label in self.header_labels.values():
                label.clear()
            return
        self.notice_label.setText(plan.notice)
        self._header(plan)
        self.tree.addTopLevelItem(self._sources(plan))
        for level in plan.levels:
            self.tree.addTopLevelItem(self._level(level))
        for measures in plan.measures:
            self.tree.addTopLevelItem(self._measures(measures))
        self.tree.expandAll()
        # The sources are for checking; the levels are what is read.
        self.tree.topLevelItem(0).setExpanded(False)

    def _header(self, plan: Plan) -> None:
        unknown = self.tr("Unknown")
        values = {
            "title": plan.title,
            "kind": kind_text(plan.kind),
            "issuer": plan.issuer or unknown,
            "doc_no": plan.doc_no or unknown,
            "effective": plan.effective.isoformat() if plan.effective else unknown,
            "status": self.tr("{status} — version {version}").format(
                status=plan_status_text(plan.status), version=plan.version
            ),
            "header": verification_text(plan.verification),
        }
        for name, text in values.items():
            self.header_labels[name].setText(text)
        header = self.header_labels["header"]
        header.setStyleSheet(f"color: {verification_colour(plan.verification)};")

    def _sources(self, plan: Plan) -> QTreeWidgetItem:
        row = QTreeWidgetItem([self.tr("Sources ({n})").format(n=len(plan.sources))])
        row.setFirstColumnSpanned(True)
        for source in plan.sources:
            text = f"{source.id}  {source.title}"
            if source.note:
                text = f"{text} — {source.note}"
            child = QTreeWidgetItem([text])
            child.setToolTip(ITEM, source.url or "")
            row.addChild(child)
            child.setFirstColumnSpanned(True)
        return row

    def _level(self, level: PlanLevel) -> QTreeWidgetItem:
        title = level_text(level.level)
        if level.title:
            title = f"{title}  {level.title}"
        row = QTreeWidgetItem([title])
        row.setFirstColumnSpanned(True)
        font = row.font(ITEM)
        font.setBold(True)
        row.setFont(ITEM, font)
        for trigger in level.triggers:
            row.addChild(self._trigger(trigger))
        for action in level.actions:
            row.addChild(self._action(action))
        return row

    def _trigger(self, trigger: Trigger) -> QTreeWidgetItem:
        text = self.tr("Starts when: {text}").format(text=trigger.text)
        row = QTreeWidgetItem([text, "", "", "", "", ""])
        _mark(row, trigger.verification, trigger.id)
        condition = QTreeWidgetItem([condition_text(trigger)])
        condition.setForeground(ITEM, QBrush(QColor("#555555")))
        row.addChild(condition)
        condition.setFirstColumnSpanned(True)
        return row

    def _action(self, action: Action) -> QTreeWidgetItem:
        unit = action.unit
        if action.support:
            unit = self.tr("{unit} (with {support})").format(
                unit=unit, support="、".join(action.support)
            )
        row = QTreeWidgetItem(
            [
                action.task,
                unit,
                action.role or "",
                due_offset_text(action.due_minutes),
                yes_no(action.mandatory),
                "",
            ]
        )
        _mark(row, action.verification, action.id)
        return row

    def _measures(self, measures: MeasureSet) -> QTreeWidgetItem:
        title = self.tr("Measures: {title}").format(title=measures.title)
        row = QTreeWidgetItem([title, "", "", "", "", ""])
        font = row.font(ITEM)
        font.setBold(True)
        row.setFont(ITEM, font)
        _mark(row, measures.verification, measures.id)
        if measures.text:
            text = QTreeWidgetItem([measures.text])
            row.addChild(text)
            text.setFirstColumnSpanned(True)
        for action in measures.actions:
            row.addChild(self._action(action))
        return row

    def marker_rows(self) -> list[tuple[str, str]]:
        """(item id, marker text) of every marked row, in tree order."""
        found: list[tuple[str, str]] = []

        def walk(item: QTreeWidgetItem) -> None:
            item_id = item.data(ITEM, ID_ROLE)
            if item_id:
                found.append((item_id, item.text(VERIFICATION)))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found


def _mark(row: QTreeWidgetItem, verification: str, item_id: str) -> None:
    row.setText(VERIFICATION, verification_text(verification))
    row.setForeground(VERIFICATION, QBrush(QColor(verification_colour(verification))))
    row.setData(ITEM, ID_ROLE, item_id)
    row.setToolTip(ITEM, item_id)
