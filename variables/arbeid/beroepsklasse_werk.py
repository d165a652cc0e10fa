from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Beroepsklasse
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class beroepsklasse_werk(Variable):
    value_type = Enum
    possible_values = Beroepsklasse
    default_value = Beroepsklasse.overig
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Beroepsklasse van het huidige werk"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.1&g=2025-02-28",
    ]
    documentation = """
    Invoer. De beroepsklasse van het werk van de persoon, in de indeling van SLIM-regeling art. 3.1:
    `pedagogisch`, `techniek`, `ict`, `transport_en_logistiek`, `agrifood_en_natuur`, `zorg_en_welzijn`
    of `overig`. Standaard `overig`. Beschrijvend; de regels kijken naar het beroep waartoe de scholing
    leidt (`scholing_beroepsklasse`).
    """
