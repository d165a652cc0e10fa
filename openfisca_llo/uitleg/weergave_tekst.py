"""The Dutch text renderer of an explanation (`llo waarom`, `llo overzicht --alles`).

Per right: the verdict with the right's article; per condition one line (met or not, its article
and link); under each condition that is not met, its sentence and what it read: the inputs, the
parameters it read itself, then each intermediate variable with the parameters that variable read
(value, instant read, date in force, article and source);
the timeline's sentence; with a reform, the comparison. With `alles`, every condition in full and
the whole tree of what the engine computed.
"""

from __future__ import annotations

from openfisca_llo.uitleg.spoor import Knoop
from openfisca_llo.uitleg.zinnen import datum_tekst, maand_tekst, waarde_tekst

INSPRONG = "  "


def _artikel(a) -> str:
    return f"[{a.titel}]  {a.href}" if a else ""


def _verdict(u) -> str:
    if u.toegekend is True:
        return "recht"
    if u.toegekend is False:
        return "geen recht"
    return waarde_tekst(u.waarde, u.knoop.eenheid)


def lezing_regels(p, diepte: int) -> list[str]:
    pre = INSPRONG * diepte
    sinds = f", geldt sinds {datum_tekst(p.geldt_sinds)}" if p.geldt_sinds else ""
    door = " (gezet door de hervorming)" if p.door_hervorming else ""
    gelezen = f", gelezen op {datum_tekst(p.gelezen_op)}"
    regels = [f"{pre}{p.naam} = {waarde_tekst(p.waarde, p.eenheid)}{gelezen}{sinds}{door}"]
    if p.artikel:
        regels.append(f"{pre}{INSPRONG}artikel: {p.artikel.get('title', '')}  {p.artikel.get('href', '')}")
    for bron in p.bronnen:
        if bron != p.artikel:
            regels.append(f"{pre}{INSPRONG}bron: {bron.get('title', '')}  {bron.get('href', '')}")
    if p.geen_artikel:
        regels.append(f"{pre}{INSPRONG}{p.geen_artikel}")
    return regels


def voorwaarde_regels(v, volledig: bool, diepte: int = 1) -> list[str]:
    pre = INSPRONG * diepte
    teken = {True: "✔", False: "✘"}.get(v.voldaan, "•")
    regels = [f"{pre}{teken} {v.naam}: {waarde_tekst(v.waarde)}  {_artikel(v.artikel)}".rstrip()]
    if not volledig and v.voldaan is not False:
        return regels
    binnen = pre + INSPRONG * 2
    regels.append(f"{binnen}{v.label}")
    if v.zin:
        regels.append(f"{binnen}{v.zin}")
    for w in v.invoer:
        bron = " (opgegeven)" if w.opgegeven else " (standaard)"
        regels.append(f"{binnen}invoer {w.naam} = {waarde_tekst(w.waarde, w.eenheid)}{bron}")
    for p in v.knoop.parameters:
        if p.voor_deze_persoon:
            regels += lezing_regels(p, diepte + 2)
    for k in v.knoop.doorloop():
        if k is v.knoop or k.soort == "invoer":
            continue
        regels.append(f"{binnen}{k.naam} = {waarde_tekst(k.waarde, k.eenheid)}  {_artikel(k.artikel)}".rstrip())
        for p in k.parameters:
            if p.voor_deze_persoon:
                regels += lezing_regels(p, diepte + 3)
    return regels


def boom_regels(knoop: Knoop, diepte: int = 1, gezien: set | None = None) -> list[str]:
    """The whole tree; a variable already shown higher up is named once more, without its subtree."""
    gezien = set() if gezien is None else gezien
    pre = INSPRONG * diepte
    sleutel = (knoop.naam, knoop.periode)
    regel = f"{pre}{knoop.naam} = {waarde_tekst(knoop.waarde, knoop.eenheid)}"
    if knoop.soort == "invoer":
        regel += " (invoer, opgegeven)" if knoop.opgegeven else " (invoer, standaard)"
    elif knoop.artikel:
        regel += f"  [{knoop.artikel.titel}]"
    if sleutel in gezien:
        return [regel + " (zie boven)"]
    gezien.add(sleutel)
    regels = [regel]
    for p in knoop.parameters:
        if p.voor_deze_persoon:
            regels += lezing_regels(p, diepte + 1)
    for kind in knoop.kinderen:
        regels += boom_regels(kind, diepte + 1, gezien)
    return regels


def uitleg_regels(u, alles: bool = False, hervormd=None, naast=None) -> list[str]:
    wanneer = maand_tekst(u.periode) if len(u.periode) == len("2026-10") else u.periode
    titel = f"{u.naam} voor {u.persoon}, {wanneer}: {_verdict(u)}"
    regels = [titel, "═" * len(titel), f"{u.label}  {_artikel(u.artikel)}".rstrip()]
    for z in u.zinnen if not u.voorwaarden else []:
        regels.append(f"{INSPRONG}{z}")
    if u.voorwaarden:
        regels.append("")
        regels.append("Voorwaarden:")
        for v in u.voorwaarden:
            regels += voorwaarde_regels(v, volledig=alles)
    if u.tijdlijn is not None:
        regels += [
            "",
            f"Tijdlijn ({maand_tekst(u.tijdlijn.van)} tot en met {maand_tekst(u.tijdlijn.tot_en_met)}):",
        ]
        regels.append(f"{INSPRONG}{u.tijdlijn.zin}")
    if naast is not None:
        regels += [
            "",
            f"Met de hervorming {naast.hervorming!r}: {_verdict(hervormd)}",
            f"{INSPRONG}{naast.zin}",
        ]
        if hervormd is not None and hervormd.tijdlijn is not None:
            regels.append(f"{INSPRONG}Tijdlijn met de hervorming: {hervormd.tijdlijn.zin}")
    if alles:
        regels += ["", "Alles wat de berekening las:"]
        regels += boom_regels(u.knoop)
    return regels


def antwoord_tekst(antwoord, alles: bool = False) -> str:
    """The whole answer of `antwoord.beantwoord` as text."""
    blokken = []
    for items in antwoord.items.values():
        for basis, hervormd, naast in items:
            blokken.append("\n".join(uitleg_regels(basis, alles, hervormd, naast)))
    b = antwoord.bewijs
    blokken.append(
        f"Bewijs: regels_sha256 {b['regels_sha256']}"
        + (f", hervorming_sha256 {b['hervorming_sha256']}" if "hervorming_sha256" in b else "")
        + f", verzoek_sha256 {b['verzoek_sha256']}"
        + f" (openfisca_llo {b['versies']['openfisca_llo']}, openfisca-core {b['versies']['openfisca_core']})"
    )
    blokken.append("Uitkomst van rekenregels op de opgegeven gegevens; DUO en UWV beslissen.")
    return "\n\n".join(blokken)
