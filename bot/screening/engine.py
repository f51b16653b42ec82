"""Trafficking screening: indicators, risk level and the rule that decided.

Hybrid and explainable. Two sources of indicators feed the same deterministic rules:
- the taxonomy's patterns (data/screening/indicators.yml), a high-precision floor that
  always runs;
- the learned detector (bot/screening/detector.py), which reads what people write in
  their own words: ransom without the word, a minor by school grade, a kept passport told
  as a story.
Every indicator carries the redacted words that triggered it and where it came from
(`source`: pattern, model or answer). The rules (data/screening/README.md) then decide:
consent never lowers a level, a minor in exploitation is immediate, indicators pool across
messages.

Pure module: standard library, PyYAML and numpy; no network, no Rasa, no FastAPI.

    screen(["el patrón se quedó con mi pasaporte",
            "y dice que le debo 3000 dólares del viaje y cada mes sube"], "es")
    -> ScreeningResult(risk_level="priority", rule="priority.strong_coercion",
                       indicators=[document_confiscation, debt_bondage, travel_debt], ...)

A screen, not a verdict: it favours sensitivity and hands the conversation to a human.
"""
from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.privacy.redaction import redact
from bot.screening.detector import Detection, Detector, detector
from bot.text.folding import fold
from bot.text.yesno import NO, YES, YES_PHRASES, truth

log = logging.getLogger("hotline.screening")

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "screening" / "indicators.yml"

LEVELS = ("info", "refer", "priority", "immediate")
# Queue order: most urgent first (immediate 0 … info 3). The one ordering of risk levels.
URGENCY = {level: rank for rank, level in enumerate(reversed(LEVELS))}
SECTORS = ("sector_commercial_sex", "sector_labour", "sector_begging", "sector_crime")
IMMEDIATE_SAFETY = (("danger_now", "immediate.danger_now"), ("self_harm", "immediate.self_harm"),
                    ("medical_emergency", "immediate.self_harm"), ("ransom", "immediate.ransom"))
REFER_ORDER = ("child_protection", "smuggling_only", "labour_dispute", "partner_violence", "homelessness",
               "suspicious_job_offer")
# Needs that may hide trafficking: worth the clarifying questions.
QUESTION_NEEDS = frozenset({"smuggling_only", "labour_dispute", "suspicious_job_offer"})
MAX_QUESTIONS = 4
ANSWER_MESSAGE_INDEX = -1

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_CLAUSE_PUNCT = re.compile(r"[.,;:!?¡¿\n()\"]")
_TOKEN = re.compile(r"[\w']+")


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class IndicatorMatch:
    id: str
    dimension: str
    weight: str
    span: str  # the triggering text, redacted; "answer:<question id>" for an answer
    message_index: int  # -1 for evidence that came from an answer
    source: str = "pattern"  # pattern | model | answer | age (the `age` argument)
    score: float | None = None  # the model's probability, for source == "model"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ScreeningResult:
    risk_level: str
    indicators: list[IndicatorMatch]
    rule: str
    age_band: str | None
    needs: list[str]
    taxonomy_version: int = 0
    model: str = ""  # the detector that read the text ("" = patterns only; "failed" = it failed)

    @property
    def indicator_ids(self) -> list[str]:
        return list(dict.fromkeys(m.id for m in self.indicators))

    def to_dict(self) -> dict[str, Any]:
        return {"risk_level": self.risk_level, "rule": self.rule, "age_band": self.age_band,
                "needs": list(self.needs), "indicators": [m.to_dict() for m in self.indicators],
                "taxonomy_version": self.taxonomy_version, "model": self.model}


@dataclass(frozen=True)
class JobOfferAssessment:
    level: str  # low | medium | high
    flags: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------- taxonomy
@dataclass(frozen=True)
class _Entry:
    id: str
    kind: str  # indicator | sector | need | context | age
    dimension: str
    adult: str
    child: str
    coercive: bool
    group: str | None
    need: str | None
    suppressed_by: tuple[str, ...]
    blockers: re.Pattern[str] | None
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (language, compiled alternation)


@dataclass(frozen=True)
class _Taxonomy:
    version: int
    entries: dict[str, _Entry]
    cues: frozenset[str]
    boundaries: frozenset[str]
    window: int
    after_cues: frozenset[str]
    age_patterns: tuple[re.Pattern[str], ...]
    minor_words: re.Pattern[str]
    frames: re.Pattern[str]
    questions: dict[str, dict[str, Any]]
    job_offer: dict[str, Any]
    figurative: _Figurative


@dataclass(frozen=True)
class _Explained:
    """One row of the taxonomy's `explained_by`: a learned label its words explain better."""
    label: str
    words: re.Pattern[str]
    whole_conversation: bool  # searched in the whole conversation, else in the evidence sentence
    even_sure: bool  # dropped at any score, else only below SURE
    patterns: bool  # a pattern's reading is dropped too
    learned: bool = True  # the detector's reading is dropped (false: the patterns' only)


@dataclass(frozen=True)
class _Figurative:
    """Guards of the immediate-safety indicators (taxonomy sections figurative, unreal, resolved)."""
    danger: frozenset[str]  # ids a laugh, a thing as the killer or a work deadline makes figurative
    laughs_off: frozenset[str]  # ids a laugh alone makes figurative, unless the message is `serious`
    kidding_aside: re.Pattern[str]  # "now seriously": the laughing messages before it were jokes
    serious: re.Pattern[str]  # no joke, or money asked for
    present: re.Pattern[str]  # a weapon, someone at the door: no laugh makes it a joke
    youth_job: re.Pattern[str]  # a question about a teen's own job (taxonomy `youth_job_question`)
    laughter: re.Pattern[str]
    subjects: re.Pattern[str]  # searched at the end of the words before a match
    literal: re.Pattern[str]  # matches no thing-as-subject makes figurative (locked in)
    conditions: re.Pattern[str]  # searched at the start of the text after a match
    unreal: re.Pattern[str]
    dreamt: re.Pattern[str]  # a dream told anywhere in the message (taxonomy `unreal_message`)
    awake: re.Pattern[str]  # "but now", "for real": what follows is not the dream (taxonomy `awake`)
    resolved: frozenset[str]
    year: re.Pattern[str]
    released: re.Pattern[str]
    dated: re.Pattern[str]  # a month or some weeks ago (resolved)
    elsewhere: re.Pattern[str]  # now with their own people, at home or safe (resolved)
    returned: re.Pattern[str]  # documents handed back (taxonomy section `returned`)
    explained: tuple[_Explained, ...]  # learned labels other words explain (taxonomy `explained_by`)
    client_crime: re.Pattern[str] | None  # signal client_crime's patterns, all languages
    client_hides: frozenset[str]
    client_unless: re.Pattern[str] | None
    reassured: re.Pattern[str]  # fine or not urgent right now (taxonomy section `reassured`)
    reassured_but: re.Pattern[str]  # what a "but" after it may add and stay calm (`reassured_but`)
    childcare: re.Pattern[str]  # children cared for as a job (taxonomy section `childcare`)
    baby: tuple[re.Pattern[str], re.Pattern[str]]  # a baby with its parent, unless begging (`baby_with_parent`)
    cared_for: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # child_cared_for: fine, where, reported
    own_age: re.Pattern[str]  # child_cared_for: the writer's own age before the number
    offer: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # offer_not_taken: asks, offer, arrived
    offer_terms: frozenset[str]  # offer_not_taken: the indicators that are an offer's terms
    offer_model_only: frozenset[str]  # offer_not_taken: terms only as the detector's reading
    not_yet: re.Pattern[str]  # offer_not_taken: an arrival still to come
    media: re.Pattern[str]  # seen_in_media: seen on a screen
    us: re.Pattern[str]  # seen_in_media: the writer or their own people
    fee: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # fee_for_passage: asked_by, purpose, held
    paperwork: re.Pattern[str]  # a fee for papers, whoever asks it (fee_for_passage: paperwork)
    ago: re.Pattern[str]  # long ago (taxonomy section `survived`)
    out: re.Pattern[str]  # out and safe now


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(5):  # macros may use macros
        new = re.sub(r"\{([A-Z_]+)\}", lambda m: macros[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


def _compile(patterns: list[str], macros: dict[str, str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{_expand(p, macros)})" for p in patterns)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def _entry(raw: dict[str, Any], kind: str, macros: dict[str, str]) -> _Entry:
    weight = raw.get("weight") or {"adult": "weak", "child": "strong"}
    pats = raw.get("patterns") or {}
    blockers = raw.get("blockers")
    return _Entry(
        id=raw["id"], kind=kind, dimension=raw.get("dimension", "exploitative_conditions"),
        adult=weight["adult"], child=weight["child"], coercive=bool(raw.get("coercive")),
        group=raw.get("group"), need=raw.get("need"),
        suppressed_by=tuple(raw.get("suppressed_by") or ()),
        blockers=re.compile(rf"(?<!\w)(?:{_expand(blockers, macros)})(?!\w)") if blockers else None,
        patterns=tuple((lang, _compile(ps, macros)) for lang, ps in pats.items() if ps),
    )


@lru_cache(maxsize=1)
def taxonomy() -> _Taxonomy:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    macros = {k: str(v) for k, v in raw["macros"].items()}
    entries: dict[str, _Entry] = {}
    for item in raw["indicators"]:
        entries[item["id"]] = _entry(item, "indicator", macros)
    for item in raw["signals"]:
        entries[item["id"]] = _entry(item, item["kind"], macros)
    entries["age_under_18"] = _entry({"id": "age_under_18", "dimension": "abuse_of_vulnerability"}, "age", macros)
    neg = raw["negation"]
    for words in (neg["cues"], neg["boundaries"]):  # YAML 1.1 reads a bare no/on as a boolean
        bad = [w for w in words if not isinstance(w, str)]
        if bad:
            raise ValueError(f"{DATA_FILE}: quote these negation words: {bad}")
    age = raw["age"]
    return _Taxonomy(
        version=int(raw["version"]),
        entries=entries,
        cues=frozenset(neg["cues"]),
        boundaries=frozenset(_fold(b) for b in neg["boundaries"]),
        window=int(neg["window_words"]),
        after_cues=frozenset(neg.get("after_cues") or ()),
        age_patterns=tuple(re.compile(rf"(?<![\w])(?:{_expand(p, macros)})(?![\w])") for p in age["patterns"]),
        minor_words=_compile(age["minor_words"], macros),
        frames=_compile([re.escape(_fold(w)) for w in raw["frames"]], macros),
        questions={q["id"]: q for q in raw["questions"]},
        job_offer=raw["job_offer"],
        figurative=_figurative(raw, macros),
    )


def _figurative(raw: dict[str, Any], macros: dict[str, str]) -> _Figurative:
    fig, res = raw["figurative"], raw["resolved"]
    client = next(s for s in raw["signals"] if s["id"] == CLIENT_CRIME)

    def words(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{_expand(pattern, macros)})(?![\w])")

    emoji = "".join(re.escape(c) for c in fig.get("laughter_emoji", ""))
    laughter = rf"(?<![\w])(?:{fig['laughter']})(?![\w])" + (f"|[{emoji}]" if emoji else "")
    return _Figurative(
        danger=frozenset(fig["danger"]), laughter=re.compile(laughter),
        laughs_off=frozenset(fig["laughs_off"]), kidding_aside=words(fig["kidding_aside"]),
        serious=words(fig["serious"]), present=words(fig["present"]),
        youth_job=words(raw["youth_job_question"]),
        # "ce travail va me tuer", "esse trabalho vai me matar": the subject, then its verb
        subjects=re.compile(rf"(?<![\w])(?:{fig['subjects']})(?: (?:va|vont|van|vai|vao|is|are|will|ap|pral))?$"),
        literal=words(fig["literal"]),
        conditions=re.compile(rf"^ ?(?:{fig['conditions']})(?![\w])"),
        unreal=words(raw["unreal"]), dreamt=words(raw["unreal_message"]), awake=words(raw["awake"]),
        resolved=frozenset(res["ids"]), year=words(res["year"]),
        released=words(res["released"]), dated=words(res["dated"]), elsewhere=words(res["elsewhere"]),
        returned=words(raw["returned"]),
        explained=tuple(_Explained(row["label"], words(raw[row["words"]]), row["in"] == "conversation",
                                   bool(row.get("even_sure")), bool(row.get("patterns")),
                                   bool(row.get("learned", True)))
                        for row in raw["explained_by"]),
        client_crime=words("|".join(p for ps in client["patterns"].values() for p in ps)),
        reassured=words(raw["reassured"]),
        reassured_but=words(raw["reassured_but"]),
        childcare=words(raw["childcare"]),
        baby=(words(raw["baby_with_parent"]["baby"]), words(raw["baby_with_parent"]["unless"])),
        cared_for=(words(raw["child_cared_for"]["fine"]), words(raw["child_cared_for"]["where"]),
                   re.compile(rf"(?:{raw['child_cared_for']['reported']})$")),
        offer=tuple(words(raw["offer_not_taken"][k]) for k in ("asks", "offer", "arrived")),  # type: ignore[arg-type]
        offer_terms=frozenset(raw["offer_not_taken"]["terms"]),
        offer_model_only=frozenset(raw["offer_not_taken"]["model_only"]),
        own_age=re.compile(raw["child_cared_for"]["own_age"]), not_yet=re.compile(raw["offer_not_taken"]["not_yet"]),
        media=re.compile(raw["seen_in_media"]["media"]), us=re.compile(raw["seen_in_media"]["us"]),
        fee=tuple(words(raw["fee_for_passage"][k]) for k in ("asked_by", "purpose", "held")),  # type: ignore[arg-type]
        paperwork=words(raw["fee_for_passage"]["paperwork"]),
        client_hides=frozenset(client["hides"]), client_unless=words(client["unless"]), ago=words(raw["survived"]["ago"]),
        out=words(raw["survived"]["out"]))


def indicator_ids() -> list[str]:
    """Ids of the trafficking indicators (not the sector/need signals), in taxonomy order."""
    return [e.id for e in taxonomy().entries.values() if e.kind == "indicator"]


# ----------------------------------------------------------------------------- text
def _fold(text: str) -> str:
    """Case and accents off, apostrophes straight, œ/æ/ø/đ/ł in plain letters; one character
    at a time gives the same (the normalised text maps each character back to the message)."""
    return fold(text, apostrophes=_APOSTROPHES, plain_letters=True)


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    return _fold(c)  # cached: _normalise folds every character of a conversation, one by one


@dataclass(frozen=True)
class _Text:
    norm: str
    msg_of: tuple[int, ...]  # message index of each normalised char (-1: separator)
    pos_of: tuple[int, ...]  # position of each normalised char in its original message
    originals: tuple[str, ...]

    def message_at(self, start: int) -> int:
        while start < len(self.msg_of) and self.msg_of[start] < 0:
            start += 1
        return self.msg_of[min(start, len(self.msg_of) - 1)]

    def original(self, start: int, end: int) -> str:
        """The original text behind norm[start:end], message pieces joined by ' / '."""
        pieces: list[str] = []
        i = start
        while i < end:
            msg = self.msg_of[i]
            if msg < 0:
                i += 1
                continue
            j = i
            while j < end and self.msg_of[j] == msg:
                j += 1
            pieces.append(self.originals[msg][self.pos_of[i]:self.pos_of[j - 1] + 1])
            i = j
        return " / ".join(p.strip() for p in pieces if p.strip())


def _normalise(messages: list[str]) -> _Text:
    chars: list[str] = []
    msg_of: list[int] = []
    pos_of: list[int] = []
    for index, message in enumerate(messages):
        if index:
            chars.append("\n")
            msg_of.append(-1)
            pos_of.append(-1)
        start = len(chars)
        for pos, c in enumerate(message):
            if c.isspace():
                if len(chars) > start and chars[-1] != " ":
                    chars.append(" ")
                    msg_of.append(index)
                    pos_of.append(pos)
                continue
            for out in _fold_char(c):
                chars.append(out)
                msg_of.append(index)
                pos_of.append(pos)
        while len(chars) > start and chars[-1] == " ":
            chars.pop()
            msg_of.pop()
            pos_of.pop()
    return _Text("".join(chars), tuple(msg_of), tuple(pos_of), tuple(messages))


def _window(tax: _Taxonomy, norm: str, start: int) -> list[str]:
    """The words just before `start`, inside its clause (at most `window_words`)."""
    before = norm[max(0, start - 80):start]
    cut = None
    for cut in _CLAUSE_PUNCT.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    words = _TOKEN.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in tax.boundaries:
            words = words[i + 1:]
            break
    return words[-tax.window:]


def _framed(tax: _Taxonomy, norm: str, start: int) -> bool:
    """A media or school frame earlier in the sentence: "a film about a girl locked in"."""
    return tax.frames.search(norm, _sentence(norm, start, start)[0], start) is not None


def _about_us(tax: _Taxonomy, norm: str, start: int, end: int) -> bool:
    """The writer or their own people in norm[start:end] (taxonomy section `seen_in_media`)."""
    return tax.figurative.us.search(norm, start, end) is not None


def _seen_in_media(tax: _Taxonomy, norm: str, start: int) -> bool:
    """Seen on a screen earlier in the sentence (taxonomy section `seen_in_media`)."""
    return tax.figurative.media.search(norm, _sentence(norm, start, start)[0], start) is not None


def _sentence(norm: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or message) around norm[start:end]."""
    left = max(norm.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (norm.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(rights, default=len(norm))


def _not_real(tax: _Taxonomy, text: _Text, entry_id: str, start: int, end: int) -> bool:
    """An immediate-safety reading of norm[start:end] that is a figure of speech, a dream,
    song or game, or a kidnapping of an earlier year the person was let go from (taxonomy
    sections figurative, unreal, resolved)."""
    fig, norm = tax.figurative, text.norm
    left, right = _sentence(norm, start, end)
    if _dream_before(fig, norm, left, start):
        return True
    msg = text.message_at(start)
    first = text.msg_of.index(msg)  # the bounds of the match's message in the normalised text
    last = len(text.msg_of) - text.msg_of[::-1].index(msg)
    if _dreamt(fig, norm[first:last]):
        return True
    if entry_id in fig.laughs_off and _jokes(fig, norm, first, last) and not fig.serious.search(norm, first, last):
        return True
    if entry_id in fig.danger:
        if _jokes(fig, norm, first, last):
            return True
        if fig.subjects.search(" ".join(_TOKEN.findall(norm[left:start]))) and not fig.literal.search(norm, start, end):
            return True
        if fig.conditions.search(norm[end:right]):
            return True
    return entry_id in fig.resolved and _over(fig, norm, left, right, end)


def _over(fig: _Figurative, norm: str, left: int, right: int, after: int) -> bool:
    """The sentence norm[left:right] tells of an event that is over: of an earlier year, or
    dated to last year, a month or some weeks ago, in a conversation that tells of the release,
    or with the person with their own people, at home or safe after it (from `after` on)."""
    if _earlier_year(fig, norm, left, right) and fig.released.search(norm) is not None:
        return True
    return fig.dated.search(norm, left, right) is not None and (
        fig.released.search(norm) is not None or fig.elsewhere.search(norm, after) is not None
        or fig.out.search(norm, after) is not None)


def _dreamt(fig: _Figurative, message: str) -> bool:
    """The message tells a dream ("I keep dreaming I'm back on the boat ... I wake up shaking")
    and names no weapon, nobody at the door, nobody following: the danger is in the dream."""
    dream = fig.dreamt.search(message)
    return dream is not None and fig.present.search(message) is None and not fig.awake.search(message, dream.end())


def _dream_before(fig: _Figurative, text: str, start: int, end: int) -> bool:
    """A dream, song or game in text[start:end] ("soñé que me secuestraban"), with no "but now"
    after its last mention (taxonomy `awake`)."""
    ends = [m.end() for m in fig.unreal.finditer(text, start, end)]
    return bool(ends) and not fig.awake.search(text, ends[-1], end)


def _jokes(fig: _Figurative, norm: str, start: int = 0, end: int | None = None) -> bool:
    """norm[start:end] laughs and names no weapon, nobody at the door, nobody following."""
    end = len(norm) if end is None else end
    return fig.laughter.search(norm, start, end) is not None and fig.present.search(norm, start, end) is None


KIDDING_SHORT = 6  # words: a short quip after a laughing message is part of the joke


def _kidded(fig: _Figurative, messages: list[str] | tuple[str, ...], index: int) -> bool:
    """A later message says "now seriously", and message `index` laughs, or is a short quip
    right after laughing messages ("jajaja mi jefa me secuestra" + "no manches, mejor me
    muero" + "ya en serio, ..."): it was a joke."""
    if not any(fig.kidding_aside.search(_fold(m)) for m in messages[index + 1:]):
        return False
    for k in range(index, -1, -1):
        folded = _fold(messages[k])
        if fig.laughter.search(folded) is not None:
            return True
        if len(folded.split()) > KIDDING_SHORT:
            return False
    return False


def _earlier_year(fig: _Figurative, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] dates something to a year before this one ("in 2021")."""
    this_year = date.today().year
    return any(int(m.group(1)) < this_year for m in fig.year.finditer(text, start, len(text) if end is None else end))


RETURNABLE = "document_confiscation"
RANSOM = "ransom"
CLIENT_CRIME = "client_crime"


def _client_crime(tax: _Taxonomy, sentence: str, conversation: str) -> bool:
    """A client's crime against a person who sells sex, told in `sentence`, in a conversation
    that names no exploiter (a pimp who takes it all, told in another message, still counts)."""
    fig = tax.figurative
    return fig.client_crime.search(sentence) is not None and fig.client_unless.search(conversation) is None


def _given_back(tax: _Taxonomy, norm: str) -> bool:
    """Whether the conversation says the documents were handed back (not negated)."""
    return any(not _negated(tax, _window(tax, norm, m.start())) for m in tax.figurative.returned.finditer(norm))


def _survived(tax: _Taxonomy, norm: str) -> bool:
    """Whether the conversation tells of long ago and says the person is out and safe now."""
    return tax.figurative.ago.search(norm) is not None and any(
        not _negated(tax, _window(tax, norm, m.start())) for m in tax.figurative.out.finditer(norm))


def _discarded(tax: _Taxonomy, text: _Text, entry: _Entry, start: int, end: int) -> bool:
    """A pattern match the conversation itself takes back: negated after the verb, not real,
    documents handed back, a client's crime, or a past the person is out of."""
    norm = text.norm
    sentence = _sentence(norm, start, end)
    return (_negated_after(tax, norm, end)
            or _kidded(tax.figurative, text.originals, text.message_at(start))
            or ((entry.dimension == "immediate_safety" or entry.id in tax.figurative.laughs_off)
                and _not_real(tax, text, entry.id, start, end))
            or (entry.id == RETURNABLE and _given_back(tax, norm))
            or any(entry.id == row.label and row.patterns
                   and row.words.search(norm if row.whole_conversation else norm[slice(*sentence)])
                   for row in tax.figurative.explained)
            or (entry.id in tax.figurative.client_hides and _client_crime(tax, norm[slice(*sentence)], norm))
            or (entry.kind in ("indicator", "sector") and _survived(tax, norm)
                and tax.figurative.ago.search(norm, *sentence) is not None))


_AFTER = re.compile(r" ([\w']+)(?: ([\w']+))?")


def _negated_after(tax: _Taxonomy, norm: str, end: int) -> bool:
    """A negation right after a match (negation.after_cues: "il me frappe pas"); "pas mal"
    is "a lot", no negation."""
    m = _AFTER.match(norm, end)
    return m is not None and m.group(1) in tax.after_cues and m.group(2) != "mal"


def _negated(tax: _Taxonomy, words: list[str]) -> bool:
    for w in words:
        if w in tax.cues or w.endswith("n't") or w.startswith("n'"):
            return True
    return False


# ----------------------------------------------------------------------------- matching
@dataclass(frozen=True)
class _Hit:
    entry: _Entry
    start: int
    end: int
    message_index: int


def _find(tax: _Taxonomy, text: _Text, lang: str, negated: list[_Hit] | None = None) -> list[_Hit]:
    """Pattern hits, at most one per indicator and message; hits discarded because they are
    negated ("no me quitaron el pasaporte"), or an immediate-safety reading that is not real
    ("me va a matar jaja", _not_real), go to `negated` when it is given."""
    hits: list[_Hit] = []
    for entry in tax.entries.values():
        # the conversation's language first, so its wording is the one shown
        ordered = sorted(entry.patterns, key=lambda lp: (lp[0] != lang, lp[0] != "all"))
        seen_messages: set[int] = set()
        for _lang, pattern in ordered:
            for m in pattern.finditer(text.norm):
                msg = text.message_at(m.start())
                if msg in seen_messages:
                    continue
                if entry.kind in ("indicator", "sector") and entry.dimension != "immediate_safety" \
                        and _framed(tax, text.norm, m.start()):
                    continue
                if entry.id == RANSOM and (_framed(tax, text.norm, m.start()) or _seen_in_media(tax, text.norm, m.start())) \
                        and not _about_us(tax, text.norm, *_sentence(text.norm, m.start(), m.end())):
                    continue  # "vi una serie donde secuestran a una muchacha": a story, nobody of theirs
                words = _window(tax, text.norm, m.start())
                if _negated(tax, words) or _discarded(tax, text, entry, m.start(), m.end()):
                    if negated is not None:
                        negated.append(_Hit(entry, m.start(), m.end(), msg))
                    continue
                if entry.blockers is not None and entry.blockers.search(" ".join(words)):
                    continue
                seen_messages.add(msg)
                hits.append(_Hit(entry, m.start(), m.end(), msg))
    return hits


def _suppress(hits: list[_Hit], partner_msgs: frozenset[int] | set[int] = frozenset()) -> list[_Hit]:
    """Drops a hit whose message, or the message before it, holds a signal that suppresses
    it (a partner named: "mi esposo toma y me grita" / "anoche me pegó" is partner
    violence); `partner_msgs` are messages where the detector read partner violence."""
    present = {(h.entry.id, h.message_index) for h in hits}
    present |= {("partner_violence", m) for m in partner_msgs}
    return [h for h in hits
            if not any((s, i) in present for s in h.entry.suppressed_by
                       for i in (h.message_index, h.message_index - 1))]


def _ages(tax: _Taxonomy, text: _Text, hits: list[_Hit]) -> tuple[list[int], list[tuple[int, int]]]:
    """Ages stated in the text, and the spans that show a minor (ages < 18 and minor words).
    A child who is elsewhere, fine and cared for (_cared_for) is left out of both."""
    ages: list[int] = []
    minor_spans: list[tuple[int, int]] = []
    adult_at: list[int] = []  # where an age of 18 or more is stated
    for pattern in tax.age_patterns:
        for m in pattern.finditer(text.norm):
            value = int(m.group(1))
            if value <= 0 or (value < 18 and _cared_for(tax, text.norm, hits, m.start(), m.end())):
                continue
            ages.append(value)
            if value < 18:
                minor_spans.append((m.start(), m.end()))
            else:
                adult_at.append(m.start())
    for m in tax.minor_words.finditer(text.norm):
        left, right = _sentence(text.norm, m.start(), m.end())
        # "a kid from Honduras, he's 20": the word, not an age; an age under 18 there still counts
        told_adult = any(left <= a < right for a in adult_at) and not any(
            left <= s < right for s, _ in minor_spans)
        if not told_adult and not _negated(tax, _window(tax, text.norm, m.start())) \
                and not _cared_for(tax, text.norm, hits, m.start(), m.end()):
            minor_spans.append((m.start(), m.end()))
    return ages, sorted(minor_spans)




def _exploits(entry: _Entry) -> bool:
    """An exploitation sector or indicator: with a person under 18, the minor rule's trigger."""
    return entry.kind == "sector" or entry.group == "exploitation"


def _youth_job_question(tax: _Taxonomy, norm: str, entries: list[_Entry], matches: list[IndicatorMatch]) -> bool:
    """The conversation asks what work a teen may do, and nothing in it is coercive or an
    exploitation the patterns read (only the detector's sectors, hours or wages)."""
    if tax.figurative.youth_job.search(norm) is None or any(
            e.coercive or e.id in (SEX_SECTOR, "forced_commercial_sex") for e in entries):
        return False  # anything sexual about a child's work is never a mere labour question
    exploitation = {e.id for e in entries if _exploits(e)}
    return all(m.source == "model" for m in matches if m.id in exploitation)


def _child_cared_for(tax: _Taxonomy, sentence: str) -> bool:
    """A folded sentence that says a child is fine and where or with whom, not as reported
    consent: "tengo un hijo de 6 con mi mamá, está bien", "il va bien, au pays"."""
    fine_re, where_re, reported_re = tax.figurative.cared_for
    fine = fine_re.search(sentence)
    return fine is not None and where_re.search(sentence) is not None \
        and reported_re.search(sentence[:fine.start()]) is None


def _cared_for(tax: _Taxonomy, norm: str, hits: list[_Hit], start: int, end: int) -> bool:
    """A minor mentioned in a sentence about a child cared for elsewhere (_child_cared_for),
    with no exploitation sector or indicator read in that sentence."""
    if tax.figurative.own_age.match(norm, start):
        return False  # "tengo 16, estoy bien con mi mamá": the writer is the minor
    left, right = _sentence(norm, start, end)
    return _child_cared_for(tax, norm[left:right]) \
        and not any(_exploits(h.entry) and left <= h.start < right for h in hits)


def _truth(value: str | bool | int | None) -> bool | None:
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    return truth(str(value))


def _answer_age(value: str | bool | int | None) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    m = re.search(r"\d{1,3}", str(value))
    return int(m.group()) if m else None


# ----------------------------------------------------------------------------- rules
def _weight(entry: _Entry, minor: bool) -> str:
    return entry.child if minor else entry.adult


def _delphi(weights: list[str], dimensions: dict[str, set[str]]) -> bool:
    strong, medium, weak = (weights.count(w) for w in ("strong", "medium", "weak"))
    if strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3 or (medium >= 2 and weak >= 1):
        return True
    return sum(1 for ws in dimensions.values() if ws & {"strong", "medium"}) >= 2


def _decide(entries: list[_Entry], needs: set[str], minor: bool,
            weak: frozenset[str] = frozenset()) -> tuple[str, str]:
    """The level and its rule. `weak`: sectors that alone do not make a child's case
    immediate (the detector's labour sector with no indicator: a summer job, the family
    shop, a child beside a parent who tells of a robbery on the way)."""
    ids = {e.id for e in entries}
    for iid, rule in IMMEDIATE_SAFETY:
        if iid in ids:
            return "immediate", rule
    if minor and any(_exploits(e) for e in entries if e.id not in weak):
        return "immediate", "immediate.minor_exploitation"
    trafficking = [e for e in entries if e.kind == "indicator"]
    if any(e.coercive and _weight(e, minor) == "strong" for e in trafficking):
        return "priority", "priority.strong_coercion"
    dimensions: dict[str, set[str]] = {}
    for e in trafficking:
        dimensions.setdefault(e.dimension, set()).add(_weight(e, minor))
    if _delphi([_weight(e, minor) for e in trafficking], dimensions):
        return "priority", "priority.delphi_combination"
    for need in REFER_ORDER:
        if need in needs:
            return "refer", f"refer.{need}"
    if trafficking:
        return "refer", "refer.indicators_below_threshold"
    return "info", "info.none"


# ----------------------------------------------------------------------------- learned
# Detector labels that are needs (refer level), not indicators; `minor` marks a person under 18.
MODEL_NEEDS = {"smuggling": "smuggling_only", "labour_dispute": "labour_dispute",
               "partner_violence": "partner_violence", "homelessness": "homelessness",
               "suspicious_job_offer": "suspicious_job_offer"}
MINOR_LABEL = "minor"
LABOUR_SECTOR = "sector_labour"
# Below this the detector's labour sector alone does not make a child's case immediate: its
# unsure readings were a family on the road ("la señora del cuarto nos corrió"); its sure
# ones a child cutting cane or kept on a boat.
CHILD_LABOUR_FLOOR = 0.6
SEX_SECTOR = "sector_commercial_sex"
# The same for the commercial-sex sector, whose threshold is low (0.16) for adults' sake: alone
# and this unsure, it read families with children on the road or teens in a family shop.
CHILD_SEX_FLOOR = 0.3
# And for forced crime and begging: alone and this unsure, the detector read a series about girls
# being sold, a father's past violence and a question on child support.
CRIME_SECTOR, BEGGING_SECTOR = "sector_crime", "sector_begging"
CHILD_CRIME_FLOOR = 0.3
# Ransom is not among them: money handed over under control ("we must hand in all we beg")
# reads like it; ransom stands on its own threshold.
URGENT_LABELS = frozenset({"danger_now", "self_harm", "medical_emergency", MINOR_LABEL})
CHILD_EXPLOITATION_LABELS = frozenset({"forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
                                       "debt_bondage", "abduction_or_sale", "sector_commercial_sex"})
# Coercion the detector reads below its own threshold: it completes the Delphi combination
# of a conversation that already holds a trafficking indicator ("pay held back" + "she never
# goes out", each said softly), never starts one: a conversation at info, or at refer by a
# need alone, stays where it is.
COERCION_LABELS = frozenset({"document_confiscation", "debt_bondage", "restriction_of_movement", "isolation",
                             "physical_sexual_violence", "threats_person_family", "threat_police_deportation",
                             "forced_commercial_sex", "forced_begging_crime", "domestic_servitude",
                             "abduction_or_sale"})
# A backed label still needs this much: the detector's probabilities under it are noise.
SUPPORT_FLOOR = 0.4
# Danger now, self-harm or a medical emergency read softly in a conversation that is already
# priority (confined, threatened, documents taken): a missed crisis costs more than a
# busier immediate queue, so the bar is lower there.
URGENT_FLOOR = 0.35
# The detector's partner violence hides a violence or threat indicator only when it is sure.
PARTNER_SUPPRESSES = 0.5
# ... and only when it does not read an exploiter's violence or threats more strongly
# ("o capataz bate na gente e ameaça", "ele me bateu ontem": he is the foreman).
PARTNER_RIVALS = ("physical_sexual_violence", "threats_person_family")
# Competing readings of the same words: a learned immediate label does not count when the
# detector reads a benign explanation of them more strongly and is not sure of the label
# itself. Money a recruiter or a guide asks for a job or a crossing the person chose is not
# money for someone's release; "her people know where my parents live, accidents happen"
# is a threat, not self-harm (both over-escalated the writers' transcripts; no missed case).
# Money someone must hand over from begging or crime they are made to do is the exploiter's
# take, not a release payment ("tenemos que entregar todo lo que juntamos").
# A family sleeping in the street with a baby is homelessness, not a medical emergency, unless
# the detector is sure of the emergency.
COMPETING = {"ransom": ("smuggling", "suspicious_job_offer", "forced_begging_crime"),
             "self_harm": ("threats_person_family",),
             "medical_emergency": ("homelessness",)}
SURE = 0.85
WAGES = "withheld_wages"  # its patterns tell a ransom's money from a person's own pay
# "le debo 15 dólares", "trabajo 16 horas", "j'ai 19 ans", "tengo 2 años aquí": a number with a
# unit, 18 years or more, or a number of years spent somewhere is not a child's age, unless
# the age patterns read one there ("mi hija de 15").
_YEARS = r"(?:anos|ano|years?|yrs|ans|an)"
_NOT_A_CHILDS_AGE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)? ?(?:horas?|hours?|hrs|heures?|dias?|days?|jours?|meses|months?|mois|semanas?|"
    r"weeks?|dolares|dollars?|usd|pesos|reais|reales|soles|quetzales|lempiras|euros?|mil|k|%|\$)(?![\w])"
    rf"|\$ ?\d|(?<![\w.,])(?:1[89]|[2-9]\d|\d{{3,}}) ?{_YEARS}(?![\w])"
    rf"|(?:hace|desde|durante|for|since|depuis|pendant|faz|ha|desde) \d+ {_YEARS}(?![\w])"
    rf"|\d+ {_YEARS} (?:aqui|aca|aca|here|ici|aqui|viviendo|living|en (?:el|este) pais|"
    r"in (?:the|this) country|no pais|dans le pays|nan peyi a)(?![\w])")


def _learned(messages: list[str], model: Detector | None) -> tuple[list[Detection], str]:
    """The detector's labels over the conversation, and its id ("failed" if it broke).

    A failure here must not cost the person their screening: the patterns still run, the
    result says model="failed" and the error is logged (without text)."""
    model = model or detector()  # DetectorUnavailable propagates: start-up must stop without a model
    # A bare yes or no answers the bot's question, which the detector does not see: read beside
    # the person's previous message it made "quem guarda as minhas mensagens?" + "não" isolation.
    # A greeting says nothing either: "bonjou" + a passport story read as a medical emergency.
    # Blanked, they are in no unit (the indexes stay), as _denied drops an answer's own labels.
    messages = ["" if _bare_answer(m) or _small_talk(m) else m for m in messages]
    try:
        return model.detect(messages), model.meta.get("id", "model")
    except Exception as exc:  # noqa: BLE001 - any failure of the model falls back to the floor
        log.error("screening detector failed; patterns only", extra={"error_type": type(exc).__name__})
        return [], "failed"


def _rival_stronger(d: Detection, detections: list[Detection], rivals: tuple[str, ...]) -> bool:
    """Whether the detector reads one of `rivals` more strongly than `d` (the same words, two readings)."""
    return any(o.label in rivals and o.score > d.score for o in detections)


def _outweighed(d: Detection, detections: list[Detection]) -> bool:
    """A label of COMPETING that a benign label explains better (see COMPETING)."""
    rivals = COMPETING.get(d.label)
    return bool(rivals) and d.score < SURE and _rival_stronger(d, detections, rivals)


def _denied(d: Detection, reading: Reading) -> bool:
    """The detector's label is dropped when its evidence sentence holds the taxonomy's own
    words for that indicator, negated ("nadie me ha amenazado", "they never took my
    passport": embeddings and n-grams read such sentences as the indicator itself); a
    trafficking indicator whose evidence sentence is about a film, the news or homework;
    and a `minor` whose evidence states a number of years the age patterns did not read as
    a minor's age ("tengo 2 años aquí", "j'ai 19 ans"), or in a conversation where every
    age stated is 18 or more and nothing the patterns read makes anyone a minor ("mi hija
    de 19", "I'm 20 now": the embedding reads daughter, school, family as a child)."""
    text = reading.text
    if _bare_answer(reading.messages[d.message_index]):
        return True  # "quero sim", "yes please": a reply to the bot's question says nothing itself
    if d.label == MINOR_LABEL and reading.ages and min(reading.ages) >= 18 and not reading.minor_spans:
        return True

    def inside(start: int) -> bool:
        return text.msg_of[start] == d.message_index and d.start <= text.pos_of[start] < d.end

    evidence = _fold(reading.messages[d.message_index][d.start:d.end])
    fig = taxonomy().figurative
    if d.label == MINOR_LABEL:
        baby, begging = fig.baby
        return (bool(_NOT_A_CHILDS_AGE.search(evidence)) or (d.score < SURE and bool(fig.childcare.search(evidence)))
                or (d.score < SURE and bool(baby.search(evidence)) and not begging.search(evidence))
                or (_child_cared_for(taxonomy(), evidence)
                    and not any(_exploits(h.entry) and inside(h.start) for h in reading.hits))) \
            and not any(inside(s) for s, _ in reading.minor_spans)
    entry = taxonomy().entries.get(d.label)
    if entry is not None and entry.kind in ("indicator", "sector") and entry.dimension != "immediate_safety" \
            and taxonomy().frames.search(evidence):
        return True  # "vi en la tele que rescataron a unas muchachas de un bar": a story
    if entry is not None and (entry.dimension == "immediate_safety" or d.label in fig.laughs_off) \
            and _unreal_evidence(d, reading, evidence):
        return True
    if _kidded(fig, reading.messages, d.message_index):
        return True  # "jajaja la doña nos corretea con el cuchillo del pan" + "ya en serio, ..."
    if (fig.ago.search(evidence) or fig.out.search(evidence)) and _survived(taxonomy(), text.norm):
        return True  # "many years ago I worked with no pay in a house" + "I got out"
    if d.label in fig.client_hides and _client_crime(taxonomy(), evidence, text.norm):
        return True  # "un cliente me robó y me amenazó": a crime against her, not coercion
    if d.label == RETURNABLE and _given_back(taxonomy(), text.norm):
        return True  # "the boss asked for my passport" + "made a copy and gave it back"
    if any(d.label == row.label and row.learned and (row.even_sure or d.score < SURE)
           and row.words.search(text.norm if row.whole_conversation else evidence) for row in fig.explained):
        return True  # "ya sané", "ele me deve", "limpio casas por día", "je veux me plaindre" (explained_by)
    if entry is not None and entry.dimension == "immediate_safety" and d.label != "ransom" and d.score < SURE \
            and _calm_now(evidence):
        return True  # "no one is hitting her and she is ok right now": fine now ("ok but he's coming" is not)
    asked_by, purpose, held = fig.fee
    if d.label == "ransom" and d.score < SURE and not held.search(evidence) and (
            (asked_by.search(evidence) and purpose.search(evidence)) or fig.paperwork.search(evidence)
            or any(h.entry.id == WAGES and inside(h.start) for h in reading.hits)):
        # "the smuggler wants 3000 to take us across": the price of a crossing, or of papers;
        # "they keep her pay for her": her wages, not a payment for anyone's release
        return True
    return any(h.entry.id == d.label and inside(h.start) for h in reading.negated)


_BUT = re.compile(r"(?<![\w])(?:pero|but|mais|mas|men|though|aunque|embora)(?![\w])")


def says_safe_now(text: str) -> bool:
    """The message says the person (or the one they write about) is fine, safe or not in danger
    right now, with no "but" after it: "m pa an danje kounye a", "ahora está tranquila, no le
    pegan", "no one is hitting her and she is ok right now"."""
    return _calm_now(_fold(text))


def _calm_now(norm: str) -> bool:
    """Folded text says fine, safe or not urgent now, with no "but" after it."""
    fig = taxonomy().figurative
    calm = fig.reassured.search(norm)
    if calm is None:
        return False
    but = _BUT.search(norm, calm.end())
    # "... pero no tengo seguro", "... mais elle pleure": a lack or sadness, not danger
    return but is None or fig.reassured_but.match(norm, but.end() + 1) is not None


def _unreal_evidence(d: Detection, reading: Reading, evidence: str) -> bool:
    """The guards of _not_real on a learned label's evidence sentence: a dream, song or game,
    a laughing message, a kidnapping of an earlier year the person was let go from, an event
    dated some weeks or months ago that the person is now safe from."""
    fig = taxonomy().figurative
    if _dream_before(fig, evidence, 0, len(evidence)):
        return True
    message = _fold(reading.messages[d.message_index])
    if _dreamt(fig, message):
        return True
    if d.label in fig.danger and _jokes(fig, message):
        return True
    if d.label in fig.laughs_off and _jokes(fig, message) and not fig.serious.search(message):
        return True
    if d.label not in fig.resolved:
        return False
    if fig.dated.search(evidence):
        later = evidence + " " + _fold(" ".join(reading.messages[d.message_index + 1:]))
        if fig.elsewhere.search(later) or fig.out.search(later) or fig.released.search(reading.text.norm):
            return True  # "in may they kept us in a stash house" + "now im with my uncle in houston"
    if fig.released.search(reading.text.norm) is None:
        return False
    # the year's sentence, or the one that tells of the release ("my family paid and they let me
    # go") in a conversation that dates the event to an earlier year
    return _earlier_year(fig, evidence) or (
        fig.released.search(evidence) is not None and _earlier_year(fig, reading.text.norm))


_ANSWER_WORDS = YES | NO | frozenset(w for p in YES_PHRASES for w in p.split())


# Greetings and thanks, whole messages of them ("hola buenas noches", "bonjou", "mesi anpil"). Not
# a cry for help ("socorro", "anmwe", "help me"): that is read.
_SMALL_TALK_WORDS = frozenset("""hola ola buenas buenos buen dia dias tardes noches que q tal hello hi hey hii
    good morning afternoon evening bonjour bonsoir salut allo oi oii bom boa tarde noite tudo bem bonjou bonswa
    sak sa k pase gracias muchas thanks thank you thx merci beaucoup obrigado obrigada mesi anpil""".split())


def _small_talk(message: str) -> bool:
    words = fold(message, words=True).split()
    return bool(words) and all(w in _SMALL_TALK_WORDS for w in words)


def _bare_answer(message: str) -> bool:
    """A message made only of yes, no and please words (an answer to the bot's offer or question)."""
    words = fold(message, words=True).split()
    return bool(words) and all(w in _ANSWER_WORDS for w in words)


# ----------------------------------------------------------------------------- API
def screen(messages: list[str], lang: str, answers: dict[str, str | bool] | None = None,
           age: int | None = None, learned: bool = True, model: Detector | None = None) -> ScreeningResult:
    """Screens a conversation (all of the person's messages so far, oldest first).

    learned=False runs the patterns alone (for comparison in bench/; never in service);
    `model` replaces the process's detector (training and benchmarks)."""
    reading = read(messages, lang, answers, age)
    detections, model_id = _learned(list(reading.messages), model) if learned else ([], "")
    return conclude(reading, detections, model_id)


@dataclass(frozen=True)
class Reading:
    """What the taxonomy's patterns read in a conversation: everything but the detector."""
    messages: tuple[str, ...]
    lang: str
    text: _Text
    hits: tuple[_Hit, ...]
    negated: tuple[_Hit, ...]  # pattern matches discarded as negated (or figurative, unreal, resolved)
    ages: tuple[int, ...]
    minor_spans: tuple[tuple[int, int], ...]
    answer_hits: tuple[tuple[_Entry, str], ...]
    minor_by_answer: bool
    adult_by_answer: bool
    age: int | None
    offer_not_taken: bool = False  # asks whether an offer is real or safe, not gone yet


def jokes(text: str) -> bool:
    """The message laughs ("kkkk", "jajaja", "lol", "mdr", a laughing emoji) and names no weapon,
    nobody at the door or following (taxonomy figurative.laughter, figurative.present)."""
    return _jokes(taxonomy().figurative, _fold(text))


def needs_said(text: str, lang: str) -> frozenset[str]:
    """The needs one message names in so many words (the taxonomy's need patterns, no detector):
    what a request is for, apart from what the conversation said before."""
    return frozenset(h.entry.need for h in read([text], lang).hits if h.entry.kind == "need" and h.entry.need)


def read(messages: list[str], lang: str, answers: dict[str, str | bool] | None = None,
         age: int | None = None) -> Reading:
    tax = taxonomy()
    messages = [m if isinstance(m, str) else str(m) for m in (messages or [])]
    text = _normalise(messages)
    negated: list[_Hit] = []
    hits = _find(tax, text, lang, negated)
    ages, minor_spans = _ages(tax, text, hits)
    answer_hits: list[tuple[_Entry, str]] = []
    minor_by_answer = adult_by_answer = False
    for qid, value in (answers or {}).items():
        question = tax.questions.get(qid)
        if question is None:
            continue
        if qid == "q_age":
            years = _answer_age(value)
            truth = _truth(value) if years is None else years < 18
            minor_by_answer |= truth is True
            adult_by_answer |= truth is False
            continue
        if _truth(value) is question["if_answer"]:
            answer_hits.append((tax.entries[question["indicator"]], qid))
    asks, offer, arrived = tax.figurative.offer
    not_yet = tax.figurative.not_yet
    offer_not_taken = bool(asks.search(text.norm) and offer.search(text.norm) and not any(
        not not_yet.search(text.norm, max(0, m.start() - 24), m.start()) for m in arrived.finditer(text.norm)))
    return Reading(tuple(messages), lang, text, tuple(hits), tuple(negated), tuple(ages), tuple(minor_spans),
                   tuple(answer_hits), minor_by_answer, adult_by_answer, age, offer_not_taken)


def conclude(reading: Reading, detections: list[Detection], model_id: str = "") -> ScreeningResult:
    """The risk level from the patterns' reading and the detector's labels, by the rules.

    A label counts at its own threshold; below it, down to its support threshold, it counts
    only where other evidence backs it, and never to lift a conversation from info/refer:
    - danger now, self-harm, a medical emergency or a minor, in a conversation that
      is already priority (a person confined, threatened ... and "they're coming back");
    - exploitation of a child (forced sex, begging or crime, servitude, debt, sale, a sex
      venue) once a person under 18 is in the conversation;
    - coercion (COERCION_LABELS) in a conversation at refer that already holds a trafficking
      indicator (wages withheld, a deceptive offer, a travel debt ...): the one exception
      that lifts a conversation from refer, as the Delphi combination would with both read.
    A learned ransom or self-harm that a benign reading outweighs does not count (COMPETING)."""
    detections = [d for d in detections if not _denied(d, reading)]
    detections = [d for d in detections if not _outweighed(d, detections)]
    alone = [d for d in detections if d.alone]
    result = _assemble(reading, alone, model_id)
    if result.risk_level == "refer" and _holds_trafficking_indicator(result):
        completing = [d for d in detections if not d.alone and d.score >= SUPPORT_FLOOR and d.label in COERCION_LABELS]
        if completing:
            alone += completing
            result = _assemble(reading, alone, model_id)
    backed = [d for d in detections if not d.alone and d.score >= _backing_floor(d, result) and (
        (result.risk_level == "priority" and d.label in URGENT_LABELS)
        or (result.age_band == "under_18" and d.label in CHILD_EXPLOITATION_LABELS))]
    return _assemble(reading, alone + backed, model_id) if backed else result


def _backing_floor(d: Detection, result: ScreeningResult) -> float:
    """The lowest score at which a label below its own threshold is backed by the rest."""
    return URGENT_FLOOR if result.risk_level == "priority" and d.label in URGENT_LABELS else SUPPORT_FLOOR


def _holds_trafficking_indicator(result: ScreeningResult) -> bool:
    """Whether the result counts a trafficking indicator (not a sector, not an age)."""
    entries = taxonomy().entries
    return any(m.id in entries and entries[m.id].kind == "indicator" for m in result.indicators)


def _assemble(reading: Reading, detections: list[Detection], model_id: str) -> ScreeningResult:
    tax = taxonomy()
    messages, lang, text, age = reading.messages, reading.lang, reading.text, reading.age
    partner_msgs = {d.message_index for d in detections
                    if d.label == "partner_violence" and d.score >= PARTNER_SUPPRESSES
                    and not _rival_stronger(d, detections, PARTNER_RIVALS)}
    hits = _suppress(list(reading.hits), partner_msgs)

    minor_spans, minor_by_answer = reading.minor_spans, reading.minor_by_answer
    minor_by_model = next((d for d in detections if d.label == MINOR_LABEL), None)
    minor = bool(minor_spans) or minor_by_answer or (age is not None and age < 18) or minor_by_model is not None
    if minor:
        age_band: str | None = "under_18"
    elif (age is not None and age >= 18) or reading.adult_by_answer or reading.ages:
        age_band = "18_plus"
    else:
        age_band = None

    def quote(d: Detection) -> str:
        return redact(messages[d.message_index][d.start:d.end], lang)

    matches: list[IndicatorMatch] = []
    for h in sorted(hits, key=lambda h: (h.message_index, h.start, h.entry.id)):
        if h.entry.kind in ("need", "context"):
            continue
        span = redact(text.original(h.start, h.end), lang)
        matches.append(IndicatorMatch(h.entry.id, h.entry.dimension, _weight(h.entry, minor), span,
                                      h.message_index))
    found = {m.id for m in matches}
    signals = {(h.entry.id, h.message_index) for h in hits if h.entry.kind in ("context", "need")}
    for d in detections:
        entry = tax.entries.get(d.label)
        if entry is None or entry.kind not in ("indicator", "sector") or d.label in found:
            continue
        if d.message_index in partner_msgs and "partner_violence" in entry.suppressed_by:
            continue
        if any((sig, i) in signals for sig in entry.suppressed_by for i in (d.message_index, d.message_index - 1)):
            continue  # "nos asaltaron" + "se llevaron el pasaporte": the patterns' _suppress, for the model
        found.add(d.label)
        matches.append(IndicatorMatch(entry.id, entry.dimension, _weight(entry, minor), quote(d), d.message_index,
                                      "model", round(d.score, 3)))
    if minor:
        age_entry = tax.entries["age_under_18"]
        if minor_spans:
            s, e = minor_spans[0]
            matches.append(IndicatorMatch("age_under_18", age_entry.dimension, "strong",
                                          redact(text.original(s, e), lang), text.message_at(s)))
        elif minor_by_model is not None:
            matches.append(IndicatorMatch("age_under_18", age_entry.dimension, "strong", quote(minor_by_model),
                                          minor_by_model.message_index, "model", round(minor_by_model.score, 3)))
        else:
            span = "answer:q_age" if minor_by_answer else "age"
            matches.append(IndicatorMatch("age_under_18", age_entry.dimension, "strong", span,
                                          ANSWER_MESSAGE_INDEX, "answer" if minor_by_answer else "age"))
    found = {m.id for m in matches}
    for entry, qid in reading.answer_hits:
        if entry.id not in found:
            found.add(entry.id)
            matches.append(IndicatorMatch(entry.id, entry.dimension, _weight(entry, minor), f"answer:{qid}",
                                          ANSWER_MESSAGE_INDEX, "answer"))

    entries = [tax.entries[i] for i in dict.fromkeys(m.id for m in matches)]
    needs = {h.entry.need for h in hits if h.entry.kind == "need" and h.entry.need}
    needs |= {MODEL_NEEDS[d.label] for d in detections if d.label in MODEL_NEEDS}
    if any(e.id in ("withheld_wages", "excessive_hours") for e in entries):
        needs.add("labour_dispute")
    # the detector's labour sector, unsure, with no indicator beside it: not yet forced labour for a child
    no_indicator = not any(e.kind == "indicator" for e in entries)
    floors = ((LABOUR_SECTOR, CHILD_LABOUR_FLOOR), (SEX_SECTOR, CHILD_SEX_FLOOR), (CRIME_SECTOR, CHILD_CRIME_FLOOR),
              (BEGGING_SECTOR, CHILD_CRIME_FLOOR))
    weak = frozenset(sector for sector, floor in floors
                     if no_indicator and all(m.source == "model" and (m.score or 0.0) < floor
                                             for m in matches if m.id == sector))
    if minor and _youth_job_question(tax, text.norm, entries, matches):
        # "¿cuántas horas puede trabajar un menor?": the detector's reading of the teen's job is no
        # exploitation by itself (youth_job_question)
        weak |= {e.id for e in entries if _exploits(e)}
    level, rule = _decide(entries, needs, minor, weak)
    if level in ("priority", "immediate") and not minor and reading.offer_not_taken \
            and _offer_terms_only(matches):
        needs.add("suspicious_job_offer")
        level, rule = _decide([e for e in entries if e.id not in tax.figurative.offer_terms], needs, minor)
        if level == "refer":
            rule = "refer.suspicious_job_offer"  # what the person asks about, whatever else is needed
    if level in ("priority", "immediate"):
        needs -= {"smuggling_only", "labour_dispute"}  # not "only": trafficking indicators are there
    return ScreeningResult(level, matches, rule, age_band, [n for n in REFER_ORDER if n in needs],
                           tax.version, model_id)


def _offer_terms_only(matches: list[IndicatorMatch]) -> bool:
    """Every trafficking indicator read is one of an offer's terms (offer_not_taken), a ransom
    or a debt only as the detector's reading ("they ask 3000 before leaving", "I pay the
    ticket later working"; the patterns' "I owe 4000" is a debt now), and there is one."""
    fig = taxonomy().figurative
    read = [m for m in matches if m.id in taxonomy().entries and taxonomy().entries[m.id].kind == "indicator"]
    return bool(read) and all(m.id in fig.offer_terms and (m.id not in fig.offer_model_only or m.source == "model")
                              for m in read)


def clarifying_questions(result: ScreeningResult) -> list[str]:
    """Question ids worth asking when indicators appear but the level is unclear (max 4).

    Never during an immediate situation (get help first). At priority, only q_age when the
    age is unknown and exploitation is described (a minor would make it immediate). At
    refer/info, when a trafficking indicator, an exploitation sector or a need that can hide
    trafficking (smuggling, labour dispute, job offer) appears: the questions whose answer
    is not already known.
    """
    tax = taxonomy()
    if result.risk_level == "immediate":
        return []
    found = set(result.indicator_ids)
    exploitation = any(tax.entries[i].kind == "sector" or tax.entries[i].group == "exploitation"
                       for i in found if i in tax.entries)
    if result.risk_level == "priority":
        return ["q_age"] if result.age_band is None and exploitation else []
    # A sector only the detector reads is not enough ("I work at a school and a mother asked
    # me ..." is the writer's job): it needs the patterns' reading, or an indicator.
    relevant = any(m.id in tax.entries and (tax.entries[m.id].kind == "indicator" or (
        tax.entries[m.id].kind == "sector" and m.source != "model")) for m in result.indicators)
    if not relevant and not QUESTION_NEEDS & set(result.needs):
        return []
    out = []
    for qid, q in tax.questions.items():
        if qid == "q_age":
            if result.age_band is None:
                out.append(qid)
        elif q["indicator"] not in found:
            out.append(qid)
    return out[:MAX_QUESTIONS]


def question_ids() -> list[str]:
    return list(taxonomy().questions)


def question_text(qid: str, lang: str) -> str:
    """The question in `lang` (falls back to Spanish, then English). KeyError if unknown."""
    texts = taxonomy().questions[qid]["text"]
    return texts.get(lang) or texts.get("es") or texts["en"]


def assess_job_offer(flags: dict[str, bool | None]) -> JobOfferAssessment:
    """Red flags of a job offer -> level (low/medium/high), the flags found, step ids."""
    spec = taxonomy().job_offer
    known = {f["id"]: f for f in spec["flags"]}
    unknown = set(flags) - set(known)
    if unknown:
        raise ValueError(f"unknown job-offer flags: {sorted(unknown)}; known: {sorted(known)}")
    found = [fid for fid in known if flags.get(fid) is True]
    if any(known[f]["decisive"] for f in found) or len(found) >= int(spec["high_at"]):
        level = "high"
    elif found:
        level = "medium"
    else:
        level = "low"
    return JobOfferAssessment(level, found, [s["id"] for s in spec["steps"]])


def job_offer_flags() -> list[str]:
    return [f["id"] for f in taxonomy().job_offer["flags"]]


def job_offer_step_text(step_id: str, lang: str) -> str:
    for step in taxonomy().job_offer["steps"]:
        if step["id"] == step_id:
            return step["text"].get(lang) or step["text"].get("es") or step["text"]["en"]
    raise KeyError(step_id)
