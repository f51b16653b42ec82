"""Portuguese transcripts (the person's messages only). Part one is written conversation by
conversation; part two joins hand-written turns (opening, context, what happens, answers to
the bot's questions) whose level is fixed by the piece that decides it, never computed from
word counts. Levels follow the label rules of shared/data/realistic/README.md."""
from __future__ import annotations

import random

I, P, R, N = "immediate", "priority", "refer", "info"

HAND = [
    # --- immediate -------------------------------------------------------------------
    (I, ["oi", "preciso de ajuda rapido", "ele ta batendo na porta do quarto e disse q vai me levar embora hoje"], ["someone at the door now, threat to take her"]),
    (I, ["boa noite", "sou costureira numa oficina no Brás", "o dono pegou meu passaporte", "agora ele descobriu que eu falei com vocês e tá subindo a escada"], ["documents taken", "exploiter coming now"]),
    (I, ["é sobre a minha sobrinha, ela tem 15", "ela foi pra Boa Vista trabalhar de babá numa casa", "não deixam ela estudar e ela trabalha o dia todo"], ["minor in domestic work"], "minor + labour: immediate though no force is named"),
    (I, ["sou professora", "uma aluna do 7º ano me contou que um homem busca ela depois da aula", "ele dá dinheiro e leva ela pra 'festas' com os amigos dele"], ["minor, commercial sexual exploitation"], "school grade as age"),
    (I, ["os coiotes estão com meu irmão em Tapachula", "querem 2500 dólares até sexta", "se não pagar disseram que ele não sai"], ["ransom"]),
    (I, ["oi", "não aguento mais essa vida", "penso em me matar todo dia aqui na fazenda"], ["self-harm"]),
    (I, ["meu colega caiu do andaime", "ele não tá se mexendo e tá saindo sangue da cabeça", "o encarregado não quer chamar ambulância"], ["medical emergency now"]),
    (I, ["tenho 16", "trabalho num bar na BR", "o dono manda eu sair com os caminhoneiros"], ["minor", "forced commercial sex"]),
    (I, ["fugi da casa agora", "tô escondida atrás de um posto", "eles tão rodando de carro me procurando"], ["hiding now, being searched for"]),
    (I, ["meu filho não responde desde ontem", "ele foi trabalhar numa fazenda no Pará com um gato", "hoje um homem ligou dizendo que ele só volta se a gente mandar 4 mil"], ["ransom"], "ransom without the word"),
    (I, ["é sobre o menino da vizinha", "ele tem uns 12 anos", "fica no sinal pedindo dinheiro o dia todo e um homem recolhe tudo"], ["minor, forced begging"]),
    (I, ["oi moça", "vim da Venezuela com 17 anos", "to numa casa de programa em Pacaraima", "n posso sair"], ["minor", "commercial sex", "confinement"]),
    (I, ["ajuda", "to trancada no quarto", "ele saiu pra buscar os outros e disse q hoje eu vou pra outro lugar"], ["locked in now, about to be moved"]),
    (I, ["tomei muitos comprimidos", "to com medo", "não consigo ficar em pé"], ["overdose, self-harm"]),
    (I, ["sou do 9º ano", "um cara da boca me mandou guardar droga em casa", "se eu recusar ele disse que pega minha mãe"], ["minor, forced crime, threat"]),
    (I, ["to ligando do banheiro", "o patrão tá bêbado com uma arma na sala", "ele disse que hoje mata um"], ["armed threat now"]),
    (I, ["minha prima mandou audio chorando", "ela tá num garimpo em Roraima", "disse que os homens tão batendo nela agora e que ninguém pode ajudar"], ["violence happening now, third party"]),
    (I, ["meu irmão de 14", "nosso tio levou ele pra carvoaria", "ele trabalha o dia inteiro e não vai mais pra escola"], ["minor in labour"]),
    (I, ["ela parou de responder", "a última mensagem foi 'me ajuda, tão me levando'", "ela trabalha numa boate em Cuiabá"], ["abduction now"]),
    (I, ["boa noite", "prenderam a gente num galpão no México", "ligam pras famílias pedindo dinheiro", "eu consegui esconder o celular"], ["held for ransom now"]),
    # --- priority ----------------------------------------------------------------------
    (P, ["oi", "trabalho de doméstica numa casa em Brasília", "a patroa guardou meu passaporte e não devolve", "mas ela é boa comigo"], ["documents confiscated"], "kindness never lowers the level"),
    (P, ["boa tarde", "vim do Haiti com um homem que pagou a passagem", "eu devo 3 mil", "e todo mês ele fala um valor maior"], ["debt that grows"], "debt spread over two messages"),
    (P, ["minha irmã trabalha numa confecção em Guarulhos", "ela não pode sair sozinha", "o dono leva e busca ela"], ["restriction of movement, third party"]),
    (P, ["trabalho numa fazenda de café", "o gato falou que se eu for embora ele faz mal pra minha mãe", "ela mora em Maracaibo"], ["threat to family back home"]),
    (P, ["eu aceitei vir", "ninguém me obrigou", "mas agora eles ficaram com meu celular e não deixam eu falar com minha família"], ["isolation"], "consent never lowers the level"),
    (P, ["vim pra ser garçonete", "chegando aqui o dono disse que tinha que sair com os clientes", "eu sou maior de idade"], ["deceived into commercial sex"]),
    (P, ["oi", "o patrão guarda nosso salário 'pra gente não gastar'", "e diz que se alguém reclamar chama a Federal"], ["withheld wages as control", "deportation threat"]),
    (P, ["isso já passou", "há dois anos eu ficava trancada numa casa trabalhando de graça", "hoje moro com minha tia e tô segura", "queria ajuda pra entender meus direitos"], ["past confinement and unpaid work"], "past trafficking indicators, safe now: priority, not immediate"),
    (P, ["na fazenda a gente compra tudo no armazém deles", "no fim do mês ninguém recebe", "dizem que a gente ainda deve"], ["debt bondage through the company store"]),
    (P, ["sou angolana", "a família que me trouxe me bate quando eu erro", "trabalho na casa deles"], ["violence by employer", "domestic work"]),
    (P, ["meu vizinho boliviano", "ele costura numa oficina no porão", "o coreano fica com os documentos de todos"], ["documents confiscated, third party"]),
    (P, ["não sei se é aqui", "a dona da boate cobra multa de tudo", "e diz que eu só saio quando pagar"], ["debt used to hold her"]),
    (P, ["trabalho numa carvoaria", "tem um homem armado vigiando a estrada", "ninguém sai sem permissão"], ["surveillance, restriction"]),
    (P, ["oi", "me venderam pra essa casa", "hoje eu to bem, não to em perigo agora, mas queria sair"], ["sold"]),
    (P, ["faz 5 meses que não recebo", "ele fala que paga tudo no fim da safra", "e não deixa ninguém ir embora antes"], ["withheld wages", "not free to leave"]),
    (P, ["minha cunhada trabalha de doméstica em SP", "ela dorme na lavanderia, não tem folga e não recebe", "já faz 3 anos"], ["domestic servitude"]),
    (P, ["me obrigam a vender bala no trem", "tenho 22 anos", "se eu volto com pouco dinheiro fico sem comer"], ["forced begging, adult"]),
    (P, ["tô numa obra em Curitiba", "o empreiteiro ameaçou matar quem denunciar", "e a gente dorme no canteiro"], ["threats"]),
    (P, ["minha amiga", "ela tem 19 anos", "o namorado dela anuncia ela na internet e fica com o dinheiro"], ["forced commercial sex"], "19 is an adult; a partner who pimps is exploitation, not partner violence"),
    (P, ["a agência ficou com o passaporte de todas nós", "disseram que é pra tirar o visto", "mas já faz 6 meses e a gente tá trabalhando"], ["documents held"]),
    # --- refer -------------------------------------------------------------------------
    (R, ["oi", "paguei um guia pra atravessar por Pacaraima", "ele deixou a gente na rodoviária e foi embora", "agora não sei como pedir refúgio"], ["smuggling only"]),
    (R, ["meu marido me bateu ontem", "hoje ele foi trabalhar", "quero saber como pedir medida protetiva"], ["partner violence, not now"]),
    (R, ["cheguei em Manaus hoje", "não tenho onde dormir", "tem abrigo?"], ["homelessness"]),
    (R, ["uma mulher no Instagram me ofereceu emprego na Espanha", "ela paga a passagem e eu devolvo trabalhando", "só preciso mandar foto", "é confiável?"], ["suspicious job offer not taken"]),
    (R, ["fui mandado embora", "não pagaram minhas férias nem o 13º", "posso procurar a justiça?"], ["labour dispute"]),
    (R, ["eu devo a passagem pro meu primo", "ele não cobra juros", "trabalho onde quero"], ["travel debt without control"], "travel debt alone is below the threshold"),
    (R, ["me prometeram salário de 2 mil", "tão pagando 1400", "eu posso sair, mas queria saber se isso é legal"], ["pay below promise, free to leave"], "deception/wage alone, no control"),
    (R, ["o salário atrasou 2 meses", "todo mundo da obra tá reclamando", "a gente mora em casa própria"], ["labour dispute with free movement"]),
    (R, ["meu ex fica mandando mensagem ameaçando", "ele mora em outra cidade", "tenho medo"], ["partner violence, not now"]),
    (R, ["atravessei a fronteira com coiote", "não devo nada a ele", "mas tô dormindo na rua em Boa Vista"], ["smuggling", "homelessness"]),
    (R, ["um cara chamou meu irmão pra trabalhar num garimpo", "não quis dizer onde é", "e disse que não precisa de documento"], ["suspicious job offer, third party"]),
    (R, ["oi", "uma vez achei que não podia sair da fazenda, mas era só a chuva que fechou a estrada",
         "hoje só preciso de ajuda com o aluguel, vou ser despejado"], ["homelessness"],
     "hard negative for restriction: the road was closed by rain"),
    # --- info --------------------------------------------------------------------------
    (N, ["oi", "vocês atendem venezuelanos?", "obrigada"], []),
    (N, ["boa tarde", "estou fazendo um trabalho da faculdade sobre tráfico de pessoas", "vocês têm estatísticas?"], [], "hard negative: homework"),
    (N, ["perdi meu passaporte no ônibus", "como tiro outro no consulado?"], [], "hard negative: lost passport"),
    (N, ["o patrão pediu cópia do meu RG", "é normal?", "ele devolveu na hora"], [], "hard negative: copy"),
    (N, ["quero trabalhar em Portugal", "como sei se uma agência é séria?"], [], "hard negative: job-abroad question"),
    (N, ["vi uma novela sobre meninas levadas pra Espanha", "isso acontece de verdade?", "como a gente se protege?"], [], "hard negative: soap opera"),
    (N, ["oi", "minha filha de 14 anos precisa de vaga na escola", "sou haitiana"], [], "minor with no exploitation"),
    (N, ["ninguém pegou meus documentos", "só quero saber como tirar CPF"], [], "negation"),
    (N, ["quero apagar minhas mensagens", "obrigado"], []),
    (N, ["bom dia", "qual o horário de vocês?", "e atendem em espanhol?"], []),
]

# --- composed conversations ----------------------------------------------------------------
OPEN = ["oi", "boa noite", "oi, preciso de ajuda", "olá", "bom dia", "alguém aí?", "oi moça", "preciso falar com alguém",
        "desculpa escrever", "oi, tudo bem?", "me passaram esse número"]
PLACE = ["trabalho numa oficina de costura em SP", "trabalho numa fazenda no interior", "sou doméstica e durmo no emprego",
         "trabalho numa obra em Curitiba", "trabalho num restaurante em Boa Vista", "to numa carvoaria no Pará",
         "trabalho numa boate na estrada", "to num garimpo em Roraima", "trabalho numa feira em Manaus"]
PLACE_3P = ["minha prima trabalha numa oficina de costura em SP", "meu irmão tá numa fazenda no interior",
            "minha vizinha é doméstica e dorme no emprego", "meu cunhado trabalha numa obra em Curitiba",
            "uma amiga trabalha numa boate na estrada", "meu primo tá num garimpo em Roraima"]

# (level, turns, indicators); turns may hold two messages (a split indicator).
PRIORITY_TURNS = [
    (["o dono ficou com meu passaporte"], "documents taken"),
    (["eles guardam os documentos de todo mundo", "e não devolvem nem pra ir no médico"], "documents withheld"),
    (["eu devo a viagem", "e a dívida só aumenta"], "debt that grows"),
    (["dizem que eu só posso ir embora quando pagar"], "debt holds the person"),
    (["eles não deixam ninguém sair", "o portão fica trancado"], "confinement"),
    (["pegaram meu celular", "não falo com minha família faz meses"], "isolation"),
    (["o encarregado bate em quem reclama"], "violence"),
    (["ameaçaram minha família no meu país"], "threats to family"),
    (["me obrigam a sair com os clientes"], "forced commercial sex"),
    (["sempre tem alguém vigiando", "até pra ir no mercado"], "surveillance"),
    (["não recebo faz meses", "e ele diz que chama a polícia se eu reclamar"], "withheld wages, police threat"),
]
PRIORITY_3P = [
    (["o dono ficou com o passaporte dela"], "documents taken"),
    (["ela deve a viagem", "e cada mês aumenta"], "debt that grows"),
    (["não deixam ela sair sozinha"], "restriction"),
    (["tiraram o celular dele", "a família não sabe dele"], "isolation"),
    (["já bateram nele"], "violence"),
    (["obrigam ela a atender clientes"], "forced commercial sex"),
]
URGENT_TURNS = [
    (["agora tem um homem batendo na porta"], "danger now"),
    (["to escondida e eles estão me procurando"], "hiding now"),
    (["ele pegou uma faca agora"], "weapon now"),
    (["penso em me matar hoje"], "self-harm"),
    (["tô sangrando muito"], "medical emergency"),
]
MINOR_TURNS = [
    (["ah, eu tenho 15 anos"], "minor"), (["tenho 16"], "minor"), (["sou do 8º ano"], "minor (school grade)"),
    (["esqueci de falar, ela tem 14 anos"], "minor"), (["ele é de menor, tem 13"], "minor"),
]
REFER_TURNS = [
    (["paguei um coiote pra atravessar", "ele me deixou na fronteira e acabou, não devo nada"], "smuggling only"),
    (["o salário atrasou", "eu moro na minha casa e posso sair quando quiser"], "labour dispute"),
    (["meu marido me bateu semana passada", "hoje tô na casa da minha mãe"], "partner violence, not now"),
    (["hoje não tenho lugar pra dormir"], "homelessness"),
    (["uma agência quer que eu pague 2 mil adiantado pra trabalhar no Chile", "ainda não paguei"], "suspicious job offer"),
    (["fui demitida sem receber a rescisão"], "labour dispute"),
    (["um homem ofereceu trabalho de modelo no Japão", "disse que fica com meu passaporte durante a viagem"], "suspicious job offer not taken"),
]
INFO_TURNS = [
    ["como tiro segunda via do RG?"], ["vocês atendem em crioulo?"], ["onde tem curso de português?"],
    ["o patrão tirou xerox do meu passaporte e me devolveu, tá certo?"], ["quanto custa a passagem pra Manaus?"],
    ["ninguém me obriga a nada, só queria informação sobre o CPF"], ["qual a diferença entre tráfico e contrabando de migrantes?"],
    ["trabalho numa loja, tenho folga e carteira assinada, quero saber das férias"],
    ["meu passaporte tá comigo, só queria saber se posso viajar pro Paraguai"],
]
CLOSE = {I: ["", "me ajuda", "rápido por favor", "não sei o que fazer"],
         P: ["", "o que eu faço?", "vocês podem ajudar?", "tenho medo", "quero sair daqui"],
         R: ["", "o que eu faço?", "onde procuro ajuda?", "obrigada"],
         N: ["", "obrigada", "ok", "valeu"]}


def composed(n: int, seed: int = 11) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    kinds = [I, P, R, N]
    for k in range(n):
        level = kinds[k % 4]
        msgs, why = [rng.choice(OPEN)], []
        if level == P:
            third = rng.random() < 0.35
            msgs.append(rng.choice(PLACE_3P if third else PLACE))
            turn, w = rng.choice(PRIORITY_3P if third else PRIORITY_TURNS)
            msgs += turn
            why.append(w)
        elif level == I:
            msgs.append(rng.choice(PLACE))
            if rng.random() < 0.5:
                turn, w = rng.choice(PRIORITY_TURNS)
                msgs += turn
                why.append(w)
                age, aw = rng.choice(MINOR_TURNS[:3])
                msgs += age
                why.append(aw + " in exploitation")
            else:
                turn, w = rng.choice(URGENT_TURNS)
                msgs += turn
                why.append(w)
        elif level == R:
            turn, w = rng.choice(REFER_TURNS)
            msgs += turn
            why.append(w)
        else:
            msgs += rng.choice(INFO_TURNS)
        close = rng.choice(CLOSE[level])
        if close and len(msgs) < 6:
            msgs.append(close)
        out.append((level, msgs[:6], why, "composed from hand-written turns"))
    return out


T = HAND + composed(104)
