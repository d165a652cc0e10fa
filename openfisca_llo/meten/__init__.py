"""Benchmarks: they print figures and are never part of the tests."""
