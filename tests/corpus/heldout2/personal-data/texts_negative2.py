"""Negative messages, part 2 (stub)."""
ALL = []
