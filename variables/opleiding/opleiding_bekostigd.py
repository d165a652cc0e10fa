from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class opleiding_bekostigd(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De opleiding wordt gevolgd aan een bekostigde instelling"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.8&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon is ingeschreven aan een door de overheid bekostigde instelling
    (universiteit, hogeschool of mbo-instelling). Standaard waar.
    Alleen aan een bekostigde instelling is het wettelijk collegegeld verschuldigd (WHW art. 7.45a).
    """
