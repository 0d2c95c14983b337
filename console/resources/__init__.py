"""Resources: rescue teams, supplies, shelters and experts.

Qt-free helpers around the operations layer: imports and exports of the
district's rosters (XLSX and CSV with Chinese headers), the synthetic
sample roster, radius search ("what is near this incident?") and the plain
dicts the map layers draw.
"""
