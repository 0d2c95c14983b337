"""The emergency-plan library (应急预案).

Plan files (levels, triggers, actions, each with its verification status)
live in ``plans/library/`` and are loaded by the console's plan model.
"""
