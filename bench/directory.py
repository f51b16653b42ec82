"""Referral search speed on a synthetic directory (temporary SQLite file).

    .venv/bin/python bench/directory.py [--services 10000] [--queries 300]

Prints p50/p95 of `services.directory.search` and of a trivial primary-key
query measured in the same run (the ratio shows how much of the cost is ours,
whatever the machine). Target: p95 <= 20 ms at 10,000 services.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.db.directory import (  # noqa: E402
    Address, Attribute, Language, Location, Organization, Phone, Schedule, Service,
    ServiceArea, ServiceAtLocation,
)
from bot.db.session import make_engine, migrate  # noqa: E402
from services.directory import rebuild_search_index, search  # noqa: E402
from services.hsds import derived_fields  # noqa: E402
from services.places import places  # noqa: E402
from services.taxonomy import NEEDS, ensure_taxonomy, term_id  # noqa: E402

LANGS = ["es", "en", "fr", "pt", "ht", "qu", "ay", "gn", "quc", "mam", "nah", "kek"]


def generate(session: Session, n: int, rng: random.Random) -> None:
    ensure_taxonomy(session)
    cities = [p for p in places().values() if p.kind == "city"]
    needs = list(NEEDS)
    rows: dict[type, list[dict]] = {m: [] for m in (
        Organization, Service, Location, ServiceAtLocation, Address, Phone, Schedule, Language, ServiceArea, Attribute)}
    for o in range(n // 100 + 1):
        rows[Organization].append({"id": f"org-{o}", "name": f"Org {o}", "description": "synthetic"})
    for i in range(n):
        sid, lid, sal = f"svc-{i}", f"loc-{i}", f"sal-{i}"
        city = rng.choice(cities)
        need = needs[i % len(needs)]
        rows[Service].append({
            "id": sid, "organization_id": f"org-{i // 100}", "name": f"Service {i} {need}", "status": "active",
            "minimum_age": 18 if need == "shelter" and i % 2 else None,
            "maximum_age": 17 if need == "child_protection" else None,
        })
        rows[Attribute].append({"id": f"att-{i}", "link_id": sid, "link_entity": "service", "taxonomy_term_id": term_id(need)})
        if i % 5 == 0:
            rows[Attribute].append({"id": f"att2-{i}", "link_id": sid, "link_entity": "service",
                                    "taxonomy_term_id": term_id(rng.choice(needs))})
        rows[Location].append({"id": lid, "location_type": "physical", "latitude": city.lat + rng.uniform(-0.3, 0.3),
                               "longitude": city.lon + rng.uniform(-0.3, 0.3)})
        rows[ServiceAtLocation].append({"id": sal, "service_id": sid, "location_id": lid})
        address = {"id": f"adr-{i}", "location_id": lid, "address_1": f"Street {i}", "city": city.name,
                   "state_province": city.region, "postal_code": "00000", "country": city.country,
                   "address_type": "physical"}
        rows[Address].append({**address, **derived_fields("address", address)})
        rows[Phone].append({"id": f"tel-{i}", "service_id": sid, "number": f"+1 202 555 01{i % 100:02d}"})
        for code in rng.sample(LANGS, 3):
            rows[Language].append({"id": f"lang-{i}-{code}", "service_id": sid, "code": code})
        rows[Schedule].append({"id": f"sch-{i}", "service_id": sid, "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                               "opens_at": datetime(2000, 1, 1, 8 + i % 3).time(),
                               "closes_at": datetime(2000, 1, 1, 16 + i % 4).time()})
        rows[Attribute].append({"id": f"tz-{i}", "link_id": f"sch-{i}", "link_entity": "schedule",
                                "taxonomy_term_id": term_id("time_zone"), "value": city.tz})
        area = {"id": f"area-{i}", "service_id": sid, "name": city.name}
        rows[ServiceArea].append({**area, **derived_fields("service_area", area)})
    for model, batch in rows.items():
        for start in range(0, len(batch), 5000):
            session.execute(insert(model), batch[start:start + 5000])
    rebuild_search_index(session)
    session.commit()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--services", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    places_named = ["Tapachula", "tapachula chiapas", "Ciudad de Guatemala", "guate", "São Paulo", "sao paulo",
                    "Port-au-Prince", "Pòtoprens", "Lima", "Bogotá", "Tijuana", "CDMX", "Houston", "Toronto",
                    "México", "Guatemala", "Colombia", "Perú", "Brasil", "Canada"]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        migrate(url)
        engine = make_engine(url)
        t0 = time.perf_counter()
        with Session(engine) as session:
            generate(session, args.services, rng)
        print(f"generated {args.services} services in {time.perf_counter() - t0:.1f} s")
        base = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)
        with Session(engine) as session:
            ids = session.scalars(select(Service.id)).all()
            timings, baseline = [], []
            for i in range(args.queries + 20):
                kwargs = {"need": rng.choice(list(NEEDS)), "now": base + timedelta(hours=rng.randint(0, 72))}
                if rng.random() < 0.8:
                    kwargs["near"] = rng.choice(places_named)
                else:
                    city = rng.choice([p for p in places().values() if p.kind == "city"])
                    kwargs.update(lat=city.lat + 0.05, lon=city.lon - 0.05)
                if rng.random() < 0.4:
                    kwargs["lang"] = rng.choice(LANGS)
                if rng.random() < 0.3:
                    kwargs["age"] = rng.choice([9, 15, 30, 45])
                kwargs["open_now"] = rng.random() < 0.3
                t = time.perf_counter()
                search(session, **kwargs)
                elapsed = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                session.execute(select(Service.id).where(Service.id == rng.choice(ids))).scalar()
                trivial = (time.perf_counter() - t) * 1000
                if i >= 20:  # warm-up
                    timings.append(elapsed)
                    baseline.append(trivial)
        engine.dispose()
    p50, p95 = statistics.median(timings), percentile(timings, 0.95)
    b50, b95 = statistics.median(baseline), percentile(baseline, 0.95)
    print(f"search   p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  ({len(timings)} queries, {args.services} services)")
    print(f"baseline p50 {b50:6.2f} ms  p95 {b95:6.2f} ms  (primary-key select)")
    print(f"ratio    p50 {p50 / b50:6.1f}x   p95 {p95 / b95:6.1f}x")
    print("target p95 <= 20 ms:", "met" if p95 <= 20 else "NOT met")
    return 0 if p95 <= 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
