import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leerrechten_ser_seo_startkwalificatie(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft ten minste een startkwalificatie (voor zover het voorstel die eist)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=1&g=2026-01-01",
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Geen geldend recht: onderdeel van het leerrechtenvoorstel van SEO en de SER.
    SEO-voorstel: leerrechten voor wie ten minste een startkwalificatie heeft: een diploma havo,
    vwo of mbo niveau 2 of hoger (Leerplichtwet 1969 art. 1; `heeft_startkwalificatie`). Parameter
    `leerrechten.ser_seo.startkwalificatie_vereist` laat een hervorming die eis schrappen.
    """

    def formula(persoon, period, parameters):
        """Leerplichtwet 1969 art. 1: startkwalificatie = diploma havo, vwo of mbo niveau 2 of hoger."""
        p = parameters(period).leerrechten.ser_seo
        startkwalificatie = persoon("heeft_startkwalificatie", period)
        return startkwalificatie + np.logical_not(p.startkwalificatie_vereist)
