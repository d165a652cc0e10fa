from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.voorwaarden import tekst_vectorieel


class leerrechten_overzicht(Variable):
    value_type = str
    entity = Persoon
    definition_period = MONTH
    label = "Overzicht van de rechten op leven lang ontwikkelen die de persoon deze maand heeft"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.1&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://zoek.officielebekendmakingen.nl/kst-30012-161.html",
    ]
    documentation = """
    Het overzicht dat het kabinet in 2018 vroeg ("Bundeling individuele scholingsmogelijkheden"),
    als tekst voor de web-API: de namen van de rechten uit openfisca_llo/regels/voorwaarden.py die de
    persoon deze maand heeft, elk met bedrag of resterende duur, gescheiden door "; ". Elk recht en
    elke voorwaarde is ook een eigen variabele; `llo overzicht` toont hetzelfde met labels en bronnen.
    """

    def formula(persoon, period):
        """Alle rechten van de tabel VOORWAARDEN, met hun bedragen."""
        return tekst_vectorieel(persoon, period)
