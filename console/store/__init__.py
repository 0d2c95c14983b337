"""The local SQLite store: types, tables, engine discipline and migrations."""
