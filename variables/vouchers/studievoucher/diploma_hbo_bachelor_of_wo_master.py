from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class diploma_hbo_bachelor_of_wo_master(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft een hbo-bachelor of een wo-bachelor en wo-master behaald"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
    ]
    documentation = """
    Invoer. Waar als de persoon met goed gevolg een hbo-bacheloropleiding of het geheel van een
    wo-bacheloropleiding en een wo-masteropleiding heeft afgerond (art. 12.15 lid 2 onder b). Standaard
    onwaar.
    """
