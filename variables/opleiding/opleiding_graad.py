from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import OpleidingGraad
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class opleiding_graad(Variable):
    value_type = Enum
    possible_values = OpleidingGraad
    default_value = OpleidingGraad.geen
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Graad waartoe de opleiding in het hoger onderwijs leidt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.12&g=2026-01-01",
    ]
    documentation = """
    Invoer. `associate_degree`, `bachelor`, `master`, `post_initiele_master` (WHW art. 7.3b) of
    `geen`. Standaard `geen`.
    """
