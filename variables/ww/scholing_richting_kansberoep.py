from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_richting_kansberoep(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing leidt tot een beroep dat UWV als kansberoep aanmerkt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=3&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037955&artikel=1&g=2016-05-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de scholing leidt tot een beroep op de lijst van kansberoepen van UWV.
    Standaard onwaar. Voorwaarde van de kansberoepregeling (art. 3 lid 1: scholing gericht op een
    kansberoep) en, via `ww_scholing_arbeidsmarktrelevant`, van noodzakelijke scholing in de WW
    (Beleidsregels Scholing 2016 art. 1: kansberoep).
    """
