"""Populations (synthetic and files), situations, comparison of reforms over a population, plots."""
