"""Hervorming uit collegegeld_en_lesgeld_gehalveerd_2027_2028.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.collegegeld_en_lesgeld_gehalveerd_2027_2028.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
