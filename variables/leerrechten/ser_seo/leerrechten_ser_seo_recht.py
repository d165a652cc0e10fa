from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leerrechten_ser_seo_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft leerrechten volgens het voorstel van SEO en de SER"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
        "https://zoek.officielebekendmakingen.nl/kst-30012-161.html",
    ]
    documentation = """
    Geen geldend recht: onderdeel van het leerrechtenvoorstel van SEO en de SER.
    Voorstel, geen wet (SEO, "Naar een systeem van leerrechten"; gesteund door de SER): leerrechten
    voor wie ten minste een startkwalificatie heeft, ten minste twee jaar uit het initiële onderwijs
    is en ouder is dan 27, naar het hoogst behaalde opleidingsniveau. In de basis niet in werking.
    Niet gemodelleerd: het gebruik en het overdragen van niet-gebruikte rechten, de beperking tot
    door OCW erkende opleidingen, de uitvoering door DUO en UWV.
    """

    def formula(persoon, period):
        """SEO-voorstel: startkwalificatie, twee jaar uit het initiële onderwijs, ouder dan 27."""
        in_werking = persoon("leerrechten_ser_seo_in_werking", period)
        startkwalificatie = persoon("leerrechten_ser_seo_startkwalificatie", period)
        leeftijd = persoon("leerrechten_ser_seo_leeftijdsvoorwaarde", period)
        buiten_initieel_onderwijs = persoon("leerrechten_ser_seo_buiten_initieel_onderwijs", period)
        return in_werking * startkwalificatie * leeftijd * buiten_initieel_onderwijs
