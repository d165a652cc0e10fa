from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Arbeidspositie
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class arbeidspositie(Variable):
    value_type = Enum
    possible_values = Arbeidspositie
    default_value = Arbeidspositie.werknemer
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Positie op de arbeidsmarkt in deze maand"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=2&g=2017-07-18",
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Invoer. `werknemer`, `ambtenaar`, `zelfstandige_zonder_personeel`, `zelfstandige_met_personeel`,
    `werkloos` of `niet_werkzaam`. Standaard `werknemer`. Gebruikt voor de kansberoepregeling (art. 2:
    arbeid in loondienst of als zelfstandige) en het ontwikkeladvies 45+ (art. 1 onder c: niet-werkloze
    werknemer, ambtenaar of zzp'er). Een WW-uitkering staat in de aparte invoer `ww_uitkering`.
    """
