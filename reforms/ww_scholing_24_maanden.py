"""Hervorming uit ww_scholing_24_maanden.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.ww_scholing_24_maanden.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
