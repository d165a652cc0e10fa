from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_baangarantie_of_intentie(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Baangarantie of baanintentie van een werkgever"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als een werkgever een baangarantie of baanintentie heeft afgegeven voor werk na
    de scholing (Beleidsregels scholing UWV: arbeidsmarktrelevantie). Standaard onwaar.
    """
