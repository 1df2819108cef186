"""Benchmarks and data generators; run as `python -m bench.<name>` from the project root."""
