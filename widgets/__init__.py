"""Qt widgets of the duty console: boards, dialogs, the log pane and the window.

Widgets only read (``console.queries``) and call operations (``console.ops``);
none of them writes to the database.
"""
