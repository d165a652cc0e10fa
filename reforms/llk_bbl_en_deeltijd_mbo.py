"""Hervorming uit llk_bbl_en_deeltijd_mbo.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.llk_bbl_en_deeltijd_mbo.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
