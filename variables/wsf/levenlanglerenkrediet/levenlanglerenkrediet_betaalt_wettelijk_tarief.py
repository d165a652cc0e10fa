from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector


class levenlanglerenkrediet_betaalt_wettelijk_tarief(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Betaalt het wettelijk collegegeld of het lesgeld (niet het instellingscollegegeld of cursusgeld)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.16d&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004188&artikel=5&g=2026-01-01",
    ]
    documentation = """
    Bepaalt welk plafond van Wsf 2000 art. 3.16d lid 1 bindt: wie het wettelijk collegegeld
    (hoger onderwijs) of het lesgeld (beroepsonderwijs) betaalt, leent ten hoogste dat bedrag;
    wie instellingscollegegeld of cursusgeld betaalt, ten hoogste vijfmaal het wettelijke tarief.
    """

    def formula(persoon, period):
        in_mbo = persoon("onderwijssector", period) == Onderwijssector.mbo
        lesgeld = persoon("lesgeldplichtig", period)
        wettelijk_collegegeld = persoon("wettelijk_collegegeld_recht", period)
        return in_mbo * lesgeld + ~in_mbo * wettelijk_collegegeld
