"""Boards A and B together: which incident each shows, and keeping it.

Two incidents at once is the normal case in a district duty room (a fire
while a typhoon is being handled). The officer places them on A and B,
swaps them, steps through the others; the choice survives a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from widgets.incident_board import IncidentBoard
from widgets.incident_source import IncidentDiff, IncidentSource
from widgets.layout_store import BoardChoice, LayoutStore


class BoardPair(QObject):
    """Places incidents on boards A and B and remembers the officer's choice.

    Boards the officer has not chosen (not ``pinned``) follow the newest
    incidents; chosen ones stay until the officer changes them or the
    incident goes away.
    """

    def __init__(
        self,
        source: IncidentSource,
        board_a: IncidentBoard,
        board_b: IncidentBoard,
        store: LayoutStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._store = store
        self.boards = {"a": board_a, "b": board_b}
        self._restore()
        self.place_newest()
        source.reloaded.connect(self._on_reloaded)
        for board in self.boards.values():
            board.shown_changed.connect(self.save)

    def _restore(self) -> None:
        for name, board in self.boards.items():
            choice = self._store.board(name)
            chosen = choice.incident_id
            if choice.pinned and chosen and self._source.get(chosen) is not None:
                board.show_incident(chosen, pinned=True)

    @Slot()
    def save(self) -> None:
        self._store.save_boards(
            {
                name: BoardChoice(board.incident_id, board.pinned)
                for name, board in self.boards.items()
            }
        )

    def place_newest(self) -> None:
        """Fill the boards the officer has not chosen with the newest incidents."""
        boards = list(self.boards.values())
        kept = {board.incident_id for board in boards if board.pinned}
        newest = [i.id for i in self._source.incidents if i.id not in kept]
        for board in boards:
            if not board.pinned:
                board.show_incident(newest.pop(0) if newest else None)

    @Slot(object)
    def _on_reloaded(self, diff: IncidentDiff) -> None:
        board_a, board_b = self.boards["a"], self.boards["b"]
        local_create = diff.created and diff.action == "incident.create"
        # An officer who just registered an incident expects to see it, even
        # when both boards were chosen by hand.
        if local_create and board_a.pinned and board_b.pinned:
            board_a.pinned = False
        self.place_newest()

    def board_for(self, incident_id: str) -> IncidentBoard:
        """Where a marker click shows ``incident_id``: its board, else A."""
        board_b = self.boards["b"]
        return board_b if board_b.incident_id == incident_id else self.boards["a"]

    @Slot()
    def swap(self) -> None:
        """Exchange the incidents of A and B (both then count as chosen)."""
        board_a, board_b = self.boards["a"], self.boards["b"]
        first, second = board_a.incident_id, board_b.incident_id
        board_a.show_incident(second, pinned=True)
        board_b.show_incident(first, pinned=True)
        self.save()

    def step(self, name: str) -> str | None:
        """Show the next incident on board ``name`` (wrapping round).

        The incident on the other board is skipped while there is another
        to show, so the two boards do not end up alike.
        """
        board = self.boards[name]
        other = next(b for n, b in self.boards.items() if n != name)
        ids = [i.id for i in self._source.incidents]
        candidates = [i for i in ids if i != other.incident_id] or ids
        if not candidates:
            return None
        if board.incident_id in candidates:
            index = candidates.index(board.incident_id) + 1
        else:
            index = 0
        chosen = candidates[index % len(candidates)]
        board.show_incident(chosen, pinned=True)
        board.incident_selected.emit(chosen)
        self.save()
        return chosen
