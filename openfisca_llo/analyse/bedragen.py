"""How much money moves: every amount output compared under the baseline and a reform.

`BEDRAGEN` lists the amount outputs, each with the right it belongs to, its kind of money and
the take-up parameter of its scheme (parameters/gebruik/). For one population,
`vergelijk_bedrag(voor, na, gewicht)` returns plain sums and counts: the totals under the
baseline and the reform, their difference, how many persons get more, less or the same, and the
distribution of the change in bands; with weights, the same as an estimate for the Netherlands.
Everything is a sum, so the results of parts of a population merge by adding (analyse/brokken.py).

An amount is the yearly (or one-off) amount a person is entitled to in the compared month:
the sum over a population is what everyone entitled in that month could receive, not a yearly
cash budget. Without a right the amount is 0 (the formulas say so), except the statutory fee,
which is the same for everyone and counts here only for those who owe it (`alleen_bij_recht`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Half a cent: a smaller difference is rounding, not a change.
DREMPEL = 0.005

#: Edges of the bands of the change per person, in euros (a change of exactly 0 is `gelijk`).
BANDGRENZEN = (-5000, -1000, -500, -100, 0, 100, 500, 1000, 5000)


@dataclass(frozen=True)
class Bedrag:
    naam: str  # the amount variable
    recht: str  # the right it belongs to
    soort: str  # "uitgave" (paid by the state), "lening" (lent), "eigen_bijdrage" (paid by the person)
    gebruik: str | None  # take-up parameter path, or None (no take-up: a fee is owed)
    alleen_bij_recht: bool = False


BEDRAGEN = [
    Bedrag(
        "levenlanglerenkrediet_maximum_jaarbedrag",
        "levenlanglerenkrediet_recht",
        "lening",
        "gebruik.levenlanglerenkrediet",
    ),
    Bedrag("wettelijk_collegegeld_bedrag", "wettelijk_collegegeld_recht", "eigen_bijdrage", None, True),
    Bedrag("stap_budget_bedrag", "stap_budget_recht", "uitgave", "gebruik.stap"),
    Bedrag("studievoucher_bedrag", "studievoucher_recht", "uitgave", "gebruik.studievoucher"),
    Bedrag("kansberoep_subsidie_bedrag", "kansberoep_subsidie_recht", "uitgave", "gebruik.kansberoep"),
    Bedrag("uwv_scholingsbudget_bedrag", "uwv_scholingsbudget_recht", "uitgave", "gebruik.uwv_scholingsbudget"),
    Bedrag(
        "slim_ontwikkelpaden_subsidie",
        "slim_ontwikkelpaden_subsidiabele_scholing",
        "uitgave",
        "gebruik.slim_ontwikkelpaden",
    ),
    Bedrag("leervoucher_bedrag", "leervoucher_recht", "uitgave", "gebruik.leervoucher"),
    Bedrag("leerrechten_ser_seo_bedrag", "leerrechten_ser_seo_recht", "uitgave", "gebruik.leerrechten_ser_seo"),
    Bedrag(
        "ontwikkeladvies_45plus_subsidie",
        "ontwikkeladvies_45plus_recht",
        "uitgave",
        "gebruik.ontwikkeladvies_45plus",
    ),
]


def bedragen_in(systeem) -> list[Bedrag]:
    """The amounts whose variable and right exist in `systeem`."""
    return [b for b in BEDRAGEN if b.naam in systeem.variables and b.recht in systeem.variables]


def bandnamen() -> list[str]:
    namen = [f"minder dan {BANDGRENZEN[0]}"]
    namen += [f"{a} tot {b}" for a, b in zip(BANDGRENZEN, BANDGRENZEN[1:], strict=False)]
    return namen + [f"{BANDGRENZEN[-1]} of meer"]


def banden(verschil: np.ndarray) -> dict[str, int]:
    """The persons whose amount changed, per band of the change (euros; lower edge included)."""
    veranderd = verschil[np.abs(verschil) >= DREMPEL]
    index = np.digitize(veranderd, BANDGRENZEN)
    aantallen = np.bincount(index, minlength=len(BANDGRENZEN) + 1)
    return {naam: int(aantal) for naam, aantal in zip(bandnamen(), aantallen, strict=True) if aantal}


def gewogen_aantal(gewicht, masker) -> float:
    """The sum of the weights where `masker` holds (without copying the selected weights)."""
    return float(np.sum(gewicht, where=masker))


def _tellingen(voor, na, gewicht=None) -> dict:
    verschil = na - voor
    meer, minder = verschil >= DREMPEL, verschil <= -DREMPEL
    if gewicht is None:
        n_meer, n_minder = int(np.count_nonzero(meer)), int(np.count_nonzero(minder))
        totaal, som = len(verschil), np.sum
    else:
        n_meer, n_minder = gewogen_aantal(gewicht, meer), gewogen_aantal(gewicht, minder)
        # An elementwise product, not np.dot: BLAS threads spin on a busy machine.
        totaal, som = float(np.sum(gewicht)), lambda x: (gewicht * x).sum()  # noqa: E731
    return {
        "basis": float(som(voor)),
        "hervorming": float(som(na)),
        "verschil": float(som(verschil)),
        "meer": n_meer,
        "minder": n_minder,
        "gelijk": totaal - n_meer - n_minder,
    }


def vergelijk_bedrag(voor, na, gewicht=None) -> dict:
    """Sums and counts of one amount over one population (a pure function; parts merge by adding)."""
    voor, na = np.asarray(voor, dtype=float), np.asarray(na, dtype=float)
    uit = {k: (int(v) if k in ("meer", "minder", "gelijk") else v) for k, v in _tellingen(voor, na).items()}
    uit["banden"] = banden(na - voor)
    if gewicht is not None:
        uit["schatting_nederland"] = {k: float(v) for k, v in _tellingen(voor, na, gewicht).items()}
    return uit


def afgerond(blok: dict, schatting: bool = False) -> dict:
    """For output: euros to cents; an estimate (`schatting_nederland`) to whole persons and euros."""
    uit = {}
    for k, v in blok.items():
        if isinstance(v, dict):
            uit[k] = afgerond(v, schatting or k == "schatting_nederland")
        elif isinstance(v, float):
            uit[k] = int(round(v)) if schatting else round(v, 2)
        else:
            uit[k] = v
    return uit
