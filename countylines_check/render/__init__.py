"""Renderers: Report -> str. They depend on the report, never the reverse."""
