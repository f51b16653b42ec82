"""Load: N concurrent conversations × M messages as signed Twilio SMS webhooks through the real cluster.

For each Rasa replica count (default 1, then 2, one cluster after the other on free loopback ports,
in the same run) it starts the multi-instance cluster exactly as `make run-cluster` does
(PostgreSQL, Redis, nginx, 2 gateways, 2 action servers, the Rasa replicas; bot/cluster.py) with
the gateways' Twilio REST client pointed at a local fake Twilio (tests/fake_twilio.py), then:

1. reference: 2 conversations of the script, one after the other, on the quiet cluster (also the
   warm-up); the replies they get are the expected replies, position by position;
2. load: N conversations at once, each sending its next message only once it has the reply to the
   previous one (how people text). A message is a webhook signed with Twilio's RequestValidator,
   posted to nginx with a fresh MessageSid. Its reply is the TwiML body of the webhook response,
   or, when the turn outlived TWILIO_REPLY_BUDGET, the next message the fake Twilio receives for
   that number through the REST API (timestamped by the fake when it arrives);
3. a settle period (`--settle`, 5 s) for late replies, then the counts.

What is counted (each message of the script gets exactly one SMS reply: no handoff, no form, no
"more", no safety word, no number answering a menu):

- lost: no reply within `--timeout` seconds of sending; the conversation stops there (its later
  messages are counted as not sent; a reply that still comes before the end is counted as late,
  not as a duplicate);
- fallback notices: when Rasa is slower than HOTLINE_RASA_TIMEOUT (or no slot towards it frees
  in time) the person gets the fallback at once and the message is retried; its real answer
  comes later. The notice is counted here, and the time to reply runs to the real answer;
- duplicated: replies beyond one per answered message and its notice, per number, after the
  settle period (TwiML bodies + REST messages to that number), plus messages Rasa processed twice (the same `inbound_id`
  twice among the tracker's user events);
- out of order: in Rasa's tracker (PostgreSQL), user events of a conversation whose message was sent
  before a message already processed (ordered by event id). Messages missing from the tracker
  (never processed by Rasa, e.g. cancelled when the gateway gave up after HOTLINE_RASA_TIMEOUT)
  are shown apart;
- not as expected: replies that differ from the reference reply at that position (e.g. the
  fallback of a last try) — answered, but not the answer a quiet machine gives;
- webhook errors: 5xx or connection errors (the same MessageSid is posted again, like Twilio).

Prints throughput (messages replied per second of the load phase, and of those the replies as
expected), time to reply p50/p95/p99, webhook acknowledgement p50/p99/max as the client saw it and
as nginx logged it ($request_time, logged to the temporary data dir only), the worst client p99
over 10-second windows, the load generator's own event-loop lag (so that a starved client is not
mistaken for a slow system: the fake Twilio runs in a process of its own), resident memory
(peak RSS sampled every 2 s, process and children, from /proc) and CPU seconds of every part, the
load average and core count, and each figure of the next replica counts as a ratio of the first
(the baseline of the same run). Ctrl-C stops the clusters and removes the temporary directories.

    .venv/bin/python bench/load.py [--conversations 200] [--messages 10] [--replicas 1,2] [--timeout 60]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.latency import children, free_port, rss_mb  # noqa: E402
from bench.latency import pct as _pct  # noqa: E402
from bot.channels.inbound import inbound_digest  # noqa: E402
from bot.cluster import Cluster, Ports  # noqa: E402
from bot.i18n.catalogs import Catalogs  # noqa: E402
from bot.privacy.pseudonym import pseudonym  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.supervisor import MODEL, RASA_BIN  # noqa: E402
from tests import fake_twilio  # noqa: E402
from tests.fake_twilio import FakeTwilio, webhook_params  # noqa: E402

# Information-level Spanish turns: one reply each, no handoff, no screening form, no numbered answer.
SCRIPT = ["hola", "qué es la trata de personas", "necesito un albergue", "estoy en Tapachula", "gracias",
          "cuáles son mis derechos", "cómo puedo migrar de forma segura", "qué hacen con mis datos",
          "muchas gracias", "adiós"]
WEBHOOK = "/channels/twilio"
POST_ATTEMPTS = 3  # the same MessageSid again after a 5xx or a connection error, like Twilio
ACK_TARGET = 2.0
WINDOW = 10.0  # seconds per window for "ack p99 throughout"
CLK_TCK = os.sysconf("SC_CLK_TCK")
FAKE = "fake Twilio (bench)"
# The fallback's opening words in the script's language: a reply starting so is the notice a
# person gets at once when Rasa is too slow, before the real answer; counted apart.
NOTICE = Catalogs().render("utter_reply_delayed_no_country", "es", {}).text.split(".")[0]


# --------------------------------------------------------------------------- helpers
def free_ports(n: int) -> list[int]:
    ports: set[int] = set()
    while len(ports) < n:
        ports.add(free_port())
    return list(ports)


def pct(values: list[float], q: float) -> float:
    return _pct(values, q) if values else float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system time of the process, its reaped children and its live descendants."""
    total = 0
    for i, p in enumerate([pid, *children(pid)]):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
        total += utime + stime + (cutime + cstime if i == 0 else 0)
    return total / CLK_TCK


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (ProcessLookupError, PermissionError, OSError):
        return False


def twiml_bodies(text: str) -> list[str]:
    try:
        return [m.text or "" for m in ET.fromstring(text).iter("Message")]
    except ET.ParseError:
        return []


# --------------------------------------------------------------------------- cluster
class BenchCluster(Cluster):
    """The cluster, plus: one Rasa replica supported, and nginx logging each webhook's status and
    time ($request_time: first byte read to response sent) in the bench's temporary data dir."""

    @property
    def ack_log(self) -> Path:
        return self.root / "nginx" / "ack.log"

    def nginx_conf(self) -> str:
        conf = super().nginx_conf()
        # $msec - $request_time is when nginx read the request's first byte: joined with the
        # client's own send time (X-Bench-Req) it splits the client's ack time into before nginx,
        # inside nginx and after it.
        fmt = ("    log_format ack '$request_uri $status $request_time $msec $connection_requests "
               "$http_x_bench_req';\n")
        front = "        location / {\n            proxy_pass http://gateways;\n"
        assert "    access_log off;" in conf and conf.count(front) == 1, "nginx.conf layout changed"
        conf = conf.replace("    access_log off;", fmt + "    access_log off;", 1)
        return conf.replace(front, front + f"            access_log {self.ack_log} ack;\n", 1)

    def start_processes(self, timeout: float = 600.0, cancelled=lambda: False) -> None:  # noqa: ANN001
        # Cluster.start_processes ends with `self.start(*rasa[1:])`; with one replica that is
        # `self.start()`, which starts every process a second time. Only more replicas, if any.
        rasa = [n for n in self.names if n.startswith("rasa")]
        if len(rasa) > 1:
            return super().start_processes(timeout, cancelled)
        self.start(*self.names)
        return None


class BacklogServer(ThreadingHTTPServer):
    """The fake Twilio's server with a listen backlog for hundreds of senders (the default 5
    makes the gateways' sends time out and retry: the fake's limit, not the system's)."""

    request_queue_size = 512
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a gateway stopped mid-request (end of a run): nothing to report


def fake_twilio_process(conn: Connection, account_sid: str, auth_token: str) -> None:
    """The fake Twilio in its own process (its threads and status callbacks do not slow the load
    loop): every message it accepts goes to the parent as (To, Body, CLOCK_MONOTONIC at arrival)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it
    fake_twilio.ThreadingHTTPServer = BacklogServer  # used by FakeTwilio.start(), in this process only
    lock = threading.Lock()

    class Inbox(list):
        def append(self, item: dict[str, str]) -> None:
            super().append(item)
            with lock:
                conn.send((item.get("To", ""), item.get("Body", ""), time.monotonic()))

    fake = FakeTwilio(account_sid=account_sid, auth_token=auth_token, messages=Inbox()).start()
    with lock:
        conn.send(("url", fake.url, 0.0))
    try:
        conn.recv()  # anything, or EOF: stop
    except EOFError:
        pass
    fake.stop()


class FakeTwilioProcess:
    def __init__(self, board: Board) -> None:
        self.signer = FakeTwilio()  # same account and token as the served one: signs the webhooks
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=fake_twilio_process, daemon=True,
                                args=(child, self.signer.account_sid, self.signer.auth_token))
        self.proc.start()
        child.close()
        kind, self.url, _ = self.conn.recv()
        self.board = board
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                to, body, at = self.conn.recv()
            except (EOFError, OSError):
                return
            self.board.deliver(to, body, at)

    def stop(self) -> None:
        try:
            self.conn.send("stop")
        except OSError:
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


@dataclass
class Board:
    """REST messages per number, as the fake Twilio received them (from its threads)."""

    received: dict[str, list[tuple[float, str]]] = field(default_factory=lambda: defaultdict(list))
    events: dict[str, asyncio.Event] = field(default_factory=dict)
    loop: asyncio.AbstractEventLoop | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self, to: str, body: str, at: float) -> None:
        with self.lock:
            self.received[to].append((at, body))
            loop = self.loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self._wake, to)
            except RuntimeError:  # loop closed
                pass

    def _wake(self, to: str) -> None:
        if (ev := self.events.get(to)) is not None:
            ev.set()

    def count(self, to: str) -> int:
        with self.lock:
            return len(self.received.get(to, ()))

    async def nth(self, to: str, n: int, deadline: float) -> tuple[float, str] | None:
        """The n-th (0-based) REST message to `to`, waiting until `deadline` (monotonic)."""
        ev = self.events.setdefault(to, asyncio.Event())
        while True:
            with self.lock:
                got = self.received.get(to, ())
                if len(got) > n:
                    return got[n]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ev.clear()
            try:
                await asyncio.wait_for(ev.wait(), remaining)
            except asyncio.TimeoutError:
                pass


# --------------------------------------------------------------------------- one conversation
@dataclass
class Conversation:
    address: str
    sids: list[str] = field(default_factory=list)      # MessageSid per message sent
    replies: list[str | None] = field(default_factory=list)
    reply_s: list[float] = field(default_factory=list)
    ack_s: list[tuple[float, float]] = field(default_factory=list)  # (sent at, seconds)
    sends: dict[str, tuple[float, float]] = field(default_factory=dict)  # X-Bench-Req: wall clock sent, acked
    before_write: list[float] = field(default_factory=list)  # the client's own wait before writing
    via: Counter = field(default_factory=Counter)
    twiml_bodies: int = 0
    rest_used: int = 0
    errors: Counter = field(default_factory=Counter)
    lost: int = 0
    not_sent: int = 0
    notices: int = 0
    replied_at: list[float] = field(default_factory=list)


async def post(client: httpx.AsyncClient, fake: FakeTwilio, public: str, params: dict[str, str],
               conv: Conversation) -> httpx.Response | None:
    body = urlencode(params)
    headers = fake.signed(public + WEBHOOK, params)
    for attempt in range(POST_ATTEMPTS):
        req = f"{params['MessageSid']}-{attempt}"
        started, wall = time.monotonic(), time.time()
        marks: dict[str, float] = {}

        async def trace(event: str, info: dict) -> None:  # httpcore's steps: where the client waits
            marks.setdefault(event, time.monotonic())

        try:
            resp = await client.post(WEBHOOK, content=body, headers={**headers, "X-Bench-Req": req},
                                     extensions={"trace": trace})
        except httpx.HTTPError as exc:
            conv.errors[type(exc).__name__] += 1
        else:
            conv.ack_s.append((started, time.monotonic() - started))
            conv.sends[req] = (wall, time.time())
            if (writing := marks.get("http11.send_request_headers.started")) is not None:
                conv.before_write.append(writing - started)
            if resp.status_code < 500:
                if resp.status_code != 200:
                    conv.errors[f"http_{resp.status_code}"] += 1
                return resp
            conv.errors[f"http_{resp.status_code}"] += 1
        if attempt + 1 < POST_ATTEMPTS:
            await asyncio.sleep(1.0)
    return None


async def converse(client: httpx.AsyncClient, fake: FakeTwilio, board: Board, public: str,
                   conv: Conversation, script: list[str], timeout: float) -> None:
    for i, text in enumerate(script):
        params = webhook_params(fake, conv.address, text)
        conv.sids.append(params["MessageSid"])
        sent = time.monotonic()
        resp = await post(client, fake, public, params, conv)
        bodies = twiml_bodies(resp.text) if resp is not None and resp.status_code == 200 else []
        if bodies:
            conv.twiml_bodies += len(bodies)
            conv.replies.append(bodies[0])
            conv.reply_s.append(time.monotonic() - sent)
            conv.replied_at.append(time.monotonic())
            conv.via["twiml"] += 1
            continue
        got = await board.nth(conv.address, conv.rest_used, sent + timeout)
        if got is not None and got[1].startswith(NOTICE):
            # Rasa was too slow: the person got the fallback at once, and the gateway retries
            # the message; its real answer follows (bot/channels/inbound/retry.py, LATE).
            conv.notices += 1
            conv.rest_used += 1
            got = await board.nth(conv.address, conv.rest_used, sent + timeout)
        if got is None:
            conv.lost += 1
            conv.replies.append(None)
            conv.not_sent = len(script) - i - 1
            return
        conv.rest_used += 1
        at, body = got
        conv.replies.append(body)
        conv.reply_s.append(max(0.0, at - sent))
        conv.replied_at.append(at)
        conv.via["rest"] += 1


# --------------------------------------------------------------------------- measurements
class Sampler(threading.Thread):
    """Peak RSS and CPU seconds of every part of the cluster, and this process, every 2 s."""

    def __init__(self, pids: dict[str, list[int]]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.peak: dict[str, float] = defaultdict(float)
        self.cpu0 = {n: sum(cpu_seconds(p) for p in ps) for n, ps in pids.items()}
        self.cpu: dict[str, float] = {}
        self.self0 = self._self_cpu()
        self.stopping = threading.Event()

    @staticmethod
    def _self_cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        return ru.ru_utime + ru.ru_stime

    def sample(self) -> None:
        for name, ps in self.pids.items():
            self.peak[name] = max(self.peak[name], sum(rss_mb(p) for p in ps))

    def run(self) -> None:
        while not self.stopping.wait(2.0):
            self.sample()

    def finish(self) -> None:
        self.stopping.set()
        self.join(5)
        self.sample()
        self.cpu = {n: sum(cpu_seconds(p) for p in ps) - self.cpu0[n] for n, ps in self.pids.items()}
        self.cpu["bench client"] = self._self_cpu() - self.self0


def gateway_reports(cluster: Cluster) -> tuple[Counter, dict]:
    """Counters of every gateway (/api/metrics, each instance directly) and the queue (/healthz)."""
    counters: Counter = Counter()
    queue: dict = {}
    headers = {"Authorization": f"Bearer {cluster.settings.operator_token}"}
    for name in cluster.names:
        if not name.startswith("gateway"):
            continue
        try:
            counters.update(httpx.get(cluster.instance_url(name) + "/api/metrics", headers=headers,
                                      timeout=10).json().get("counters", {}))
            queue = httpx.get(cluster.instance_url(name) + "/healthz", timeout=10).json()[
                "components"].get("inbound_queue", {})
        except (httpx.HTTPError, ValueError, KeyError):
            counters["bench_report_unreachable"] += 1
    return counters, queue


def tracker_check(cluster: Cluster, convs: list[Conversation]) -> dict[str, int]:
    """Order and duplicates as Rasa saw them: user events per conversation in event-id order."""
    import psycopg

    secret = cluster.settings.secret_key or ""
    expected: dict[str, dict[str, int]] = {}
    for conv in convs:
        ids = {"tw-" + inbound_digest(secret, sid)[:32]: i for i, sid in enumerate(conv.sids)}
        expected[pseudonym(secret, conv.address)] = ids
    seen: dict[str, list[str]] = defaultdict(list)
    url = cluster.tracker_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(url, connect_timeout=10) as conn:
        rows = conn.execute("SELECT sender_id, data FROM events WHERE type_name = 'user' "
                            "AND sender_id = ANY(%s) ORDER BY id", (list(expected),)).fetchall()

    for sender, data in rows:
        meta = (json.loads(data) if isinstance(data, str) else data).get("metadata") or {}
        seen[sender].append(meta.get("inbound_id") or "")
    out = Counter()
    for key, ids in expected.items():
        got = seen.get(key, [])
        counts = Counter(got)
        out["processed_twice"] += sum(c - 1 for i, c in counts.items() if i in ids and c > 1)
        out["unknown_event"] += sum(c for i, c in counts.items() if i not in ids)
        out["missing_in_tracker"] += sum(1 for i in ids if i not in counts)
        latest = -1
        for inbound_id in dict.fromkeys(got):  # first occurrence of each, in processing order
            if inbound_id not in ids:
                continue
            if ids[inbound_id] < latest:
                out["out_of_order"] += 1
            latest = max(latest, ids[inbound_id])
    return dict(out)


# --------------------------------------------------------------------------- one cluster
@dataclass
class Result:
    replicas: int
    conversations: int
    messages: int
    elapsed: float = 0.0
    replied: int = 0
    reply_s: list[float] = field(default_factory=list)
    ack_s: list[tuple[float, float]] = field(default_factory=list)
    lost: int = 0
    not_sent: int = 0
    late: int = 0
    duplicated: int = 0
    notices: int = 0
    tracker: dict[str, int] = field(default_factory=dict)
    unexpected: int = 0
    unexpected_examples: Counter = field(default_factory=Counter)
    variable_positions: list[int] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    via: Counter = field(default_factory=Counter)
    counters: Counter = field(default_factory=Counter)
    queue: dict = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    load: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())
    start_s: float = 0.0
    nginx_ack: list[float] = field(default_factory=list)
    nginx_status: Counter = field(default_factory=Counter)
    nginx_reqs: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    before_nginx: list[tuple[float, bool]] = field(default_factory=list)  # (s, on a new connection)
    after_nginx: list[float] = field(default_factory=list)
    before_write: list[float] = field(default_factory=list)
    loop_lag: list[float] = field(default_factory=list)
    generator_nice: int | None = None

    @property
    def throughput(self) -> float:
        return self.replied / self.elapsed if self.elapsed else 0.0

    @property
    def ack_values(self) -> list[float]:
        return [a for _, a in self.ack_s]

    def worst_window_p99(self) -> float:
        if not self.ack_s:
            return float("nan")
        t0 = min(t for t, _ in self.ack_s)
        windows: dict[int, list[float]] = defaultdict(list)
        for t, a in self.ack_s:
            windows[int((t - t0) // WINDOW)].append(a)
        return max(pct(v, .99) for v in windows.values())


def new_numbers(n: int) -> list[str]:
    numbers: set[str] = set()
    while len(numbers) < n:
        numbers.add(f"+1555{random.randrange(10**7):07d}")
    return sorted(numbers)


async def loop_lag(sink: list[float]) -> None:
    """How late this process's event loop wakes up (a busy load generator inflates its timings)."""
    while True:
        before = time.monotonic()
        await asyncio.sleep(0.05)
        sink.append(time.monotonic() - before - 0.05)


async def drive(cluster: BenchCluster, fake: FakeTwilio, fake_pid: int, board: Board, args: argparse.Namespace,
                res: Result) -> tuple[list[Conversation], list[list[str | None]]]:
    board.loop = asyncio.get_running_loop()
    public = cluster.gateway_url
    def phone() -> httpx.AsyncClient:
        # One client per conversation, as each phone is its own sender: a single pool shared by
        # 200 conversations spent seconds of the load loop in httpcore's connection assignment
        # (quadratic in waiting requests × connections), and that wait was counted as ack time.
        return httpx.AsyncClient(base_url=public, timeout=httpx.Timeout(30.0),
                                 limits=httpx.Limits(max_connections=2, max_keepalive_connections=2))

    async with phone() as client:
        reference = []
        for address in new_numbers(2):  # one after the other, quiet: expected replies and warm-up
            conv = Conversation(address)
            await converse(client, fake, board, public, conv, SCRIPT[:args.messages], args.timeout)
            reference.append(conv.replies)
            if args.verbose:
                for text, reply in zip(SCRIPT, conv.replies):
                    print(f"   {text!r:40} → {(reply or '<none>')[:90]!r}")
        convs = [Conversation(a) for a in new_numbers(args.conversations)]
        phones = [phone() for _ in convs]  # before the clock: each loads its TLS context
        res.load = (os.getloadavg(), ())
        log_offset = cluster.ack_log.stat().st_size if cluster.ack_log.exists() else 0
        sampler = Sampler({**cluster.pids(), FAKE: [fake_pid]})
        sampler.start()
        lag = asyncio.create_task(loop_lag(res.loop_lag))
        started = time.monotonic()
        try:
            try:
                await asyncio.gather(*(converse(ph, fake, board, public, c, SCRIPT[:args.messages], args.timeout)
                                       for ph, c in zip(phones, convs)))
            finally:
                await asyncio.gather(*(ph.aclose() for ph in phones), return_exceptions=True)
        finally:
            sampler.finish()
            lag.cancel()
        try:
            with cluster.ack_log.open() as fh:
                fh.seek(log_offset)
                for line in fh:
                    uri, code, secs, msec, conn_reqs, req = line.split()
                    if uri == WEBHOOK:
                        res.nginx_ack.append(float(secs))
                        res.nginx_status[code] += 1
                        res.nginx_reqs[req] = (float(msec) - float(secs), float(msec), int(conn_reqs))
        except (OSError, ValueError):
            pass
        for c in convs:
            for req, (sent, acked) in c.sends.items():
                if (seen := res.nginx_reqs.get(req)) is not None:
                    first_byte, done, conn_reqs = seen
                    res.before_nginx.append((first_byte - sent, conn_reqs == 1))
                    res.after_nginx.append(acked - done)
        last = max((t for c in convs for t in c.replied_at), default=time.monotonic())
        res.elapsed = last - started
        res.load = (res.load[0], os.getloadavg())
        res.rss, res.cpu = dict(sampler.peak), sampler.cpu
        await asyncio.sleep(args.settle)  # late or second replies
    return convs, reference


def measure(replicas: int, args: argparse.Namespace, cleanup: list) -> Result:
    res = Result(replicas, args.conversations, args.messages)
    data_dir = Path(tempfile.mkdtemp(prefix=f"hotline-load-{replicas}r-"))
    cleanup.append(lambda: shutil.rmtree(data_dir, ignore_errors=True))
    p = free_ports(7 + 2 * replicas + 2)
    ports = Ports(front=p[0], rasa_pool=p[1], actions_pool=p[2], gateways=(p[3], p[4]), actions=(p[5], p[6]),
                  rasa=tuple(p[7:7 + replicas]), postgres=p[7 + replicas], redis=p[8 + replicas])
    board = Board()
    served = FakeTwilioProcess(board)
    cleanup.append(served.stop)
    fake = served.signer
    cluster = BenchCluster(Settings(data_dir=data_dir).resolved(), log_dir=data_dir / "logs", ports=ports)
    cluster.extra_env.update({
        "TWILIO_AUTH_TOKEN": fake.auth_token, "TWILIO_ACCOUNT_SID": fake.account_sid,
        "TWILIO_SMS_FROM": "+15005550006", "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886",
        "TWILIO_API_BASE_URL": served.url, "PUBLIC_BASE_URL": cluster.gateway_url,
    })
    pids: dict[str, list[int]] = {}

    def stop_cluster() -> None:
        try:
            cluster.stop()
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
            print(f"  (stop: {exc})", file=sys.stderr)
        for name, ps in pids.items():  # nothing of ours left behind
            for pid in ps:
                if alive(pid):
                    print(f"  {name} (pid {pid}) still running after stop: killed", file=sys.stderr)
                    try:
                        os.killpg(pid, signal.SIGKILL) if name in cluster.names else os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass

    cleanup.append(stop_cluster)
    print(f"\n== {replicas} Rasa replica(s): starting the cluster (PostgreSQL, Redis, nginx, 2 gateways, "
          f"2 action servers, {replicas} Rasa) on free ports…", flush=True)
    started = time.monotonic()
    try:
        cluster.start_all(timeout=900)
    except (RuntimeError, TimeoutError, OSError) as exc:
        logs = "".join(f"\n--- {f.name}\n{f.read_text(errors='replace')[-1500:]}"
                       for f in sorted((data_dir / "logs").glob("*.log")))
        raise RuntimeError(f"the cluster did not start: {exc}{logs}") from exc
    pids.update(cluster.pids())
    res.start_s = time.monotonic() - started
    print(f"   up in {res.start_s:.0f} s; reference conversations, then {args.conversations} × "
          f"{args.messages} messages…", flush=True)
    res.generator_nice = prioritise_generator(served.proc.pid)
    try:
        convs, reference = asyncio.run(drive(cluster, fake, served.proc.pid, board, args, res))
    finally:
        prioritise_generator(served.proc.pid, 0)  # the next cluster must not inherit it

    # Expected replies: where both reference conversations agree.
    ref_a, ref_b = reference
    expected = [a if a is not None and a == b else None for a, b in zip(ref_a, ref_b)]
    res.variable_positions = [i for i, e in enumerate(expected) if e is None]
    for conv in convs:
        res.replied += sum(r is not None for r in conv.replies)
        res.reply_s += conv.reply_s
        res.ack_s += conv.ack_s
        res.before_write += conv.before_write
        res.lost += conv.lost
        res.notices += conv.notices
        res.not_sent += conv.not_sent
        res.errors.update(conv.errors)
        res.via.update(conv.via)
        answered = sum(r is not None for r in conv.replies)
        total = conv.twiml_bodies + board.count(conv.address)
        extra = max(0, total - answered - conv.notices)
        res.late += min(extra, conv.lost)  # the lost message's reply, after the timeout
        res.duplicated += extra - min(extra, conv.lost)
        for i, reply in enumerate(conv.replies):
            if reply is not None and expected[i] is not None and reply != expected[i]:
                res.unexpected += 1
                res.unexpected_examples[(i, reply[:70].replace("\n", " "))] += 1
    res.tracker = tracker_check(cluster, convs)
    res.counters, res.queue = gateway_reports(cluster)
    print("   stopping the cluster…", flush=True)
    cleanup.remove(stop_cluster)
    stop_cluster()
    if args.keep_logs:
        kept = args.keep_logs / f"{replicas}r"
        shutil.copytree(data_dir / "logs", kept, dirs_exist_ok=True)
        for name in ("error.log", "ack.log"):
            if (cluster.root / "nginx" / name).exists():
                shutil.copy(cluster.root / "nginx" / name, kept / f"nginx-{name}")
        print(f"   logs kept in {kept}", flush=True)
    return res


def prioritise_generator(fake_pid: int, nice: int = -10) -> int | None:
    """Twilio and the people's phones are not on this machine: the load generator (this process
    and the fake Twilio, every thread) gets the CPU before the cluster, or the client-side ack
    times measure the generator starved by the system under test (seen: loop stalls of over 1 s,
    and 4 s between the client's send and nginx reading it). After the cluster has started, so
    that its processes do not inherit it. Needs CAP_SYS_NICE; None when not allowed."""
    try:
        for pid in (os.getpid(), fake_pid):
            for tid in os.listdir(f"/proc/{pid}/task"):
                os.setpriority(os.PRIO_PROCESS, int(tid), nice)
    except (PermissionError, OSError):
        return None
    return nice


# --------------------------------------------------------------------------- report
def ratio(value: float, base: float) -> str:
    return f"{value / base:6.2f}×" if base else "     —"


def report(results: list[Result], args: argparse.Namespace) -> None:
    base = results[0]
    cores = os.cpu_count()
    print(f"\n{args.conversations} conversations × {args.messages} messages, signed Twilio SMS webhooks "
          f"through nginx; {cores} cores; reply timeout {args.timeout:.0f} s")
    rows = [
        ("throughput (replies/s)", lambda r: r.throughput, "{:9.1f}"),
        ("  of which as expected (replies/s)", lambda r: (r.replied - r.unexpected) / r.elapsed if r.elapsed else 0.0,
         "{:9.1f}"),
        ("time to reply p50 (s)", lambda r: pct(r.reply_s, .5), "{:9.2f}"),
        ("time to reply p95 (s)", lambda r: pct(r.reply_s, .95), "{:9.2f}"),
        ("time to reply p99 (s)", lambda r: pct(r.reply_s, .99), "{:9.2f}"),
        ("webhook ack p50 (s)", lambda r: pct(r.ack_values, .5), "{:9.3f}"),
        ("webhook ack p99 (s)", lambda r: pct(r.ack_values, .99), "{:9.3f}"),
        ("webhook ack max (s)", lambda r: max(r.ack_values, default=float("nan")), "{:9.3f}"),
        ("  at nginx p50 (s)", lambda r: pct(r.nginx_ack, .5), "{:9.3f}"),
        ("  at nginx p99 (s)", lambda r: pct(r.nginx_ack, .99), "{:9.3f}"),
        ("  at nginx max (s)", lambda r: max(r.nginx_ack, default=float("nan")), "{:9.3f}"),
        ("  sent → client writes it p99 (s)", lambda r: pct(r.before_write, .99), "{:9.3f}"),
        ("  sent → nginx reads it p99 (s)", lambda r: pct([s for s, _ in r.before_nginx], .99), "{:9.3f}"),
        ("    on a new connection p99 (s)", lambda r: pct([s for s, new in r.before_nginx if new], .99), "{:9.3f}"),
        ("    on a reused one p99 (s)", lambda r: pct([s for s, new in r.before_nginx if not new], .99), "{:9.3f}"),
        ("  nginx done → client has it p99", lambda r: pct(r.after_nginx, .99), "{:9.3f}"),
        ("bench loop lag p99 (s)", lambda r: pct(r.loop_lag, .99), "{:9.3f}"),
        ("bench loop lag max (s)", lambda r: max(r.loop_lag, default=float("nan")), "{:9.3f}"),
        (f"ack p99, worst {WINDOW:.0f}s window", lambda r: r.worst_window_p99(), "{:9.3f}"),
        ("load phase (s)", lambda r: r.elapsed, "{:9.1f}"),
    ]
    head = f"{'':34}" + "".join(f"{f'{r.replicas} replica(s)':>22}" for r in results)
    print(head)
    for label, fn, fmt in rows:
        cells = [fmt.format(fn(r)) + (f" ({ratio(fn(r), fn(base))})" if r is not base else " " * 10)
                 for r in results]
        print(f"{label:34}" + "".join(f"{c:>22}" for c in cells))
    counts = [
        ("messages replied", lambda r: r.replied),
        ("lost (no reply in timeout)", lambda r: r.lost),
        ("  not sent after a loss", lambda r: r.not_sent),
        ("  replied after the timeout", lambda r: r.late),
        ("duplicated replies", lambda r: r.duplicated),
        ("fallback notice, then the late answer", lambda r: r.notices),
        ("processed twice by Rasa", lambda r: r.tracker.get("processed_twice", 0)),
        ("out of order (tracker)", lambda r: r.tracker.get("out_of_order", 0)),
        ("missing in tracker", lambda r: r.tracker.get("missing_in_tracker", 0)),
        ("reply ≠ reference reply", lambda r: r.unexpected),
        ("webhook 5xx / errors", lambda r: sum(r.errors.values())),
        ("replies as TwiML / via REST", lambda r: f"{r.via['twiml']} / {r.via['rest']}"),
        ("dead letters / queue depth after", lambda r: f"{r.queue.get('dead', '?')} / {r.queue.get('depth', '?')}"),
    ]
    for label, fn in counts:
        print(f"{label:34}" + "".join(f"{fn(r)!s:>22}" for r in results))
    for r in results:
        interesting = {k: v for k, v in sorted(r.counters.items())
                       if k.startswith(("dialogue_failure", "twilio_inbound_", "twilio_turn", "twilio_delayed", "twilio_ack",
                                        "twilio_duplicate", "twilio_send", "twilio_outbound", "bench_"))}
        print(f"\n{r.replicas} replica(s): gateway counters {interesting}")
        if r.errors:
            print(f"  webhook errors: {dict(r.errors)}")
        print(f"  webhook statuses at nginx: {dict(r.nginx_status)}")
        if r.variable_positions:
            print(f"  reference replies differ between the 2 reference conversations at positions "
                  f"{r.variable_positions} (not compared)")
        for (i, text), n in r.unexpected_examples.most_common(4):
            print(f"  {n:5} × message {i + 1} answered {text!r}")
        print("  load generator (this process and the fake Twilio): "
              + (f"nice {r.generator_nice}, ahead of the cluster" if r.generator_nice is not None else
                 "could not raise its priority (no CAP_SYS_NICE): client-side ack times include its starvation"))
        print(f"  load average before / after: {' '.join(f'{x:.2f}' for x in r.load[0])} / "
              f"{' '.join(f'{x:.2f}' for x in r.load[1])}; cluster start {r.start_s:.0f} s")
    print(f"\n{'peak RSS (MB) and CPU s during the load':40}"
          + "".join(f"{f'RSS {r.replicas}r':>10}" for r in results) + "".join(f"{f'CPU {r.replicas}r':>10}" for r in results))
    names = list(dict.fromkeys(n for r in results for n in r.rss))
    for name in names:
        print(f"  {name:38}" + "".join(f"{r.rss.get(name, 0):10.0f}" for r in results)
              + "".join(f"{r.cpu.get(name, 0):10.1f}" for r in results))
    for r in results:
        extra = r.cpu.get("bench client", 0) + r.cpu.get(FAKE, 0)
        busy = sum(v for k, v in r.cpu.items() if k in r.rss and k != FAKE)
        print(f"  ({r.replicas}r: bench client + fake Twilio used {extra:.1f} CPU s; cluster CPU {busy:.1f} s over "
              f"{r.elapsed:.0f} s = {busy / max(r.elapsed, 1e-9):.2f} cores busy)")
    print("  (postgres: postmaster + its backends, shared buffers counted in each; nginx: master + worker)")
    if len(results) > 1:
        two = next((r for r in results if r.replicas == 2), results[-1])
        verdict = "met" if two.throughput >= 1.6 * base.throughput else "not met"
        good = [(r.replied - r.unexpected) / r.elapsed if r.elapsed else 0.0 for r in (base, two)]
        print(f"\nthroughput {two.replicas} replicas / {base.replicas}: {two.throughput / max(base.throughput, 1e-9):.2f}× "
              f"on {cores} cores (target ≥ 1.6× where the cores allow it: {verdict}); replies as expected "
              f"(no fallback): {good[1] / max(good[0], 1e-9):.2f}×")
    for r in results:
        ok = (r.lost == 0 and r.duplicated == 0 and not r.tracker.get("processed_twice")
              and not r.tracker.get("out_of_order"))
        ack = r.worst_window_p99() < ACK_TARGET
        print(f"{r.replicas} replica(s): 0 lost / 0 duplicated / 0 out of order: {'met' if ok else 'NOT met'} "
              f"({r.notices} fallback notices before a late answer); "
              f"ack p99 < {ACK_TARGET:.0f} s in every {WINDOW:.0f}s window: {'met' if ack else 'NOT met'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--messages", type=int, default=10, help=f"per conversation (at most {len(SCRIPT)})")
    parser.add_argument("--replicas", default="1,2", help="Rasa replica counts, one cluster each, in order")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a reply before it is lost")
    parser.add_argument("--keep-logs", type=Path, default=None,
                        help="copy each cluster's logs (and nginx's webhook log) here before removing it")
    parser.add_argument("--verbose", action="store_true", help="print the reference replies")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds to wait for late replies at the end")
    args = parser.parse_args()
    if not 1 <= args.messages <= len(SCRIPT):
        parser.error(f"--messages must be 1..{len(SCRIPT)}")
    replicas = [int(x) for x in args.replicas.split(",") if x.strip()]
    if not replicas or min(replicas) < 1:
        parser.error("--replicas: comma-separated counts ≥ 1")
    if not MODEL.exists() or not RASA_BIN.exists():
        print(f"needs the trained model ({MODEL}) and Rasa ({RASA_BIN}): make setup train", file=sys.stderr)
        return 1

    # Ctrl-C semantics even when started with SIGINT ignored (a background job); SIGTERM is
    # turned into SIGINT, so that asyncio.run cancels the load the same way.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda _sig, _frame: os.kill(os.getpid(), signal.SIGINT))
    results: list[Result] = []
    cleanup: list = []
    code = 0
    try:
        for n in replicas:
            results.append(measure(n, args, cleanup))
            while cleanup:  # this cluster's leftovers, before the next one starts
                cleanup.pop()()
    except KeyboardInterrupt:
        print("\ninterrupted: stopping everything…", file=sys.stderr)
        code = 130
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        code = 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not stop the clean-up
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while cleanup:
            try:
                cleanup.pop()()
            except Exception as exc:  # noqa: BLE001 - clean up the rest anyway
                print(f"clean-up: {exc}", file=sys.stderr)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if results:
        report(results, args)
    return code


if __name__ == "__main__":
    sys.exit(main())
