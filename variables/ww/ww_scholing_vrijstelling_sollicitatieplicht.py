from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_vrijstelling_sollicitatieplicht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Deze maand vrijgesteld van de sollicitatieplicht wegens noodzakelijke scholing"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0019305&artikel=6",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=24&g=2026-07-01",
        "https://zoek.officielebekendmakingen.nl/stcrt-2005-250-p34-SC72982.html",
        "https://www.uwv.nl/nl/ww",
    ]
    documentation = """
    Regeling vrijstelling verplichtingen WW en Wet WIA (op grond van WW art. 24 lid 8, destijds lid
    7), art. 6 lid 1: vrijgesteld van de verplichtingen van WW art. 24 lid 1 onder b, 1°, 2° en 4°
    is de uitkeringsgerechtigde die een naar het oordeel van UWV noodzakelijke opleiding of scholing
    volgt; lid 2: tot twee maanden voor het verwachte einde van de scholing, tenzij een aansluitende
    baan van ten minste zes maanden in zicht is.
    Niet gemodelleerd: de verplichtingen van WW art. 26 (meewerken aan re-integratie) blijven
    gelden; vrijstellingen om andere redenen (art. 3, 4 en 7 van de regeling).
    """

    def formula_2005_12_29(persoon, period):
        """
        Art. 6 lid 1: "is vrijgesteld, de uitkeringsgerechtigde die een naar het oordeel van het UWV
        noodzakelijke opleiding of scholing volgt"; lid 2: einde twee maanden voor het einde.
        """
        art_6_lid_1 = persoon("ww_scholing_noodzakelijk", period)
        art_6_lid_2 = persoon("ww_scholing_vrijstelling_nog_niet_geeindigd", period)
        return art_6_lid_1 * art_6_lid_2
