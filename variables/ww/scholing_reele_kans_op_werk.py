from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_reele_kans_op_werk(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Een reële kans op werk na de scholing is aangetoond"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon aannemelijk heeft gemaakt dat hij na de scholing een reële kans op
    werk heeft. Standaard onwaar.
    """
