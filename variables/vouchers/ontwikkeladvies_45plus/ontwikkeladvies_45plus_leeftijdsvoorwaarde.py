from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Is vijfenveertig jaar of ouder (ontwikkeladvies 45+)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Art. 1 onder c: werkende "van vijfenveertig jaar of ouder".
    """

    def formula_2017_12_01(persoon, period, parameters):
        """Art. 1 onder c: "... van vijfenveertig jaar of ouder"."""
        p = parameters(period).vouchers.ontwikkeladvies_45plus
        return persoon("leeftijd", period) >= p.minimumleeftijd
