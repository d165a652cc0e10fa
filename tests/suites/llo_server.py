"""A real `llo serve` (gunicorn) on 127.0.0.1 for the tests that need one; stopped on exit."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

ADRES = "127.0.0.1"
START_MAXIMUM = 60.0


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind((ADRES, 0))
        return s.getsockname()[1]


def verzoek(poort: int, methode: str, pad: str, body=None, ruw: bytes | None = None, timeout: float = 30.0):
    """(status, JSON answer or None, headers) of one request; the body as JSON or as raw bytes."""
    verbinding = http.client.HTTPConnection(ADRES, poort, timeout=timeout)
    try:
        data = ruw if ruw is not None else (None if body is None else json.dumps(body).encode())
        kopjes = {"Content-Type": "application/json"} if data is not None else {}
        verbinding.request(methode, pad, body=data, headers=kopjes)
        antwoord = verbinding.getresponse()
        tekst = antwoord.read()
        try:
            inhoud = json.loads(tekst)
        except ValueError:
            inhoud = None
        return antwoord.status, inhoud, dict(antwoord.getheaders())
    finally:
        verbinding.close()


@contextmanager
def llo_serve(*extra: str, omgeving: dict | None = None, access_log: Path | None = None):
    """Yield (poort, log) of a running `llo serve --workers 2 ...`; `log` is the file of its stderr."""
    poort = vrije_poort()
    map_ = Path(tempfile.mkdtemp(prefix="llo-serve-"))
    log = map_ / "serve.log"
    llo = Path(sys.executable).with_name("llo")
    argv = [str(llo), "serve", "--port", str(poort), "--workers", "2", *extra]
    if access_log is not None:
        argv += ["--access-log", str(access_log)]
    proces = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
        env={**os.environ, **(omgeving or {})},
        start_new_session=True,
    )
    try:
        begin = time.monotonic()
        while True:
            try:
                if verzoek(poort, "GET", "/spec", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if proces.poll() is not None or time.monotonic() - begin > START_MAXIMUM:
                raise RuntimeError("llo serve did not start")
            time.sleep(0.2)
        yield SimpleNamespace(poort=poort, log=log)
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        try:
            proces.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proces.pid, signal.SIGKILL)
            proces.wait()
