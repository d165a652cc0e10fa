from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class ww_scholing_arbeidsmarktrelevant(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De scholing is arbeidsmarktrelevant"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=1",
        "https://wetten.overheid.nl/BWBR0032081",
        "https://wetten.overheid.nl/BWBR0034783",
        "https://zoek.officielebekendmakingen.nl/stcrt-2016-24765.html",
    ]
    documentation = """
    Scholingsregeling WW art. 1 lid 2 onder b: de scholing is noodzakelijk als onder meer aannemelijk
    is "dat de opleiding of scholing relevant is voor de arbeidsmarkt". Uitwerking in de
    beleidsregels van UWV:
    - Protocol Scholing 2012 en 2014: een baanintentie of concrete vacature, of aangetoonde
      vacatures die de werkzoekende na de scholing kan vervullen (hier: reële kans op werk).
    - Beleidsregels Scholing 2016 en scholing UWV 2021: een baanintentie of baangarantie, opleiden
      tot een door UWV aangewezen kansberoep, of een naar het oordeel van UWV aangetoonde reële
      kans op werk. Sinds 2016 telt de kansberoepenroute op zichzelf (parameter
      `ww.scholing.kansberoep_volstaat`).
    Niet gemodelleerd: de eis van het protocol 2014 dat de toegezegde baan minstens even lang duurt
    als de scholing en ten minste zes maanden; de 55-plus-scholingsvoucher als grond (2014).
    Gedekt vanaf 1 januari 2012 (Protocol Scholing 2012): een eerdere maand geeft de fout
    `periode_niet_gedekt` (de regels van toen zijn niet gemodelleerd), geen stille onwaar.
    """

    def formula(persoon, period, parameters):
        """
        Beleidsregels Scholing 2016: de scholing is arbeidsmarktrelevant bij (a) een baanintentie
        of baangarantie, (b) opleiden tot een kansberoep, of (c) een aangetoonde reële kans op werk.
        Protocol Scholing 2012 en 2014: alleen (a) en (c).
        """
        p = parameters(period).ww.scholing
        baangarantie_of_intentie = persoon("scholing_baangarantie_of_intentie", period)
        kansberoep = persoon("scholing_richting_kansberoep", period) * p.kansberoep_volstaat
        reele_kans_op_werk = persoon("scholing_reele_kans_op_werk", period)
        return baangarantie_of_intentie + kansberoep + reele_kans_op_werk
