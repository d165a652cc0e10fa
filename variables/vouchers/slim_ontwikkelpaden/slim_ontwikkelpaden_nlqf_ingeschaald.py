from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class slim_ontwikkelpaden_nlqf_ingeschaald(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2027-12-31"
    label = "De scholing heeft een NLQF-niveau"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.5&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Art. 3.5 lid 2 en 3.8 lid 3: de scholing is ingeschaald in het NLQF (niveau 1 of hoger; invoer
    `scholing_nlqf_niveau`).
    """

    def formula_2025_02_28(persoon, period):
        """Art. 3.8 lid 3: de scholing "heeft" een NLQF-niveau."""
        return persoon("scholing_nlqf_niveau", period) >= 1
