import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_geen_eerdere_toekenning(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Kreeg dit kalenderjaar nog geen STAP-budget"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=12&g=2023-09-04",
    ]
    documentation = """
    Art. 12 lid 1 onder c: de aanvraag wordt geweigerd als de aanvrager "in het desbetreffende
    kalenderjaar al een beschikking tot subsidieverlening heeft ontvangen". Daardoor is het maximum van
    € 1.000 (art. 7) ook een maximum per kalenderjaar.
    """

    def formula_2022_01_01(persoon, period):
        """Art. 12 lid 1 onder c: geen eerdere beschikking tot subsidieverlening in het kalenderjaar."""
        art_12_lid_1_c = np.logical_not(persoon("stap_eerder_toegekend_in_kalenderjaar", period))
        return art_12_lid_1_c
