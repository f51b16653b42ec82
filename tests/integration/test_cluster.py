"""Multi-instance mode on the real cluster: PostgreSQL, Redis, nginx, 2 Rasa replicas, 2 action
servers and 2 gateways, started by bot/cluster.py exactly as `make run-cluster` does, on free ports.

PostgreSQL, Redis and nginx are installed from Debian packages when missing. If any of them cannot
be installed or started, these tests FAIL (they never skip).
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import psycopg
import pytest

from bot.cluster import Cluster, Ports
from bot.gateway.routers.simulator import conversation_key
from bot.rasa_auth import RasaAuth
from bot.settings import Settings
from bot.supervisor import MODEL
from tests.integration.helpers import rendered, texts

PASSWORD = "cluster test passphrase"


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting for its parent counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_text(errors="replace")
    except OSError:  # exited meanwhile
        return ""


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    assert MODEL.exists(), f"no trained model at {MODEL}: run `make train`"
    # Not pytest's tmp_path: its 0700 parents keep out the `postgres` user the server runs as.
    data_dir = Path(tempfile.mkdtemp(prefix="hotline-cluster-"))
    p = _free_ports(11)
    ports = Ports(front=p[0], rasa_pool=p[1], actions_pool=p[2], gateways=(p[3], p[4]), rasa=(p[5], p[6]),
                  actions=(p[7], p[8]), postgres=p[9], redis=p[10])
    c = Cluster(Settings(data_dir=data_dir).resolved(), log_dir=data_dir / "logs", ports=ports)
    c.extra_env["HOTLINE_SIMULATOR"] = "true"  # off by default behind nginx; then it needs its token
    pids: dict[str, list[int]] = {}
    try:
        try:
            c.start_all(timeout=900)
        except (RuntimeError, TimeoutError, OSError) as exc:
            logs = "".join(f"\n--- {f.name}\n{f.read_text(errors='replace')[-1500:]}"
                           for f in sorted((data_dir / "logs").glob("*.log")))
            pytest.fail(f"the cluster did not start: {exc}{logs}")
        pids = c.pids()
        yield c
    finally:
        c.stop()
        # Nothing left behind: every process and every port of the cluster is gone.
        deadline = time.monotonic() + 10
        left: list = []
        while time.monotonic() < deadline:
            left = [(n, pid) for n, ps in pids.items() for pid in ps if _alive(pid)]
            left += [port for port in p if _listening(port)]
            if not left:
                break
            time.sleep(0.2)
        assert not left, f"left running after stop: {left}"
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def front(cluster: Cluster) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {cluster.settings.simulator_token}"}
    with httpx.Client(base_url=cluster.gateway_url, timeout=30.0, headers=headers) as client:
        yield client


def _say(client: httpx.Client, sender: str, text: str) -> httpx.Response:
    resp = client.post("/channels/simulator", json={"from": sender, "text": text, "channel": "sms"})
    assert resp.status_code == 200, resp.text
    return resp


def _sender() -> str:
    return f"cluster-{uuid.uuid4().hex[:12]}"


def _pg(url: str) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True)


def test_health_through_nginx_reports_every_part_including_redis(front: httpx.Client) -> None:
    resp = front.get("/healthz")
    assert resp.status_code == 200, resp.text
    components = resp.json()["components"]
    assert {"gateway", "database", "rasa", "actions", "redis"} <= set(components)
    assert all(c["ok"] for c in components.values()), components
    assert resp.headers["x-hotline-instance"] in {"gateway-1", "gateway-2"}


def test_every_instance_is_up_on_its_own(cluster: Cluster) -> None:
    assert cluster.instances_healthy() == {n: True for n in cluster.names}
    assert len(cluster.names) == 6


def test_requests_through_nginx_land_on_both_gateways(front: httpx.Client) -> None:
    # Round robin. (Conversations alone can hit one gateway every time: each one's /nlg calls
    # from Rasa go through the same pool and can keep the turn even.)
    seen = [front.get("/healthz").headers.get("x-hotline-instance") for _ in range(8)]
    assert set(seen) == {"gateway-1", "gateway-2"}, seen
    with httpx.Client(base_url=str(front.base_url), timeout=30.0, headers=front.headers) as client:
        said = {_say(client, _sender(), "hola").headers.get("x-hotline-instance") for _ in range(3)}
    assert said <= {"gateway-1", "gateway-2"} and said, said


def test_postgresql_and_redis_refuse_connections_without_the_generated_credentials(cluster: Cluster) -> None:
    import redis

    pg = urlsplit(cluster.postgres_url)
    assert pg.username == "hotline" and pg.password
    for user, password in (("postgres", None), ("postgres", "postgres"), ("hotline", None), ("hotline", "wrong")):
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(host="127.0.0.1", port=pg.port, user=user, password=password, dbname="hotline",
                            connect_timeout=5).close()
    with _pg(cluster.postgres_url) as conn:  # the application's role is no superuser
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (False,)
    rd = urlsplit(cluster.redis_url)
    assert rd.password
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(host="127.0.0.1", port=rd.port, socket_timeout=5).ping()
    assert redis.Redis.from_url(cluster.redis_url, socket_timeout=5).ping()
    cmdlines = " ".join(_cmdline(p) for p in Path("/proc").iterdir() if p.name.isdigit())
    assert pg.password not in cmdlines and rd.password not in cmdlines


def test_the_simulator_through_nginx_needs_its_token(front: httpx.Client) -> None:
    # nginx's peer is loopback, but it sets X-Forwarded-For: the request is someone else's.
    with httpx.Client(base_url=str(front.base_url), timeout=30.0) as stranger:
        resp = stranger.post("/channels/simulator", json={"from": _sender(), "text": "hola", "channel": "sms"})
        assert resp.status_code == 401


def test_a_conversation_through_nginx_gets_replies(front: httpx.Client) -> None:
    body = _say(front, _sender(), "hola, necesito información").json()
    assert body["language"] == "es"
    assert texts(body) and all(t.strip() for t in texts(body))


def test_tracker_and_gateway_rows_are_in_postgresql_and_nothing_in_sqlite(
    cluster: Cluster, front: httpx.Client
) -> None:
    _say(front, _sender(), "hello, I need help")
    with _pg(cluster.tracker_url) as conn:
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        senders = conn.execute("SELECT count(DISTINCT sender_id) FROM events").fetchone()[0]
    assert events > 0 and senders > 0
    with _pg(cluster.postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] > 0
    # No SQLite database anywhere in the data dir: not the tracker, not the gateway's.
    sqlite = [f for f in cluster.settings.data_dir.rglob("*.db*")]
    assert sqlite == [], sqlite


def test_a_conversation_alternating_between_gateways_keeps_order_and_language(cluster: Cluster) -> None:
    """Each message goes to the other gateway (and so, through nginx, to either Rasa replica)."""
    sender = _sender()
    # Messages no model reads as an emergency: a handoff would take the rest away from Rasa, and
    # a bare "j'ai besoin d'aide" went either way from one training to the next (issue 3 note).
    messages = ["bonjour", "c'est quoi la traite des personnes ?", "je cherche un avocat", "merci beaucoup",
                "au revoir", "bonjour"]
    gateways = [httpx.Client(base_url=cluster.instance_url(n), timeout=30.0) for n in ("gateway-1", "gateway-2")]
    try:
        languages = [_say(gateways[i % 2], sender, text).json()["language"] for i, text in enumerate(messages)]
    finally:
        for g in gateways:
            g.close()
    assert languages == ["fr"] * len(messages)
    # Rasa's tracker (shared, PostgreSQL) holds the person's messages in the order sent, sealed
    # (rasa_addons/tracker_store.py): both replicas read them back with the same tracker key.
    key = conversation_key(cluster.settings.secret_key, sender, "sms")
    with _pg(cluster.tracker_url) as conn:
        rows = conn.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (key,)).fetchall()
    assert rows and all(data.startswith("hk1:") and "avocat" not in data for (data,) in rows)
    resp = httpx.get(f"{cluster.rasa_url}/conversations/{key}/tracker",
                     headers=RasaAuth(cluster.settings.rasa_token).header(), timeout=30)
    said = [e["text"] for e in resp.json()["events"] if e["event"] == "user"]
    assert said == messages, said


def test_a_console_update_published_on_one_gateway_reaches_a_console_on_the_other(cluster: Cluster) -> None:
    from sqlalchemy.orm import Session

    from bot.console import auth
    from bot.db.session import make_engine

    engine = make_engine(cluster.postgres_url)
    try:
        with Session(engine) as db:
            auth.create_operator(db, "cluster-op", PASSWORD, "operator", "es,en")
            db.commit()
    finally:
        engine.dispose()

    # The operator is signed in on gateway-2 and listens there; the person writes to gateway-1.
    console = httpx.Client(base_url=cluster.instance_url("gateway-2"), timeout=30.0)
    person = httpx.Client(base_url=cluster.instance_url("gateway-1"), timeout=30.0)
    got: list[str] = []
    ready, done = threading.Event(), threading.Event()
    try:
        page = console.get("/console/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        resp = console.post("/console/login", data={"csrf_token": csrf, "username": "cluster-op",
                                                    "password": PASSWORD}, follow_redirects=False)
        assert resp.status_code == 303, resp.text

        def listen() -> None:
            with console.stream("GET", "/console/events", timeout=30.0) as stream:
                assert stream.status_code == 200
                for line in stream.iter_lines():
                    if line.startswith("retry:"):
                        ready.set()  # subscribed (to Redis too) from here on
                    if line.startswith("data:"):
                        got.append(line)
                        done.set()
                        return

        t = threading.Thread(target=listen, daemon=True)
        t.start()
        assert ready.wait(15), "the event stream did not open"
        sender = _sender()
        _say(person, sender, "hola")
        started = time.monotonic()
        body = _say(person, sender, "quiero hablar con una persona").json()
        assert rendered("utter_handoff_started", "es") in texts(body)
        assert done.wait(10), "no live update reached the console on the other gateway"
        elapsed = time.monotonic() - started
        assert '"handoff_id"' in got[0]
        assert elapsed < 5, elapsed
    finally:
        console.close()
        person.close()


def test_redis_notifier_still_delivers_on_its_own_instance_when_redis_is_down() -> None:
    """No cluster needed: a gateway whose Redis is unreachable keeps its own console live."""
    import asyncio

    from bot.gateway.notifier import RedisNotifier, redis_health

    hub = RedisNotifier(f"redis://127.0.0.1:{_free_ports(1)[0]}/0")

    async def main() -> dict:
        async with hub.subscribe() as queue:  # waits at most 2 s for the relay, then goes on
            threading.Thread(target=hub.publish, args=("handoff",), kwargs={"handoff_id": 3}).start()
            return await asyncio.wait_for(queue.get(), 10)

    try:
        assert asyncio.run(main())["handoff_id"] == 3
        ok, detail = asyncio.run(redis_health(hub.url))
        assert not ok and detail
        assert asyncio.run(redis_health("")) is None  # single instance: nothing to report
    finally:
        hub.close()
