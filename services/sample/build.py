"""Rebuilds the FICTITIOUS sample directory in this folder.

    .venv/bin/python services/sample/build.py

Every organization, service, address and phone number here is invented. Names
start with "[SAMPLE]" and carry the `sample_data` attribute. Phone numbers use
ranges no one can be called on (see services/README.md): NANP 555-01xx, and
elsewhere an all-zero area code that no numbering plan assigns. The data goes
through the real importer (as HSDS JSON) and exporter, so the CSV files here
are exactly what `hotline directory export` writes.
"""
from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.db.session import make_engine, migrate  # noqa: E402
from services.hsds import export_package, import_package  # noqa: E402
from services.places import places  # noqa: E402
from services.taxonomy import NEEDS, term_id, uid  # noqa: E402

HERE = Path(__file__).resolve().parent

# country -> (phone pattern with {n} = two digits, cities, languages spoken)
COUNTRIES = {
    "MX": ("+52 000 000 01{n}", ["mx/chiapas/tapachula", "mx/cdmx/ciudad-de-mexico", "mx/baja-california/tijuana"], ["es", "nah", "en"]),
    "GT": ("+502 0000 01{n}", ["gt/guatemala/ciudad-de-guatemala", "gt/quetzaltenango/quetzaltenango"], ["es", "quc", "mam", "kek"]),
    "CO": ("+57 000 000 01{n}", ["co/bogota-dc/bogota", "co/norte-de-santander/cucuta"], ["es", "guc"]),
    "PE": ("+51 000 000 1{n}", ["pe/lima/lima", "pe/cusco/cusco"], ["es", "qu", "ay"]),
    "BR": ("+55 00 0000-01{n}", ["br/sao-paulo/sao-paulo", "br/roraima/boa-vista"], ["pt", "es", "gn"]),
    "HT": ("+509 0000 01{n}", ["ht/ouest/port-au-prince"], ["ht", "fr"]),
    "DO": ("+1 809 555 01{n}", ["do/distrito-nacional/santo-domingo"], ["es", "ht"]),
    "US": ("+1 202 555 01{n}", ["us/texas/houston", "us/california/los-angeles", "us/new-york/new-york-city"], ["en", "es", "ht"]),
    "CA": ("+1 416 555 01{n}", ["ca/ontario/toronto", "ca/quebec/montreal"], ["en", "fr", "es"]),
}
LANGUAGE_NAMES = {
    "es": "Español", "en": "English", "fr": "Français", "pt": "Português", "ht": "Kreyòl ayisyen",
    "qu": "Runasimi", "ay": "Aymar aru", "gn": "Avañe'ẽ", "quc": "K'iche'", "mam": "Mam",
    "kek": "Q'eqchi'", "nah": "Náhuatl", "guc": "Wayuunaiki",
}
# need -> (Spanish service name, hours kind)
NEED_TEXT = {
    "shelter": ("Albergue", "24h"),
    "legal_aid": ("Asesoría jurídica gratuita", "office"),
    "health_care": ("Clínica comunitaria", "clinic"),
    "psychological_support": ("Apoyo psicológico", "office"),
    "consulate": ("Oficina consular", "office"),
    "migration_asylum": ("Orientación sobre asilo y migración", "office"),
    "labour_rights": ("Defensoría laboral", "office"),
    "child_protection": ("Protección de niñas, niños y adolescentes", "24h"),
    "emergency": ("Línea de emergencia", "24h"),
    "food_basic_needs": ("Comedor y ropero", "clinic"),
    "anti_trafficking_hotline": ("Línea contra la trata", "24h"),
    "interpretation": ("Intérpretes comunitarios", "office"),
}
NATIONAL = {"emergency", "anti_trafficking_hotline"}  # phone lines without a place to visit
HOURS = {
    "24h": [("MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00")],
    "office": [("MO,TU,WE,TH,FR", "09:00", "17:00")],
    "clinic": [("MO,TU,WE,TH,FR", "08:00", "18:00"), ("SA", "09:00", "13:00")],
}
CONFIDENTIAL = {"mx/chiapas/tapachula", "gt/guatemala/ciudad-de-guatemala"}


def _attr(link: str, entity: str, code: str, value: str | None = None) -> dict:
    out = {"id": uid("sample", "attr", entity, link, code), "link_id": link, "link_entity": entity,
           "taxonomy_term_id": term_id(code)}
    if value is not None:
        out["value"] = value
    return out


def _offset(tz: str) -> float:
    return ZoneInfo(tz).utcoffset(datetime(2025, 1, 15)).total_seconds() / 3600


def _schedules(key: str, kind: str, tz: str) -> list[dict]:
    out = []
    for i, (days, opens, closes) in enumerate(HOURS[kind]):
        sid = uid("sample", "schedule", key, str(i))
        out.append({
            "id": sid, "freq": "WEEKLY", "byday": days, "opens_at": opens, "closes_at": closes,
            "timezone": _offset(tz), "attributes": [_attr(sid, "schedule", "time_zone", tz)],
        })
    return out


def build() -> list[dict]:
    services = []
    counter = 0
    for cc, (phone_pattern, cities, langs) in COUNTRIES.items():
        country = places()[cc.lower()]
        org_id = uid("sample", "org", cc)
        org = {
            "id": org_id, "name": f"[SAMPLE] Red de Apoyo Ficticia {country.name}",
            "description": "FICTITIOUS organization for tests and demos. Not a real service.",
            "attributes": [_attr(org_id, "organization", "sample_data", "fictitious")],
        }
        plan = [(need, cities[0]) for need in NEEDS]
        plan += [(need, city) for city in cities[1:] for need in ("shelter", "legal_aid", "health_care", "child_protection")]
        if cc == "MX":
            plan.append(("shelter-teen", cities[0]))
        for need, city_key in plan:
            counter += 1
            city = places()[city_key]
            teen = need == "shelter-teen"
            need = "shelter" if teen else need
            label, hours = NEED_TEXT[need]
            key = f"{cc}/{need}/{city_key}/{int(teen)}"
            sid = uid("sample", "service", key)
            national = need in NATIONAL
            where = country.name if national else city.name
            name = f"[SAMPLE] {label} {'para adolescentes ' if teen else ''}- {where}"
            service = {
                "id": sid, "name": name, "status": "active", "organization": org,
                "description": "FICTITIOUS sample service. Do not refer anyone here.",
                "attributes": [_attr(sid, "service", need), _attr(sid, "service", "sample_data", "fictitious")],
                "phones": [{"id": uid("sample", "phone", key), "number": phone_pattern.format(n=f"{counter % 100:02d}"),
                            "type": "voice", "languages": []}],
                "languages": [{"id": uid("sample", "lang", key, code), "code": code, "name": LANGUAGE_NAMES[code]}
                              for code in _languages(langs, city_key, need)],
                "service_areas": [{"id": uid("sample", "area", key), "name": where,
                                   "description": f"{where}, {country.name}" if not national else country.name}],
                "schedules": _schedules(key, hours, city.tz if not national else country.tz),
            }
            if need == "child_protection":
                service.update(minimum_age=0, maximum_age=17, eligibility_description="Menores de 18 años")
            elif teen:
                service.update(minimum_age=12, maximum_age=17, eligibility_description="Adolescentes de 12 a 17 años")
            elif need == "shelter":
                service.update(minimum_age=18, eligibility_description="Personas adultas (18+)")
            if not national:
                service["service_at_locations"] = [_location(key, sid, org_id, city, need, cc)]
            services.append(service)
    return services


def _languages(langs: list[str], city_key: str, need: str) -> list[str]:
    out = list(langs[:2])
    if need in ("interpretation", "legal_aid", "shelter", "anti_trafficking_hotline"):
        out = list(langs)
    if city_key == "mx/chiapas/tapachula":
        out += ["mam", "ht"] if need != "interpretation" else ["mam", "ht", "fr", "quc"]
    return list(dict.fromkeys(out))


def _location(key: str, sid: str, org_id: str, city, need: str, cc: str) -> dict:  # noqa: ANN001
    lid = uid("sample", "location", key)
    n = int(uid("n", key)[:4], 16)
    location = {
        "id": lid, "location_type": "physical", "organization_id": org_id,
        "name": f"[SAMPLE] Sede {city.name}",
        "latitude": round(city.lat + (n % 97 - 48) / 2000, 5),
        "longitude": round(city.lon + (n % 89 - 44) / 2000, 5),
        "addresses": [{
            "id": uid("sample", "address", key), "address_1": f"Calle Ficticia {n % 900 + 100}",
            "city": city.name, "state_province": city.region, "postal_code": "00000",
            "country": cc, "address_type": "physical",
        }],
        "attributes": [],
    }
    if need == "shelter" and city.key in CONFIDENTIAL:
        location["attributes"].append(_attr(lid, "location", "confidential_location", "true"))
        location["addresses"][0]["address_1"] = f"Domicilio Reservado {n % 900 + 100} (ficticio)"
    return {"id": uid("sample", "sal", key), "service_id": sid, "location": location}


def main() -> int:
    from sqlalchemy.orm import Session

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/sample.db"
        migrate(url)
        src = Path(tmp) / "sample.json"
        src.write_text(json.dumps(build(), ensure_ascii=False, indent=1), encoding="utf-8")
        engine = make_engine(url)
        with Session(engine) as session:
            import_package(session, src)
            for old in HERE.glob("*.csv"):
                old.unlink()
            counts = export_package(session, HERE)
        engine.dispose()
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
