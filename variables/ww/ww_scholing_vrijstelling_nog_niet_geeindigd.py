from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_vrijstelling_nog_niet_geeindigd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De vrijstelling van de sollicitatieplicht is deze maand nog niet geëindigd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0019305&artikel=6",
        "https://zoek.officielebekendmakingen.nl/stcrt-2005-250-p34-SC72982.html",
    ]
    documentation = """
    Regeling vrijstelling verplichtingen WW en Wet WIA art. 6 lid 2: de vrijstelling "eindigt twee
    maanden voor het tijdstip waarop de ... scholing naar verwachting zal eindigen, tenzij" een
    intentieverklaring van de toekomstige werkgever reëel uitzicht geeft op een aansluitende
    dienstbetrekking van dezelfde of grotere omvang en van ten minste zes maanden.
    Gerekend in hele kalendermaanden met `scholing_resterende_maanden` (deze maand meegeteld): de
    vrijstelling geldt zolang er na deze maand nog meer dan twee maanden resten min één, dus bij
    drie of meer resterende maanden; in de laatste twee maanden niet meer.
    Niet gemodelleerd: een scholing die midden in een maand eindigt (dan eindigt de vrijstelling
    ook midden in een maand; hier telt de hele maand van het einde mee).
    """

    def formula_2005_12_29(persoon, period, parameters):
        """
        Art. 6 lid 2: "De ... vrijstelling eindigt twee maanden voor het tijdstip waarop de ...
        scholing naar verwachting zal eindigen, tenzij de scholing, blijkens een intentieverklaring
        van de toekomstige werkgever, een reëel uitzicht geeft op een op de scholing aansluitende
        dienstbetrekking ... met een duur van ten minste zes maanden."
        """
        p = parameters(period).ww.scholing
        resterend = persoon("scholing_resterende_maanden", period)
        aansluitende_baan = persoon("scholing_aansluitende_dienstbetrekking_maanden", period)

        art_6_lid_2_voor_einde = resterend > p.vrijstelling_eindigt_maanden_voor_einde
        art_6_lid_2_tenzij = (aansluitende_baan >= p.aansluitende_dienstbetrekking_minimale_duur_maanden) * (
            resterend > 0
        )
        return art_6_lid_2_voor_einde + art_6_lid_2_tenzij
