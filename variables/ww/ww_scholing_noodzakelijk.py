from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_noodzakelijk(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de criteria voor scholing die UWV als noodzakelijk kan aanmerken"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-07-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=1",
        "https://wetten.overheid.nl/BWBR0032081",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
        "https://www.uwv.nl/nl/ww",
    ]
    documentation = """
    WW art. 76 lid 1: het recht op uitkering blijft bestaan tijdens een "naar het oordeel van het
    UWV, noodzakelijke opleiding of scholing". Beleidsregels Scholing 2016 (en scholing UWV 2021):
    noodzaak bestaat als de scholing arbeidsmarktrelevant is, de maximale duur niet overschrijdt en
    de uitkeringsgerechtigde schoolbaar is; scholing leidt tot een erkend diploma of certificaat.
    Gemodelleerd vanaf het Protocol Scholing 2012 (terugwerkende kracht tot 1 januari 2012); de
    wisselingen van 2016 en 2021 zitten in de parameters onder `ww.scholing`.
    Deze variabele zegt of de criteria vervuld zijn; het oordeel zelf geeft UWV vooraf.
    Niet gemodelleerd: de voorafgaande toestemming van UWV; de toets dat de werkloze zonder scholing
    geen passend werk kan vinden (Scholingsregeling WW art. 1 lid 2 onder a; "de kortste weg naar
    werk"); het geen recht hebben op een andere inkomensvoorziening tijdens de scholing (art. 3);
    de protocollen van 2005 en 2008; de korting op de uitkering van inkomen uit de scholing boven
    het bedrag van WW art. 47a (het bedrag is niet gevonden).
    Gedekt vanaf 1 januari 2012 (Protocol Scholing 2012): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period):
        """
        WW art. 76 lid 1: "Indien de werknemer die recht heeft op een uitkering op grond van
        hoofdstuk II, deelneemt ... aan een voor hem, naar het oordeel van het UWV, noodzakelijke
        opleiding of scholing, blijft ... het recht op uitkering ... bestaan."
        Beleidsregels Scholing 2016: "Er is sprake van een noodzaak ... als aan alle navolgende
        vereisten is voldaan: a. de scholing is arbeidsmarktrelevant én b. de duur van de scholing
        overschrijdt niet het gestelde maximum én c. de uitkeringsgerechtigde is schoolbaar."
        """
        art_76_lid_1_uitkering = persoon("ww_uitkering", period)
        arbeidsmarktrelevant = persoon("ww_scholing_arbeidsmarktrelevant", period)
        binnen_maximale_duur = persoon("ww_scholing_binnen_maximale_duur", period)
        schoolbaar = persoon("ww_scholing_schoolbaarheidsvoorwaarde", period)
        erkend_bewijs = persoon("ww_scholing_diplomavoorwaarde", period)
        return art_76_lid_1_uitkering * arbeidsmarktrelevant * binnen_maximale_duur * schoolbaar * erkend_bewijs
