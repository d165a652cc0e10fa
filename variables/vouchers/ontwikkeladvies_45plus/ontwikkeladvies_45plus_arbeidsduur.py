from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_arbeidsduur(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Werkt gemiddeld ten minste twaalf uur per week (ontwikkeladvies 45+)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
        "https://zoek.officielebekendmakingen.nl/stcrt-2018-72839.html",
    ]
    documentation = """
    Art. 1 onder c: "die voor gemiddeld minimaal 12 uur per week werkzaam is" (invoer
    `arbeidsuren_per_week`).
    """

    def formula_2017_12_01(persoon, period, parameters):
        """Art. 1 onder c: "voor gemiddeld minimaal 12 uur per week werkzaam"."""
        p = parameters(period).vouchers.ontwikkeladvies_45plus
        return persoon("arbeidsuren_per_week", period) >= p.minimum_arbeidsuren_per_week
