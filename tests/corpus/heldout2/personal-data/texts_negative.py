"""Negative messages, part 1 (stub)."""
ALL = []
