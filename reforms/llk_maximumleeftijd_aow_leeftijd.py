"""Hervorming uit llk_maximumleeftijd_aow_leeftijd.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.llk_maximumleeftijd_aow_leeftijd.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
