"""An HTTP load benchmark of `llo serve` (gunicorn) on the loopback address, bounded in time.

`meet_api()` starts `llo serve` on 127.0.0.1 on a free port, waits until it answers (the
server start time), and then measures (and then the same single-person load on the stock
`openfisca serve --country-package openfisca_llo`, alone, and the ratio):

- `calculate`: single-person POST /calculate asking every contract output, at `verbindingen`
  concurrent connections for `duur` seconds: requests per second, p50 and p99 latency, errors.
  The persons differ from request to request (a pool of `POOL` birth dates and situations),
  so that no layer can answer from a cache of identical bodies;
- `batch`: one POST /calculate of `batch` persons (every contract output), the median of a
  few requests;
- `compare`: single-person POST /compare with one reform document, loaded like `calculate`.

The load generator is wrk (Debian package `wrk`) where it is installed, and otherwise a
threaded Python client (one thread per connection, http.client). Traffic only ever goes to
127.0.0.1. The server is stopped at the end, also on error.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.regels.contract import CONTRACT_UITVOER

ADRES = "127.0.0.1"
PERIODE = "2026-10"
POOL = 200
STARTTIJD_MAXIMUM = 60.0
MS_PER_S = 1000.0
PERCENTIELEN = (50, 99)
SECTOREN = ("geen", "mbo", "hbo", "wo")
VORMEN = ("voltijd", "deeltijd")


def vrije_poort() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((ADRES, 0))
        return s.getsockname()[1]


def persoon(index: int, rng) -> dict:
    """One person with inputs drawn from `rng` and every contract output asked for PERIODE."""
    geboren = np.datetime64("1950-01-01") + np.timedelta64(int(rng.integers(0, 365 * 58)), "D")
    uit = {
        "geboortedatum": {"ETERNITY": str(geboren)},
        "onderwijssector": {PERIODE: SECTOREN[index % len(SECTOREN)]},
        "opleidingsvorm": {PERIODE: VORMEN[index % len(VORMEN)]},
        "opleiding_graad": {PERIODE: "master" if index % 3 else "bachelor"},
        "ww_uitkering": {PERIODE: bool(index % 5 == 0)},
    }
    for naam in CONTRACT_UITVOER:
        uit[naam] = {PERIODE: None}
    return uit


def situaties(aantal: int, zaad: int = 1) -> list[dict]:
    rng = np.random.default_rng(zaad)
    return [{"personen": {f"p{i}": persoon(i, rng)}} for i in range(aantal)]


def batch_situatie(aantal: int, zaad: int = 2) -> dict:
    rng = np.random.default_rng(zaad)
    return {"personen": {f"p{i}": persoon(i, rng) for i in range(aantal)}}


def _post(poort: int, pad: str, body: bytes, timeout: float = 60.0) -> tuple[int, bytes]:
    verbinding = http.client.HTTPConnection(ADRES, poort, timeout=timeout)
    try:
        verbinding.request("POST", pad, body=body, headers={"Content-Type": "application/json"})
        antwoord = verbinding.getresponse()
        return antwoord.status, antwoord.read()
    finally:
        verbinding.close()


def _get(poort: int, pad: str, timeout: float = 5.0) -> int:
    verbinding = http.client.HTTPConnection(ADRES, poort, timeout=timeout)
    try:
        verbinding.request("GET", pad)
        antwoord = verbinding.getresponse()
        antwoord.read()
        return antwoord.status
    finally:
        verbinding.close()


class Server:
    """`llo serve` (or, with `stock`, OpenFisca's own `openfisca serve` of the same package) on
    127.0.0.1:poort in its own process group, stopped on exit."""

    def __init__(self, poort: int, werkers: int, stock: bool = False, draden: int | None = None):
        self.poort, self.werkers, self.stock, self.draden, self.proces = poort, werkers, stock, draden, None

    def argv(self) -> list[str]:
        if self.stock:
            openfisca = os.path.join(os.path.dirname(sys.executable), "openfisca")
            return [openfisca, "serve", "--country-package", "openfisca_llo", "--bind", f"{ADRES}:{self.poort}",
                    "--workers", str(self.werkers)]  # fmt: skip
        argv = [
            sys.executable,
            "-c",
            "import sys; from openfisca_llo.commando import main; sys.exit(main())",
            "serve",
            "--bind",
            ADRES,
            "--port",
            str(self.poort),
        ]
        argv += ["--workers", str(self.werkers)]
        if self.draden is not None:
            argv += ["--threads", str(self.draden)]
        return argv

    def __enter__(self):
        argv = self.argv()
        begin = time.perf_counter()
        self.proces = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        while True:
            if self.proces.poll() is not None:
                fout = self.proces.stderr.read().decode(errors="replace").strip().splitlines()[-3:]
                raise GebruikersFout(f"{' '.join(argv[:2])} stopte meteen: {' | '.join(fout)}")
            try:
                if _get(self.poort, "/entities") == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - begin > STARTTIJD_MAXIMUM:
                self._stop()
                raise GebruikersFout(f"llo serve antwoordde niet binnen {STARTTIJD_MAXIMUM:.0f} s")
            time.sleep(0.02)
        self.starttijd = time.perf_counter() - begin
        return self

    def _stop(self):
        if self.proces is None or self.proces.poll() is not None:
            return
        os.killpg(self.proces.pid, signal.SIGTERM)
        try:
            self.proces.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proces.pid, signal.SIGKILL)
            self.proces.wait()

    def __exit__(self, *_):
        self._stop()


# ---------------------------------------------------------------------------------------------
# Load generators: both return {requests, seconds, requests_per_second, p50_ms, p99_ms, errors}.


def last_python(poort: int, pad: str, bodies: list[bytes], verbindingen: int, duur: float) -> dict:
    """A threaded client: `verbindingen` threads, each sending requests back to back."""
    latenties: list[list[float]] = [[] for _ in range(verbindingen)]
    fouten = [0] * verbindingen
    einde = time.perf_counter() + duur

    def werk(nummer: int):
        i = nummer
        while time.perf_counter() < einde:
            body = bodies[i % len(bodies)]
            i += verbindingen
            begin = time.perf_counter()
            try:
                status, _ = _post(poort, pad, body)
            except OSError:
                status = 0
            latenties[nummer].append(time.perf_counter() - begin)
            if status != 200:
                fouten[nummer] += 1

    begin = time.perf_counter()
    draden = [threading.Thread(target=werk, args=(n,)) for n in range(verbindingen)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    seconden = time.perf_counter() - begin
    alle = np.array([x for lijst in latenties for x in lijst]) * MS_PER_S
    return {
        "client": "python",
        "requests": int(alle.size),
        "seconds": round(seconden, 2),
        "requests_per_second": round(alle.size / seconden, 1),
        "p50_ms": round(float(np.percentile(alle, PERCENTIELEN[0])), 2) if alle.size else None,
        "p99_ms": round(float(np.percentile(alle, PERCENTIELEN[1])), 2) if alle.size else None,
        "errors": int(sum(fouten)),
    }


_WRK_SCRIPT = """
local bodies = {}
local f = io.open("%(pad)s", "r")
for line in f:lines() do bodies[#bodies + 1] = line end
f:close()
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format(nil, "%(url_pad)s", nil, bodies[(i %% #bodies) + 1])
end
"""


def _wrk_tijd(tekst: str) -> float:
    """A wrk duration (`1.23ms`, `850.00us`, `1.02s`) in milliseconds."""
    getal, eenheid = re.fullmatch(r"([\d.]+)(us|ms|s|m)", tekst).groups()
    return float(getal) * {"us": 1e-3, "ms": 1.0, "s": MS_PER_S, "m": 60 * MS_PER_S}[eenheid]


def last_wrk(poort: int, pad: str, bodies: list[bytes], verbindingen: int, duur: float) -> dict:
    """wrk with a Lua script that cycles through `bodies`; wrk's own latency percentiles."""
    with tempfile.TemporaryDirectory() as map_:
        bodies_pad = Path(map_) / "bodies.txt"
        bodies_pad.write_bytes(b"\n".join(bodies) + b"\n")
        script = Path(map_) / "post.lua"
        script.write_text(_WRK_SCRIPT % {"pad": bodies_pad, "url_pad": pad}, encoding="utf-8")
        draden = str(min(verbindingen, os.cpu_count() or 1))
        argv = [
            "wrk",
            "-t",
            draden,
            "-c",
            str(verbindingen),
            "-d",
            f"{duur:g}s",
            "--latency",
            "-s",
            str(script),
        ]
        uit = subprocess.run(
            [*argv, f"http://{ADRES}:{poort}{pad}"], capture_output=True, text=True, check=True
        )
    tekst = uit.stdout
    verzoeken = int(re.search(r"(\d+) requests in ([\d.]+)(\w+)", tekst).group(1))
    fouten = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", tekst))
    niet_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", tekst)
    fouten += int(niet_2xx.group(1)) if niet_2xx else 0
    percentiel = {int(p): _wrk_tijd(t) for p, t in re.findall(r"^\s+(\d+)%\s+(\S+)$", tekst, re.MULTILINE)}
    return {
        "client": "wrk",
        "requests": verzoeken,
        "seconds": duur,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", tekst).group(1)),
        "p50_ms": round(percentiel[PERCENTIELEN[0]], 2),
        "p99_ms": round(percentiel[PERCENTIELEN[1]], 2),
        "errors": fouten,
    }


def kies_client(voorkeur: str):
    if voorkeur == "wrk" and shutil.which("wrk") is None:
        raise GebruikersFout("--client wrk: wrk is niet geïnstalleerd (apt-get install wrk); laat --client weg")
    if voorkeur == "python" or shutil.which("wrk") is None:
        return last_python
    return last_wrk


def meet_api(
    duur: float = 10.0,
    verbindingen: int = 16,
    werkers: int = 2,
    batch: int = 10_000,
    hervorming: str = "llk_maximumleeftijd_aow_leeftijd",
    client: str = "auto",
    batch_herhalingen: int = 3,
    stock: bool = True,
    draden: int | None = None,
) -> dict:
    """Load `llo serve`, and (with `stock`) then `openfisca serve` of the same package alone, with
    the same single-person /calculate bodies; `ratio` is ours over theirs in requests per second."""
    last = kies_client(client)
    enkel = [json.dumps(s).encode() for s in situaties(POOL)]
    document = lees_hervorming(hervorming)
    vergelijk = [json.dumps({"situation": s, "reform": document}).encode() for s in situaties(POOL, zaad=3)]
    groot = json.dumps(batch_situatie(batch)).encode()
    poort = vrije_poort()
    with Server(poort, werkers, draden=draden) as server:
        _warm(poort, enkel, werkers)
        for body in vergelijk[: 2 * werkers]:
            _post(poort, "/compare", body)
        uit = {
            "server": {"workers": werkers, "start_seconds": round(server.starttijd, 2), "address": ADRES},
            "calculate": last(poort, "/calculate", enkel, verbindingen, duur),
        }
        tijden, statussen = [], []
        for _ in range(batch_herhalingen):
            begin = time.perf_counter()
            try:
                status, antwoord = _post(poort, "/calculate", groot, timeout=300)
            except OSError:  # the worker was stopped (gunicorn's timeout) before it answered
                status, antwoord = 0, b"{}"
            tijden.append(time.perf_counter() - begin)
            statussen.append(status)
        aantal = len(json.loads(antwoord).get("personen", {})) if status == 200 else 0
        uit["batch"] = {
            "persons": batch,
            "answered_persons": aantal,
            "seconds": round(statistics.median(tijden), 3),
            "seconds_all_runs": [round(t, 3) for t in tijden],
            "request_mb": round(len(groot) / 1e6, 1),
            "errors": sum(s != 200 for s in statussen),
        }
        uit["compare"] = {
            "reform": document.get("naam"),
            **last(poort, "/compare", vergelijk, verbindingen, duur),
        }
    if stock:
        poort = vrije_poort()
        with Server(poort, werkers, stock=True) as server:
            _warm(poort, enkel, werkers)
            uit["stock"] = {
                "server": {"workers": werkers, "start_seconds": round(server.starttijd, 2), "address": ADRES},
                "calculate": last(poort, "/calculate", enkel, verbindingen, duur),
            }
        ons, hun = uit["calculate"]["requests_per_second"], uit["stock"]["calculate"]["requests_per_second"]
        uit["ratio"] = round(ons / hun, 2) if hun else None
    uit["load"] = {"connections": verbindingen, "seconds": duur, "distinct_bodies": POOL}
    return uit


def _warm(poort, bodies, werkers):
    """Warm up every worker (the first requests import and fill OpenFisca's caches)."""
    for body in bodies[: 4 * werkers]:
        _post(poort, "/calculate", body)
