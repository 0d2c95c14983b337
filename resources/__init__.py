"""Shipped data: seed data with source notes, translations, rules, sounds."""
