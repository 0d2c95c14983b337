"""Showing stored UTC times in the duty room's time zone.

Times are stored in UTC; officers read and type them in Beijing time
whatever the workstation's own time zone is set to, so every conversion for
display goes through here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

DISPLAY_ZONE_NAME = "Asia/Shanghai"
DISPLAY_ZONE = ZoneInfo(DISPLAY_ZONE_NAME)


def display_qtimezone() -> QTimeZone:
    """The display zone as a Qt time zone, for date-time editors."""
    return QTimeZone(DISPLAY_ZONE_NAME.encode("ascii"))


def format_local(moment: datetime | None, *, seconds: bool = False) -> str:
    """``moment`` in Beijing time as ``YYYY-MM-DD HH:MM``; empty for None."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return moment.astimezone(DISPLAY_ZONE).strftime(pattern)


def format_short(moment: datetime) -> str:
    """``moment`` in Beijing time as ``MM-DD HH:MM``, for narrow lists."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(DISPLAY_ZONE).strftime("%m-%d %H:%M")


def time_edit(moment: datetime | None = None) -> QDateTimeEdit:
    """A date-time editor that shows and takes Beijing time, to the minute.

    Without its zone set, the editor would show the workstation's own zone
    while every label shows Beijing time.
    """
    edit = QDateTimeEdit()
    edit.setTimeZone(display_qtimezone())
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    if moment is not None:
        edit.setDateTime(to_qdatetime(moment))
    return edit


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the display zone."""
    millis = int(moment.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(millis, display_qtimezone())


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any zone) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=UTC)
