"""The reference sync hub: an aiohttp server over one SQLAlchemy database.

SQLite is the default; PostgreSQL (same URL scheme, ``postgresql+psycopg``)
is the path for city scale. The hub keeps an append-only change log per
space, the merged registers of every record (for snapshots and conflict
detection) and the enrolled devices.
"""
