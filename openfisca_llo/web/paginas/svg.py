"""Charts as SVG, drawn on the server: a parameter's history as a step chart, the gains and
losses of a comparison as bars, and a sweep's series per value as columns. Plain SVG text with a
title and a description for screen readers; the same numbers are always in a table next to the
chart."""

from __future__ import annotations

import datetime
from html import escape

BREEDTE, HOOGTE = 640, 180
MARGE_L, MARGE_R, MARGE_B, MARGE_O = 56, 24, 24, 36
LIJN, AS, TEKST = "#0b5394", "#555555", "#1b1b1b"
GROEN, ROOD = "#1a7f37", "#b3261e"
ORANJE = "#a05a00"


def _el(tag: str, inhoud: str = "", **kenmerken) -> str:
    """An SVG element; attribute names with `_` become `-`; numbers get one decimal."""
    delen = []
    for naam, waarde in kenmerken.items():
        tekst = f"{waarde:.1f}" if isinstance(waarde, float) else str(waarde)
        delen.append(f'{naam.rstrip("_").replace("_", "-")}="{escape(tekst)}"')
    return f"<{tag} {' '.join(delen)}>{inhoud}</{tag}>"


def _svg(hoogte: int, inhoud: list[str], **kenmerken) -> str:
    return _el(
        "svg",
        "".join(inhoud),
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {BREEDTE} {hoogte}",
        width="100%",
        role="img",
        class_="grafiek",
        **kenmerken,
    )


def _jaar(iso: str) -> float:
    dag = datetime.date.fromisoformat(iso)
    return dag.year + (dag.timetuple().tm_yday - 1) / 365.25


def _getal(waarde):
    if isinstance(waarde, bool):
        return 1.0 if waarde else 0.0
    if isinstance(waarde, int | float):
        return float(waarde)
    return None


def trapgrafiek(geschiedenis: list[dict], titel: str, eenheid, opmaak=lambda w, e: str(w), vandaag=None) -> str:
    """A step chart of a leaf's dated values (oldest first); '' when there is nothing numeric."""
    punten = [(r["vanaf"], _getal(r["waarde"]), r["waarde"]) for r in geschiedenis]
    if not punten or all(p[1] is None for p in punten):
        return ""
    vandaag = vandaag or datetime.date.today().isoformat()
    x0 = _jaar(punten[0][0]) - 0.5
    x1 = max(_jaar(punten[-1][0]) + 1.5, _jaar(vandaag) + 0.5)
    getallen = [p[1] for p in punten if p[1] is not None]
    marge = (max(getallen) - min(getallen)) * 0.25 or max(abs(max(getallen)) * 0.1, 0.5)
    y0, y1 = min(getallen) - marge, max(getallen) + marge
    binnen_b, binnen_h = BREEDTE - MARGE_L - MARGE_R, HOOGTE - MARGE_O - MARGE_B
    onder = MARGE_O + binnen_h

    def x(jaar):
        return MARGE_L + (jaar - x0) / (x1 - x0) * binnen_b

    def y(waarde):
        return MARGE_O + binnen_h - (waarde - y0) / (y1 - y0) * binnen_h

    delen = [
        _el("line", x1=float(MARGE_L), y1=float(onder), x2=float(BREEDTE - MARGE_R), y2=float(onder), stroke=AS)
    ]
    stap = 2 if int(x1) - int(x0) > 12 else 1
    for jaar in range(int(x0) + 1, int(x1) + 1, stap):
        delen.append(_el("line", x1=x(jaar), y1=float(onder), x2=x(jaar), y2=float(onder + 4), stroke=AS))
        delen.append(
            _el("text", str(jaar), x=x(jaar), y=HOOGTE - 6, text_anchor="middle", font_size=11, fill=TEKST)
        )
    for i, (vanaf, getal, waarde) in enumerate(punten):
        if getal is None:
            continue
        eind = _jaar(punten[i + 1][0]) if i + 1 < len(punten) else x1
        xa, xb, yy = x(_jaar(vanaf)), x(eind), y(getal)
        label = escape(opmaak(waarde, eenheid))
        delen.append(_el("line", x1=xa, y1=yy, x2=xb, y2=yy, stroke=LIJN, stroke_width=3))
        if i + 1 < len(punten) and punten[i + 1][1] is not None:
            volgende = y(punten[i + 1][1])
            delen.append(
                _el(
                    "line",
                    x1=xb,
                    y1=yy,
                    x2=xb,
                    y2=volgende,
                    stroke=LIJN,
                    stroke_width=1.5,
                    stroke_dasharray="3 2",
                )
            )
        delen.append(
            _el("circle", f"<title>vanaf {escape(vanaf)}: {label}</title>", cx=xa, cy=yy, r=4, fill=LIJN)
        )
        delen.append(_el("text", label, x=xa + 4, y=yy - 8, font_size=12, fill=TEKST))
    beschrijving = "; ".join(f"vanaf {v}: {opmaak(w, eenheid)}" for v, _, w in punten)
    kop = _el("title", escape(titel), id="grafiek-titel") + _el(
        "desc", escape(beschrijving), id="grafiek-beschrijving"
    )
    return _svg(HOOGTE, [kop, *delen], aria_labelledby="grafiek-titel grafiek-beschrijving")


def staafgrafiek(rijen: list[tuple[str, int, int]], titel: str) -> str:
    """Horizontal bars per (label, gains, losses): gains to the right in green, losses to the left in red."""
    if not rijen:
        return ""
    regel, links = 26, 250
    hoogte = MARGE_O + regel * len(rijen) + 10
    grootste = max([max(k, v) for _, k, v in rijen] + [1])
    half = (BREEDTE - links - MARGE_R) / 2
    midden = links + half
    delen = [
        _el("line", x1=midden, y1=float(MARGE_O - 6), x2=midden, y2=float(hoogte - 6), stroke=AS),
        _el("text", "verliest recht", x=midden - 6, y=MARGE_O - 12, text_anchor="end", font_size=11, fill=ROOD),
        _el("text", "krijgt recht", x=midden + 6, y=MARGE_O - 12, font_size=11, fill=GROEN),
    ]
    for i, (label, krijgt, verliest) in enumerate(rijen):
        yy = MARGE_O + i * regel
        kort = label if len(label) <= 38 else label[:37] + "…"
        delen.append(
            _el("text", escape(kort), x=links - 8, y=yy + 15, text_anchor="end", font_size=12, fill=TEKST)
        )
        if krijgt:
            b = krijgt / grootste * (half - 40)
            delen.append(_el("rect", x=midden, y=yy + 4, width=max(b, 1.0), height=16, fill=GROEN))
            delen.append(_el("text", f"+{krijgt}", x=midden + b + 4, y=yy + 16, font_size=11, fill=TEKST))
        if verliest:
            b = verliest / grootste * (half - 40)
            delen.append(_el("rect", x=midden - b, y=yy + 4, width=max(b, 1.0), height=16, fill=ROOD))
            delen.append(
                _el(
                    "text",
                    f"−{verliest}",
                    x=midden - b - 4,
                    y=yy + 16,
                    text_anchor="end",
                    font_size=11,
                    fill=TEKST,
                )
            )
    beschrijving = "; ".join(f"{label}: krijgt {k}, verliest {v}" for label, k, v in rijen)
    return _svg(hoogte, delen, aria_label=f"{titel}. {beschrijving}")


def kolommen(labels: list[str], reeksen: list[tuple[str, str, list[float]]], titel: str, opmaak=None) -> str:
    """Columns per label (a sweep's values), one per series (name, colour, values), above or below
    a zero line; a legend above. '' without labels."""
    if not labels:
        return ""
    opmaak = opmaak or (lambda w: f"{w:g}")
    hoogte = 240
    boven, onder_marge, links = MARGE_O + 8, 30, MARGE_L
    binnen_b = BREEDTE - links - MARGE_R
    binnen_h = hoogte - boven - onder_marge
    alle = [w for _, _, waarden in reeksen for w in waarden]
    hoog, laag = max(alle + [0.0]), min(alle + [0.0])
    if hoog == laag:
        hoog = laag + 1

    def y(w):
        return boven + (hoog - w) / (hoog - laag) * binnen_h

    nul = y(0.0)
    groep = binnen_b / len(labels)
    staaf = groep * 0.8 / len(reeksen)
    delen = [_el("line", x1=float(links), y1=nul, x2=float(BREEDTE - MARGE_R), y2=nul, stroke=AS)]
    for i, (naam, kleur, _) in enumerate(reeksen):
        x = links + i * 130
        delen.append(_el("rect", x=float(x), y=8.0, width=12.0, height=12.0, fill=kleur))
        delen.append(_el("text", escape(naam), x=float(x + 16), y=18.0, font_size=12, fill=TEKST))
    delen.append(
        _el(
            "text",
            escape(opmaak(hoog)),
            x=float(links - 4),
            y=boven + 4,
            text_anchor="end",
            font_size=10,
            fill=TEKST,
        )
    )
    if laag < 0:
        delen.append(
            _el(
                "text",
                escape(opmaak(laag)),
                x=float(links - 4),
                y=boven + binnen_h,
                text_anchor="end",
                font_size=10,
                fill=TEKST,
            )
        )
    elke = max(1, len(labels) // 16)
    for j, label in enumerate(labels):
        x0 = links + j * groep + groep * 0.1
        for i, (naam, kleur, waarden) in enumerate(reeksen):
            w = waarden[j]
            top, bodem = min(y(w), nul), max(y(w), nul)
            titel_staaf = _el("title", escape(f"{label}: {naam} {opmaak(w)}"))
            delen.append(
                _el(
                    "rect",
                    titel_staaf,
                    x=x0 + i * staaf,
                    y=top,
                    width=max(staaf - 1, 1.0),
                    height=max(bodem - top, 0.5),
                    fill=kleur,
                )
            )
        if j % elke == 0:
            delen.append(
                _el(
                    "text",
                    escape(label),
                    x=x0 + groep * 0.4,
                    y=float(hoogte - 10),
                    text_anchor="middle",
                    font_size=11,
                    fill=TEKST,
                )
            )
    beschrijving = "; ".join(
        f"{label}: " + ", ".join(f"{naam} {opmaak(waarden[j])}" for naam, _, waarden in reeksen)
        for j, label in enumerate(labels)
    )
    return _svg(hoogte, delen, aria_label=f"{titel}. {beschrijving}")
