import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.parameterindex import per_sleutel


class leerrechten_ser_seo_bedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Leerrecht in euro volgens het voorstel van SEO en de SER"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Geen geldend recht: onderdeel van het leerrechtenvoorstel van SEO en de SER.
    Het bedrag van de leerrechten naar het hoogst behaalde opleidingsniveau (parameter
    `leerrechten.ser_seo.bedrag`); 0 zonder recht. De bedragen zijn niet gevonden en staan in de
    basis op 0; een hervorming vult ze.
    """

    def formula(persoon, period, parameters):
        """SEO-voorstel: meer leerrechten naarmate minder jaren publiek bekostigd onderwijs genoten."""
        p = parameters(period).leerrechten.ser_seo
        recht = persoon("leerrechten_ser_seo_recht", period)
        niveau = persoon("hoogst_behaald_opleidingsniveau", period)
        return np.where(recht, per_sleutel(p.bedrag, niveau), 0)
