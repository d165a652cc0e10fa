from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import leeftijd_op


class leerrechten_ser_seo_buiten_initieel_onderwijs(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Is lang genoeg uit het initiële onderwijs voor het leerrechtenvoorstel"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Geen geldend recht: onderdeel van het leerrechtenvoorstel van SEO en de SER.
    SEO-voorstel: leerrechten pas als de persoon ten minste twee jaar uit het initiële onderwijs is.
    Gerekend in volledige jaren tussen `einde_initieel_onderwijs` en de eerste dag van de maand.
    """

    def formula(persoon, period, parameters):
        """SEO-voorstel: "twee jaar uit het initieel onderwijs"."""
        p = parameters(period).leerrechten.ser_seo
        verlaten = persoon("einde_initieel_onderwijs", period)
        return leeftijd_op(verlaten, period.start) >= p.jaren_na_initieel_onderwijs
