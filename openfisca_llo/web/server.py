"""How `llo serve` runs the web API on gunicorn: a worker class and timeouts that survive slow clients.

gunicorn's default sync worker serves one connection at a time per worker, so two clients that
send their headers a byte at a time occupy both workers of a 2-worker server and every other
request waits or times out. Here:

- the worker class is `Werker`, gunicorn's threaded worker (`gthread`, `threads` connections
  per worker) whose connections each get a socket timeout (`LLO_SOCKET_TIMEOUT`, 10 s): a client
  that sends nothing for that long is disconnected, and holds one thread, not a worker, until
  then. A proxy in front (nginx) remains the defence against many slow clients at once;
- a long computation does not get its worker killed: the app answers 503 JSON
  (`rekentijd_overschreden`) past `LLO_MAX_REKENTIJD` (openfisca_llo/web/grenzen.py), and the
  threaded worker keeps reporting to gunicorn's arbiter while a request thread computes.
  gunicorn's own `--timeout` (60 s) is a last resort above that;
- each worker is replaced after `max_requests` requests, with jitter so that the workers are
  not all replaced at once (`--max-requests`, `--max-requests-jitter`). Keep-alive is off: a
  worker that exits closes its idle keep-alive connections, and a client that had just sent its
  next request on one gets a reset. On the loopback or behind a proxy a new connection per
  request costs nothing next to the computation.

The limits of one request are settings of their own (openfisca_llo/web/grenzen.py), passed on
to the workers through the environment.
"""

from __future__ import annotations

import os
import selectors
import sys
import time

from gunicorn.workers.gthread import ThreadWorker

#: seconds a connection may stay silent while its request is read or its answer written
SOCKET_TIMEOUT = float(os.environ.get("LLO_SOCKET_TIMEOUT", "10"))
#: gunicorn's worker timeout: only a worker whose main loop stalls this long is restarted
WERKER_TIMEOUT = 60
GRACEFUL_TIMEOUT = 30
#: no keep-alive: a worker replaced after max_requests never drops a connection a client reuses
KEEP_ALIVE = 0
#: a worker is replaced after this many requests plus up to the jitter (settings of the same name)
MAX_REQUESTS = int(os.environ.get("LLO_MAX_REQUESTS", "2000"))
MAX_REQUESTS_JITTER = int(os.environ.get("LLO_MAX_REQUESTS_JITTER", "200"))
THREADS = 4


class Werker(ThreadWorker):
    """gunicorn's threaded worker, with a timeout on every connection's socket and a clean restart.

    gunicorn's own restart after `max_requests` leaves its loop at once and drops every
    connection it had accepted but not yet served: under load those clients get a reset (8 of
    19,556 requests in a 3-minute soak). This worker, once it has served its `max_requests`,
    stops accepting (the other workers and the next one take the new connections from the
    shared backlog), serves what it had accepted, and only then ends; at the latest after the
    graceful timeout.
    """

    def init_process(self):
        self.llo_max_requests, self.max_requests = self.max_requests, sys.maxsize
        self.llo_stopt_sinds = None
        super().init_process()

    def run(self):
        # A pipe in the main loop's poller: once this worker has stopped accepting, the end of its
        # last request wakes the loop at once, so that it exits and gunicorn starts its successor
        # now, not after the loop's one-second wait. When every worker stops at about the same
        # time, that second is a second in which no worker accepts a connection.
        self.llo_wekker = os.pipe()
        for kant in self.llo_wekker:
            os.set_blocking(kant, False)
        self.poller.register(self.llo_wekker[0], selectors.EVENT_READ, self._llo_gewekt)
        super().run()

    def _llo_gewekt(self, lezer):
        os.read(lezer, 512)

    def finish_request(self, fs):
        super().finish_request(fs)
        if self.llo_stopt_sinds is not None:
            try:
                os.write(self.llo_wekker[1], b"!")
            except BlockingIOError:  # the pipe is full: the loop is awake already
                pass

    def handle(self, conn):
        conn.sock.settimeout(SOCKET_TIMEOUT)
        return super().handle(conn)

    def handle_request(self, req, conn):
        try:
            return super().handle_request(req, conn)
        finally:
            if self.nr >= self.llo_max_requests and self.llo_stopt_sinds is None:
                self.log.info("Na %s verzoeken: neemt geen nieuwe verbindingen aan, en stopt daarna.", self.nr)
                self.llo_stopt_sinds = time.monotonic()

    def murder_keepalived(self):  # called by the worker's main loop on every turn
        super().murder_keepalived()
        if self.llo_stopt_sinds is None:
            return
        for sock in self.sockets:
            try:
                self.poller.unregister(sock)
            except (KeyError, ValueError):
                pass
        if self.nr_conns <= 0 or time.monotonic() - self.llo_stopt_sinds > self.cfg.graceful_timeout:
            self.alive = False


def gunicorn_argumenten(bind: str, poort: int, werkers: int, threads: int = THREADS) -> list[str]:
    """The gunicorn command line (without the program) for `llo serve`."""
    return [
        "--bind",
        f"{bind}:{poort}",
        "--workers",
        str(werkers),
        "--worker-class",
        "openfisca_llo.web.server.Werker",
        "--threads",
        str(threads),
        "--timeout",
        str(WERKER_TIMEOUT),
        "--graceful-timeout",
        str(GRACEFUL_TIMEOUT),
        "--keep-alive",
        str(KEEP_ALIVE),
        "--max-requests",
        str(MAX_REQUESTS),
        "--max-requests-jitter",
        str(MAX_REQUESTS_JITTER),
        "--preload",
        "openfisca_llo.web.api:wsgi_app()",
    ]
