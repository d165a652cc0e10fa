from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import MboLeerweg, Onderwijssector, OpleidingGraad, Opleidingsvorm


class levenlanglerenkrediet_opleidingsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Volgt een opleiding waarvoor levenlanglerenkrediet kan worden verstrekt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.12&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.4&g=2026-01-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/",
    ]
    documentation = """
    Hoger onderwijs, Wsf 2000 art. 2.12: (a) een opleiding van art. 2.8 tot en met 2.11 (voltijd
    of duaal, associate degree, bachelor of master), (b) een post-initiële master (WHW art. 7.3b),
    (c) een geaccrediteerde deeltijdopleiding, of (d) een of meer onderwijseenheden van een
    geaccrediteerde opleiding. Beroepsonderwijs (art. 2.4 met 2.3a lid 1): alleen een voltijdse
    beroepsopleidende leerweg (bol); de bbl en deeltijd alleen als een hervorming de schakelaars
    `mbo_bbl_toegestaan` of `mbo_deeltijd_toegestaan` aanzet. Steeds: erkend of geaccrediteerd
    en in BRON geregistreerd (DUO).
    Niet gemodelleerd: de drie soorten aanbieders van onderdeel d (Open Universiteit,
    rechtspersoon voor hoger onderwijs, experiment art. 1.7a WHW): een geaccrediteerde module
    wordt als voldoende aangemerkt.
    """

    def formula_2017_08_01(persoon, period, parameters):
        """
        Art. 2.12: "Een ho-student kan in aanmerking komen voor levenlanglerenkrediet, indien
        hij is ingeschreven voor het volgen van: a. een opleiding als bedoeld in de artikelen
        2.8 tot en met 2.11; b. een postinitiële masteropleiding ...; c. een deeltijdse
        opleiding ... waaraan accreditatie ... is verleend; of d. een of meer
        onderwijseenheden ... van een opleiding waaraan accreditatie ... is verleend".
        """
        p = parameters(period).wsf.levenlanglerenkrediet
        sector = persoon("onderwijssector", period)
        vorm = persoon("opleidingsvorm", period)
        graad = persoon("opleiding_graad", period)
        leerweg = persoon("mbo_leerweg", period)
        erkend = persoon("opleiding_geaccrediteerd", period)

        initiele_graad = (
            (graad == OpleidingGraad.associate_degree)
            + (graad == OpleidingGraad.bachelor)
            + (graad == OpleidingGraad.master)
        )
        ho_student = (sector == Onderwijssector.hbo) + (sector == Onderwijssector.wo)
        onder_a = ((vorm == Opleidingsvorm.voltijd) + (vorm == Opleidingsvorm.duaal)) * initiele_graad
        onder_b = graad == OpleidingGraad.post_initiele_master
        onder_c = (vorm == Opleidingsvorm.deeltijd) * initiele_graad
        onder_d = vorm == Opleidingsvorm.modulair
        art_2_12 = ho_student * (onder_a + onder_b + onder_c + onder_d)

        mbo_student = sector == Onderwijssector.mbo
        bol = leerweg == MboLeerweg.bol
        bbl = leerweg == MboLeerweg.bbl
        voltijd = vorm == Opleidingsvorm.voltijd
        deeltijd = vorm == Opleidingsvorm.deeltijd
        leerweg_toegestaan = bol + bbl * p.mbo_bbl_toegestaan
        vorm_toegestaan = voltijd + deeltijd * p.mbo_deeltijd_toegestaan
        art_2_4 = mbo_student * leerweg_toegestaan * vorm_toegestaan

        return erkend * (art_2_12 + art_2_4)
