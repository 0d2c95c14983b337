"""The duty feature's reports: what the shift hands over (交接班)."""
