import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.voorwaarden import VOORWAARDEN


class leerrechten_aantal(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Aantal rechten op leven lang ontwikkelen dat de persoon deze maand heeft"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.1&g=2026-01-01",
        "https://zoek.officielebekendmakingen.nl/kst-30012-161.html",
    ]
    documentation = """
    Het aantal rechten uit openfisca_llo/regels/voorwaarden.py dat deze maand waar is (zie
    `leerrechten_overzicht`).
    """

    def formula(persoon, period):
        """Telling over de tabel VOORWAARDEN."""
        variabelen = persoon.simulation.tax_benefit_system.variables
        aantal = np.zeros(persoon.count, dtype=np.int32)
        for recht in VOORWAARDEN:
            if recht in variabelen:
                aantal = aantal + persoon(recht, period)
        return aantal
