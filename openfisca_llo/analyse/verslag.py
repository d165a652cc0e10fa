"""Text for the drafter: warnings, causes, example persons and money of a comparison result."""

from __future__ import annotations

from openfisca_llo.analyse.bedragen import DREMPEL


def euro(bedrag: float) -> str:
    """`€ 1.234.567` (Dutch thousands separator), negative with a minus sign."""
    teken = "-" if bedrag < 0 else ""
    return f"{teken}€ {abs(round(bedrag)):,}".replace(",", ".")


def miljoen(bedrag: float) -> str:
    teken = "-" if bedrag < 0 else "+" if bedrag > 0 else ""
    return f"{teken}€ {abs(bedrag) / 1e6:,.1f} mln".replace(",", "X").replace(".", ",").replace("X", ".")


def label(systeem, naam: str) -> str:
    variabele = systeem.variables.get(naam)
    return (variabele.label if variabele is not None else None) or naam


def waarschuwingsregels(resultaat: dict) -> list[str]:
    return [f"  let op: {w['melding']}" for w in resultaat.get("waarschuwingen", [])]


def verklaringsregels(blok: dict) -> list[str]:
    regels = [f"    {v['tekst']}" for v in blok.get("verklaring", [])]
    for overgang, ids in blok.get("voorbeelden", {}).items():
        regels.append(
            f"    voorbeelden {overgang.replace('_', ' ')}: " + ", ".join(f"persoon {i}" for i in ids)
        )
    return regels


def _tabel(kop: list[str], rijen: list[list[str]], inspringing: str = "  ") -> list[str]:
    breedtes = [max(len(r[i]) for r in [kop, *rijen]) for i in range(len(kop))]

    def regel(cellen):
        return inspringing + "  ".join(
            c.ljust(breedtes[i]) if i == 0 else c.rjust(breedtes[i]) for i, c in enumerate(cellen)
        )

    return [regel(kop)] + [regel(r) for r in rijen]


def bedragregels(resultaat: dict, systeem) -> list[str]:
    """The amounts that change: totals over the population, persons with more or less, the estimate."""
    rijen, geschat = [], False
    for blok in resultaat["outputs"].values():
        for naam, b in blok.get("bedragen", {}).items():
            if not (b["meer"] or b["minder"]) and abs(b["verschil"]) < DREMPEL:
                continue
            rij = [label(systeem, naam), euro(b["basis"]), euro(b["hervorming"]), euro(b["verschil"])]
            rij += [str(b["meer"]), str(b["minder"])]
            if "schatting_nederland" in b:
                geschat = True
                rij.append(miljoen(b["schatting_nederland"]["verschil"]))
            rijen.append(rij)
    if not rijen:
        return ["  geen enkel bedrag verandert voor deze bevolking in deze maand"]
    kop = ["bedrag", "geldend recht", "hervorming", "verschil", "meer", "minder"]
    if geschat:
        kop.append("verschil NL (schatting)")
    regels = [
        "  Bedragen (som over de bevolking; per persoon het bedrag van de maand: jaarplafond of voucher):"
    ]
    return regels + _tabel(kop, rijen, "    ")


def kostenregels(resultaat: dict, systeem) -> list[str]:
    kosten = resultaat.get("kosten", {})
    bedrag = miljoen if "schatting" in kosten.get("eenheid", "") else euro
    regels = []
    for naam, k in kosten.get("bedragen", {}).items():
        if abs(k["maximaal"]["verschil"]) < DREMPEL:
            continue
        tekst = f"    {label(systeem, naam)} ({k['soort']}): maximaal {bedrag(k['maximaal']['verschil'])}"
        if k["met_gebruik"] is not None:
            gebruik = k["gebruik"]
            aandeel = (
                f"{gebruik['hervorming']:g}"
                if gebruik["basis"] == gebruik["hervorming"]
                else (f"{gebruik['basis']:g} → {gebruik['hervorming']:g}")
            )
            tekst += f", met gebruik {bedrag(k['met_gebruik']['verschil'])}"
            tekst += f" (aandeel {aandeel}, {gebruik['parameter']})"
        regels.append(tekst)
    if not regels:
        return []
    return [f"  Kosten, verschil ({kosten['eenheid']}):"] + regels
