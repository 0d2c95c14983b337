"""The operation log (值班/处置日志): hash chains, search, exports, evidence.

Qt-free. Writes go through ``console.ops.oplog``; this package reads, checks
and exports what the operations wrote.
"""
