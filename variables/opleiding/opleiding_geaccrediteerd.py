from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class opleiding_geaccrediteerd(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De opleiding is geaccrediteerd of erkend en in BRON geregistreerd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.12&g=2026-01-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/",
    ]
    documentation = """
    Invoer. Waar als de opleiding geaccrediteerd is (WHW art. 5a.7 e.v.) of, in het mbo, erkend
    en in het basisregister onderwijs (BRON) opgenomen. Standaard waar.
    """
