"""Trafficking screening engine: labelled scenarios, rules, negation, consent, CLI."""
from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from bot.screening import (
    assess_job_offer,
    clarifying_questions,
    indicator_ids,
    jokes,
    needs_said,
    question_ids,
    question_text,
    says_safe_now,
    screen,
)
from bot.screening.commands import run
from bot.screening.detector import Detection
from bot.screening.engine import COERCION_LABELS, IndicatorMatch, conclude, read, taxonomy
from bot.settings import REPO_ROOT

SCENARIOS = yaml.safe_load((REPO_ROOT / "tests" / "data" / "screening_scenarios.yml").read_text(encoding="utf-8"))
CASES = SCENARIOS["scenarios"]
HOTLINE = REPO_ROOT / ".venv" / "bin" / "hotline"
REQUIRED_IDS = {
    "document_confiscation", "debt_bondage", "restriction_of_movement", "isolation",
    "physical_sexual_violence", "threats_person_family", "threat_police_deportation", "withheld_wages",
    "excessive_hours", "deception_job", "forced_commercial_sex", "forced_begging_crime",
    "domestic_servitude", "ransom", "danger_now", "self_harm",
}


def _screen(case: dict):
    return screen(case["messages"], case["lang"], case.get("answers"), case.get("age"))


# ----------------------------------------------------------------------------- scenario file
def test_scenario_file_coverage() -> None:
    assert len(CASES) >= 120
    assert len({c["id"] for c in CASES}) == len(CASES)
    for lang in ("es", "en", "pt", "fr", "ht"):
        levels = {c["expected"] for c in CASES if c["lang"] == lang}
        assert levels == {"info", "refer", "priority", "immediate"}, lang
    known = set(taxonomy().entries)
    for c in CASES:
        assert set(c.get("indicators", [])) <= known, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_scenario(case: dict) -> None:
    result = _screen(case)
    assert result.risk_level == case["expected"], (result.rule, result.to_dict())
    missing = set(case.get("indicators", [])) - set(result.indicator_ids)
    assert not missing, (missing, result.to_dict())


def test_no_immediate_scenario_is_missed() -> None:
    missed = [c["id"] for c in CASES if c["expected"] == "immediate" and _screen(c).risk_level != "immediate"]
    assert missed == []


# ----------------------------------------------------------------------------- taxonomy
def test_taxonomy_covers_required_indicators_and_languages() -> None:
    tax = taxonomy()
    assert REQUIRED_IDS <= set(indicator_ids())
    for iid in REQUIRED_IDS:
        langs = {lang for lang, _ in tax.entries[iid].patterns}
        assert {"es", "en", "fr", "pt", "ht"} <= langs or "all" in langs, iid
    for sid in ("sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime"):
        assert tax.entries[sid].kind == "sector"
    needs = {e.need for e in tax.entries.values() if e.kind == "need"}
    assert needs == {"child_protection", "smuggling_only", "labour_dispute", "partner_violence", "homelessness",
                     "suspicious_job_offer"}
    for e in tax.entries.values():
        assert e.adult in ("strong", "medium", "weak") and e.child in ("strong", "medium", "weak")


def test_e2e_case() -> None:
    r = screen(["el patrón se quedó con mi pasaporte",
                "y dice que le debo 3000 dólares del viaje y cada mes sube"], "es")
    assert r.risk_level == "priority"
    assert {"document_confiscation", "debt_bondage"} <= set(r.indicator_ids)
    assert r.rule == "priority.strong_coercion"
    conf = next(m for m in r.indicators if m.id == "document_confiscation")
    assert conf.message_index == 0 and "pasaporte" in conf.span
    assert next(m for m in r.indicators if m.id == "debt_bondage").message_index == 1


def test_result_shape_and_determinism() -> None:
    msgs = ["mi sobrina de 15 trabaja en un bar atendiendo clientes"]
    first = screen(msgs, "es")
    assert first.risk_level == "immediate" and first.rule == "immediate.minor_exploitation"
    assert first.age_band == "under_18"
    for _ in range(5):
        assert screen(list(msgs), "es") == first
    d = first.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert set(d) >= {"risk_level", "indicators", "rule", "age_band", "needs"}
    with pytest.raises(AttributeError):
        first.risk_level = "info"  # type: ignore[misc]


@pytest.mark.parametrize("messages,lang", [
    (["no me quitaron el pasaporte"], "es"),
    (["they never took my passport"], "en"),
    (["ils n'ont pas pris mon passeport"], "fr"),
    (["ninguém pegou meu passaporte"], "pt"),
    (["yo pa pran paspò m"], "ht"),
    (["nadie me ha amenazado"], "es"),
    (["no estoy en peligro, gracias"], "es"),
])
def test_negation_is_not_an_indicator(messages: list[str], lang: str) -> None:
    r = screen(messages, lang)
    assert r.risk_level == "info", r.to_dict()


@pytest.mark.parametrize("text", [
    "I need a job right now", "help me please", "can you help me please", "my kids are coming with me",
    "my cousin is outside the city", "help", "necesito ayuda", "hola, necesito ayuda por favor",
])
def test_urgent_words_alone_are_not_danger(text: str) -> None:
    # "right now" or "please" is no danger by itself: escalating it floods the operators'
    # immediate queue, where the person really in danger then waits.
    lang = "es" if "ayuda" in text else "en"
    assert screen([text], lang).risk_level != "immediate"


@pytest.mark.parametrize("text", [
    "help someone is hitting me right now", "he's beating me", "they're coming to get me", "help me now",
    "i need help right now please", "they are outside with a gun",
])
def test_danger_now_in_english(text: str) -> None:
    assert screen([text], "en").risk_level == "immediate"


@pytest.mark.parametrize("text", ["no me dejan salir", "no nos dejan salir de la finca", "ninguém pode sair",
                                  "yo pa kite m soti", "they won't let me leave", "on ne peut pas sortir"])
def test_negation_inside_the_indicator(text: str) -> None:
    r = screen([text], "es")
    assert r.risk_level == "priority" and "restriction_of_movement" in r.indicator_ids


@pytest.mark.parametrize("consent", ["yo acepté venir", "I agreed to come", "j'ai accepté de venir",
                                     "eu aceitei vir", "m te dakò vini"])
def test_consent_never_lowers(consent: str) -> None:
    base = screen(["el jefe tiene mi pasaporte"], "es")
    with_consent = screen([consent, "el jefe tiene mi pasaporte"], "es")
    assert base.risk_level == with_consent.risk_level == "priority"


def test_third_party_counts_like_first_person() -> None:
    first = screen(["me quitaron el pasaporte"], "es")
    third = screen(["a mi hermana le quitaron el pasaporte"], "es")
    assert first.risk_level == third.risk_level == "priority"


def test_language_argument_does_not_hide_patterns() -> None:
    for lang in ("es", "en", "fr", "pt", "ht", "qu"):
        assert screen(["they took my passport"], lang).risk_level == "priority"


def test_age_sources() -> None:
    assert screen(["hola"], "es", age=15).age_band == "under_18"
    assert screen(["hola"], "es", age=30).age_band == "18_plus"
    assert screen(["hola"], "es").age_band is None
    for text in ("tengo 16 años", "she is 15", "j'ai 15 ans", "tenho 16 anos", "li gen 15 an",
                 "es menor de edad", "a child", "una niña de la colonia"):
        assert screen([text], "es").age_band == "under_18", text
    for text in ("tengo 2 años aquí", "il y a 3 ans", "trabajo 16 horas", "le debo 15 dólares"):
        assert screen([text], "es").age_band is None, text


def test_spans_are_redacted() -> None:
    r = screen(["me llamo Rosa Quispe, el patrón se quedó con mi pasaporte"], "es")
    assert r.risk_level == "priority"
    assert all("Quispe" not in m.span for m in r.indicators)


def test_answers_add_evidence_never_remove_it() -> None:
    base = ["trabajo en un rancho y pagan poco"]
    assert screen(base, "es").risk_level != "priority"
    assert screen(base, "es", answers={"q_documents": "sí"}).risk_level == "priority"
    assert screen(base, "es", answers={"q_free_to_leave": False}).risk_level == "priority"
    assert screen(base, "es", answers={"q_age": "15"}).risk_level == "immediate"
    assert screen(base, "es", answers={"q_documents": "", "q_debt": None}).risk_level == screen(base, "es").risk_level
    locked = ["no me dejan salir"]
    assert screen(locked, "es", answers={"q_free_to_leave": True}).risk_level == "priority"


def test_partner_violence_is_refer_unless_exploitation() -> None:
    r = screen(["mi esposo me pega"], "es")
    assert (r.risk_level, r.rule, r.needs) == ("refer", "refer.partner_violence", ["partner_violence"])
    assert screen(["mi esposo me pega y me obliga a prostituirme"], "es").risk_level == "priority"


def test_smuggling_only_versus_trafficking() -> None:
    free = screen(["le pagué al coyote y ya llegué, estoy libre"], "es")
    assert (free.risk_level, free.rule) == ("refer", "refer.smuggling_only")
    held = screen(["el coyote nos tiene encerrados hasta que paguemos la deuda"], "es")
    assert held.risk_level == "immediate" and "smuggling_only" not in held.needs  # held now
    owes = screen(["el coyote dice que le debo mas y tengo que trabajar para pagarle"], "es")
    assert owes.risk_level == "priority" and "smuggling_only" not in owes.needs


# ----------------------------------------------------------------------------- questions
def test_questions() -> None:
    ids = question_ids()
    assert len(ids) <= 4 and {"q_free_to_leave", "q_documents", "q_debt", "q_age"} == set(ids)
    for qid in ids:
        for lang in ("es", "en", "fr", "pt", "ht"):
            text = question_text(qid, lang)
            assert text.strip() and "por qué" not in text.lower() and "why" not in text.lower()
    assert question_text("q_documents", "qu") == question_text("q_documents", "es")
    with pytest.raises(KeyError):
        question_text("q_nope", "es")


def test_clarifying_questions() -> None:
    assert clarifying_questions(screen(["socorro me van a matar"], "es")) == []
    assert clarifying_questions(screen(["donde queda el consulado"], "es")) == []
    unclear = clarifying_questions(screen(["me engañaron con el sueldo"], "es"))
    assert unclear and len(unclear) <= 4 and "q_documents" in unclear
    known = clarifying_questions(screen(["me engañaron con el sueldo"], "es", answers={"q_age": "no"}))
    assert "q_age" not in known
    assert clarifying_questions(screen(["trabajo en un bar y me quitaron el pasaporte"], "es")) == ["q_age"]


# ----------------------------------------------------------------------------- job offers
def test_job_offer() -> None:
    low = assess_job_offer({})
    assert low.level == "low" and low.flags == []
    assert low.steps == ["verify_agency_licence", "keep_document_copies", "tell_someone_you_trust"]
    assert assess_job_offer({"fee_charged_to_worker": True, "employer_unverifiable": None}).level == "medium"
    assert assess_job_offer({"recruiter_keeps_documents": True}).level == "high"
    three = assess_job_offer({"fee_charged_to_worker": True, "no_contract_in_own_language": True,
                              "pay_far_above_norm": True})
    assert three.level == "high" and len(three.flags) == 3
    with pytest.raises(ValueError):
        assess_job_offer({"typo": True})


# ----------------------------------------------------------------------------- speed, CLI
def test_adversarial_input_stays_fast() -> None:
    screen(["warm up"], "es")
    start = time.perf_counter()
    for chunk in ("disse que a gente deve ", "prometieron que ", "no me ", "debo al patron y ", "a" * 7):
        screen([chunk * 150, chunk * 20], "es")
    assert time.perf_counter() - start < 2.0


def test_run_handles_malformed_lines() -> None:
    lines = "\n".join([
        json.dumps({"lang": "es", "messages": ["me tienen encerrada"]}),
        "{not json",
        json.dumps({"lang": "es", "messages": "not a list"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"lang": "en", "messages": ["hi"], "age": "x"}),
        json.dumps({"lang": "en", "messages": ["what is asylum?"]}),
    ]) + "\n"
    out = io.StringIO()
    assert run(io.StringIO(lines), out) == 1
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(rows) == 6
    assert rows[0]["risk_level"] == "immediate" and rows[0]["rule"] == "immediate.danger_now"
    assert {"id": "restriction_of_movement", "span": "me tienen encerrada"} in rows[0]["indicators"]
    assert all("error" in r for r in rows[1:5])
    assert rows[5]["risk_level"] == "info"


def test_cli_subprocess(tmp_path: Path) -> None:
    """One real `hotline screen` run (process start-up dominates): good lines and a bad one."""
    lines = [
        json.dumps({"lang": "es", "messages": ["el patrón se quedó con mi pasaporte",
                                               "y dice que le debo 3000 dólares del viaje y cada mes sube"]},
                   ensure_ascii=False),
        json.dumps({"lang": "en", "messages": ["I want to kill myself"]}),
        "{oops",
        json.dumps({"lang": "es", "messages": ["hola"], "age": 15, "answers": {"q_debt": "no"}}),
    ]
    proc = subprocess.run([str(HOTLINE), "screen"], input="\n".join(lines) + "\n", capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(rows) == 4 and "error" in rows[2]
    assert [r.get("risk_level") for r in rows] == ["priority", "immediate", None, "info"]
    assert set(rows[0]) == {"risk_level", "indicators", "rule"}
    assert {"document_confiscation", "debt_bondage"} <= {i["id"] for i in rows[0]["indicators"]}


# ----------------------------------------------------------------------------- what people really write
# Classes the patterns alone missed or got wrong (issue #17), in our own words; the learned
# detector reads them, the rules decide.
@pytest.mark.parametrize("messages,lang", [
    (["los señores que cruzaron a mi sobrino no lo sueltan", "quieren que les depositemos 3 mil antes del viernes o ya no lo volvemos a ver"], "es"),
    (["the men who brought my cousin over the border are keeping him in a house",
      "they told my aunt to send 2,000 dollars by sunday if she wants him back"], "en"),
    (["os caras que trouxeram meu irmão não deixam ele ir embora", "pediram 5 mil reais pra soltar ele até sexta"], "pt"),
])
def test_ransom_without_the_word_is_immediate(messages: list[str], lang: str) -> None:
    r = screen(messages, lang)
    assert (r.risk_level, r.rule) == ("immediate", "immediate.ransom"), r.to_dict()


@pytest.mark.parametrize("messages,lang", [
    (["I'm a teacher. One of my 8th graders told the counselor her mom's boyfriend drives her to men's apartments",
      "the men give him money afterwards"], "en"),
    (["soy maestra de una alumna de segundo de secundaria",
      "dice que el padrastro la lleva con unos señores los fines de semana y ellos le pagan a él"], "es"),
])
def test_a_minor_by_school_grade_reported_by_a_teacher_is_immediate(messages: list[str], lang: str) -> None:
    r = screen(messages, lang)
    assert r.risk_level == "immediate" and r.age_band == "under_18", r.to_dict()


@pytest.mark.parametrize("messages,lang", [
    (["my husband hit me again last night", "he already left for work, i'm home with the kids. what can i do?"], "en"),
    (["anoche mi pareja me volvió a golpear", "ahorita ya se fue a trabajar, quiero saber qué opciones tengo"], "es"),
])
def test_past_partner_violence_is_not_danger_now(messages: list[str], lang: str) -> None:
    r = screen(messages, lang)
    assert r.risk_level == "refer" and "partner_violence" in r.needs, r.to_dict()


@pytest.mark.parametrize("messages,lang", [
    (["when I started, the lady of the house asked for my passport so it would be safe",
      "now every time I ask for it she changes the subject and says later"], "en"),
    (["la patrona me dijo que ella me guardaba el pasaporte para que no se perdiera",
      "ahora se lo pido y nunca me lo da"], "es"),
    (["the agency collected our passports for safekeeping when we landed"], "en"),
    (["a dona da casa pediu meu passaporte pra não perder, faz meses"], "pt"),
    (["la dame a demandé mon passeport pour ne pas le perdre quand je suis arrivée"], "fr"),
    (["madanm nan mande paspò m pou l pa pèdi depi m rive a"], "ht"),
])
def test_a_kept_passport_told_as_a_story_is_priority(messages: list[str], lang: str) -> None:
    r = screen(messages, lang)
    assert r.risk_level == "priority" and "document_confiscation" in r.indicator_ids, r.to_dict()


@pytest.mark.parametrize("text,lang", [
    ("hello, I need some help please", "en"), ("buenas tardes, necesito ayuda", "es"),
    ("bonjour, j'ai besoin d'aide svp", "fr"), ("oi, preciso de ajuda", "pt"), ("bonjou, mwen bezwen èd", "ht"),
    ("mwen bezwen sekou", "ht"),
])
def test_a_calm_plea_is_information(text: str, lang: str) -> None:
    assert screen([text], lang).risk_level == "info"


def test_consent_never_lowers_a_learned_indicator() -> None:
    story = ["la patrona me dijo que ella me guardaba el pasaporte para que no se perdiera",
             "ahora se lo pido y nunca me lo da"]
    assert screen(story, "es").risk_level == screen(["yo acepté venir, nadie me obligó", *story], "es").risk_level \
        == "priority"


def test_a_story_about_a_film_is_not_a_disclosure() -> None:
    assert screen(["we watched a movie about a girl who was locked in a basement",
                   "is that what trafficking looks like?"], "en").risk_level == "info"
    assert screen(["I have my passport with me, nobody took it, I just want to know my rights"], "en").risk_level \
        == "info"


# ----------------------------------------------------------------------------- the rules over learned labels
def _whole(messages: list[str], label: str, score: float, index: int = 0) -> Detection:
    return Detection(label, score, True, index, 0, len(messages[index]))


@pytest.mark.parametrize("rival", ["smuggling", "suspicious_job_offer", "forced_begging_crime"])
def test_an_unsure_ransom_that_a_fee_explains_better_is_not_immediate(rival: str) -> None:
    messages = ["el guía pide 800 dólares para pasarnos el viernes"]
    reading = read(messages, "es")
    unsure = conclude(reading, [_whole(messages, "ransom", 0.6), _whole(messages, rival, 0.7)])
    assert unsure.risk_level != "immediate"
    sure = conclude(reading, [_whole(messages, "ransom", 0.85), _whole(messages, rival, 0.9)])
    assert sure.risk_level == "immediate"  # a ransom the detector is sure of always counts
    # and so does one nothing benign explains (the guide's words and a crossing now explain
    # this message by themselves: taxonomy fee_for_passage)
    bare = ["piden 800 dólares para el viernes"]
    alone = conclude(read(bare, "es"), [_whole(bare, "ransom", 0.6)])
    assert alone.risk_level == "immediate"
    assert conclude(reading, [_whole(messages, "ransom", 0.6)]).risk_level != "immediate"


def test_a_learned_minor_in_a_conversation_of_adults_is_dropped_unless_the_patterns_read_a_child() -> None:
    adults = ["mi hija de 19 años trabaja en un bar y el dueño le pide salir con clientes"]
    labels = [_whole(adults, "minor", 0.7), _whole(adults, "sector_commercial_sex", 0.8)]
    assert "minor" not in {i.id for i in conclude(read(adults, "es"), labels).indicators}
    child = ["mi hija de 15 años trabaja en un bar y el dueño le pide salir con clientes"]
    labels = [_whole(child, "minor", 0.7), _whole(child, "sector_commercial_sex", 0.8)]
    assert conclude(read(child, "es"), labels).risk_level == "immediate"


# The person's own pay kept is wages, not money for anyone's release (withheld_wages patterns in
# the ransom's sentence); a sentence that also says someone is held keeps its ransom.
WAGES_NOT_RANSOM = [
    (["my cousin cleans for a family in Queens", "they keep her pay 'to save it' and she can't go out"], "en", 1),
    (["mi hermana limpia en una casa", "le retienen el sueldo y no la dejan salir"], "es", 1),
    (["ma soeur fait le ménage chez une famille", "ils gardent son salaire et elle ne sort pas"], "fr", 1),
]


@pytest.mark.parametrize("messages,lang,index", WAGES_NOT_RANSOM, ids=[m[-1][:40] for m, _, _ in WAGES_NOT_RANSOM])
def test_an_unsure_ransom_on_wages_kept_is_not_immediate(messages: list[str], lang: str, index: int) -> None:
    reading = read(messages, lang)
    assert "withheld_wages" in {h.entry.id for h in reading.hits}  # the patterns read the pay kept
    unsure = conclude(reading, [_whole(messages, "ransom", 0.5, index)])
    assert unsure.risk_level in ("refer", "priority") and "ransom" not in {i.id for i in unsure.indicators}
    sure = conclude(reading, [_whole(messages, "ransom", 0.9, index)])
    assert sure.risk_level == "immediate"  # a ransom the detector is sure of always counts
    held = messages[:index] + [messages[index] + ", and they hold her brother until we pay 2000"]
    assert conclude(read(held, lang), [_whole(held, "ransom", 0.5, index)]).risk_level == "immediate"


# Children cared for as a job are not a minor in the exploitation: a learned minor below SURE
# on a childcare sentence is dropped, and the Kreyòl minor word after a care verb is not read.
CHILDCARE = [
    (["I work at her daycare in the morning and clean her friends' houses at night",
      "she took my passport and says I owe her 9000"], "en"),
    (["trabajo en la guardería de la señora y limpio casas de sus amigas",
      "me quitó el pasaporte y dice que le debo 9000 dólares"], "es"),
    (["je travaille à la garderie de madame et je fais le ménage chez ses amies",
      "elle a pris mon passeport et dit que je lui dois 9000"], "fr"),
    (["cuido das crianças da patroa e limpo a casa", "ela pegou meu passaporte e diz que devo 9 mil"], "pt"),
    (["m ap gade timoun madanm nan epi m netwaye kay zanmi l yo", "li pran paspò m e li di m dwe l 9000"], "ht"),
]


@pytest.mark.parametrize("messages,lang", CHILDCARE, ids=[m[0][:40] for m, _ in CHILDCARE])
def test_children_cared_for_as_a_job_do_not_make_a_minor(messages: list[str], lang: str) -> None:
    reading = read(messages, lang)
    assert conclude(reading, []).risk_level == "priority"  # documents taken, a debt: priority
    work = _whole(messages, "sector_labour", 0.9)
    unsure = conclude(reading, [_whole(messages, "minor", 0.45), work])
    assert unsure.risk_level == "priority" and "age_under_18" not in {i.id for i in unsure.indicators}
    assert conclude(reading, [_whole(messages, "minor", 0.9), work]).risk_level == "immediate"


@pytest.mark.parametrize("messages,lang", [
    (["tengo 15 años y cuido a los niños de la señora", "me quitó el pasaporte"], "es"),
    (["I'm 16 and babysit for a family", "they took my passport"], "en"),
    (["ti fi a gen 14 an, l ap gade timoun yon madanm", "madanm nan pran paspò l"], "ht"),
    (["yo fè timoun yo travay nan mache a", "yo pran tout kòb yo"], "ht"),
])
def test_a_minor_who_looks_after_children_is_still_a_minor(messages: list[str], lang: str) -> None:
    reading = read(messages, lang)
    work = _whole(messages, "sector_labour", 0.9)
    assert conclude(reading, [_whole(messages, "minor", 0.45), work]).risk_level == "immediate"


def test_a_sector_only_the_detector_reads_asks_no_screening_question() -> None:
    base = screen(["I work at a school and a mother asked me where her family can sleep tonight"], "en")
    learned = dataclasses.replace(base, risk_level="info", indicators=(
        IndicatorMatch(id="sector_labour", dimension="exploitative_conditions", weight="weak", span="",
                       message_index=0, source="model", score=0.6),))
    assert clarifying_questions(learned) == []
    read_by_patterns = dataclasses.replace(learned, indicators=(
        dataclasses.replace(learned.indicators[0], source="pattern"),))
    assert clarifying_questions(read_by_patterns)


@pytest.mark.parametrize(("answer", "lang"), [
    ("quero sim", "pt"), ("yes please", "en"), ("sí por favor", "es"), ("oui svp", "fr"), ("wi tanpri", "ht"),
    ("no", "es"), ("ok", "en"),
])
@pytest.mark.parametrize("label", ["self_harm", "danger_now", "medical_emergency", "ransom"])
def test_a_learned_label_on_a_bare_yes_or_no_is_dropped(answer: str, lang: str, label: str) -> None:
    messages = ["can't leave the house alone", answer]
    result = conclude(read(messages, lang), [_whole(messages, label, 0.9, index=1)])
    assert result.risk_level != "immediate"


@pytest.mark.parametrize(("message", "lang"), [
    ("yes they are coming back now", "en"), ("sí, me quiero matar", "es"), ("quero sim morrer", "pt"),
])
def test_an_answer_that_says_more_keeps_its_learned_label(message: str, lang: str) -> None:
    messages = ["can't leave the house alone", message]
    assert conclude(read(messages, lang), [_whole(messages, "self_harm", 0.9, index=1)]).risk_level == "immediate"


@pytest.mark.parametrize(("emergency", "expected"), [(0.4, "refer"), (0.9, "immediate")])
def test_a_family_in_the_street_is_homelessness_unless_the_emergency_is_sure(emergency: float, expected: str) -> None:
    messages = ["dormimos en la calle con la bebe"]
    labels = [_whole(messages, "medical_emergency", emergency), _whole(messages, "homelessness", 0.95)]
    assert conclude(read(messages, "es"), labels).risk_level == expected


def test_a_fee_the_recruiter_asks_is_not_a_ransom_unless_the_detector_is_sure() -> None:
    messages = ["got offered a job abroad", "yes they want 400 for the papers"]
    offer = _whole(messages, "suspicious_job_offer", 0.95)
    assert conclude(read(messages, "en"), [offer, _whole(messages, "ransom", 0.82, index=1)]).risk_level != "immediate"
    assert conclude(read(messages, "en"), [offer, _whole(messages, "ransom", 0.9, index=1)]).risk_level == "immediate"


@pytest.mark.parametrize(("messages", "lang", "expected"), [
    # asked about, not gone: the fee and the ticket debt are the offer's red flags
    (["got offered a job abroad, is it legit?", "yes they want 400 for the papers"], "en", "refer"),
    (["une agence propose un travail au Canada", "ils demandent 3000 avant de partir, c'est serieux?"], "fr", "refer"),
    (["yon ajans di yo ka ban m viza", "yo mande 1500 dola, eske se vre?"], "ht", "refer"),
    # gone: the same fee is asked of someone the recruiter now holds
    (["got offered a job abroad, is it legit?", "i arrived and they want 400 to let me go"], "en", "immediate"),
    # a minor is never an offer's red flag
    (["my sister is 15, a recruiter offered her a job abroad, is it legit?", "they want 400 for her papers"],
     "en", "immediate"),
])
def test_a_learned_ransom_in_an_offer_not_taken_is_the_offers_red_flag(messages: list[str], lang: str,
                                                                        expected: str) -> None:
    detections = [_whole(messages, "suspicious_job_offer", 0.95), _whole(messages, "ransom", 0.95, index=1)]
    assert conclude(read(messages, lang), detections).risk_level == expected


@pytest.mark.parametrize(("text", "homeless"), [
    ("no money no place to stay tonight", True),
    ("we have no place to sleep", True),
    ("got released with a court date, no money no place to stay", True),
    ("i have a place to stay, thanks", False),
])
def test_no_place_to_stay_is_homelessness(text: str, homeless: bool) -> None:
    assert ("homelessness" in screen([text], "en", learned=False).needs) is homeless


def test_the_coercion_labels_are_the_taxonomys_coercive_indicators() -> None:
    tax = taxonomy()
    assert COERCION_LABELS == {e.id for e in tax.entries.values()
                               if e.kind == "indicator" and e.coercive and e.dimension != "immediate_safety"}


def _below(messages: list[str], label: str, score: float, index: int = 0) -> Detection:
    """A label the detector reads under its own threshold (at its support threshold)."""
    return Detection(label, score, False, index, 0, len(messages[index]))


# Pay held back (a trafficking indicator the patterns read) and coercion the detector reads softly.
_PAY_HELD = ["la señora le guarda el sueldo para que no lo gaste", "y ella no conoce la calle"]
_LIED = ["the recruiter lied about the pay", "he keeps the count of what I owe"]
_CLASSES = ["I want to know about English classes"]
_CROSSED = ["we crossed with a guide, we paid him and we're free"]


@pytest.mark.parametrize(("messages", "lang", "labels", "expected"), [
    # refer with a trafficking indicator + coercion below its own threshold: the combination
    (_PAY_HELD, "es", [_below(_PAY_HELD, "restriction_of_movement", 0.45, 1)], "priority"),
    (_LIED, "en", [_whole(_LIED, "deception_job", 0.9), _below(_LIED, "debt_bondage", 0.5, 1)], "priority"),
    # under the support floor: noise, it does not count
    (_PAY_HELD, "es", [_below(_PAY_HELD, "restriction_of_movement", 0.3, 1)], "refer"),
    # no trafficking indicator to complete: info stays info, a need alone stays refer
    (_CLASSES, "en", [_below(_CLASSES, "isolation", 0.6)], "info"),
    (_CROSSED, "en", [_whole(_CROSSED, "smuggling", 0.9), _below(_CROSSED, "document_confiscation", 0.6)], "refer"),
    # a label outside the coercion set (an exploitative condition) does not complete it
    (_PAY_HELD, "es", [_below(_PAY_HELD, "excessive_hours", 0.6, 1)], "refer"),
])
def test_soft_coercion_completes_a_conversation_that_holds_a_trafficking_indicator(
        messages: list[str], lang: str, labels: list[Detection], expected: str) -> None:
    result = conclude(read(messages, lang), labels)
    assert result.risk_level == expected, (result.rule, [(i.id, i.source) for i in result.indicators])


def test_soft_coercion_never_lowers_and_keeps_a_minor_immediate() -> None:
    child = ["mi sobrina de 14 trabaja en una casa y no le pagan"]
    result = conclude(read(child, "es"), [_below(child, "restriction_of_movement", 0.5)])
    assert result.risk_level == "immediate"
    danger = ["they are outside the door now", "he holds my pay"]
    assert conclude(read(danger, "en"), [_below(danger, "isolation", 0.5, 1)]).risk_level == "immediate"


# Documents kept and not let out (priority by the patterns), then something about tonight.
_LOCKED = ["the boss keeps my passport and I cannot leave the farm", "he gets back tonight"]


@pytest.mark.parametrize(("label", "score", "expected"), [
    ("danger_now", 0.37, "immediate"),  # above the urgent floor, in a priority conversation
    ("danger_now", 0.30, "priority"),  # under it: noise
    ("self_harm", 0.37, "immediate"),
    ("excessive_hours", 0.37, "priority"),  # not an urgent label: the ordinary floor
])
def test_softly_read_danger_is_backed_from_a_lower_floor_in_a_priority_conversation(
        label: str, score: float, expected: str) -> None:
    assert conclude(read(_LOCKED, "en"), []).risk_level == "priority"
    result = conclude(read(_LOCKED, "en"), [_below(_LOCKED, label, score, 1)])
    assert result.risk_level == expected, (result.rule, [(i.id, i.source) for i in result.indicators])


def test_the_urgent_floor_never_lifts_a_conversation_from_refer() -> None:
    crossed = ["we crossed with a guide, we paid him and we're free"]
    assert conclude(read(crossed, "en"), [_below(crossed, "danger_now", 0.39)]).risk_level != "immediate"


# ----------------------------------------------------------------------------- over-escalation (#17)
# Each class of over-escalation found on the team's transcripts and probes, beside what its
# guard must leave alone. Patterns alone and hybrid.
NOT_ESCALATED = [
    # figures of speech (taxonomy: figurative)
    (["jaja este trabajo me tiene muerta", "mi jefe me va a matar si no termino"], "es"),
    (["esse patrão vai me matar de tanto trabalho kkk"], "pt"),
    (["grangou ap touye m lol", "èske gen kantin bò sant vil la?"], "ht"),
    (["travay sa a ap touye m", "èske nou gen kou angle?"], "ht"),
    (["mdr mon chef va me tuer si je finis pas ce dossier"], "fr"),
    (["my sister ate my leftovers", "I'm going to kill her lol"], "en"),
    # exams and homework as the killer, the subject followed by its verb
    (["ces examens vont me tuer"], "fr"), (["estos examenes me van a matar"], "es"),
    (["these exams are killing me"], "en"), (["essas provas vão me matar"], "pt"), (["egzamen yo ap touye m"], "ht"),
    (["ce travail va me tuer"], "fr"), (["esse trabalho vai me matar"], "pt"),
    # what work a teen may do, asked (youth_job_question)
    (["mi sobrino tiene 16 y quiere ayudar en una ferretería los sábados", "¿cuántas horas puede trabajar un menor?"], "es"),
    (["ma fille a 15 ans, elle a trouvé un emploi d'été dans un camping", "c'est légal? combien d'heures elle peut travailler?"],
     "fr"),
    # a research paper, a school play, advice asked before acting (frames)
    (["estoy haciendo mi tesis sobre trabajo forzado en la pesca", "tienen datos?"], "es"),
    (["un vecino me aconsejó guardar los pasaportes de mis trabajadores en la caja fuerte", "¿puedo hacerlo?"], "es"),
    # a door locked at night of which everyone has a key (own_key)
    (["el dueño cierra el portón en la noche pero todos tenemos llave", "¿es normal?"], "es"),
    # a kidnapping word in a laughing message (laughs_off)
    (["estoy secuestrado haciendo inventario jajaja", "salgo a las 9"], "es"),
    (["kkkk fui sequestrada pela minha sogra pro churrasco"], "pt"),
    # dreams, songs (unreal); a kidnapping of an earlier year the person was let go from (resolved)
    (["soñé que me secuestraban", "desperté temblando"], "es"),
    (["m ap ekri yon chante sou kidnapin Ayiti"], "ht"),
    (["I was kidnapped in Tamaulipas in 2021", "my family paid and they let me go", "I need a therapist"], "en"),
    (["yo te kidnape m an 2022", "fanmi m te peye e yo te lage m", "m bezwen yon sikològ"], "ht"),
    # documents handed back (returned)
    (["the boss asked for my passport", "made a copy and gave it back", "is that normal?"], "en"),
    (["el jefe me pidió el pasaporte", "le sacó copia y me lo devolvió", "¿eso es normal?"], "es"),
    (["le patron m'a demandé mon passeport", "il a fait une copie et me l'a rendu", "c'est normal?"], "fr"),
    (["l'entraîneur garde les passeports des jeunes pour le tournoi", "il les rend à l'aéroport"], "fr"),
    (["a Federal parou nosso ônibus", "conferiram os documentos de todo mundo e devolveram"], "pt"),
    (["notè a te pran paspò m pou papye yo", "li remèt li ba m"], "ht"),
    # care that can wait (routine_care)
    (["la bebé anda con fiebre desde ayer en la tarde", "¿hay consulta gratis por aquí?"], "es"),
    (["my cousin needs a doctor to check his knee, he slipped at work", "any free clinic around?"], "en"),
    # a survivor out and safe now, telling of long ago (survived)
    (["many years ago I worked with no pay in a house", "I got out, I have my family and my job now"], "en"),
    (["hace cinco años me tenían encerrada en un bar", "ya salí, estoy bien y vivo con mi familia"], "es"),
    (["il y a longtemps j'ai travaillé sans salaire dans une maison", "je m'en suis sortie, j'ai ma famille"], "fr"),
    (["faz muitos anos trabalhei sem salário numa casa", "saí, tenho minha família e meu emprego"], "pt"),
    (["gen anpil lane m te travay san salè nan yon kay", "m soti, m gen fanmi m ak travay mwen"], "ht"),
    # a client's crime against a person who sells sex (client_crime)
    (["trabajo por mi cuenta como trabajadora sexual", "un cliente me robó y me amenazó", "¿puedo denunciar?"], "es"),
    (["I do sex work on my own", "a client robbed me and threatened me", "can I report it?"], "en"),
    (["je fais du travail du sexe à mon compte", "un client m'a volé et menacé"], "fr"),
    # a complaint read as self-harm, a guide's or recruiter's price read as ransom (learned)
    (["je veux me plaindre", "mon employeur ne me paie pas mes heures"], "fr"),
    (["rakete a mande 3000 dola pou l fè m janbe", "èske se twòp?"], "ht"),
    (["el coyote pide 5000 dólares para cruzarnos", "¿es mucho?"], "es"),
    (["the recruiter wants a 1500 dollar fee before the visa", "is this legit?"], "en"),
    # French negation after the verb; the fear of what may happen one day
    (["mon mari me laisse pas avoir de carte", "il me frappe pas", "où demander de l'aide?"], "fr"),
    (["mon mari m'insulte quand il boit", "il m'enferme pas et me prend pas mon argent",
      "mais j'ai peur qu'un jour il me frappe"], "fr"),
    (["meu marido me xinga quando bebe", "mas tenho medo de um dia ele me bater"], "pt"),
    # a partner's violence told in the past tense or with words between (partner_violence)
    (["ansyen mennaj mwen te konn bat mwen", "m vle yon kote ki ede ak terapi"], "ht"),
    (["ansyen mari m ap voye menas", "m vle yon lòd pwoteksyon"], "ht"),
    (["meu ex me batia", "saí faz um ano com meus filhos"], "pt"),
    # saving up for a journey is no debt worked off
    (["tengo que ahorrar para pagarle el viaje a mi hija"], "es"), (["I have to save to pay back my ticket"], "en"),
    (["on peut sortir juste avec nos amis le samedi"], "fr"), (["onde tiro a carteira de trabalho?"], "pt"),
    # said to be fine now; a fee for papers
    (["my sister cleans a house in Dallas", "no one is hitting her and she is ok right now"], "en"),
    (["mon frère a eu un accident au travail", "il est pas blessé, il est chez lui"], "fr"),
    (["they want 350 usd for the application fee", "is that normal?"], "en"),
    # a client's violence or unpaid fee against someone who works on their own (client_crime, own_account)
    (["hago trabajo sexual por mi cuenta", "un cliente me golpeó el sábado, ya estoy bien", "¿dónde me atienden?"], "es"),
    (["i work independently as an escort", "a customer hit me last month", "where can i get tested?"], "en"),
    (["sou acompanhante autônoma", "um cliente não me pagou e me ameaçou", "posso registrar queixa?"], "pt"),
    # work by the day in several houses is a job with a dispute, not servitude (day_work)
    (["limpio casas por día en Santiago", "una señora no me pagó la semana", "¿qué hago?"], "es"),
    (["sou diarista em Curitiba", "uma patroa ficou me devendo dois dias", "o que eu faço?"], "pt"),
    # papers stolen by a roommate who left (robbery); papers in one's own hands (own_papers)
    (["mi compañero de cuarto se llevó mi pasaporte y se fue", "¿cómo saco otro en el consulado?"], "es"),
    (["my ex took my passport and disappeared", "how do I get a new one?"], "en"),
    (["the foreman yells at us all day", "but he pays on time and my papers are in my wallet",
      "can I report harassment?"], "en"),
    # an offer not taken: "does that sound right", "I haven't answered yet"; a boss who WILL keep papers
    (["a recruiter offers me a farm job in Canada", "the employer will keep my passport for safety",
      "I haven't paid anything, does that sound right?"], "en"),
    # the writer's own job at a school or a clinic is no servitude in a household (not_household)
    (["trabajo en una clínica en Tijuana y una paciente me preguntó dónde puede dormir con sus hijos"], "es"),
    # an injury healed now (healed); money the boss owes the worker (owed_to_me)
    (["me corté la mano en la empacadora hace un mes", "ya sané", "pero no me pagan los días que falté"], "es"),
    (["trabalhei 3 meses numa obra em Goiânia e saí", "o dono me deve 2 mil, posso cobrar?"], "pt"),
    # a passport copied and handed back, in Kreyòl (returned)
    (["patwon an te mande paspò m", "li fè kopi epi li ban m li tounen"], "ht"),
    # a family with children on the road, a teen with a paid weekend job (weak sectors alone)
    (["nou rive Tapachula ak timoun yo", "nou pa gen kote pou n dòmi"], "ht"),
    (["pitit gason m gen 16 an", "li ede nan ti boutik tonton l samdi, yo peye l"], "ht"),
    # a baby with its working parent is the parent's family (baby_with_parent)
    (["mi cuñada trabaja en una panadería de 5 a 5 y se lleva a su bebé con ella"], "es"),
    (["my sister works at a laundry in Houston and brings her baby with her"], "en"),
    # material asked for on the subject (frames)
    (["soy maestra y busco material sobre trata de personas y trabajo forzado para mis alumnos"], "es"),
    (["sou assistente social, vocês têm materiais sobre trabalho escravo?"], "pt"),
    # a dream, a lesson, the news (frames); a laugh about being "kidnapped" at work (laughs_off)
    (["had a bad dream that my boss locked me in the storage room", "im fine, just asking about overtime rules"], "en"),
    (["quiero dar una clase sobre trabajo forzado en las minas", "tienen material?"], "es"),
    (["on a vu aux nouvelles des travailleurs enfermés dans un entrepôt", "c'est de la traite?"], "fr"),
    (["jajaja el gerente nos tiene secuestrados hasta terminar el inventario 😂", "es broma, a que hora abren?"], "es"),
    # an agent who wants to take a young adult abroad, not gone yet; a fee for papers, not a ransom
    (["an agent wants to take my son, he's 19, to play football in Spain", "he keeps the passport during the trip",
      "my son is still at home, we haven't signed anything"], "en"),
    (["yon ajan mande 800 dola pou papye yo pou pitit mwen al jwe foutbòl", "li poko ale"], "ht"),
    # violence long ago, living alone and calm now (survived); one's own work permit (pattern subject)
    (["me casaron muy joven y él me pegaba, eso fue hace muchos años", "ahora vivo sola y tranquila con mis hijos"], "es"),
    (["I live in my own place and have my work permit", "the boss owes me two weeks, where do I complain?"], "en"),
    # an offer not taken, asked about: is it legal, will it be true (offer_not_taken)
    (["an agency is recruiting caregivers for Canada", "they want me to sign I pay 15000 if I quit early",
      "is that legal?"], "en"),
    # round 10 (2026-12-07): money a relative sends every month; "now seriously" after a laughing
    # message; a show on a screen; a kidnapping of last year the person was let go from; a pharmacy
    # that sells insulin ("vann mwen ensilin"); "je dois partir" (must, not owe); a finger cut at
    # work that stopped bleeding; no papers (status, not confiscation)
    (["mi hermano trabaja en un barco y nos manda 300 dolares cada mes", "como lo recibo mas barato?"], "es"),
    (["lol my aunt chases us with a knife if we eat the cake before dinner", "but seriously, do you have english classes?"],
     "en"),
    (["we watched a tv show where a gang kidnaps a nurse and asks her family for money", "does that happen here?"], "en"),
    (["l'an dernier on m'a enlevée à Jacmel, ma famille a payé et ils m'ont laissée partir",
      "maintenant je cherche un refuge à Montréal"], "fr"),
    (["eske famasi a ka vann mwen ensilin san preskripsyon?"], "ht"),
    (["le refuge dit que je dois partir vendredi", "où dormir?"], "fr"),
    (["me corte el dedo con el cuchillo del trabajo, ya paro de sangrar", "necesito la vacuna del tetano?"], "es"),
    (["mi jefe me pago la mitad del dia y ya no regrese", "no tengo papeles, puedo reclamar?"], "es"),
    # round 11: a lady who "has work for me" and wants the passport first, not gone yet
    (["a woman online says she has work for me in a hotel in alberta and needs my original passport first",
      "i haven't sent anything, is this legit?"], "en"),
    # round 11: a price for the next leg for a brother who comes and goes as he likes; insulin
    # running low, all fine; a joke, a quip and "ya en serio"; an offer "too good to be true", not gone
    (["el guia dice que el segundo tramo cuesta 1500 dolares mas",
      "mi hermano esta en casa de un amigo, sale y entra cuando quiere", "es normal que cobren por partes?"], "es"),
    (["se me esta acabando la insulina, me queda para una semana", "hay algun centro donde la den gratis?"], "es"),
    (["jajaja mi jefa dice que si no termino el inventario me encierra todo el fin de semana", "no manches, mejor me muero",
      "ya en serio, a que hora abren el lunes?"], "es"),
    (["uma moça me chamou no insta pra trabalhar de dançarina fora, ela fica com o passaporte pra fazer o visto",
      "ainda nao fui, parece bom demais ne?"], "pt"),
    # round 12: a dream told in the message, its danger in the dream; the radio and a school talk in
    # Kreyol; a protection order ("boleta de auxilio"); the abuser not knowing her address; a wage
    # claim by someone who has their own papers; a dog tied, a vet to pay
    (["I keep dreaming I'm back on the boat and a man holds my cousin and asks for money. I wake up sweating.",
      "we got to Texas fine years ago. is there a counsellor for dreams like this?"], "en"),
    (["nan radyo a yo di yo jwenn plizyè timoun restavèk nan yon kay Kafou", "kote timoun sa yo ye kounya?"], "ht"),
    (["m se pwofesè, klas mwen gen timoun 12 an, èske nou ka fè yon ti pale sou restavèk ak trafik moun?"], "ht"),
    (["mi ex me pegaba cuando viviamos juntos, ya me fui hace meses", "como saco una boleta de auxilio?"], "es"),
    (["sai de casa com meus filhos, ele nao sabe o endereco novo", "como peço medida protetiva?"], "pt"),
    (["la empresa me quedo debiendo un mes", "ya no trabajo ahi, tengo mi cedula y mi permiso conmigo",
      "donde reclamo?"], "es"),
    (["my dog was tied outside the store, now I have to pay the vet by friday"], "en"),
    # a quota missed with no beating; short messages with no danger in them
    (["i didn't make my quota today", "will they fire me? where do i ask about my rights?"], "en"),
    (["hola", "renta", "atrasada", "ayuda?"], "es"),
    # round 13: an injury or illness dated days ago (days_old, the patterns' reading), and an unsure
    # medical reading in a conversation that asks where to be seen (care_can_wait)
    (["me corte la mano en la cocina hace cuatro dias, ya cerro pero esta roja y caliente", "donde hay un medico barato?"], "es"),
    (["I sliced my finger at the warehouse on tuesday and it hurts", "any clinic that takes people without insurance?"],
     "en"),
    (["m koupe men m nan travay gen twa jou", "kote m ka wè yon doktè gratis?"], "ht"),
    (["a pressão da minha tia está alta e o remédio acaba semana que vem", "tem algum posto que atenda sem cartão do SUS?"],
     "pt"),
]
STILL_ESCALATED = [
    (["mi jefe me va a matar", "está afuera con un cuchillo"], "es", "immediate"),
    (["he's going to kill me, he is at the door"], "en", "immediate"),
    (["patwon m pral touye m", "li deyo a"], "ht", "immediate"),
    (["en la escuela me van a matar"], "es", "immediate"), (["mon patron va me tuer"], "fr", "immediate"),
    # laughing, with a weapon at hand or someone at the door (figurative.present)
    (["lol he is at the door with a gun"], "en", "immediate"),
    (["kkkk ele ta aqui fora com uma faca"], "pt", "immediate"),
    # someone arrived with a weapon, the verb before it
    (["ya llegó mi ex con un cuchillo"], "es", "immediate"), (["mon ex est arrivé avec un couteau"], "fr", "immediate"),
    # laughing, but money is asked for or it is said to be no joke
    (["jajaja me secuestraron a mi hermano piden 3000"], "es", "immediate"),
    (["they kidnapped my brother lol not a joke"], "en", "immediate"),
    # no job locks anyone in, even as a figure: "the man where I work" locked them in the storeroom
    (["msye kote m travay la fèmen m nan depo a depi maten"], "ht", "immediate"),
    (["el señor donde trabajo la chamba me encerró en la bodega desde la mañana"], "es", "immediate"),
    (["patwon an pran paspò m", "li pa janm remèt mwen li"], "ht", "priority"),
    # nobody can leave, said of everyone
    (["mon frère est sur un site d'orpaillage", "personne peut partir"], "fr", "priority"),
    (["kouzen m nan yon chantye", "pèsonn pa ka ale"], "ht", "priority"),
    (["mi primo está en una finca", "nadie se puede ir"], "es", "priority"),
    # told what they must do to pay someone back for the journey
    (["conocí a un chavo que me prometió trabajo", "ahora dice q tengo q trabajar en un lugar de masajes para pagarle el cruce"],
     "es", "priority"),
    (["I came for a nanny job", "now she says I have to be 'nice' to her friends to pay back my ticket"], "en", "priority"),
    (["on m'a promis une job", "je dois faire des 'extras' pour rembourser le billet"], "fr", "priority"),
    (["m oblije travay nan bar la pou m renmbouse tike avyon an"], "ht", "priority"),
    # documents still held after the person got out; papers a boss "has"; work cards and migrant IDs
    (["consegui sair da casa onde me faziam trabalhar", "agora to segura", "mas eles ficaram com meu rnm"], "pt",
     "priority"),
    (["m sot kite kay kote yo te fè m travay san peye a", "m an sekirite", "men yo toujou gen paspò m"], "ht",
     "priority"),
    (["o mestre de obras guardou nossas carteiras de trabalho"], "pt", "priority"),
    (["la patronne a nos papiers"], "fr", "priority"), (["they kept my green card"], "en", "priority"),
    # pay kept against a debt to the boss; threats to the family's home, or of the police, said plainly
    (["el dueño del restaurante no nos paga porque dice que seguimos pagando el pasaje"], "es", "priority"),
    (["li pa janm ban nou lajan, li di se pou peye papye li fè pou nou"], "ht", "priority"),
    (["when I said I wanted to stop he told me he knows where my mother lives"], "en", "priority"),
    (["m di l m ap kite travay la, li di m li konnen kote manman m rete"], "ht", "priority"),
    (["patwon an kenbe kat nou depi nou rive"], "ht", "priority"),
    # a child's work asked about, with something sexual or coercive in it, stays escalated
    (["my daughter is 15 and the bar owner makes her dance for the clients until 3am", "is that legal?"], "en", "immediate"),
    (["mi hijo de 15 trabaja en una finca y el patrón no lo deja salir", "¿es legal?"], "es", "immediate"),
    # payroll cards kept "so we don't lose them"; a farewell told quietly
    (["el encargado nos tiene las tarjetas de nómina para que no las perdamos"], "es", "priority"),
    (["tonight i will walk to the river and not come back", "tell my kids their dad tried"], "en", "immediate"),
    # going out only with the boss
    (["on peut sortir juste avec elle"], "fr", "priority"), (["we can only go out with her"], "en", "priority"),
    # held somewhere right now, as people say it
    (["chu enfermée dans un appart à laval", "il va revenir ce soir"], "fr", "immediate"),
    (["nos tienen en una bodega, somos como 10", "no sabemos donde estamos"], "es", "immediate"),
    (["i'm ok for now but he has a gun"], "en", "immediate"),
    (["they have my son and want money for the application to let him go"], "en", "immediate"),
    (["mon chef va me tuer si je pars", "il est devant la porte"], "fr", "immediate"),
    (["vão me matar", "socorro"], "pt", "immediate"),
    (["en 2021 me secuestraron y todavía me tienen aquí", "piden 4000 dólares"], "es", "immediate"),
    (["they kidnapped my brother in 2024 and ask 3000 to let him go"], "en", "immediate"),
    (["after the dream job offer they locked me in", "they are going to kill me"], "en", "immediate"),
    (["el jefe me quitó el pasaporte", "no me lo devolvió"], "es", "priority"),
    (["my boss took my passport", "he never gave it back"], "en", "priority"),
    (["my boss took my passport", "he gave back my friend's only"], "en", "priority"),
    (["o patrão ficou com meu passaporte", "e me devolveram pro Brasil sem ele"], "pt", "priority"),
    (["my friend is bleeding a lot and can't breathe"], "en", "immediate"),
    (["la bebé anda con fiebre desde ayer y ahora no despierta"], "es", "immediate"),
    (["hace cinco años me tenían encerrada en un bar", "ya salí pero hoy me encontraron y me quieren matar"], "es",
     "immediate"),
    (["hace dos años me trajeron y me quitaron el pasaporte", "todavía lo tienen", "no sé cómo salir"], "es",
     "priority"),
    (["years ago they took my passport", "I still can't leave"], "en", "priority"),
    (["many years ago I came here", "I never got out, they keep my passport"], "en", "priority"),
    (["el padrote me amenaza si no le doy todo", "un cliente me robó"], "es", "priority"),
    (["un cliente me robó", "el dueño me amenaza con matar a mi familia"], "es", "priority"),
    (["un cliente me robó y el dueño me amenaza con matar a mi familia"], "es", "priority"),
    (["a client robbed me and my pimp threatened me"], "en", "priority"),
    (["je veux me plaindre et puis je veux mourir"], "fr", "immediate"),
    (["el coyote nos tiene encerrados y pide 5000 dólares a mi familia para soltarnos"], "es", "immediate"),
    (["the smuggler kidnapped us and wants 3000 to let us go"], "en", "immediate"),
    (["le patron me frappe pas mal de fois"], "fr", "priority"),
    (["ils m'ont enfermée, je peux pas sortir"], "fr", "immediate"),
    (["one day the boss hit me so hard I fainted"], "en", "priority"),
    (["o patrão me batia todo dia"], "pt", "priority"),
    (["patwon an te konn bat mwen"], "ht", "priority"),
    # a pimp beside the client, or a debt, still counts; servitude told with no day's work
    (["trabajo por mi cuenta pero el padrote me quita todo", "un cliente me golpeó"], "es", "priority"),
    (["limpio la casa de la señora día y noche y no me deja salir"], "es", "priority"),
    # a work permit called by its everyday name, kept by the boss
    (["el patrón guarda la mica de todos y no nos la da"], "es", "priority"),
    # children made to work, said so (sector patterns, not the detector's unsure reading)
    (["mon voisin fait travailler des enfants dans son sous-sol", "le plus grand a 11 ans"], "fr", "immediate"),
    (["my neighbor makes the kids work in his garage at night", "one of them is 12 years old"], "en", "immediate"),
    # a child's age read, or a baby carried to beg, keeps the minor
    (["mi hija de 14 trabaja en un taller de costura de 7 a medianoche con su bebé"], "es", "immediate"),
    # a farewell, told without the word suicide
    (["ya no aguanto esta deuda", "díganle a mi hija que la quiero"], "es", "immediate"),
    (["i can't pay them anymore", "this is my last message, tell my son i love him"], "en", "immediate"),
    (["je dois trop d'argent au patron", "dites à ma fille que je l'aime"], "fr", "immediate"),
    (["não aguento mais", "digam pra minha mãe que eu a amo, essa é minha última mensagem"], "pt", "immediate"),
    (["m pa ka ankò", "di pitit fi m nan m renmen l"], "ht", "immediate"),
    # locked in the storeroom, said with the short pronoun
    (["patwon an fèmen l nan depo a depi yè"], "ht", "immediate"),
    # round 10: pay held to the end of the harvest so nobody leaves ("no fim": not a film); a photo
    # of the family's house sent without a word; outings only with the boss's driver; money sent
    # before they "drop him off"; "now seriously" after a message that does not laugh
    (["o patrao so paga no fim da safra pra ninguem ir embora", "a gente dorme no galpao"], "pt", "priority"),
    (["i told the boss i want to quit", "today he sent me a photo of my mom's house back home, no words"], "en", "priority"),
    (["vivimos en el hotel del casino", "solo salimos los domingos con el chofer del patron"], "es", "priority"),
    (["yo kenbe kouzen m nan yon kay", "fòk nou voye 30 mil peso anvan yo depoze l Santiago"], "ht", "immediate"),
    (["el patron nos tiene encerrados en la bodega", "ya en serio, que hago?"], "es", "immediate"),
    # round 11: a child told by a milk tooth, working; a diabetic without insulin, now confused;
    # a voice note with crying and numbers read; an account number with a deadline "or else"
    (["there's a boy on our crew who still has a baby tooth loose", "he works 14 hours a day in the field and the boss does not pay him"],
     "en", "immediate"),
    (["mi tio es diabetico y se le acabo la insulina hace 4 dias", "hoy me hablo y no tenia sentido lo que decia, tiene mucha sed"],
     "es", "immediate"),
    (["recibí un audio de mi hermana a las 2am", "ella llora y un hombre lee unos numeros dos veces"], "es", "immediate"),
    (["they sent an account number", "before friday or else, they said, and my brother is with them"], "en", "immediate"),
    # round 11, read before any change: a drunk man walking around with a machete; a shotgun at the
    # door and "nobody leaves alive"; heat stroke told calmly; a soft farewell; a girl in a school
    # uniform driven to a motel where a man waits; a child asked for photos without clothes; two
    # girls locked from outside (confinement: priority); a voice note cut off and no answer since
    (["el hijo de la patrona llego tomado y anda con el machete en la sala diciendo que hoy me va a ensenar"], "es",
     "immediate"),
    (["o gato ta sentado na porta do barraco com a espingarda", "ele disse que daqui ninguem sai vivo"], "pt", "immediate"),
    (["my uncle was cutting cane all day in the heat", "he stopped sweating and doesn't know what day it is"], "en", "immediate"),
    (["la deuda nunca se acaba", "ya no voy a ser problema para nadie"], "es", "immediate"),
    (["m se chofè taksi, m mennen yon ti fi ak inifòm lekòl nan yon otèl kote yon gwo nèg t ap tann li"], "ht", "immediate"),
    (["meu filho de 12 conheceu um cara num jogo", "agora o cara pede foto sem roupa dele"], "pt", "immediate"),
    (["rua das acacias, casa dos fundos", "tem 2 meninas la dentro", "tranca por fora"], "pt", "priority"),
    (["ma cousine m'a envoyé un vocal, elle est dans une maison avec d'autres femmes", "le vocal a coupé et elle ne répond plus"],
     "fr", "immediate"),
    # round 12: the door forced or barricaded now; a bat and nobody goes out tonight; locked in a
    # room with no food or water; a girl given as a wife; locked in and no answer to the knocks;
    # someone tied and money by tomorrow; a nightmare, but now it is real; a ransom for a brother
    # told by someone who is free themselves
    (["his son is drunk and has been kicking my door for ten minutes, I pushed the dresser against it"], "en", "immediate"),
    (["mi ex esta pateando la puerta del cuarto, puse la cama contra la puerta"], "es", "immediate"),
    (["le contremaitre est devant le dortoir avec un baton de baseball, il dit que personne sort ce soir"], "fr",
     "immediate"),
    (["a mi prima la tienen en un cuarto con llave desde el sabado, sin comida y sin agua"], "es", "immediate"),
    (["my neighbour's girl is 14, her father gave her as a wife to a man from the farm"], "en", "immediate"),
    (["o gerente trancou o Edson na camara fria e saiu", "a gente bate e ele nao responde mais"], "pt", "immediate"),
    (["yo voye foto kouzen m, li mare", "yo di fò n voye 600 dola jiska demen"], "ht", "immediate"),
    (["I had a nightmare about him, but now he is really at the door with a knife"], "en", "immediate"),
    (["they are holding my brother in a house and want 2000 by friday", "I'm free, I'm in Tapachula"], "en",
     "immediate"),
    # round 13: dated, with a sign of an emergency now
    (["se corto la mano hace dos dias y ahora no para de sangrar", "donde lo llevo?"], "es", "immediate"),
    # the day's quota not reached where missing it gets a beating; danger one or two words a message;
    # heat stroke in Quebec French and Kreyol; blood that will not stop (ht); a diabetic "sem nexo"
    (["vendo chicles para un señor, hay que darle 500 al dia", "hoy solo junte 200 y ya oscurecio",
      "al que no junta le pega con la manguera"], "es", "immediate"),
    (["the last time one of us didn't make the quota he beat him with a belt", "i didn't make my quota today"], "en",
     "immediate"),
    (["m vann chiklèt pou yon mesye", "jodi a m gen 300 sèlman", "moun ki pa pote kont lan li bat yo"], "ht", "immediate"),
    (["socorro", "cuarto", "cerrado", "oscuro", "borracho", "vuelve"], "es", "immediate"),
    (["my coworker stopped sweating in the field and is talking nonsense", "it's 40 degrees"], "en", "immediate"),
    (["mon chum a arrete de suer pis y parle tout croche, il fait 35 au champ"], "fr", "immediate"),
    (["machin nan koupe bra kolèg mwen, san an pa vle kanpe"], "ht", "immediate"),
    (["minha vizinha é diabética, chegou tremendo e falando coisa sem nexo"], "pt", "immediate"),
    # a child used as a drug mule; a child working off a debt (debt bondage is exploitation)
    (["mi sobrino tiene 15 y unos tipos le dicen que tiene que tragar capsulas para el vuelo"], "es", "immediate"),
    (["my niece is 16, she works at the restaurant to pay off what her mom owes the owner and he says she can't quit until it's paid"],
     "en", "immediate"),
    (["my son has had a fever since yesterday and now he won't wake up", "where is a hospital?"], "en", "immediate"),
]


@pytest.mark.parametrize("learned", [False, True], ids=["patterns", "hybrid"])
@pytest.mark.parametrize("messages,lang", NOT_ESCALATED, ids=[" / ".join(m)[:50] for m, _ in NOT_ESCALATED])
def test_over_escalation_classes_stay_at_refer_or_info(messages, lang, learned):
    result = screen(messages, lang, learned=learned)
    assert result.risk_level in ("info", "refer"), result.to_dict()


@pytest.mark.parametrize("learned", [False, True], ids=["patterns", "hybrid"])
@pytest.mark.parametrize("messages,lang,level", STILL_ESCALATED,
                         ids=[" / ".join(m)[:50] for m, _, _ in STILL_ESCALATED])
def test_what_each_guard_leaves_alone_stays_escalated(messages, lang, level, learned):
    assert screen(messages, lang, learned=learned).risk_level == level


# Care denied by whoever controls the person is movement controlled (ILO indicator 3), and it keeps a
# days-old illness from reading as care that can wait.
@pytest.mark.parametrize("learned", [False, True], ids=["patterns", "hybrid"])
@pytest.mark.parametrize(("messages", "lang"), [
    (["elle a de la fièvre depuis jeudi et on n'a pas le droit d'aller à la clinique sans le patron"], "fr"),
    (["tiene fiebre hace tres dias y el patron no nos deja ir al medico"], "es"),
    (["she has had a cough for a week and the boss won't let her go to a doctor"], "en"),
    (["ela ta com febre faz 3 dias e o gerente nao deixa ela ir no posto"], "pt"),
    (["li gen lafyev depi 3 jou, bòs la pa kite nou al lopital"], "ht"),
])
def test_care_denied_by_the_boss_restricts_movement(messages, lang, learned):
    result = screen(messages, lang, learned=learned)
    assert "restriction_of_movement" in {m.id for m in result.indicators}
    assert result.risk_level in ("priority", "immediate")


# A child who is elsewhere and fine is the parent's family, not the case: the parent's own
# exploitation is judged as an adult's. A child in the exploitation, the writer's own age,
# reported consent, or a child not said to be cared for keep the minor rule.
@pytest.mark.parametrize(("messages", "lang", "minor"), [
    (["el capitan tiene mi pasaporte y dice que debo 1800 del viaje",
      "en el salvador tengo un hijo de 6 años con mi mama, el esta bien gracias a Dios"], "es", False),
    (["they hold my passport and i owe them for the flight",
      "i have a little girl back home she is 3, she is fine with her grandma"], "en", False),
    (["ils ont gardé son passeport et elle travaille de 6h à 23h",
      "son fils de 10 ans est au cameroun avec sa grand-mère, il va bien"], "fr", False),
    (["pegaram a carteira de trabalho dele e ele deve 3 mil da passagem",
      "a gente tem uma filha de 4 anos aqui comigo em teresina, ta tudo bem com ela"], "pt", False),
    # kept: the child is in the exploitation, reports consent, is the writer, or is not said to be cared for
    (["mi hija de 15 trabaja en un bar con la familia del patron, esta bien dice ella"], "es", True),
    (["mi hija de 15 dice que esta bien con su abuela", "pero la llevan a un bar a atender clientes"], "es", True),
    (["tengo 16, estoy bien con mi mama", "pero el patron me obliga a trabajar 14 horas sin pago"], "es", True),
    (["they hold my passport and i owe them for the flight", "my daughter is 12 and she works at the farm too"], "en", True),
])
def test_a_child_cared_for_elsewhere_is_not_the_minor_in_the_case(messages: list[str], lang: str,
                                                                   minor: bool) -> None:
    reading = read(messages, lang)
    assert bool(reading.minor_spans) is minor
    assert (conclude(reading, []).rule == "immediate.minor_exploitation") is minor


@pytest.mark.parametrize(("messages", "lang", "expected"), [
    # a theft on the way: documents and phone taken by robbers are not an employer keeping them
    (["en la frontera nos asaltaron en el bus", "se llevaron mi mochila con el pasaporte y la plata"], "es", False),
    (["men robbed us on the train, took my phone and passport"], "en", False),
    (["des bandits nous ont attaqués sur la route", "ils ont pris nos passeports"], "fr", False),
    # kept: an employer who keeps them, even called a thief
    (["el patron me quito el pasaporte y no me lo devuelve"], "es", True),
    (["my boss took my phone so i can't call anyone"], "en", True),
])
def test_papers_taken_in_a_robbery_are_not_kept_papers(messages: list[str], lang: str, expected: bool) -> None:
    ids = {m.id for m in conclude(read(messages, lang), []).indicators}
    assert bool(ids & {"document_confiscation", "isolation"}) is expected


def test_the_detectors_kept_papers_after_a_robbery_do_not_count() -> None:
    messages = ["nos asaltaron en el bus", "se llevaron la mochila con el pasaporte"]
    kept = _whole(messages, "document_confiscation", 0.9, index=1)
    assert "document_confiscation" not in {m.id for m in conclude(read(messages, "es"), [kept]).indicators}
    assert "document_confiscation" in {m.id for m in conclude(read(["hola", messages[1]], "es"), [kept]).indicators}


@pytest.mark.parametrize(("messages", "lang", "crime"), [
    (["salimos huyendo de la pandilla con mis hijos de 3 y 8"], "es", False),
    (["we fled the gangs in port-au-prince with my two kids"], "en", False),
    (["m fèk soti delma akoz gang yo, m ak de timoun mwen"], "ht", False),
    (["mi hijo de 14 anda con la pandilla, lo obligan a vender droga"], "es", True),
    (["my son is 15 and the gang makes him watch the corner"], "en", True),
])
def test_fleeing_a_gang_is_not_working_for_one(messages: list[str], lang: str, crime: bool) -> None:
    ids = {m.id for m in conclude(read(messages, lang), []).indicators}
    assert ("sector_crime" in ids) is crime


@pytest.mark.parametrize(("messages", "lang"), [
    (["soy profe de secundaria y quiero dar una platica sobre trata a mis alumnos", "tienen material?"], "es"),
    (["i'm preparing a workshop on trafficking for my students"], "en"),
])
def test_a_talk_about_trafficking_is_not_a_disclosure(messages: list[str], lang: str) -> None:
    messages_ = list(messages)
    sex = _whole(messages_, "sector_commercial_sex", 0.6)
    assert conclude(read(messages_, lang), [sex]).risk_level in ("info", "refer")


def test_a_wage_per_hour_is_not_a_childs_age() -> None:
    messages = ["18 $ de l'heure dans une usine de poisson", "le billet est avancé par eux"]
    minor = _whole(messages, "minor", 0.7)
    assert conclude(read(messages, "fr"), [minor]).age_band != "under_18"


# The pattern floor for what the detector missed in writer o's set (the floor, not the only reader).
@pytest.mark.parametrize(("text", "lang", "indicator"), [
    ("ela tem meu RG e cartão do banco", "pt", "document_confiscation"),
    ("ils avaient mon passeport", "fr", "document_confiscation"),
    ("je n'avais pas le droit de sortir", "fr", "restriction_of_movement"),
    ("eu só saio com ela", "pt", "restriction_of_movement"),
    ("they only let her out with the lady who runs it", "en", "restriction_of_movement"),
    ("solo salgo con la señora", "es", "restriction_of_movement"),
    ("moramos na oficina, ele fecha o portão de noite", "pt", "restriction_of_movement"),
    ("kapitèn nan di nou pa ka desann", "ht", "restriction_of_movement"),
    ("the crew boss locked it after lunch, we knock but nobody comes", "en", "danger_now"),
    ("je suis dans le coffre dune voiture depuis St Laurent", "fr", "danger_now"),
    ("one old man stopped talking", "en", "medical_emergency"),
    ("gen yon timoun ki pa reveye depi maten", "ht", "medical_emergency"),
    ("nunca tive folga em 2 anos", "pt", "excessive_hours"),
    ("bòs la fè l koupe kann tout jounen", "ht", "sector_labour"),
    ("la llevan a un depa con unos señores grandes y le dan dinero", "es", "sector_commercial_sex"),
    ("mi amiga va en 2do de secu", "es", "age_under_18"),
    ("she is in 8th grade", "en", "age_under_18"),
])
def test_the_floor_reads_what_strangers_wrote(text: str, lang: str, indicator: str) -> None:
    assert indicator in {m.id for m in screen([text], lang, learned=False).indicators}


@pytest.mark.parametrize(("text", "lang"), [
    ("my boss stopped talking to me after the meeting", "en"),
    ("soy profe de secundaria", "es"),
    ("i have my passport with me", "en"),
    ("eu tenho meu RG comigo", "pt"),
])
def test_the_floor_leaves_alone(text: str, lang: str) -> None:
    assert screen([text], lang, learned=False).indicators == []


@pytest.mark.parametrize(("score", "expected"), [(0.4, "info"), (0.9, "immediate")])
def test_an_unsure_learned_labour_sector_alone_is_not_a_childs_forced_labour(score: float, expected: str) -> None:
    messages = ["nos deportaron ayer, estoy con mis dos hijas de 6 y 9", "la señora del cuarto nos corrió"]
    labour = _whole(messages, "sector_labour", score, index=1)
    assert conclude(read(messages, "es"), [labour]).risk_level == expected


def test_children_looked_after_as_a_job_are_not_a_minor_in_the_case() -> None:
    looked_after = screen(["m travay kay yon madanm, m gade de timoun li, li pa peye m depi 2 mwa"], "ht", learned=False)
    assert looked_after.rule != "immediate.minor_exploitation" and looked_after.age_band != "under_18"
    working = screen(["de timoun ap travay nan mache a pou yon mesye, yo pa ale lekol"], "ht", learned=False)
    assert working.rule == "immediate.minor_exploitation"


@pytest.mark.parametrize(("text", "safe"), [
    ("me duele la espalda y tengo los pies hinchados, no es urgente pero no tengo seguro", True),
    ("elle est pas en danger ce soir mais elle pleure tout le temps", True),
    ("esa vez un hombre me golpeo muy feo y terminé en el hospital, eso ya paso", True),
    ("no estoy en peligro hoy, estoy en el cuarto", True),
    # a "but" that brings danger back
    ("she is ok but he is coming back tonight", False),
    ("je suis pas en danger mais il revient ce soir", False),
    ("no es urgente pero ya viene", False),
])
def test_calm_now_with_a_but_that_adds_only_a_lack_or_sadness(text: str, safe: bool) -> None:
    assert says_safe_now(text) is safe


@pytest.mark.parametrize(("text", "lang"), [
    ("ils lui envoient 100 $ par mois au pays et disent que le reste est gardé pour son retour", "fr"),
    ("o dono guarda nosso salário pra gente juntar", "pt"),
    ("the family says they keep my money safe for me", "en"),
    ("la señora me guarda el sueldo para que no lo gaste", "es"),
    ("patwon an kenbe lajan m", "ht"),
])
def test_pay_kept_for_the_worker_is_withheld_pay(text: str, lang: str) -> None:
    assert "withheld_wages" in {m.id for m in screen([text], lang, learned=False).indicators}


def test_an_adult_age_without_years_in_portuguese_denies_a_learned_minor() -> None:
    messages = ["agora ele mora numa casa com outros meninos, ele tem 19"]
    assert conclude(read(messages, "pt"), [_whole(messages, "minor", 0.9)]).age_band != "under_18"


@pytest.mark.parametrize(("text", "lang"), [
    ("I can't sleep and I keep having panic attacks", "en"),
    ("no puedo dormir y tengo pesadillas", "es"),
    ("je dors plus, j'ai des crises d'angoisse", "fr"),
])
def test_panic_and_sleeplessness_are_care_not_an_ambulance(text: str, lang: str) -> None:
    messages = ["I got out of a bad job situation 2 months ago", text]
    unsure = _whole(messages, "medical_emergency", 0.4, index=1)
    assert conclude(read(messages, lang), [unsure]).risk_level != "immediate"


# Writer s (read for its immediate classes): injuries told without the usual words.
@pytest.mark.parametrize(("text", "lang", "indicator"), [
    ("cut his hand real deep on the line, wont stop bleeding", "en", "medical_emergency"),
    ("mon collègue vient de se couper le doigt presque au complet avec la trancheuse", "fr", "medical_emergency"),
    ("il a la fievre depuis 4 jours, aujourd'hui il se réveille plus", "fr", "medical_emergency"),
    ("li kenbe kat travay nou", "ht", "document_confiscation"),
])
def test_the_floor_reads_writer_s(text: str, lang: str, indicator: str) -> None:
    assert indicator in {m.id for m in screen([text], lang, learned=False).indicators}


@pytest.mark.parametrize(("messages", "lang", "immediate"), [
    # a kidnapping seen on a screen, nobody of theirs: information, not a ransom
    (["vi una serie de narcos donde secuestran a una muchacha para venderla", "eso pasa de verdad?"], "es", False),
    (["saw a TikTok about kids being kidnapped at Target for trafficking", "is that real?"], "en", False),
    (["m wè nan nouvèl yo kidnape moun nan Pòtoprens", "èske se nou menm ki ede moun sa yo?"], "ht", False),
    # one of theirs, whatever screen it was on
    (["vi en las noticias que secuestraron a mi primo y piden dinero"], "es", True),
    (["i saw on facebook that they kidnapped my cousin, they want 3000"], "en", True),
])
def test_a_kidnapping_seen_on_a_screen_is_a_story_unless_it_is_theirs(messages: list[str], lang: str,
                                                                     immediate: bool) -> None:
    assert (screen(messages, lang, learned=False).risk_level == "immediate") is immediate


# Asking where children are protected is the child-protection need, in this message's own words.
CHILD_PROTECTION_ASKED = [
    ("is there a service to protect children here?", "en"), ("donde queda la defensoria de la niñez", "es"),
    ("onde fica o conselho tutelar?", "pt"), ("je cherche la protection de la jeunesse", "fr"),
    ("ki kote m ka jwenn pwoteksyon pou timoun?", "ht"),
]


@pytest.mark.parametrize("text,lang", CHILD_PROTECTION_ASKED)
def test_child_protection_is_a_need_said(text: str, lang: str) -> None:
    assert "child_protection" in needs_said(text, lang)
    assert screen([text], lang).rule == "refer.child_protection"


def test_a_shelter_asked_for_is_no_child_protection() -> None:
    assert "child_protection" not in needs_said("necesito un albergue para mi y mis hijos", "es")


@pytest.mark.parametrize("text,joke", [
    ("meu chefe vive falando que vai me matar se eu errar a planilha kkkk", True),
    ("mdr mon chef va me tuer", True), ("lol he is at the door with a gun", False),
    ("jaja ya llegó con un cuchillo", False), ("mi jefe me va a matar", False),
])
def test_a_joke_laughs_and_names_no_weapon_or_presence(text: str, joke: bool) -> None:
    assert jokes(text) is joke


@pytest.mark.parametrize("text,lang", [
    ("corté la cebolla con un cuchillo", "es"), ("je coupe le pain avec un couteau", "fr"),
    ("llegué a la casa con un cuchillo de cocina que compré", "es"),
])
def test_a_knife_in_the_kitchen_is_no_arrival_with_a_weapon(text: str, lang: str) -> None:
    assert "danger_now" not in {h.entry.id for h in read([text], lang).hits}


@pytest.mark.parametrize("text,lang,indicator", [
    ("el pastor nos pone a trabajar y él cobra nuestros cheques", "es", "withheld_wages"),
    ("pastè a fè nou travay, men se li ki touche chèk nou", "ht", "withheld_wages"),
    ("no sé ni la dirección de donde dormimos", "es", "isolation"),
    ("m pa menm konnen adrès kote n ap dòmi an", "ht", "isolation"),
    ("sipèvizè a kenbe kat bank nou", "ht", "document_confiscation"),
    # a recruitment fee taken from every pay; the employer's store that writes purchases down as debt
    ("the placement fee is 2500 and they take 150 out of every paycheck", "en", "debt_bondage"),
    ("la comision de la agencia me la quitan de cada quincena", "es", "debt_bondage"),
    ("o gato desconta de todo pagamento a taxa do agenciador", "pt", "debt_bondage"),
    ("on achète au magasin du chantier et le contremaître note tout dans son cahier", "fr", "debt_bondage"),
    ("tout sa n achte nan boutik patwon an li ekri l nan kaye a", "ht", "debt_bondage"),
])
def test_control_told_as_everyday_detail_is_read(text: str, lang: str, indicator: str) -> None:
    assert indicator in {h.entry.id for h in read([text], lang).hits}


@pytest.mark.parametrize("text,lang", [
    ("the agency fee was 300, i paid it in cash before i left", "en"),
    ("they deduct taxes from every check, is that legal", "en"),
    ("la cuota del sindicato la descuentan cada quincena", "es"),
    ("a venda do seu zé vende fiado pra todo mundo do bairro", "pt"),
    ("my mom has a tab at the corner store, she pays it on friday", "en"),
])
def test_fees_paid_once_and_a_neighbourhood_tab_are_no_debt_bondage(text: str, lang: str) -> None:
    assert "debt_bondage" not in {h.entry.id for h in read([text], lang).hits}


# An event dated to a month or some weeks ago, with the person now with their own people, at
# home or safe (taxonomy resolved.dated / resolved.elsewhere), is not danger now; the
# confinement it tells of still counts. Still going on ("since may", "hace dos semanas que")
# or back with the exploiter, it is danger now.
@pytest.mark.parametrize("learned", [False, True], ids=["patterns", "hybrid"])
@pytest.mark.parametrize(("messages", "lang", "level"), [
    (["in march the guys kept us in a house near mcallen for 5 days", "now im with my aunt in tulsa, can i ask for asylum?"],
     "en", "priority"),
    (["en marzo nos tuvieron encerrados en una casa en piedras negras", "ya estoy con mis primos en dallas"], "es", "priority"),
    (["em abril trancaram a gente num galpao perto da fronteira", "agora estou com meu irmao em newark"], "pt", "priority"),
    (["il y a deux mois ils nous ont enfermes dans un entrepot", "maintenant je suis chez mon oncle a laval"], "fr", "priority"),
    (["nan mwa mas yo te femen nou nan yon depo", "kounye a m lakay tonton m nan miami"], "ht", "priority"),
    (["desde marzo nos tienen encerrados en una casa"], "es", "immediate"),
    (["hace dos semanas que nos tienen encerrados en una bodega"], "es", "immediate"),
    (["last month they locked me in", "now im back at the ranch with the boss and he says i owe more"], "en", "immediate"),
])
def test_confinement_dated_weeks_ago_and_over_is_not_danger_now(messages, lang, level, learned):
    assert screen(messages, lang, learned=learned).risk_level == level


# "a kid from Honduras, he's 20": the word is not an age; an age under 18 in the sentence still is
@pytest.mark.parametrize(("messages", "lang", "minor"), [
    (["my co-driver is a kid from Honduras, he's 20, the owner keeps his passport"], "en", False),
    (["el chamaco tiene 19 y trabaja en el bar, el patron le quito la credencial"], "es", False),
    (["my co-driver is a kid from Honduras, the owner keeps his passport"], "en", True),
    (["the kid is 15, he's with a man of 20 who keeps his passport"], "en", True),
])
def test_an_adult_age_in_the_sentence_outweighs_a_child_word(messages, lang, minor):
    assert (screen(messages, lang).age_band == "under_18") is minor


# Locked in from outside with the people named between ("tranca as meninas por fora"): confinement.
# A shop or a house closed from outside is not.
@pytest.mark.parametrize(("text", "lang", "confined"), [
    ("o dono tranca as meninas por fora toda noite", "pt", True),
    ("o dono tranca as meninas no quarto", "pt", True),
    ("he locks us in from outside at night", "en", True),
    ("la señora nos encierra por fuera cuando sale", "es", True),
    ("ela fecha a loja por fora as 18h", "pt", False),
    ("el señor cierra la tienda por fuera a las 8", "es", False),
])
def test_locked_in_from_outside_with_the_people_named(text: str, lang: str, confined: bool) -> None:
    ids = {m.id for m in screen([text], lang, learned=False).indicators}
    assert ("restriction_of_movement" in ids) is confined


# A voice-to-text run-on with no sentence ends is also read in word windows: one detail late in
# a long message is not diluted in the whole.
def test_a_run_on_is_read_in_windows() -> None:
    from bot.screening.detector import RUN_ON_WORDS, WINDOW_WORDS, _windows
    short = " ".join(["palabra"] * RUN_ON_WORDS)
    assert _windows(short, 0, len(short)) == []
    long = " ".join(f"w{k}" for k in range(100))
    windows = _windows(long, 0, len(long))
    assert all(len(long[s:e].split()) == WINDOW_WORDS for s, e in windows)
    assert long[windows[0][0]:].startswith("w0 ") and long[:windows[-1][1]].endswith("w99")
