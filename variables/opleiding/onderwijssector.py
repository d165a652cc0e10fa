from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class onderwijssector(Variable):
    value_type = Enum
    possible_values = Onderwijssector
    default_value = Onderwijssector.geen
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Onderwijssector van de opleiding waarvoor de persoon deze maand is ingeschreven"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.1&g=2026-01-01",
    ]
    documentation = """
    Invoer. `mbo` (beroepsonderwijs, WEB), `hbo` of `wo` (hoger onderwijs, WHW), of `geen`.
    Standaard `geen`.
    """
