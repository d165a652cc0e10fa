"""The auditor's explorer of the rules, as data: parameters with their history and sources,
variables with their formulas and conditions, and what changed between two dates.

Everything here reads a tax-benefit system and returns plain dicts and lists; the Regels
pages (`openfisca_llo/web/paginas/`) only render them.
"""
