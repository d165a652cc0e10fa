"""The valid range of every numeric and date input, and the inputs without a meaningful default.

OpenFisca stores what it is given: a negative number of months, a cost of minus 500 euro or a
birth date in the year 9999 would each give an answer, and a wrong one. The law knows no
negative duration or cost, so every input that counts months, hours, levels or euros, and
every input date, has a range here; the web API refuses a value outside it with the range
(`waarde_buiten_bereik`), and shows the range as `bereik` under `/variable/<naam>` and as
`minimum`/`maximum` in `/spec`.

The lower bounds follow from the law (a count or an amount is not negative; the NLQF has the
levels 1 to 8 and, in these variables, 0 for below level 1 or not classified (Kamerstuk
36 341 nr. 3, par. 3.1, the Wet NLQF bill); a week has 168 hours). The upper bounds are plausibility
bounds, each with its reason, chosen so that no sum or date computed from an input leaves the
range the engine stores exactly (int32 for whole numbers, float32 for amounts). Where the law
sets no upper bound, the reason says so.

OpenFisca-Core 46 refuses unknown attributes on a `Variable` ("Unexpected attributes"), so the
range lives in this table next to the variables rather than on their classes; a code-health
test keeps the table and the inputs in step (every numeric or date input has a range that holds
its default value).

`ONMISBAAR` lists the inputs whose default is no legal fact: OpenFisca's default birth date
(1970-01-01) would silently give everyone an age. An answer that reads such an input for a
person who did not give it is refused (`invoer_ontbreekt`), naming the input. Every other
input has a default that the law gives a meaning; its documentation says which.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Months in 100 years: no training, remaining training or job lasts longer than a life.
MAANDEN_IN_EEN_LEVEN = 1200
#: Hours in a week (7 x 24): nobody works more.
UREN_PER_WEEK = 168
#: The highest level of the NLQF (levels 1 to 8, Kamerstuk 36 341 nr. 3 par. 3.1; 0 = below level 1).
HOOGSTE_NLQF_NIVEAU = 8
#: 2**24: the largest whole number of euros that float32 (OpenFisca's float) holds exactly.
HOOGSTE_BEDRAG = 16_777_216
#: No date input lies before 1900 or after 2199 (the years the web API computes, too).
VROEGSTE_DATUM = "1900-01-01"
LAATSTE_DATUM = "2199-12-31"

NIET_NEGATIEF = "de wet kent geen negatief aantal"
GEEN_BOVENGRENS_IN_DE_WET = "de wet noemt geen bovengrens"


@dataclass(frozen=True)
class Bereik:
    minimum: int | float | str
    maximum: int | float | str
    grondslag: str

    def bevat(self, waarde) -> bool:
        return self.minimum <= waarde <= self.maximum

    def als_json(self) -> dict:
        return {"minimum": self.minimum, "maximum": self.maximum, "grondslag": self.grondslag}

    def als_tekst(self) -> str:
        return f"{self.minimum} tot en met {self.maximum}"


def _maanden(wat: str) -> Bereik:
    return Bereik(
        0,
        MAANDEN_IN_EEN_LEVEN,
        f"{wat}: {NIET_NEGATIEF}; {GEEN_BOVENGRENS_IN_DE_WET}, plausibel ten hoogste 100 jaar",
    )


def _bedrag(wat: str) -> Bereik:
    return Bereik(
        0,
        HOOGSTE_BEDRAG,
        f"{wat}: geen negatief bedrag; {GEEN_BOVENGRENS_IN_DE_WET}, ten hoogste 2^24 euro "
        "(het grootste bedrag in hele euro's dat OpenFisca exact bewaart)",
    )


def _datum(wat: str, laatste: str = LAATSTE_DATUM) -> Bereik:
    return Bereik(VROEGSTE_DATUM, laatste, f"{wat}: een dag tussen {VROEGSTE_DATUM} en {laatste}")


BEREIK: dict[str, Bereik] = {
    "scholing_duur_maanden": _maanden("duur van de scholing in maanden"),
    "scholing_resterende_maanden": _maanden("resterende maanden scholing"),
    "scholing_aansluitende_dienstbetrekking_maanden": _maanden("duur van de aansluitende dienstbetrekking"),
    "studiefinanciering_ho_maanden_lening_na_prestatiebeurs": _maanden("maanden lening na de prestatiebeurs"),
    "scholing_nlqf_niveau": Bereik(
        0,
        HOOGSTE_NLQF_NIVEAU,
        "NLQF-niveau: 0 (niet ingeschaald) tot en met 8 (Kamerstuk 36 341 nr. 3, par. 3.1)",
    ),
    "arbeidsuren_per_week": Bereik(0, UREN_PER_WEEK, "uren per week: niet negatief, ten hoogste 7 x 24"),
    "scholing_kosten": _bedrag("kosten van de scholing"),
    "studievoucher_verzilverd_bedrag": _bedrag("verzilverd deel van de voucher"),
    "geboortedatum": _datum("geboortedatum (en niet na een gevraagde maand)"),
    "diploma_registratiedatum": _datum("dag van de diplomamelding"),
    "eerste_maand_studiefinanciering_bachelor": _datum("eerste maand studiefinanciering bachelor"),
    "einde_initieel_onderwijs": _datum("einde van het initiële onderwijs"),
    # Its default 9999-12-01 means "never received studiefinanciering in higher education".
    "studiefinanciering_ho_eerste_maand": _datum(
        "eerste maand studiefinanciering hoger onderwijs (9999-12-01: nooit)", laatste="9999-12-31"
    ),
}

ONMISBAAR: dict[str, str] = {
    "geboortedatum": (
        "zonder geboortedatum is er geen leeftijd (Wsf 2000 art. 1.2: de toestand op de eerste dag "
        "van de maand), en OpenFisca's standaarddatum 1970-01-01 is geen feit over de persoon"
    ),
}
