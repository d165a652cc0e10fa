"""Hervorming uit leervoucher_tot_en_met_mbo_4.yaml, als OpenFisca-Reform.

Voor YAML-tests: `reforms: openfisca_llo.reforms.leervoucher_tot_en_met_mbo_4.Hervorming`.
"""

from openfisca_llo.hervorming import hervorming_uit_bestand

Hervorming = hervorming_uit_bestand(__file__)
