import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ontwikkeladvies_45plus_subsidie(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    end = "2020-01-10"
    label = "Subsidie voor het ontwikkeladviestraject (aan de adviseur; 0 zonder recht)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    € 600 per ontwikkeladviestraject, betaald aan de loopbaanadviseur; voor de werkende kosteloos
    (secundaire bronnen, middel).
    """

    def formula_2017_12_01(persoon, period, parameters):
        """Subsidie per ontwikkeladviestraject."""
        p = parameters(period).vouchers.ontwikkeladvies_45plus
        recht = persoon("ontwikkeladvies_45plus_recht", period)
        return np.where(recht, p.bedrag_per_traject, 0)
