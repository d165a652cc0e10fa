import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.nlqf import nlqf_sleutel
from openfisca_llo.regels.parameterindex import per_sleutel


class leervoucher_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bedrag van de gerichte leervoucher (voorstel; 0 zonder recht)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`).
        Het bedrag hangt af van het hoogst behaalde opleidingsniveau (`vouchers.leervoucher.bedrag.nlqf_0`
        tot en met `nlqf_8`), zodat een hervorming lager opgeleiden meer kan geven. 0 zonder recht.
    """

    def formula(persoon, period, parameters):
        """Voorstel: een bedrag per opleidingsniveau."""
        p = parameters(period).vouchers.leervoucher
        recht = persoon("leervoucher_recht", period)
        niveau = persoon("hoogst_behaalde_opleidingsniveau", period)
        return np.where(recht, per_sleutel(p.bedrag, nlqf_sleutel(niveau)), 0)
