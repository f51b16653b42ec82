"""Words that tell Portuguese from Spanish in short phone-typed messages.

The character model reads "q horas vcs atendem" or "como faco pra pedir refugio" as Spanish:
the two languages share most of their letters, and phone spelling drops the accents and the
endings that differ. A few words are written only in one of the two (Portuguese "vc", "pra",
"nao", "em", "um", "eu", "ele"; Spanish "estoy", "necesito", "usted", "y", "con"); when either
is among the model's three best guesses, each such word tips the balance.
"""
from __future__ import annotations

PORTUGUESE = frozenset("""
    vc vcs voce você voces vocês pra pro nao não tô tá faço faco cadê cade obg vlw tbm mto muito
    muita em um uma uns umas meu minha meus minhas tenho estou fico moro onde isso esse essa aí
    ajuda ajudar ajudem trabalho dinheiro agora então entao sim também tambem
    quero posso pode consigo obrigado obrigada falar nem com sao tao
    eu ele ela eles elas sou oi diz dizem disse mais ainda depois só noite aluguel dívida divida
    passagem patrão patrao patroa salário salario filho filha mãe mae irmão irmao irmã irma
    sair deixa deixam ficar morar até ate fazer vou vai vão vao foi já numa num pelo pela ao aos lhe
    """.split())
SPANISH = frozenset("""
    estoy tengo necesito donde dónde yo mi mis muy pero usted ustedes hay quiero ayuda
    ayudar ayúdenme trabajo dinero ahora también tambien puedo puede hablar gracias
    el los las del una unos eso ese esa aquí acá allá ella ellos nosotros
    soy con dice dicen dijo deuda alquiler pasaje después despues todavía todavia hijo hija
    noche salir dejan ustedes estamos están estan voy
    """.split())
FACTOR = 20.0
MAX_CUES = 12  # 20**12 outweighs any posterior; 20**300 overflows a float  # per cue word the other language lacks
FLOOR = 0.05


def reweigh(post: dict[str, float], words: list[str]) -> dict[str, float]:
    """`post` with Portuguese and Spanish reweighed by the cue words among `words`."""
    if not post:
        return post
    lead = sorted(post, key=post.get, reverse=True)[:3]
    if not {"pt", "es"} & set(lead):
        return post
    pt = sum(w in PORTUGUESE for w in words)
    es = sum(w in SPANISH for w in words)
    if pt == es:
        return post
    out = dict(post)
    winner = "pt" if pt > es else "es"
    if lead[0] in ("pt", "es") or (abs(pt - es) >= 2 and lead[0] == "en"):
        # Between the two, the model may all but rule out the right one on a few letters
        # ("oi sou venezuelano em" read as English). Not over Kreyòl, French or an Indigenous
        # language, which share short words with them ("yo", "se", "las" in Guaraní text).
        out[winner] = max(out.get(winner, 0.0), FLOOR)
    out[winner] *= FACTOR ** min(abs(pt - es), MAX_CUES)  # a long message must not overflow
    z = sum(out.values())
    return {k: v / z for k, v in out.items()}
