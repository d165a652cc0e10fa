from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.studiejaar import in_studiejaar


class levenlanglerenkrediet_van_toepassing(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De regeling levenlanglerenkrediet geldt in het studiejaar van de persoon"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.1&g=2026-01-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/",
    ]
    documentation = """
    Het levenlanglerenkrediet geldt vanaf studiejaar 2017-2018: in het mbo vanaf 1 augustus 2017,
    in het hoger onderwijs vanaf 1 september 2017 (DUO). Gelezen op de eerste dag van het
    studiejaar van de persoon, zodat een hervorming die de regeling beëindigt dat per studiejaar
    doet.
    """

    def formula_2017_08_01(persoon, period, parameters):
        return in_studiejaar(persoon, period, parameters, lambda p: p.wsf.levenlanglerenkrediet.van_toepassing)
