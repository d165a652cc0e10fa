from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class band_met_nederlandse_arbeidsmarkt(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft een band met de Nederlandse arbeidsmarkt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=1&g=2020-09-05",
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
    ]
    documentation = """
    Invoer. Waar als de persoon een band heeft met de Nederlandse arbeidsmarkt (NL leert door art. 1 onder
    d; ontwikkeladvies STAP art. 1). Standaard waar. De regelingen omschrijven die band niet nader.
    """
