from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_web_of_whw_erkend(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing is een OCW-erkende beroepsopleiding of geaccrediteerde ho-opleiding, of een deel ervan"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=1&g=2023-09-04",
        "https://zoek.officielebekendmakingen.nl/stcrt-2023-20707.html",
    ]
    documentation = """
    Invoer. Waar als de scholing valt onder het begrip scholing van de Subsidieregeling STAP-budget art. 1
    (versie vanaf 18 september 2023): a. een beroepsopleiding als bedoeld in art. 7.1.2 lid 2 WEB, een
    keuzedeel of ander onderdeel daarvan, aan een bekostigde instelling of een instelling met erkenning
    (WEB art. 1.4.1); b. een geaccrediteerde opleiding als bedoeld in WHW art. 7.3a en 7.3b, of een
    onderdeel daarvan. Standaard onwaar. Ruimer dan `scholing_ocw_erkend` (Wsf- en WTOS-onderwijs): ook
    deeltijd, keuzedelen en onderdelen tellen mee.
    """
