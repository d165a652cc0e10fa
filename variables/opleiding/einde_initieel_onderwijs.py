from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class einde_initieel_onderwijs(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Datum waarop de persoon het initiële onderwijs verliet"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Invoer (Geen geldend recht: alleen voor het leerrechtenvoorstel van SEO en de SER).
    De dag waarop de persoon het initiële onderwijs (de eerste, ononderbroken
    onderwijsloopbaan) verliet, voor de voorwaarde van het leerrechtenvoorstel van SEO en de SER
    dat hij ten minste twee jaar uit het initiële onderwijs is. Standaard 1970-01-01: lang geleden.
    """
