"""Referral search on the fictitious sample directory, and its SMS text."""
from __future__ import annotations

import json
from datetime import datetime, time, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.directory import Address, Service
from bot.db.session import MIGRATIONS, make_engine
from services.directory import (
    Referral, UnknownNeed, UnknownPlace, format_referrals, format_sms, search, sms_segments,
)
from services.hours import OpeningHours, format_hours, is_open
from services.places import place_named, resolve_place
from services.sample_data import ensure_sample_loaded
from services.taxonomy import NEEDS

COUNTRIES = ["México", "Guatemala", "Colombia", "Perú", "Brasil", "Haïti", "República Dominicana",
             "United States", "Canada"]
PLACES = ["Tapachula", "Ciudad de México", "Tijuana", "Ciudad de Guatemala", "Quetzaltenango", "Bogotá",
          "Lima", "São Paulo", "Port-au-Prince", "Santo Domingo", "Houston", "Toronto", *COUNTRIES]
# Tuesday 2026-03-03, 16:30 UTC: 10:30 in Mexico City and Guatemala, 08:30 in Tijuana (before DST).
TUESDAY_1630 = datetime(2026, 3, 3, 16, 30, tzinfo=timezone.utc)


def upgrade(url: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0002")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('directory') / 'dir.db'}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as s:
        assert ensure_sample_loaded(s) is True
        assert ensure_sample_loaded(s) is False  # already there: untouched
        yield s
    engine.dispose()


@pytest.fixture(scope="module")
def confidential_addresses(db: Session) -> list[str]:
    rows = db.scalars(select(Address.address_1).where(Address.address_1.like("Domicilio Reservado%"))).all()
    assert len(rows) >= 2  # Tapachula and Ciudad de Guatemala shelters
    return list(rows)


@pytest.mark.parametrize("text, key", [
    ("Tapachula", "mx/chiapas/tapachula"),
    ("tapachula chiapas", "mx/chiapas/tapachula"),
    ("TAPACHULA, Chiapas, México", "mx/chiapas/tapachula"),
    ("Ciudad de Guatemala", "gt/guatemala/ciudad-de-guatemala"),
    ("ciudad de guatemala", "gt/guatemala/ciudad-de-guatemala"),
    ("Guatemala City", "gt/guatemala/ciudad-de-guatemala"),
    ("guate", "gt/guatemala/ciudad-de-guatemala"),
    ("Guatemala", "gt"),
    ("São Paulo", "br/sao-paulo/sao-paulo"),
    ("sao paulo", "br/sao-paulo/sao-paulo"),
    ("Port-au-Prince", "ht/ouest/port-au-prince"),
    ("Pòtoprens", "ht/ouest/port-au-prince"),
    ("potoprens", "ht/ouest/port-au-prince"),
    ("Xela", "gt/quetzaltenango/quetzaltenango"),
    ("CDMX", "mx/cdmx/ciudad-de-mexico"),
    ("estoy en Tijuana", "mx/baja-california/tijuana"),
    ("méxico", "mx"),
    ("Mexico", "mx"),
    ("Perú", "pe"),
    ("república dominicana", "do"),
    ("Haïti", "ht"),
    ("Bogota", "co/bogota-dc/bogota"),
    ("Montréal", "ca/quebec/montreal"),
])
def test_resolve_place(text: str, key: str) -> None:
    place = resolve_place(text)
    assert place is not None and place.key == key
    assert len(place.country) == 2 and place.tz


@pytest.mark.parametrize("text", ["", "Narnia", "América Latina", "no sé"])
def test_unknown_places(text: str) -> None:
    assert resolve_place(text) is None


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_need_in_every_sample_country(db: Session, country: str) -> None:
    cc = resolve_place(country).country
    for need in NEEDS:
        results = search(db, need, near=country)
        assert results, (country, need)
        assert all(need in r.needs and r.country == cc and r.is_sample for r in results)


def test_city_first(db: Session) -> None:
    assert search(db, "legal_aid", near="tapachula chiapas")[0].city == "Tapachula"
    assert search(db, "health_care", near="Guatemala City")[0].city == "Ciudad de Guatemala"
    assert search(db, "health_care", near="quetzaltenango")[0].city == "Quetzaltenango"
    assert search(db, "shelter", near="sao paulo")[0].city == "São Paulo"
    haiti = search(db, "emergency", near="Pòtoprens")
    assert haiti and haiti[0].country == "HT" and haiti[0].address is None  # a phone line


def test_unknown_need_or_place(db: Session) -> None:
    with pytest.raises(UnknownNeed):
        search(db, "pizza", near="Lima")
    with pytest.raises(UnknownPlace):
        search(db, "shelter", near="Narnia")


def test_coordinates_nearest_first(db: Session) -> None:
    results = search(db, "legal_aid", lat=32.52, lon=-117.02, limit=3)  # Tijuana
    assert results[0].city == "Tijuana"
    distances = [r.distance_km for r in results]
    assert distances == sorted(distances) and distances[0] < 20
    near_tapachula = search(db, "health_care", near="México", lat=14.91, lon=-92.26)
    assert near_tapachula[0].city == "Tapachula"


@pytest.mark.parametrize("lang, place", [("mam", "Tapachula"), ("ht", "Tapachula"), ("quc", "Quetzaltenango"),
                                         ("qu", "Lima"), ("ay", "Lima"), ("gn", "São Paulo"),
                                         ("nah", "Ciudad de México"), ("ht", "Port-au-Prince"), ("fr", "Montréal")])
def test_language_filter(db: Session, lang: str, place: str) -> None:
    results = search(db, "legal_aid", near=place, lang=lang)
    assert results, (lang, place)
    assert all(lang in r.languages for r in results)


def test_language_codes_match_across_iso_639_parts(db: Session) -> None:
    assert search(db, "shelter", near="Lima", lang="spa") == search(db, "shelter", near="Lima", lang="es")
    assert search(db, "shelter", near="Lima", lang="es-PE")
    assert search(db, "shelter", near="Lima", lang="zz") == []


def test_minor_gets_child_protection_and_no_adult_only(db: Session) -> None:
    adult_only = set(db.scalars(select(Service.id).where(Service.minimum_age >= 18)))
    for place in ("Tapachula", "Ciudad de Guatemala", "Toronto", "Lima"):
        results = search(db, "shelter", near=place, age=15)
        assert results[0].needs == ("child_protection",) or "child_protection" in results[0].needs
        assert not adult_only & {r.service_id for r in results}
    legal = search(db, "legal_aid", near="Bogotá", age=12)
    assert any("child_protection" in r.needs for r in legal)
    assert any("legal_aid" in r.needs for r in legal)
    teen = search(db, "shelter", near="Tapachula", age=15, limit=5)
    assert any("adolescentes" in r.service_name for r in teen)


def test_adult_gets_no_child_only_services(db: Session) -> None:
    results = search(db, "child_protection", near="Tapachula", age=30)
    assert results == []
    shelters = search(db, "shelter", near="Tapachula", age=30, limit=5)
    assert shelters and all("adolescentes" not in r.service_name for r in shelters)


def test_open_now_in_each_service_time_zone(db: Session) -> None:
    # 10:30 in Mexico City: its office is open; 08:30 in Tijuana: not yet.
    mexico = search(db, "legal_aid", near="México", open_now=True, now=TUESDAY_1630, limit=5)
    cities = {r.city for r in mexico}
    assert "Ciudad de México" in cities and "Tijuana" not in cities
    assert all(r.open_now for r in mexico)
    tijuana = search(db, "legal_aid", near="Tijuana", now=TUESDAY_1630)
    assert tijuana[0].city == "Tijuana" and tijuana[0].open_now is False
    assert tijuana[0].timezone == "America/Tijuana"
    # 18:30 UTC: 10:30 in Tijuana, open.
    later = search(db, "legal_aid", near="Tijuana", open_now=True, now=datetime(2026, 3, 3, 18, 30, tzinfo=timezone.utc))
    assert later[0].city == "Tijuana"
    # Saturday night: only the 24-hour lines and shelters.
    night = datetime(2026, 3, 8, 4, 0, tzinfo=timezone.utc)
    assert search(db, "legal_aid", near="Lima", open_now=True, now=night) == []
    assert search(db, "shelter", near="Lima", open_now=True, now=night)
    assert search(db, "anti_trafficking_hotline", near="Canada", open_now=True, now=night)


def test_hours_rules() -> None:
    weekday = OpeningHours(("MO", "TU", "WE", "TH", "FR"), time(9), time(17), "America/Tijuana")
    # In July Tijuana is on daylight time (UTC-7): 16:30 UTC is 09:30 there.
    assert is_open(weekday, datetime(2026, 7, 7, 16, 30, tzinfo=timezone.utc))
    assert not is_open(weekday, datetime(2026, 1, 6, 16, 30, tzinfo=timezone.utc))  # 08:30 in winter
    overnight = OpeningHours(("FR",), time(22), time(6), "UTC-05:00")
    assert is_open(overnight, datetime(2026, 3, 7, 8, 0, tzinfo=timezone.utc))  # Sat 03:00 local, Friday's night
    assert not is_open(overnight, datetime(2026, 3, 8, 8, 0, tzinfo=timezone.utc))  # Sun 03:00 local
    monthly = OpeningHours(("1MO",), time(10), time(12), "America/Lima", freq="MONTHLY")
    assert is_open(monthly, datetime(2026, 3, 2, 16, 0, tzinfo=timezone.utc))  # first Monday, 11:00
    assert not is_open(monthly, datetime(2026, 3, 9, 16, 0, tzinfo=timezone.utc))
    expired = OpeningHours((), time(0), time(0), "UTC", valid_to=datetime(2025, 1, 1).date())
    assert not is_open(expired, datetime(2026, 1, 1, tzinfo=timezone.utc))


def test_confidential_address_is_never_exposed(db: Session, confidential_addresses: list[str]) -> None:
    seen_confidential = 0
    for need in NEEDS:
        for place in PLACES:
            for kwargs in ({}, {"age": 15}, {"lang": "mam"}):
                results = search(db, need, near=place, limit=5, **kwargs)
                blob = json.dumps([r.to_dict() for r in results], ensure_ascii=False)
                texts = [format_sms(results, lang) for lang in ("es", "en", "mam")]
                for secret in confidential_addresses:
                    assert secret not in blob and all(secret not in t for t in texts)
                for r in results:
                    if r.confidential:
                        seen_confidential += 1
                        assert r.address is None and r.distance_km is None and r.phone
    assert seen_confidential > 0
    by_point = search(db, "shelter", lat=14.9039, lon=-92.2575)
    assert by_point[0].confidential and by_point[0].address is None and by_point[0].distance_km is None


def test_sms_segments() -> None:
    assert sms_segments("a" * 160) == 1 and sms_segments("a" * 161) == 2 and sms_segments("a" * 459) == 3
    assert sms_segments("[" * 80) == 1 and sms_segments("[" * 81) == 2  # extension characters count twice
    assert sms_segments("á" * 70) == 1 and sms_segments("á" * 71) == 2 and sms_segments("á" * 201) == 3
    assert sms_segments("á" * 202) == 4


@pytest.mark.parametrize("lang", ["es", "en", "fr", "pt", "ht", "qu", "gn", "ay", "nah", "kek", "mam", "guc", "quc"])
def test_formatting_fits_three_sms_in_every_language(db: Session, lang: str) -> None:
    for need in NEEDS:
        for place in ("Tapachula", "Guatemala", "São Paulo", "Toronto", "Port-au-Prince"):
            results = search(db, need, near=place, limit=5)
            blocks = format_referrals(results, lang)
            text = "\n".join(blocks)
            assert sms_segments(text) <= 3, text
            shown = [b for b in blocks if b[:1].isdigit() and "\n" in b or "[SAMPLE]" in b]
            assert 1 <= len(shown) <= 3
            assert all("[SAMPLE]" in b for b in shown)
            if len(shown) < len(results):
                assert blocks[-1].startswith(f"{len(shown) + 1}. ")


def test_hours_text_per_language() -> None:
    hours = (OpeningHours(("MO", "TU", "WE", "TH", "FR"), time(9), time(17, 30), "America/Mexico_City"),
             OpeningHours(("SA",), time(9), time(13), "America/Mexico_City"))
    assert format_hours(hours, "es") == "lun-vie 9:00-17:30; sáb 9:00-13:00"
    assert format_hours(hours, "en") == "Mon-Fri 9:00 AM-5:30 PM; Sat 9:00 AM-1:00 PM"
    assert format_hours(hours, "fr").startswith("lun.-ven. 09:00-17:30")
    assert format_hours(hours, "pt").startswith("seg.-sex. 09:00-17:30")
    for lang in ("ay", "nah", "kek", "mam", "guc", "quc", "xx", None):
        assert format_hours(hours, lang) == format_hours(hours, "es")
    all_day = (OpeningHours(("MO", "TU", "WE", "TH", "FR", "SA", "SU"), time(0), time(0), "UTC"),)
    assert format_hours(all_day, "es") == "24/7"


def _referral(i: int, name: str, confidential: bool = False) -> Referral:
    return Referral(
        service_id=str(i), service_name=name, organization="[SAMPLE] Org", phone=f"+1 202 555 01{i:02d}",
        address=None if confidential else f"Calle Ficticia {i}, Tapachula", confidential=confidential,
        city="Tapachula", country="MX", distance_km=None, languages=("es",),
        hours=(OpeningHours(("MO", "TU", "WE", "TH", "FR"), time(9), time(17), "America/Mexico_City"),),
        timezone="America/Mexico_City", open_now=None, is_sample=True, needs=("shelter",),
    )


def test_long_results_are_cut_at_a_result_boundary() -> None:
    long = [_referral(i, f"Servicio de orientación número {i} " + "x" * 60) for i in range(1, 4)]
    blocks = format_referrals(long, "es")
    assert blocks[-1] == f"{len(blocks)}. Más opciones"
    for n, block in enumerate(blocks[:-1], 1):
        assert block.startswith(f"{n}. [SAMPLE] Servicio de orientación número {n} ")  # whole, not cut inside
    assert sms_segments("\n".join(blocks)) <= 3
    huge = [_referral(1, "Nombre larguísimo " * 40)]
    [only] = format_referrals(huge, "es")
    assert sms_segments(only) <= 3 and "[SAMPLE]" in only and "+1 202 555 0101" in only
    gsm = format_referrals([_referral(i, f"Shelter {i}") for i in range(1, 6)], "en")
    assert len(gsm) == 4 and gsm[-1] == "4. More options"  # 3 shown, more available
    secret = format_referrals([_referral(1, "Albergue", confidential=True)], "es")[0]
    assert "Calle" not in secret and "confidencial" in secret


def test_cli_search_json(db: Session, tmp_path: Path, monkeypatch, settings_env, capsys) -> None:  # noqa: ANN001
    from bot import cli

    url = str(db.get_bind().url)
    settings_env.setenv("HOTLINE_DATABASE_URL", url)
    settings_env.setenv("HOTLINE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("bot.db.session.migrate", upgrade)
    assert cli.main(["directory", "search", "--need", "shelter", "--near", "Ciudad de Guatemala",
                     "--lang", "mam", "--age", "30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out and out[0]["city"] == "Ciudad de Guatemala" and out[0]["confidential"] is True
    assert out[0]["address"] is None and "mam" in out[0]["languages"] and out[0]["is_sample"]
    assert cli.main(["directory", "search", "--need", "shelter", "--near", "Narnia"]) == 1
    err = capsys.readouterr().err
    assert "unknown place" in err and "Traceback" not in err
    assert cli.main(["directory", "search", "--need", "legal_aid", "--near", "guate"]) == 0
    assert "[SAMPLE]" in capsys.readouterr().out


@pytest.mark.parametrize("text, key", [
    ("Ciudad de Guatemala", "gt/guatemala/ciudad-de-guatemala"),
    ("Lima, Perú", "pe/lima/lima"),
    ("Tapachula!", "mx/chiapas/tapachula"),
    ("Pòtoprens", "ht/ouest/port-au-prince"),
])
def test_a_message_that_is_only_a_place_name(text: str, key: str) -> None:
    assert place_named(text).key == key


@pytest.mark.parametrize("text", ["no", "pe", "4", "estoy en Lima", "necesito un albergue", "", "Lima, hola"])
def test_a_message_with_more_than_a_place_name_or_an_iso_code_is_not_one(text: str) -> None:
    assert place_named(text) is None
