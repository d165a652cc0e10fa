"""Helpers the formulas call: dates, studiejaar, AOW, NLQF, scheme calendars, parameter lookups, and the
law's structure (the conditions of each right, the contract's outputs). Imports only the country package."""
