from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_verenigbaar_met_beschikbaarheid(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De scholing laat de WW-verplichtingen intact, of is noodzakelijke scholing"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=24&g=2026-07-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://zoek.officielebekendmakingen.nl/kst-26448-509.html",
    ]
    documentation = """
    Twee wegen om met behoud van WW-uitkering te leren:
    - eigen keuze: "Een WW-gerechtigde kan te allen tijde scholing volgen zolang deze scholing de
      beschikbaarheid voor de arbeidsmarkt niet in de weg staat" (Kamerstuk 26 448, nr. 509); de
      verplichtingen van WW art. 24 (solliciteren, passend werk aanvaarden) blijven gelden;
    - noodzakelijke scholing (WW art. 76): dan mag de scholing de beschikbaarheid wel beperken
      (art. 1b lid 5: die uren tellen niet als verminderde beschikbaarheid).
    Niet gemodelleerd: de melding of toestemming bij UWV bij scholing naar eigen keuze.
    """

    def formula(persoon, period):
        """
        WW art. 24 lid 1 onder b: de werknemer voorkomt dat hij werkloos blijft doordat hij in
        onvoldoende mate tracht passende arbeid te verkrijgen; WW art. 76: noodzakelijke scholing.
        """
        art_24_beschikbaar = ~persoon("scholing_belemmert_beschikbaarheid", period)
        art_76_noodzakelijk = persoon("ww_scholing_noodzakelijk", period)
        return art_24_beschikbaar + art_76_noodzakelijk
