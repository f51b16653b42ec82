"""Messages composed from the hand-written sentences of fragments.py: two or three topics in
one message, sometimes next to a negated sentence of another topic, as first person or as a
quoted third-party report, typed in different ways. Labels are the union of the parts."""
import random
import unicodedata

from common import ALIASES, B
from fragments import CLOSE, CONFLICT, NEG, NEG_Q, OPEN, POS, SECTOR, WRAP

RNG = random.Random(20261124)
N_POS = 1050
N_NEG = 720
NOTE = "composed from fragments.py"

LABOUR_TOPICS = {"doc", "debt", "move", "iso", "viol", "threat", "police", "wage", "hours",
                 "decep", "vuln"}
MINOR_1P = ["tengo 16 años", "tengo 15", "soy menor de edad", "estoy en tercero de secundaria",
            "tengo 17 años", "soy de segundo básico", "tengo catorce años"]
MINOR_3P = ["mi sobrina de 15 me escribió: {}", "mi hijo de 16 me contó: {}",
            "una alumna de primero medio me dijo: {}", "mi hermanito de 14 me dice que {}",
            "la hija de mi vecina, de 13 años, me dijo: {}"]
ABBREV = [(" que ", " q "), (" porque ", " xq "), (" por favor", " xfa"), (" por ", " x "),
          (" también", " tmb"), (" qué ", " q "), (" quiero", " kiero"), (" para ", " pa ")]


def labels_of(code):
    return {ALIASES[c] for c in code.split(",") if c}


def strip_accents(text):
    t = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c) or c == "\u0303"))


def typo(text):
    words = text.split(" ")
    for _ in range(RNG.choice([1, 2])):
        i = RNG.randrange(len(words))
        w = words[i]
        if len(w) > 4:
            j = RNG.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if RNG.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words)


def restyle(text):
    r = RNG.random()
    if r < 0.38:
        return text[0].upper() + text[1:], "plain"
    if r < 0.63:
        t = strip_accents(text.lower()).replace("¿", "").replace("¡", "").replace("ñ", "ñ")
        return t, "no_accents"
    if r < 0.80:
        t = " " + text.lower().replace("¿", "") + " "
        for a, b in ABBREV:
            t = t.replace(a, b)
        return t.strip(), "abbrev"
    if r < 0.92:
        return typo(text.lower()), "typo"
    if r < 0.97:
        t = text.lower().replace(".", "").replace(",", "").replace("¿", "").replace("?", "")
        return t, "run_on"
    return strip_accents(text.upper()), "caps"


def join(parts):
    seps = [". ", ", ", " y ", ", y además ", ". También ", " y encima ", ", "]
    out = parts[0]
    for p in parts[1:]:
        sep = RNG.choice(seps)
        out += sep + (p[0].upper() + p[1:] if sep == ". " else p)
    return out


def neg_text(sentence, labels):
    """A denial sentence; a trailing `||sl` adds its (sector) labels."""
    if "||" in sentence:
        sentence, code = sentence.split("||")
        labels |= labels_of(code.strip())
    return sentence.strip()


def compose(topics, neg_topic=None):
    labels, parts = set(), []
    for t in topics:
        sent, code = RNG.choice(POS[t])
        parts.append(sent)
        labels |= labels_of(code)
    if neg_topic:
        parts.insert(RNG.randrange(len(parts) + 1), neg_text(RNG.choice(NEG[neg_topic]), labels))
    if "sex" in topics and RNG.random() < 0.5:
        parts.insert(0, RNG.choice(SECTOR["scs"]))
        labels.add("sector_commercial_sex")
    elif set(topics) <= LABOUR_TOPICS and RNG.random() < 0.5:
        parts.insert(0, RNG.choice(SECTOR["sl"]))
        labels.add("sector_labour")
    body = join(parts)
    r = RNG.random()
    if r < 0.12:
        body = RNG.choice(MINOR_1P) + ", " + body
        labels.add("minor")
    elif r < 0.20:
        body = RNG.choice(MINOR_3P).format(body)
        labels.add("minor")
    elif r < 0.42:
        body = RNG.choice(WRAP).format(body)
    else:
        op = RNG.choice(OPEN)
        if op:
            body = op + ", " + body
    cl = RNG.choice(CLOSE)
    if cl:
        body = body + ". " + cl[0].upper() + cl[1:] if cl[0] != "¿" else body + ". " + cl
    return body, labels


def main():
    topics = sorted(POS)
    for _ in range(N_POS):
        k = 2 if RNG.random() < 0.75 else 3
        chosen = RNG.sample(topics, k)
        neg = None
        if RNG.random() < 0.3:
            free = [t for t in NEG if t not in chosen and not CONFLICT.get(t, set()) & set(chosen[:1])]
            neg = RNG.choice(free)
            chosen = chosen[:1]
        text, labels = compose(chosen, neg)
        text, style = restyle(text)
        B(sorted(labels), style, text, NOTE)
    # hard negatives: two or three denials, optionally with a job context
    for _ in range(N_NEG):
        ts = RNG.sample(sorted(NEG), RNG.choice([2, 3]))
        labels = set()
        parts = [neg_text(RNG.choice(NEG[t]), labels) for t in ts]
        if RNG.random() < 0.4 and not set(ts) & {"sex", "beg", "house", "sold"}:
            parts.insert(0, RNG.choice(SECTOR["sl"]))
            labels.add("sector_labour")
        q = RNG.choice(NEG_Q)
        text = RNG.choice(OPEN) + ", " + join(parts) + ", " + q
        text, style = restyle(text.lstrip(", "))
        B(sorted(labels), style, text, NOTE)


main()
