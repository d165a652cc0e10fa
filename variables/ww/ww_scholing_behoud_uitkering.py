from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_behoud_uitkering(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Mag de scholing volgen met behoud van de WW-uitkering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=24&g=2026-07-01",
        "https://zoek.officielebekendmakingen.nl/kst-26448-509.html",
        "https://www.uwv.nl/nl/ww",
    ]
    documentation = """
    Wie een WW-uitkering heeft, behoudt die tijdens scholing naar eigen keuze zolang de scholing de
    beschikbaarheid voor passend werk niet in de weg staat, en tijdens een noodzakelijke scholing
    (WW art. 76) ook als zij dat wel doet.
    Niet gemodelleerd: het verlies van de uitkering om andere redenen (art. 27) en de verrekening
    van inkomen uit de scholing (art. 47a).
    """

    def formula(persoon, period):
        """WW art. 76 lid 1: "blijft ... het recht op uitkering op grond van dat hoofdstuk bestaan"."""
        uitkering = persoon("ww_uitkering", period)
        verenigbaar = persoon("ww_scholing_verenigbaar_met_beschikbaarheid", period)
        return uitkering * verenigbaar
