"""Measurements of the dashboard: `python -m benchmarks` (add `--load` for 20 concurrent browser users).

Not tests: nothing here asserts; it prints a table with the targets beside the figures and writes JSON to
benchmarks/out/.
"""
