from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import MboLeerweg
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class mbo_leerweg(Variable):
    value_type = Enum
    possible_values = MboLeerweg
    default_value = MboLeerweg.niet_van_toepassing
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Leerweg in het mbo: beroepsopleidend (bol) of beroepsbegeleidend (bbl)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.4&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007625&artikel=7.2.7&g=2026-01-01",
    ]
    documentation = """
    Invoer. De leerweg van de mbo-opleiding (WEB art. 7.2.7): `bol` of `bbl`;
    `niet_van_toepassing` buiten het mbo. Standaard `niet_van_toepassing`.
    """
