"""Citations: a reference link as a short Dutch citation ("Wsf 2000 art. 2.3a").

A variable's first reference is its own article on wetten.overheid.nl (code health checks it),
or for a regulation without a BWB id its publication in the Staatscourant; proposals and
schemes without a found legal basis cite their own source first and say so. `citeer(href)`
turns such a link into an `Artikel`: a short title, the link itself and its kind, so that an
explanation can show "Wsf 2000 art. 2.3a" with the link behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlparse

#: BWB id -> (full title, short title). Titles as wetten.overheid.nl gives them; a BWB id not
#: listed here is cited by its id.
WETTEN: dict[str, tuple[str, str]] = {
    "BWBR0011453": ("Wet studiefinanciering 2000", "Wsf 2000"),
    "BWBR0005682": ("Wet op het hoger onderwijs en wetenschappelijk onderzoek", "WHW"),
    "BWBR0004045": ("Werkloosheidswet", "WW"),
    "BWBR0002221": ("Algemene Ouderdomswet", "AOW"),
    "BWBR0004188": ("Les- en cursusgeldwet", "Lcw"),
    "BWBR0007625": ("Wet educatie en beroepsonderwijs", "WEB"),
    "BWBR0013060": ("Wet structuur uitvoeringsorganisatie werk en inkomen", "Wet SUWI"),
    "BWBR0002628": ("Leerplichtwet 1969", "Leerplichtwet 1969"),
    "BWBR0006152": ("Uitvoeringsbesluit WHW 2008", "Uitvoeringsbesluit WHW 2008"),
    "BWBR0017139": ("Scholingsregeling WW", "Scholingsregeling WW"),
    "BWBR0019305": (
        "Regeling vrijstelling verplichtingen WW en Wet WIA",
        "Regeling vrijstelling verplichtingen WW en Wet WIA",
    ),
    "BWBR0032081": ("Beleidsregels Protocol Scholing 2012", "Beleidsregels Protocol Scholing 2012"),
    "BWBR0034783": ("Beleidsregels Protocol Scholing 2014", "Beleidsregels Protocol Scholing 2014"),
    "BWBR0037912": (
        "Tijdelijke regeling subsidie scholing richting een kansberoep",
        "Tijdelijke regeling subsidie scholing richting een kansberoep",
    ),
    "BWBR0043015": ("SLIM-regeling", "SLIM-regeling"),
    "BWBR0043943": (
        "Tijdelijke subsidieregeling NL leert door met inzet van ontwikkeladvies",
        "Tijdelijke subsidieregeling NL leert door",
    ),
    "BWBR0045419": ("Subsidieregeling STAP-budget", "Subsidieregeling STAP-budget"),
    "BWBR0037955": ("Beleidsregels Scholing 2016", "Beleidsregels Scholing 2016"),
    "BWBR0011545": ("Besluit studiefinanciering 2000", "Besluit sf 2000"),
    "BWBR0011400": ("Uitvoeringsbesluit Les- en cursusgeldwet 2000", "Uitvoeringsbesluit Lcw 2000"),
    "BWBR0024005": ("Uitvoeringsregeling WHW 2008", "Uitvoeringsregeling WHW 2008"),
}

#: Kinds of citation, from strongest to weakest.
WETSARTIKEL = "wetsartikel"  # an article of a law or regulation on wetten.overheid.nl
REGELING = "regeling"  # a whole regulation on wetten.overheid.nl, without an article
OFFICIELE_PUBLICATIE = "officiele_publicatie"  # Staatscourant, Staatsblad, Kamerstuk
OVERIGE_BRON = "overige_bron"  # an implementing body's page, a report, a proposal

_JCI = re.compile(r"jci1\.3:c:(BWBR\d+)(?:&[^&]*)*?&artikel=([\w.:]+)(?:&lid=(\w+))?")
_ANKER = re.compile(r"/(BWBR\d+)(?:/[^#]*)?#\S*?Artikel([\w.]+?)(?:_Lid(\w+))?$")
_REGELING = re.compile(r"/(BWBR\d+)(?:/|$)")
_PUBLICATIE = re.compile(r"/(stcrt|stb|kst)-([\w-]+)\.html")
_PUBLICATIE_TITEL = {"stcrt": "Stcrt.", "stb": "Stb.", "kst": "Kamerstuk"}


@dataclass(frozen=True)
class Artikel:
    """A citation: `titel` ("Wsf 2000 art. 2.3a"), the link `href` and its `soort` (kind)."""

    titel: str
    href: str
    soort: str

    @property
    def is_wettelijk(self) -> bool:
        """A legal source: an article, a regulation or an official publication."""
        return self.soort in (WETSARTIKEL, REGELING, OFFICIELE_PUBLICATIE)


def korte_wet(bwb_id: str) -> str:
    return WETTEN.get(bwb_id, ("", bwb_id))[1]


def citeer(href: str) -> Artikel:
    """The citation of a reference link (see the module docstring)."""
    href = str(href)
    host = urlparse(href).netloc
    if host.endswith("wetten.overheid.nl"):
        gevonden = _JCI.search(href) or _ANKER.search(href)
        if gevonden:
            bwb, artikel, lid = gevonden.groups()
            titel = f"{korte_wet(bwb)} art. {artikel}" + (f" lid {lid}" if lid else "")
            return Artikel(titel, href, WETSARTIKEL)
        regeling = _REGELING.search(href)
        if regeling:
            return Artikel(korte_wet(regeling.group(1)), href, REGELING)
    if host.endswith("officielebekendmakingen.nl"):
        gevonden = _PUBLICATIE.search(href)
        if gevonden:
            soort, nummer = gevonden.groups()
            delen = nummer.split("-")
            if soort == "kst" and len(delen) >= 2:
                titel = f"Kamerstuk {delen[0]} nr. {delen[1]}"
            elif len(delen) >= 2:
                titel = f"{_PUBLICATIE_TITEL[soort]} {delen[0]}, {'-'.join(delen[1:])}"
            else:
                titel = f"{_PUBLICATIE_TITEL[soort]} {nummer}"
            return Artikel(titel, href, OFFICIELE_PUBLICATIE)
    return Artikel(host.removeprefix("www.") or href, href, OVERIGE_BRON)


def citeer_variabele(variabele) -> Artikel | None:
    """The citation of a variable's own article: its first reference."""
    referenties = variabele.reference or []
    if isinstance(referenties, str):
        referenties = [referenties]
    return citeer(referenties[0]) if referenties else None


_ARTIKEL_IN_TITEL = re.compile(r"\b(artikel|art\.|artikelen|bijlage|paragraaf)\s*[\dIVX]", re.IGNORECASE)


def noemt_artikel(titel: str) -> bool:
    """True where a source title names the provision ("artikel 2.3a lid 6", "bijlage paragraaf 4")."""
    return bool(_ARTIKEL_IN_TITEL.search(titel or ""))


def kort_citaat(titel: str) -> str:
    """A source title shortened for a sentence: "Wet studiefinanciering 2000, artikel 2.3a lid 4
    tot en met 6 (toelichting)" becomes "Wsf 2000 art. 2.3a lid 4 tot en met 6"."""
    kort = re.split(r"\s\(|:\s", titel or "", maxsplit=1)[0].strip()
    for volledig, afkorting in WETTEN.values():
        if kort.startswith(volledig + ","):
            kort = afkorting + kort[len(volledig) :].replace(",", "", 1)
            break
    return re.sub(r"\bartikel\b", "art.", kort)
