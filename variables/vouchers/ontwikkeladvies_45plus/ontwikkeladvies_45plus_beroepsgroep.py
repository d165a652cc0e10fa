import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_beroepsgroep(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Valt in de doelgroep naar beroepsgroep (ontwikkeladvies 45+)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
        "https://zoek.officielebekendmakingen.nl/stcrt-2018-72839.html",
    ]
    documentation = """
    Art. 1 onder c (tot en met 2018): werkzaam "in een beroepsgroep, genoemd in artikel 2, tweede lid".
    Die woorden vervielen met Staatscourant 2018, 72839 (onderdeel A): vanaf 1 januari 2019 voor alle
    werkenden. Zolang de beperking gold, leest dit de invoer
    `werkzaam_in_beroepsgroep_ontwikkeladvies_45plus`.
    """

    def formula_2017_12_01(persoon, period, parameters):
        """Art. 1 onder c (oud): "in een beroepsgroep, genoemd in artikel 2, tweede lid"."""
        p = parameters(period).vouchers.ontwikkeladvies_45plus
        in_beroepsgroep = persoon("werkzaam_in_beroepsgroep_ontwikkeladvies_45plus", period)
        return np.where(p.beroepsgroep_vereist, in_beroepsgroep, True)
