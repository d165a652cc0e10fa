from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leerrechten_ser_seo_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Is ouder dan de leeftijdsgrens van het leerrechtenvoorstel"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Geen geldend recht: onderdeel van het leerrechtenvoorstel van SEO en de SER.
    SEO-voorstel: leerrechten vanaf een leeftijd boven 27 jaar. Leeftijd op de eerste dag van de
    maand. "Ouder dan 27": 27 voldoet niet, 28 wel.
    """

    def formula(persoon, period, parameters):
        """SEO-voorstel: "leeftijd > 27"."""
        p = parameters(period).leerrechten.ser_seo
        return persoon("leeftijd", period) > p.leeftijdsgrens
