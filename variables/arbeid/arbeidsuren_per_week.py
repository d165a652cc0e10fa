from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class arbeidsuren_per_week(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Gemiddeld aantal arbeidsuren per week"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Invoer. Het gemiddelde aantal uren per week dat de persoon werkt. Standaard 0. Gebruikt voor het
    ontwikkeladvies 45+ (art. 1 onder c: gemiddeld minimaal 12 uur per week).
    """
