"""Portuguese, part 4: messages put together from hand-written pieces.

Every piece below was written by hand: where people work (first person and about someone
else), what happens to them (one indicator per piece, several pieces per indicator, each
worded differently), openers and closers that carry no label. A message joins a place and
one or two things that happen, sometimes with an opener, a closer or an age; its labels are
the union of its pieces' labels. Phone-typed spelling (no accents, q/vc/n/pq/tb) is applied
to some messages. Seeded, so a re-run gives the same file.
"""
from __future__ import annotations

import random
import unicodedata

# Where the person works: (text, sector code). First person.
PLACES_1P = {
    "oficina": [
        ("sou costureira numa oficina no Brás", "slab"),
        ("costuro numa confecção no Bom Retiro", "slab"),
        ("to numa oficina de costura lá em Guarulhos", "slab"),
        ("sou costureira num porão de confecção na zona leste", "slab"),
        ("vim da Bolívia pra costurar numa oficina em SP", "slab"),
        ("trabalho na máquina de costura numa casa no Pari", "slab"),
    ],
    "roca": [
        ("trabalho numa fazenda de café no sul de Minas", "slab"),
        ("to na colheita de laranja no interior de SP", "slab"),
        ("trabalho numa carvoaria no Pará", "slab"),
        ("to numa fazenda de gado no Mato Grosso", "slab"),
        ("corto cana numa usina em Goiás", "slab"),
        ("trabalho na colheita de maçã em Santa Catarina", "slab"),
        ("to num garimpo em Roraima", "slab"),
        ("trabalho no desmatamento duma fazenda no Maranhão", "slab"),
    ],
    "casa": [
        ("trabalho de doméstica e durmo no emprego", "slab"),
        ("sou babá numa casa em Boa Vista", "slab"),
        ("cuido de uma senhora idosa e moro com a família dela", "slab"),
        ("trabalho em casa de família em Manaus", "slab"),
        ("sou empregada doméstica num apartamento em Brasília", "slab"),
    ],
    "obra": [
        ("trabalho numa obra em São Paulo", "slab"),
        ("to de servente numa construção em Curitiba", "slab"),
        ("trabalho de pedreiro numa obra em Florianópolis", "slab"),
        ("to trabalhando numa empreiteira em Porto Alegre", "slab"),
    ],
    "comercio": [
        ("trabalho numa pizzaria em Boa Vista", "slab"),
        ("lavo prato num restaurante em Cuiabá", "slab"),
        ("trabalho numa padaria de um conhecido", "slab"),
        ("trabalho num frigorífico em Chapecó", "slab"),
        ("trabalho num lava-jato em Manaus", "slab"),
        ("to trabalhando numa feira em SP", "slab"),
    ],
    "noite": [
        ("trabalho numa boate na beira da BR", "ssex"),
        ("faço programa numa casa em Boa Vista", "ssex"),
        ("trabalho numa casa noturna em Cuiabá", "ssex"),
        ("to num bar de estrada onde as meninas atendem os caminhoneiros", "ssex"),
        ("trabalho numa 'casa de massagem' no centro", "ssex"),
    ],
}

# The same places, said about someone else: {s} = the person, {v} = verb agreement kept simple.
PLACES_3P = {
    "oficina": ["trabalha numa oficina de costura no Brás", "costura numa confecção no Bom Retiro",
                "tá numa oficina de costura em Guarulhos", "foi trabalhar numa confecção na zona leste"],
    "roca": ["trabalha numa fazenda de café em Minas", "tá na colheita de laranja no interior",
             "trabalha numa carvoaria no Pará", "tá num garimpo em Roraima", "foi pro corte de cana em Goiás",
             "tá numa fazenda no Mato Grosso"],
    "casa": ["trabalha de doméstic{a} e dorme no emprego", "é babá numa casa em Boa Vista",
             "trabalha numa casa de família em Manaus", "cuida de uma idosa e mora na casa dela"],
    "obra": ["trabalha numa obra em São Paulo", "tá de servente numa construção em Curitiba",
             "trabalha pra uma empreiteira em Porto Alegre"],
    "comercio": ["trabalha numa pizzaria em Boa Vista", "lava prato num restaurante em Cuiabá",
                 "trabalha num frigorífico em Chapecó", "trabalha numa feira em SP"],
    "noite": ["trabalha numa boate na beira da BR", "tá numa casa de programa em Boa Vista",
              "trabalha num bar de estrada", "tá numa casa noturna em Cuiabá"],
}
SECTOR = {"oficina": "slab", "roca": "slab", "casa": "slab", "obra": "slab", "comercio": "slab", "noite": "ssex"}

ADULTS_F = ["minha prima", "minha vizinha", "uma colega da igreja", "minha cunhada", "uma amiga minha",
            "a mulher do meu primo", "minha irmã", "uma moça que eu conheço"]
ADULTS_M = ["meu primo", "meu vizinho", "um colega da igreja", "meu cunhado", "um amigo meu", "meu irmão",
            "o marido da minha amiga"]
MINORS_F = ["minha sobrinha de 15 anos", "uma aluna minha de 14 anos", "a filha da vizinha, que tem 13",
            "minha irmã de 16", "uma menina do 8º ano da escola", "minha afilhada de 14", "uma garota de uns 12 anos"]
MINORS_M = ["meu sobrinho de 14 anos", "um aluno meu do 7º ano", "o filho da vizinha, de 13 anos",
            "meu irmão de 16", "um menino de uns 12 anos", "meu afilhado de 15"]
MINOR_1P = ["tenho 15 anos e", "tenho 16 anos e", "sou menor de idade e", "tenho 14 e", "sou do 9º ano e",
            "tenho 17 anos e", "to no 8º ano e", "sou de menor e"]

# What happens, first person: (text, codes, places where it fits; None = anywhere).
EVENTS_1P = [
    # documents
    ("o dono pegou meu passaporte no primeiro dia", "doc", None),
    ("eles ficaram com meu RG e meu protocolo de refúgio", "doc", None),
    ("meus documentos tão guardados com o responsável e ele não devolve", "doc", None),
    ("pedi meu passaporte de volta e disseram que só no fim do contrato", "doc", None),
    ("tiraram minha carteira de trabalho e não sei onde está", "doc", None),
    ("a patroa guardou meus papéis num armário trancado", "doc", {"casa"}),
    ("o gato recolheu os documentos de todo mundo", "doc", {"roca"}),
    ("a dona da casa ficou com minha identidade 'pra segurança'", "doc", {"noite"}),
    # debt
    ("devo a passagem pra eles e a dívida só aumenta", "bond tdebt", None),
    ("eles cobram comida e dormida e eu sempre fico devendo", "bond", None),
    ("dizem que só posso sair quando pagar o que devo", "bond restr", None),
    ("tudo que eu ganho vai pra pagar uma dívida que nunca acaba", "bond", None),
    ("descontam do meu salário o alojamento, as ferramentas e a comida", "bond", {"roca", "obra", "oficina"}),
    ("o armazém da fazenda vende fiado e ninguém consegue pagar", "bond", {"roca"}),
    ("tenho que fazer programa até pagar a viagem", "bond tdebt fsex", {"noite"}),
    ("cada multa que ela inventa vai pra minha dívida", "bond", {"noite", "casa"}),
    ("devo a viagem pro homem que me arrumou esse trabalho", "tdebt", None),
    ("fiquei devendo a taxa da agência que me trouxe", "tdebt", None),
    # movement
    ("nem no domingo deixam a gente pôr o pé na rua", "restr", None),
    ("o portão fica trancado e só o encarregado tem a chave", "restr", {"oficina", "obra", "roca", "noite"}),
    ("só posso sair com alguém deles junto", "restr", None),
    ("tem um homem vigiando a gente o tempo todo", "restr", None),
    ("a porta do meu quarto é trancada por fora de noite", "restr", {"casa", "noite"}),
    ("a fazenda é longe de tudo e eles não deixam ninguém ir pra cidade", "restr", {"roca"}),
    ("se alguém tenta ir embora eles buscam de volta", "restr", None),
    # isolation
    ("pegaram meu celular quando cheguei", "iso", None),
    ("não posso falar com ninguém de fora", "iso", None),
    ("não sei direito onde fica esse lugar", "iso", None),
    ("minha família não sabe onde eu estou", "iso", None),
    ("eles leem todas as minhas mensagens", "iso", None),
    ("não deixam a gente conversar com os vizinhos", "iso", None),
    # violence
    ("o encarregado bate em quem reclama", "viol", {"oficina", "obra", "roca", "comercio"}),
    ("já apanhei duas vezes", "viol", None),
    ("o patrão me agarra quando tá sozinho comigo", "viol", {"casa", "comercio"}),
    ("o segurança bate nas meninas", "viol", {"noite"}),
    ("ele me forçou a ter relação com ele", "viol", None),
    ("me empurraram e machucaram meu braço", "viol", None),
    # threats
    ("ele ameaça minha família que ficou na Venezuela", "thr", None),
    ("disseram que se eu fugir vão atrás da minha mãe", "thr", None),
    ("falaram que quem abrir a boca se arrepende", "thr", None),
    ("ele diz que sabe onde meus filhos moram", "thr", None),
    # deportation
    ("ele diz que se eu reclamar chama a Polícia Federal", "dep", None),
    ("ela ameaça me entregar pra imigração", "dep", None),
    ("falam que sem papel a polícia prende a gente e não eles", "dep vuln", None),
    # wages
    ("faz quatro meses que não recebo nada", "wage", None),
    ("ele diz que guarda meu salário pra mim", "wage", None),
    ("pagam muito menos do que prometeram", "wage decep", None),
    ("só vou receber no fim da safra, tudo junto", "wage", {"roca"}),
    ("o dinheiro dos programas fica todo com a dona", "wage fsex", {"noite"}),
    ("recebo só comida e um lugar pra dormir", "wage", {"casa", "comercio"}),
    # hours
    ("trabalho 16 horas por dia", "hours", None),
    ("não tenho nenhum dia de folga", "hours", None),
    ("mesmo doente tenho que trabalhar", "hours", None),
    ("começo às 5 da manhã e termino depois da meia-noite", "hours", None),
    ("trabalho de domingo a domingo", "hours", None),
    # deception
    ("me prometeram outro trabalho, com carteira assinada", "decep", None),
    ("o salário que falaram era o triplo do que pagam", "decep wage", None),
    ("falaram que era em São Paulo capital e me trouxeram pro meio do mato", "decep", {"roca", "oficina"}),
    ("a vaga era de garçonete e virou outra coisa", "decep fsex", {"noite"}),
    ("o anúncio falava de hotel, não disso aqui", "decep", None),
    # forced sex
    ("sou obrigada a atender os clientes que o dono escolhe", "fsex", {"noite"}),
    ("não posso recusar nenhum programa", "fsex", {"noite"}),
    ("me fazem sair com os homens que pagam a dona", "fsex", {"noite"}),
    ("tenho que 'agradar' os amigos do patrão", "fsex ssex", {"casa", "comercio"}),
    # servitude
    ("durmo na cozinha e nunca tenho folga", "dom hours", {"casa"}),
    ("faço tudo na casa e não me deixam sair nem pra igreja", "dom restr", {"casa"}),
    ("trabalho pra família há anos e nunca recebi salário", "dom wage", {"casa"}),
    # sale / taken by force
    ("o dono diz que pagou por mim e que eu sou dele", "sale", None),
    ("me trouxeram pra cá à força", "sale", None),
    ("fui vendida pra essa casa por outra mulher", "sale", {"noite", "casa"}),
    # vulnerability
    ("ele sabe que eu to sem documento e se aproveita", "vuln", None),
    ("como não falo português direito eles fazem o que querem", "vuln", None),
    ("sabem que eu não tenho pra onde ir", "vuln", None),
]

# About someone else: {ele} ele/ela, {dele} dele/dela, {o} o/a, {a} -o/-a ending.
EVENTS_3P = [
    ("o dono pegou o passaporte {dele}", "doc", None),
    ("os documentos {dele} ficam com o patrão", "doc", None),
    ("tiraram o RG {dele} e não devolvem", "doc", None),
    ("{ele} deve a viagem e a dívida só cresce", "bond tdebt", None),
    ("cobram tudo {dele}, comida, cama, e {ele} nunca termina de pagar", "bond", None),
    ("{ele} só pode ir embora quando pagar", "bond restr", None),
    ("{ele} não pode sair sozinh{a}", "restr", None),
    ("trancam {ele} de noite", "restr", None),
    ("tem sempre alguém vigiando {ele}", "restr", None),
    ("pegaram o celular {dele}", "iso", None),
    ("faz meses que {ele} não fala com a família", "iso", None),
    ("{ele} não sabe nem em que cidade está", "iso", None),
    ("já bateram {nele} mais de uma vez", "viol", None),
    ("{ele} apareceu com marcas no braço", "viol", None),
    ("ameaçaram a família {dele}", "thr", None),
    ("falaram que se {ele} fugir vão atrás {dele}", "thr", None),
    ("o patrão diz que entrega {ele} pra Federal se reclamar", "dep", None),
    ("{ele} não recebe nada faz meses", "wage", None),
    ("o salário {dele} fica 'guardado' com o dono", "wage", None),
    ("{ele} trabalha mais de 15 horas por dia", "hours", None),
    ("{ele} nunca tem folga", "hours", None),
    ("prometeram outro emprego pra {ele}", "decep", None),
    ("obrigam {ele} a fazer programa", "fsex", {"noite"}),
    ("{ele} tem que sair com os clientes que o dono manda", "fsex", {"noite"}),
    ("{ele} dorme na área de serviço e não tem folga", "dom hours", {"casa"}),
    ("{ele} faz todo o serviço da casa e não pode sair", "dom restr", {"casa"}),
    ("se aproveitam que {ele} não tem documento", "vuln", None),
    ("venderam {ele} pro dono desse lugar", "sale", None),
    ("levaram {ele} à força de Pacaraima", "sale", None),
]

# Danger now, ransom, self-harm, medical: first person and third person.
URGENT_1P = [
    ("agora eles tão batendo na porta", "now"),
    ("fugi agora pouco e tem gente atrás de mim", "now"),
    ("to escondida e ouço eles me procurando", "now"),
    ("ele tá com uma faca na sala agora", "now"),
    ("me trancaram agora e disseram que vão me levar hoje à noite", "now restr"),
    ("não aguento mais, penso em me matar", "selfh"),
    ("eles tão me segurando e ligaram pra minha família pedindo dinheiro pra me soltar", "ransom restr"),
    ("já separei os comprimidos, hoje eu acabo com isso", "selfh"),
    ("hoje pensei em tomar todos os remédios da gaveta", "selfh"),
    ("tô sangrando muito e ninguém chama ambulância", "med"),
    ("bati a cabeça e tô vendo tudo escuro", "med"),
]
URGENT_3P = [
    ("agora mesmo {ele} mandou mensagem dizendo que tão batendo {nele}", "now viol"),
    ("{ele} parou de responder e tem uns homens rondando o lugar", "now"),
    ("{ele} ligou chorando dizendo que o dono tá armado lá dentro", "now"),
    ("{ele} disse que vão levar {ele} pra outro estado esta noite", "now"),
    ("pegaram {ele} e pedem 3 mil pra soltar", "ransom"),
    ("tão segurando {ele} e ligam pedindo pix pra liberar", "ransom"),
    ("{ele} disse que não quer mais viver", "selfh"),
    ("{ele} desmaiou e não acorda", "med"),
    ("{ele} tá sangrando e não deixam levar no hospital", "med"),
]

OPENERS = ["", "", "", "oi", "boa noite.", "oi, preciso de ajuda.", "olá", "bom dia, desculpa incomodar.",
           "não sei se é aqui, mas", "desculpa meu português,", "moça, por favor,", "oi, tudo bem? então,",
           "tô com medo de escrever isso mas", "uma amiga me passou esse número.", "ola, sou venezuelana.",
           "sou haitiano.", "boa tarde, sou angolana.", "preciso contar uma coisa.", "oi gente",
           "oi, vi o número de vocês num cartaz.", "escrevo rápido pq não tenho muito tempo."]
CLOSERS = ["", "", "", "o que eu faço?", "vocês podem me ajudar?", "isso é normal?", "me ajudem por favor",
           "não tenho pra quem pedir ajuda", "por favor não contem pra ninguém", "isso é crime?",
           "tenho muito medo", "não sei o que fazer", "quero sair daqui", "dá pra fazer alguma coisa?",
           "alguém pode me orientar?", "obrigada por ler", "me responde quando puder", "to desesperada",
           "não quero problema com a polícia", "posso ir embora?"]
CLOSERS_3P = ["", "", "como eu ajudo?", "o que eu faço?", "vocês podem ajudar?", "to preocupada",
              "isso é crime, né?", "não sei se me meto", "{ele} não sabe que estou escrevendo",
              "posso denunciar sem aparecer?", "fico pensando nisso toda noite"]

# Same places, without any indicator (hard negatives): (text, codes).
FINE_1P = [
    ("pagam certinho todo mês e tenho folga no domingo", ""),
    ("meu passaporte tá comigo, o patrão só tirou xerox", ""),
    ("saio quando quero, moro de aluguel perto", ""),
    ("o chefe é legal, só queria saber se tenho direito a décimo terceiro", ""),
    ("trabalho 8 horas e tenho carteira assinada", ""),
    ("tenho celular e falo com minha família todo dia", ""),
    ("me mandaram embora sem pagar as férias", "disp"),
    ("o salário atrasou esse mês, mas eu posso sair e procurar outro emprego", "disp"),
    ("não assinaram minha carteira, mas pagam em dia", "disp"),
    ("meu chefe não paga as horas extras, estou pensando em sair", "disp"),
    ("ninguém pegou meus documentos, só quero saber como tirar o CPF", ""),
    ("ganho pouco mas é o que combinamos", ""),
]
FINE_CLOSERS = ["", "", "obrigado", "é normal?", "vocês sabem?", "onde eu pergunto isso?", "valeu"]

def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


ABBREV = [(" que ", " q "), (" você ", " vc "), (" vocês ", " vcs "), (" não ", " n "), (" porque ", " pq "),
          (" também ", " tb "), (" muito ", " mto "), (" por favor", " pfv"), (" está ", " ta "), (" estou ", " to ")]


def phone_typed(text: str, rng: random.Random) -> tuple[str, str | None]:
    roll = rng.random()
    if roll < 0.35:
        return strip_accents(text).lower(), "no_accents"
    if roll < 0.55:
        out = f" {text} "
        for full, short in ABBREV:
            if rng.random() < 0.8:
                out = out.replace(full, short)
        return strip_accents(out.strip()).lower(), "abbrev"
    return text, None


def join(parts: list[str], rng: random.Random) -> str:
    """parts = [opener, body..., closer]; opener and closer may be empty."""
    opener, body, closer = parts[0], parts[1:-1], parts[-1]
    out = body[0]
    for p in body[1:]:
        glue = rng.choice([". ", ", ", " e ", ". "])
        if glue == ". ":
            p = p[0].upper() + p[1:]
        out += glue + p
    if opener:
        out = opener + (" " if opener.endswith((".", ",")) else ", ") + out
    if closer:
        out += rng.choice([". ", ", ", " "]) + closer
    return out[0].upper() + out[1:]


def fits(event, place) -> bool:
    return event[2] is None or place in event[2]


def distinct(rng: random.Random, events: list, k: int) -> list:
    """k events whose first labels differ (no message says the same thing twice)."""
    picked, seen = [], set()
    for e in rng.sample(events, len(events)):
        if e[1].split()[0] not in seen:
            picked.append(e)
            seen.add(e[1].split()[0])
        if len(picked) == k:
            break
    return picked


def gendered(text: str, fem: bool) -> str:
    return text.format(ele="ela" if fem else "ele", dele="dela" if fem else "dele", nele="nela" if fem else "nele",
                       o="a" if fem else "o", a="a" if fem else "o")


def first_person(rng: random.Random, minor: bool) -> tuple[str, str, str]:
    place = rng.choice(list(PLACES_1P))
    where, sector = rng.choice(PLACES_1P[place])
    events = [e for e in EVENTS_1P if fits(e, place)]
    chosen = distinct(rng, events, rng.choice([1, 1, 2, 2, 3]))
    codes = {sector} | {c for e in chosen for c in e[1].split()}
    if minor:
        where = f"{rng.choice(MINOR_1P)} {where}"
        codes.add("minor")
        if sector == "ssex":
            codes.add("fsex")  # a child in a sex venue is exploited by whoever runs it
    text = join([rng.choice(OPENERS), where] + [e[0] for e in chosen] + [rng.choice(CLOSERS)], rng)
    return text, " ".join(sorted(codes)), "plain" if len(chosen) < 3 else "run_on"


def third_person(rng: random.Random, minor: bool) -> tuple[str, str, str]:
    fem = rng.random() < 0.6
    who = rng.choice((MINORS_F if fem else MINORS_M) if minor else (ADULTS_F if fem else ADULTS_M))
    place = rng.choice(list(PLACES_3P))
    events = [e for e in EVENTS_3P if fits(e, place)]
    chosen = distinct(rng, events, rng.choice([1, 2, 2]))
    codes = {SECTOR[place]} | {c for e in chosen for c in e[1].split()}
    if minor:
        codes.add("minor")
        if place == "noite":
            codes.add("fsex")
    parts = [rng.choice(OPENERS[:12]), gendered(f"{who} {rng.choice(PLACES_3P[place])}", fem)]
    parts += [gendered(e[0], fem) for e in chosen] + [gendered(rng.choice(CLOSERS_3P), fem)]
    return join(parts, rng), " ".join(sorted(codes)), "third_party"


def urgent(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        place = rng.choice(list(PLACES_1P))
        where, sector = rng.choice(PLACES_1P[place])
        ev = rng.choice([e for e in EVENTS_1P if fits(e, place)])
        now, ncodes = rng.choice(URGENT_1P)
        codes = {sector, *ev[1].split(), *ncodes.split()}
        return join(["", where, ev[0], now, rng.choice(["socorro", "rápido por favor", "me ajuda", ""])], rng), \
            " ".join(sorted(codes)), "plain"
    fem = rng.random() < 0.6
    minor = rng.random() < 0.3
    who = rng.choice((MINORS_F if fem else MINORS_M) if minor else (ADULTS_F if fem else ADULTS_M))
    place = rng.choice(list(PLACES_3P))
    now, ncodes = rng.choice(URGENT_3P)
    codes = {SECTOR[place], *ncodes.split()} | ({"minor"} if minor else set())
    if minor and place == "noite":
        codes.add("fsex")
    return join([rng.choice(OPENERS[:12]), gendered(f"{who} {rng.choice(PLACES_3P[place])}", fem), gendered(now, fem), ""], rng), " ".join(sorted(codes)), "third_party"


def fine(rng: random.Random) -> tuple[str, str, str]:
    place = rng.choice([p for p in PLACES_1P if p != "noite"])
    where, sector = rng.choice(PLACES_1P[place])
    text, codes = rng.choice(FINE_1P)
    return join([rng.choice(OPENERS[:8]), where, text, rng.choice(FINE_CLOSERS)], rng), \
        " ".join(sorted({sector, *codes.split()})), "plain"



# Street and crime: forced begging or crime by someone else. (place, sector)
STREET_1P = [("peço dinheiro no sinal em Boa Vista", "sbeg"), ("vendo bala no farol da avenida", "sbeg"),
             ("fico pedindo moeda na porta do metrô", "sbeg"), ("peço esmola com meu bebê no centro", "sbeg"),
             ("vendo pano de prato nos ônibus", "sbeg")]
STREET_EVENTS = [
    ("um homem leva a gente de van de manhã e recolhe tudo no fim do dia", "fbeg"),
    ("se eu não levar 100 reais por dia pra ele eu apanho", "fbeg viol"),
    ("não fico com nada, a mulher da casa pega o dinheiro todo", "fbeg"),
    ("ele escolhe o ponto e fica olhando de longe", "fbeg restr"),
    ("disseram que eu devo o quarto e tenho que pagar pedindo", "fbeg bond"),
    ("se eu parar eles ameaçam minha família", "fbeg thr"),
]
CRIME_1P = [
    ("me colocaram pra vender droga numa boca em Manaus", "scrime fbeg"),
    ("tenho que fazer entrega de pacote pros caras de moto", "scrime fbeg"),
    ("me obrigam a ficar de olheiro na entrada da comunidade", "scrime fbeg"),
    ("me fazem levar mochila com droga de ônibus pra outra cidade", "scrime fbeg"),
    ("eles me mandam furtar nas lojas do centro", "scrime fbeg"),
    ("fui obrigado a guardar arma e droga na minha casa", "scrime fbeg"),
]
CRIME_EVENTS = [
    ("se eu falar que quero parar eles dizem que me matam", "thr"),
    ("dizem que eu devo pra eles e que é assim que pago", "bond"),
    ("tomaram meu documento pra eu não sumir", "doc"),
    ("não deixam eu voltar pra casa da minha mãe", "restr"),
    ("já me bateram quando faltou dinheiro", "viol"),
    ("", ""),
]

# Needs without trafficking (refer): hand-written pieces per need.
WHO_INTRO = ["", "", "", "sou venezuelana, cheguei em Boa Vista mês passado.", "sou haitiano e moro em SP faz dois anos.",
             "sou angolana.", "cheguei pela Operação Acolhida.", "sou boliviano, moro em Guarulhos.",
             "sou de Cuba, cheguei por Roraima.", "oi, sou mãe solo de 3 filhos.", "tenho 34 anos e sou venezuelano."]
REFER = [
    # smuggling only
    ("paguei um guia pra atravessar pela trilha e ele deixou a gente em Pacaraima", "smug"),
    ("vim com um coiote pelo Acre, paguei antes e ele foi embora quando chegamos", "smug"),
    ("entrei pela fronteira sem passar na Polícia Federal, um rapaz cobrou 100 reais pra me levar", "smug"),
    ("meu marido pagou o coiote pra gente chegar no Chile e agora estamos em Santiago, livres", "smug"),
    ("o atravessador levou a gente de barco até Tabatinga e cada um seguiu seu caminho", "smug"),
    ("cruzei com um grupo e um guia, paguei tudo lá mesmo, ninguém ficou me devendo nem eu a eles", "smug"),
    # partner violence, not now
    ("meu marido me bate quando bebe, ontem foi assim, hoje ele saiu", "pv"),
    ("meu ex-companheiro me ameaça desde que eu saí de casa", "pv"),
    ("meu namorado me xinga, pega meu celular e já me deu tapa", "pv"),
    ("o pai dos meus filhos me agrediu semana passada e eu fui pra casa de uma amiga", "pv"),
    ("meu marido não deixa eu trabalhar e controla todo o meu dinheiro", "pv"),
    ("apanhei do meu companheiro no domingo, hoje ele tá no trabalho", "pv"),
    # homelessness
    ("hoje à noite não tenho onde ficar", "home"),
    ("estou na rua com meus filhos desde ontem", "home"),
    ("o abrigo tá lotado e eu tô dormindo na rodoviária", "home"),
    ("fui despejado e não tenho pra onde ir", "home"),
    ("estamos acampados perto da rodoviária, sem barraca", "home"),
    ("a dona da casa me mandou embora e eu dormi no banco da praça", "home"),
    # suspicious job offer, not taken
    ("uma moça me ofereceu trabalho de babá na Europa, ela paga tudo e eu devolvo trabalhando lá", "offer"),
    ("um homem no grupo do WhatsApp oferece emprego em fazenda e pede pra deixar os documentos com ele", "offer"),
    ("recebi proposta de dançarina no Japão, 8 mil dólares por mês, sem experiência", "offer"),
    ("uma agência pede 2 mil reais adiantado pra arrumar trabalho em Portugal", "offer"),
    ("me chamaram pra trabalhar num garimpo, dizem que não precisa documento e que o transporte é por conta deles", "offer"),
    ("um conhecido quer levar minha prima pra trabalhar em casa de família em SP, diz que ela não vai precisar de celular", "offer"),
    ("ofereceram vaga de recepcionista em Dubai mas pediram foto de corpo inteiro", "offer"),
]
REFER_CLOSERS = ["", "", "onde eu procuro ajuda?", "vocês ajudam com isso?", "tem algum lugar pra ir?",
                 "é seguro?", "o que vocês acham?", "preciso de orientação", "obrigada", "tem abrigo?"]


def street(rng: random.Random) -> tuple[str, str, str]:
    minor = rng.random() < 0.25
    if rng.random() < 0.5:
        where, sector = rng.choice(STREET_1P)
        ev, codes = rng.choice(STREET_EVENTS)
    else:
        where, codes0 = rng.choice(CRIME_1P)
        sector, codes = "", codes0
        ev, extra = rng.choice(CRIME_EVENTS)
        codes = f"{codes} {extra}"
    all_codes = {*codes.split(), *sector.split()} | ({"minor"} if minor else set())
    if minor:
        where = f"{rng.choice(MINOR_1P)} {where}"
    return join([rng.choice(OPENERS), where, ev, rng.choice(CLOSERS)] if ev else
                [rng.choice(OPENERS), where, rng.choice(CLOSERS)], rng), " ".join(sorted(all_codes)), "plain"


def refer(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(REFER)
    parts = [first]
    if rng.random() < 0.25:
        second = rng.choice([r for r in REFER if r[1] != first[1]])
        parts.append(second)
    codes = {c for p in parts for c in p[1].split()}
    return join([rng.choice(WHO_INTRO)] + [p[0] for p in parts] + [rng.choice(REFER_CLOSERS)], rng), \
        " ".join(sorted(codes)), "plain"


def compose(n: int, seed: int = 7) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.30:
            text, codes, style = first_person(rng, minor=rng.random() < 0.15)
        elif roll < 0.50:
            text, codes, style = third_person(rng, minor=rng.random() < 0.3)
        elif roll < 0.62:
            text, codes, style = urgent(rng)
        elif roll < 0.69:
            text, codes, style = street(rng)
        elif roll < 0.84:
            text, codes, style = refer(rng)
        else:
            text, codes, style = fine(rng)
        typed, typed_style = phone_typed(text, rng)
        out.append((typed, codes, typed_style or style, "composed from hand-written pieces"))
    return out


M = compose(1620)
