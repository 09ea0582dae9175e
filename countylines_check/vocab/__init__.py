"""Vocabulary as data: number words, qualifier readings, metric cues, forces and places.

Each table names its source in its module docstring. Code reads these tables; it never spells
out the words itself (no ``if word == ...`` chains).
"""
