"""Offline-first sync between workstation replicas and the hub.

The protocol is described in ``docs/sync-protocol.md``. This package is Qt
free: the console's window runs ``client.SyncClient`` on its asyncio loop,
the command line runs one round with ``eoc-console sync --once``.
"""
