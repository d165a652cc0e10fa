from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class heeft_bachelorgraad(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft eerder een bachelorgraad behaald"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon blijkens het basisregister onderwijs eerder een bachelorgraad
    heeft behaald (WHW art. 7.45a lid 1); daarmee gelijkgesteld (lid 7): een hbo-getuigschrift oude
    stijl en het kandidaatsexamen. Standaard onwaar.
    """
