"""A soak of `llo serve` on 127.0.0.1: mixed good and bad requests for a set time, bounded.

`soak()` starts `llo serve` (openfisca_llo/meten/bench_api.py's `Server`, loopback only) and
sends, from `verbindingen` client threads for `duur` seconds, a fixed mix of requests, each
with the status it must get: single-person /calculate and /compare (200), and the hostile
requests of the hardening issue (an int32 overflow, a period of 100,000 months, an empty id,
axes, 2,000 nested arrays, NaN, a birth date `19680915`, a negative duration, a missing birth
date, a reform that is a list, 600 dated changes, a body over the size limit, and one request of
2,000 persons with year inputs in every 50). An error is a request that got another status than
its own, or no answer. The server's resident memory (master and workers) is sampled at the
start, every few seconds, and at the end, so that a leak or a worker that keeps growing shows.

Not a test and not part of CI: `llo bench-soak` prints the figures (docs/prestaties.md).
"""

from __future__ import annotations

import json
import socket
import threading
import time

import psutil

from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.meten.bench_api import ADRES, PERIODE, Server, _post, situaties, vrije_poort

MIB = 1024 * 1024
RSS_INTERVAL = 5.0
ZWAAR_ELKE = 50


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its children, in MiB."""
    try:
        hoofd = psutil.Process(pid)
        processen = [hoofd, *hoofd.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    totaal = 0
    for proces in processen:
        try:
            totaal += proces.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return round(totaal / MIB, 1)


def _persoon(**extra) -> dict:
    persoon = {
        "geboortedatum": {"ETERNITY": "1968-09-15"},
        "onderwijssector": {PERIODE: "wo"},
        "levenlanglerenkrediet_recht": {PERIODE: None},
    }
    persoon.update(extra)
    return {"personen": {"a": persoon}}


def mix(hervorming: str = "llk_maximumleeftijd_aow_leeftijd") -> list[tuple[str, str, bytes, int]]:
    """(name, path, body, expected status) of every kind of request in the soak."""
    document = lees_hervorming(hervorming)
    goed = situaties(20, zaad=7)
    zonder_geboortedatum = {"personen": {"a": {"levenlanglerenkrediet_recht": {PERIODE: None}}}}
    veel_wijzigingen = dict(
        document,
        wijzigingen={f"pad.{i}": {"2030-01-01": 1} for i in range(600)},
    )
    jaarinvoer = {
        f"p{i}": {"geboortedatum": {"ETERNITY": "1968-09-15"}, "onderwijssector": {"2026": "wo"}}
        | {"levenlanglerenkrediet_recht": {PERIODE: None}}
        for i in range(2_000)
    }
    soorten = [
        *(("calculate", "/calculate", json.dumps(s).encode(), 200) for s in goed),
        *(
            ("compare", "/compare", json.dumps({"situation": s, "reform": document}).encode(), 200)
            for s in goed[:5]
        ),
        ("int32", "/calculate", json.dumps(_persoon(scholing_duur_maanden={PERIODE: 2**31})).encode(), 400),
        (
            "periode",
            "/calculate",
            json.dumps(_persoon(scholing_duur_maanden={"month:2024-01:100000": 3})).encode(),
            413,
        ),
        ("leeg_id", "/calculate", json.dumps({"personen": {"": {}}, "": None}).encode(), 400),
        ("assen", "/calculate", json.dumps({**_persoon(), "axes": [[{"count": 3}]]}).encode(), 400),
        ("nesting", "/calculate", b"[" * 2_000 + b"]" * 2_000, 413),
        ("nan", "/calculate", b'{"personen": {"a": {"scholing_kosten": {"2026-10": NaN}}}}', 400),
        ("datum", "/calculate", json.dumps(_persoon(geboortedatum={"ETERNITY": "19680915"})).encode(), 400),
        ("negatief", "/calculate", json.dumps(_persoon(scholing_duur_maanden={PERIODE: -1})).encode(), 400),
        ("geen_geboortedatum", "/calculate", json.dumps(zonder_geboortedatum).encode(), 422),
        ("reform_lijst", "/compare", json.dumps({"situation": goed[0], "reform": []}).encode(), 400),
        (
            "wijzigingen",
            "/compare",
            json.dumps({"situation": goed[0], "reform": veel_wijzigingen}).encode(),
            413,
        ),
        ("te_groot", "/calculate", b'{"x": "' + b"a" * (40 * MIB) + b'"}', 413),
        ("jaarinvoer_2000", "/calculate", json.dumps({"personen": jaarinvoer}).encode(), 200),
    ]
    return soorten


def _alleen_kop(poort: int, pad: str, body: bytes, timeout: float = 30.0) -> int:
    """The status of a request whose body is over the limit, read as soon as the server answers.

    The server answers 413 from the Content-Length alone and closes the connection without
    reading the body; a client that insists on sending all of it first (Python's http.client)
    meets a reset instead. This client sends the headers and the first KiB, then reads.
    """
    kop = (
        f"POST {pad} HTTP/1.1\r\nHost: {ADRES}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((ADRES, poort), timeout=timeout) as verbinding:
        verbinding.sendall(kop + body[:1024])
        antwoord = verbinding.makefile("rb").readline()
    return int(antwoord.split()[1])


def soak(duur: float = 600.0, verbindingen: int = 64, werkers: int = 2) -> dict:
    soorten = mix()
    licht = [s for s in soorten if s[0] not in ("jaarinvoer_2000", "te_groot")]
    zwaar = [s for s in soorten if s[0] in ("jaarinvoer_2000", "te_groot")]
    tellingen: dict[str, list[int]] = {s[0]: [0, 0] for s in soorten}  # name -> [requests, errors]
    voorbeelden: list[str] = []
    slot = threading.Lock()
    poort = vrije_poort()
    with Server(poort, werkers) as server:
        pid = server.proces.pid
        rss = {"start_mb": rss_mb(pid)}
        monsters = [rss["start_mb"]]
        einde = time.monotonic() + duur

        def werk(nummer: int) -> None:
            i = nummer
            while time.monotonic() < einde:
                i += verbindingen
                if i % ZWAAR_ELKE == 0:
                    naam, pad, body, verwacht = zwaar[(i // ZWAAR_ELKE) % len(zwaar)]
                else:
                    naam, pad, body, verwacht = licht[i % len(licht)]
                try:
                    if naam == "te_groot":
                        status = _alleen_kop(poort, pad, body)
                    else:
                        status, _ = _post(poort, pad, body, timeout=120)
                except OSError as fout:
                    status = f"{type(fout).__name__}"
                with slot:
                    tellingen[naam][0] += 1
                    if status != verwacht:
                        tellingen[naam][1] += 1
                        if len(voorbeelden) < 20:
                            voorbeelden.append(f"{naam}: {status} (verwacht {verwacht})")

        draden = [threading.Thread(target=werk, args=(n,), daemon=True) for n in range(verbindingen)]
        begin = time.monotonic()
        for draad in draden:
            draad.start()
        while any(d.is_alive() for d in draden):
            time.sleep(min(RSS_INTERVAL, max(einde - time.monotonic(), 0.1)))
            monsters.append(rss_mb(pid))
        for draad in draden:
            draad.join()
        seconden = time.monotonic() - begin
        rss["end_mb"] = rss_mb(pid)
        rss["max_mb"] = max(monsters)
    verzoeken = sum(t[0] for t in tellingen.values())
    return {
        "server": {"address": ADRES, "workers": werkers},
        "connections": verbindingen,
        "seconds": round(seconden, 1),
        "requests": verzoeken,
        "requests_per_second": round(verzoeken / seconden, 1) if seconden else 0.0,
        "errors": sum(t[1] for t in tellingen.values()),
        "per_kind": {naam: {"requests": t[0], "errors": t[1]} for naam, t in tellingen.items()},
        "error_examples": voorbeelden,
        "rss": rss,
    }
