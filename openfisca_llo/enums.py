"""Enumerations of the public contract (../CONTRACT.md). Names are the API values."""

from openfisca_core.indexed_enums import Enum


class NationaliteitCategorie(Enum):
    nederlands = "Nederlander (Wsf 2000 art. 2.2 lid 1 onder a)"
    eer_of_zwitsers = "Bij verdrag gelijkgesteld: EU-, EER- of Zwitserse burger of gezinslid (art. 2.2 onder b)"
    gelijkgestelde_vreemdeling = (
        "Vreemdeling in een bij AMvB aangewezen groep (art. 2.2 onder c; Bsf 2000 art. 3)"
    )
    surinaams = "Surinaamse nationaliteit (alleen van belang voor WHW art. 7.45a)"
    overig = "Overige nationaliteit of verblijfsstatus"


class Onderwijssector(Enum):
    geen = "Niet ingeschreven"
    mbo = "Middelbaar beroepsonderwijs"
    hbo = "Hoger beroepsonderwijs"
    wo = "Wetenschappelijk onderwijs"


class Opleidingsvorm(Enum):
    voltijd = "Voltijd"
    deeltijd = "Deeltijd"
    duaal = "Duaal"
    modulair = "Een of meer onderwijseenheden (Wsf 2000 art. 2.12 onder d)"


class MboLeerweg(Enum):
    bol = "Beroepsopleidende leerweg"
    bbl = "Beroepsbegeleidende leerweg"
    niet_van_toepassing = "Niet van toepassing"


class OpleidingGraad(Enum):
    geen = "Geen graad"
    associate_degree = "Associate degree"
    bachelor = "Bachelor"
    master = "Master"
    post_initiele_master = "Post-initiële master (WHW art. 7.3b)"


# Het hoogst behaalde diploma: de enige invoer over het opleidingsniveau. Het NLQF-niveau
# (`hoogst_behaalde_opleidingsniveau`) en de startkwalificatie volgen eruit via de parameters
# `opleiding.nlqf.niveau` en `opleiding.startkwalificatie`. De eerste negen namen zijn die van
# voorheen en blijven werken; de rest is fijner (vmbo en mbo-2 delen NLQF 2, maar alleen mbo-2
# is een startkwalificatie).
class HoogstBehaaldOpleidingsniveau(Enum):
    geen_startkwalificatie = "Geen startkwalificatie, diploma niet opgegeven (gelezen als onder NLQF 1)"
    mbo_2 = "Mbo niveau 2, basisberoepsopleiding (startkwalificatie)"
    mbo_3 = "Mbo niveau 3"
    mbo_4 = "Mbo niveau 4"
    havo = "Havo"
    vwo = "Vwo"
    associate_degree = "Associate degree"
    bachelor = "Bachelor (hbo of wo)"
    master = "Master"
    geen_diploma = "Geen diploma of alleen basisonderwijs"
    vmbo_basis = "Vmbo, basisberoepsgerichte leerweg"
    mbo_1 = "Entreeopleiding (mbo niveau 1)"
    vmbo_kader_of_theoretisch = "Vmbo, kaderberoepsgerichte, gemengde of theoretische leerweg"
    doctor = "Doctor (PhD of EngD)"


# Vouchers en gerichte scholingsbudgetten (issue 4)


class Arbeidspositie(Enum):
    werknemer = "Werknemer in loondienst (ook uitzend-, oproep- of tijdelijk contract)"
    ambtenaar = "Ambtenaar"
    zelfstandige_zonder_personeel = "Zelfstandige zonder personeel (zzp)"
    zelfstandige_met_personeel = "Zelfstandige met personeel"
    werkloos = "Werkloos (zonder werk, wel beschikbaar voor werk)"
    niet_werkzaam = "Niet werkzaam en niet werkloos (bijvoorbeeld student of gepensioneerd)"


class Beroepsklasse(Enum):
    """Beroepsklassen van de maatschappelijk cruciale sectoren (SLIM-regeling art. 3.1)."""

    pedagogisch = "Pedagogische beroepen (onderwijs en kinderopvang)"
    techniek = "Technische beroepen (bouw, infrastructuur, energie, mobiliteit)"
    ict = "ICT-beroepen"
    transport_en_logistiek = "Transport- en logistiekberoepen"
    agrifood_en_natuur = "Beroepen in de agrifood en natuur en leefomgeving (groen)"
    zorg_en_welzijn = "Zorg- en welzijnsberoepen"
    overig = "Overige beroepen"
