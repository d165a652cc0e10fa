"""Hervorming uit leerrechten_ser_seo.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.leerrechten_ser_seo.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
