"""Portuguese, part 6: immediate classes told in more ways, and a large set of hard negatives
that reuse the indicator words (passport, debt, locked, coyote, programa, menor, trancado...)
in harmless or refer-only situations."""

M = [
    # --- danger_now, more ways ------------------------------------------------------------
    ("eles acharam meu esconderijo, to correndo", "now", "no_accents"),
    ("tem dois homens no portão da casa da minha tia perguntando por mim, são os da fazenda", "now slab", "plain"),
    ("o cafetão tá subindo, vou apagar essa conversa", "now ssex", "plain"),
    ("ele disse que hoje à noite vai me levar pro Paraguai e eu não quero ir", "now", "plain"),
    ("meu chefe tá com o facão na mão gritando que vai me pegar", "now slab", "plain"),
    ("to dentro do banheiro da boate, mandaram eu sair agora senão arrombam", "now ssex", "no_accents"),
    ("socorrooo", "now", "short", "a one-word plea counts as danger now"),
    ("me tranquei no carro e ele tá batendo no vidro", "now", "plain"),
    ("quebraram a porta do barraco agora e tão levando as meninas", "now sale", "plain"),
    ("ele me achou, tá lá fora, o que eu faço", "now", "question"),
    ("meu sobrinho de 16 mandou localização e disse 'me tira daqui', depois não respondeu mais", "now minor", "third_party"),
    ("a vizinha tá gritando por socorro na casa do lado e o homem não deixa ninguém entrar", "now", "third_party"),
    ("to andando na estrada de noite fugindo da fazenda, passou um carro deles agora", "now slab", "no_accents"),
    ("ele trancou as crianças no quarto e tá bebendo, disse que vai acabar com tudo hoje", "now minor", "plain"),
    ("tem gente armada na porta do abrigo procurando a gente", "now", "plain"),
    ("HELP me deixaram presa num quarto em Boa Vista", "now restr", "code_switch"),
    ("socorro me ajuda estão vindo 😭😭", "now", "emoji"),

    # --- past danger, now safe (hard negatives for danger_now) ----------------------------
    ("ano passado eles vieram atrás de mim com arma, mas hoje moro em outro estado e to segura", "", "past", "past danger, safe now, no trafficking indicator stated"),
    ("quando eu fugi da fazenda me perseguiram, mas isso foi em 2021, hoje trabalho numa loja", "slab", "past", "past danger, safe now"),
    ("já fiquei escondida de um cliente violento uma vez, hoje não trabalho mais na noite", "", "past"),
    ("ele me ameaçou com faca há muito tempo, não tenho mais contato", "", "past"),
    ("teve tiroteio perto de casa semana passada mas ninguém se machucou", "", "past"),
    ("consegui sair daquela casa, agora estou num abrigo e estou bem, obrigada", "", "plain", "safe now"),

    # --- ransom, more ---------------------------------------------------------------------
    ("os caras do cartel estão com meu primo e pedem 2000 dólares por WhatsApp", "ransom", "plain"),
    ("disseram que se eu não mandar até amanhã nunca mais vejo minha filha", "ransom", "plain"),
    ("a gente ficou preso numa casa em Chiapas até minha mãe mandar dinheiro, eu fugi ontem", "ransom", "past", "ransom paid or escaped yesterday; still an immediate class per rules when money is demanded for release"),
    ("meu irmão tá com os coiotes em Juárez e eles cobram mais pra 'liberar' ele", "ransom smug", "plain"),
    ("pedem resgate pelo meu esposo que sumiu na selva do Darién", "ransom smug", "plain"),
    ("eles vendem a liberdade: quem paga sai, quem não paga fica trabalhando na cozinha deles", "ransom restr", "indirect"),
    ("recebi foto da minha sobrinha amarrada e uma conta bancária", "ransom", "plain"),
    ("liberam quando a família depositar, falaram isso pra todo mundo do grupo", "ransom", "plain"),
    ("estão cobrando 'pedágio' pra soltar o ônibus inteiro, estamos presos aqui", "ransom now restr", "plain"),
    ("o homem que levou meu filho pediu 6 mil de resgate", "ransom", "plain"),
    ("minha tia ta segurada numa casa em Tijuana, o cara liga cobrando mais dinheiro toda semana", "ransom", "no_accents"),

    # --- self_harm, more ------------------------------------------------------------------
    ("vou me jogar na frente de um carro", "selfh", "plain"),
    ("to segurando a faca agora, tenho vontade de me cortar", "selfh", "no_accents"),
    ("não como há 4 dias de propósito, quero sumir", "selfh", "plain"),
    ("acho que minha amiga vai se matar, ela se despediu de todo mundo", "selfh", "third_party"),
    ("eu só queria que tudo acabasse de vez", "selfh", "indirect"),
    ("não vale a pena continuar viva depois do que fizeram comigo", "selfh", "plain"),
    ("se ele me levar de volta pra lá eu acabo com minha vida", "selfh", "plain"),

    # --- medical, more --------------------------------------------------------------------
    ("ela foi espancada e desmaiou, tá com sangue no ouvido", "med viol", "third_party"),
    ("meu primo tá com febre alta há dias no alojamento e agora não acorda", "med slab", "third_party"),
    ("o homem caiu dentro do forno de carvão, tá muito queimado", "med slab", "plain"),
    ("tô com dor no peito forte e o braço dormente", "med", "plain"),
    ("a menina de 14 tá grávida e sangrando muito, o dono da casa não deixa sair", "med minor restr", "third_party"),

    # --- sale and servitude, more --------------------------------------------------------
    ("a família da minha mãe me deu pra uma tia em São Luís que me fazia trabalhar na casa dela de graça, eu tinha 9 anos", "sale dom slab", "past", "an adult telling of childhood: no minor label (nobody under 18 now)"),
    ("dizem que a menina nova foi comprada de uma família no interior do Pará", "sale minor", "third_party"),
    ("meu ex vendeu meu filho pra um casal, eu não autorizei", "sale minor", "plain"),
    ("me passaram de uma boate pra outra, cada dono diz que pagou por mim", "sale fsex ssex", "plain"),
    ("o gato compra os trabalhadores na rodoviária, paga o hotel e depois eles são dele", "sale bond slab", "third_party"),
    ("na casa onde eu trabalho a patroa fala pras visitas que 'pegou' eu no interior", "dom slab", "indirect"),
    ("trabalho de doméstica, a patroa não deixa eu estudar, só trabalhar, e ainda diz que eu devo a comida", "dom bond slab", "plain"),
    ("a empregada da vizinha tá magrinha, trabalha de madrugada, nunca vi ela receber visita", "dom hours slab", "third_party"),

    # --- begging and crime, more -------------------------------------------------------
    ("o tio manda os sobrinhos venezuelanos pedir no semáforo e fica com tudo", "fbeg sbeg", "third_party"),
    ("me botaram pra pedir dinheiro com cartaz dizendo que sou doente, mas eu não sou", "fbeg sbeg", "plain"),
    ("se eu não vender a droga toda eles me batem", "fbeg scrime viol", "plain"),
    ("me obrigam a entregar encomendas de moto pela cidade, não sei o que tem dentro", "fbeg scrime", "plain"),
    ("os caras da facção pegaram meu documento e agora eu trabalho pra eles", "fbeg scrime doc", "plain"),
    ("tenho que ficar na porta da igreja pedindo, o homem que alugou o quarto fica com o dinheiro", "fbeg sbeg", "plain"),
    ("uso minha conta pra receber dinheiro de golpe, eles ameaçam minha mãe se eu parar", "fbeg scrime thr", "plain"),
    ("eu peço no sinal pra sustentar meus filhos, ninguém me manda, mas queria outro trabalho", "sbeg", "plain", "own begging"),
    ("trabalho vendendo água no semáforo, é meu, ninguém leva meu dinheiro", "sbeg", "plain", "own account street vending"),

    # --- hard negatives: documents -----------------------------------------------------
    ("preciso de uma cópia autenticada do passaporte, onde faço?", "", "question"),
    ("meu RG tá vencido, ainda vale?", "", "question"),
    ("a PF reteve meu passaporte na entrada porque estava rasgado, me deram protocolo", "", "plain", "hard negative: authorities, procedure"),
    ("deixei meu passaporte com minha mãe em Caracas, ela vai mandar pelo correio", "", "plain"),
    ("eu mesmo guardo os documentos dos meus pais porque eles são idosos", "", "plain"),
    ("o senhorio pediu cópia do documento pro contrato, mandei foto", "", "plain"),
    ("fui assaltado e levaram minha carteira com RG, como faço outro?", "", "question"),
    ("o patrão guarda minha cópia da carteira de vacinação na pasta da empresa", "slab", "plain"),
    ("meus documentos estão na casa que eu morava antes, posso buscar?", "", "question"),
    ("minha filha perdeu a certidão de nascimento, como peço outra?", "", "question"),

    # --- hard negatives: debts ------------------------------------------------------------
    ("pedi empréstimo no banco pra trazer minha família, quanto de juros é normal?", "", "question"),
    ("tô pagando o celular parcelado, falta 3 parcelas", "", "plain"),
    ("meu irmão me emprestou dinheiro pra viagem e disse pra pagar quando der", "", "plain"),
    ("o agiota quer receber, tô com medo, mas não trabalho pra ele", "", "plain", "loan shark, no work: not bondage"),
    ("devo a conta de luz de 2 meses, vão cortar?", "", "question"),
    ("financiei uma moto pra trabalhar de entregador, a prestação tá alta", "", "plain"),
    ("a dívida do cartão cresce todo mês com os juros, o que faço?", "", "question", "hard negative: a bank debt that grows"),
    ("minha dívida com a faculdade só aumenta, posso renegociar?", "", "question", "hard negative: student debt"),

    # --- hard negatives: movement, locks, watching ----------------------------------------
    ("o prédio fecha o portão às 22h, mas todo morador tem a chave", "", "plain"),
    ("meu pai não me deixa sair à noite, tenho 16 anos, é exagero?", "minor", "question", "hard negative: parental rule"),
    ("a escola tranca o portão durante a aula, é normal?", "", "question"),
    ("trabalho de vigia noturno numa fábrica, fico trancado lá dentro por segurança e saio às 6", "slab", "plain", "hard negative: a job that locks the premises, free to leave"),
    ("no abrigo tem horário pra entrar, mas a gente sai de dia normal", "", "plain"),
    ("tem câmeras na loja onde eu trabalho, isso é permitido?", "slab", "question"),
    ("moro longe do centro e não tenho carro, é difícil sair, mas é só isso", "", "plain"),
    ("o hospital não deixou eu sair antes do médico dar alta", "", "plain"),
    ("to preso no trânsito faz 2 horas kkkk", "", "slang"),
    ("fiquei trancada pra fora de casa, perdi a chave", "", "plain"),

    # --- hard negatives: phones, contact -------------------------------------------------
    ("quebrei meu celular e não consigo falar com minha família, tem wi-fi no CRAS?", "", "question"),
    ("meu chip venezuelano não funciona aqui, como compro outro?", "", "question"),
    ("no trabalho não pode usar celular durante o expediente, só no intervalo", "slab", "plain", "hard negative: ordinary workplace rule"),
    ("minha mãe não responde porque lá na Venezuela caiu a luz", "", "plain"),

    # --- hard negatives: violence/threat words in other contexts ------------------------------
    ("meu filho apanhou na escola de outro menino, o que eu faço?", "minor", "question"),
    ("o jogo de futebol terminou em briga", "", "plain"),
    ("meu vizinho ameaçou chamar a polícia por causa do barulho da festa", "", "plain", "hard negative: noise complaint"),
    ("o cachorro do patrão me mordeu, fui no posto", "slab", "plain"),
    ("levei um tombo no trabalho e o patrão me levou no hospital", "slab", "plain"),
    ("a polícia parou a gente na blitz e pediu documento, foi tranquilo", "", "plain"),
    ("posso ser deportado se tiver multa de trânsito?", "", "question", "hard negative: a question about deportation"),
    ("meu refúgio foi negado, vou ser deportada?", "", "question"),

    # --- hard negatives: work words -----------------------------------------------------
    ("trabalho 12x36 no hospital, é legal?", "slab", "question", "hard negative: lawful shift"),
    ("fiz hora extra a semana toda porque quis juntar dinheiro pro Natal", "slab", "plain"),
    ("meu salário é 1500, é abaixo do mínimo?", "slab", "question"),
    ("trabalho de motorista de aplicativo e rodo 10 horas, sou dono do carro", "", "plain"),
    ("a firma paga alojamento e comida e ainda paga salário certinho", "slab", "plain"),
    ("minha filha de 20 anos trabalha de garçonete num bar e volta de madrugada, eu me preocupo", "slab", "third_party", "hard negative: adult, ordinary job"),
    ("o anúncio diz 'ganhe 10 mil por mês em casa', é pirâmide?", "", "question"),
    ("vou trabalhar na colheita da uva com carteira assinada, a empresa é conhecida", "", "plain"),
    ("sou costureira autônoma, compro meu tecido e vendo na feira", "", "plain"),
    ("o frigorífico mandou 30 venezuelanos embora, a gente recebeu a rescisão", "disp slab", "plain"),
    ("meu patrão me paga por fora, sem nota, vou ter problema?", "disp slab", "question"),
    ("não me pagaram o adicional noturno", "disp slab", "plain"),
    ("trabalho como babá 44 horas por semana e ela quer que eu durma lá sem pagar mais", "disp slab", "plain"),
    ("o supervisor não aceita atestado, fui descontado", "disp slab", "plain"),

    # --- hard negatives: sex work words, consent, no third party -----------------------------
    ("as profissionais do sexo têm direito a aposentadoria?", "", "question"),
    ("sou acompanhante, atendo em casa, quero saber como me proteger de cliente violento", "ssex", "question", "hard negative: own account"),
    ("a palavra 'programa' aqui é programa de televisão, tá? kkk quero saber o horário do programa de vocês na rádio", "", "slang", "hard negative: homonym"),
    ("meu programa de intercâmbio foi cancelado, perdi o dinheiro?", "", "question", "hard negative: homonym"),
    ("trabalho de dançarina num clube, tenho contrato e ninguém me obriga a sair com cliente", "ssex", "plain", "hard negative"),

    # --- hard negatives: smuggling and travel ---------------------------------------------
    ("quanto custa a passagem de Pacaraima a Boa Vista?", "", "question"),
    ("atravessei a fronteira legalmente, com passaporte, e agora quero trabalhar", "", "plain"),
    ("o guia turístico da excursão perdeu nossa reserva", "", "plain", "hard negative: homonym"),
    ("paguei ao coiote há anos, hoje tenho residência permanente", "smug", "past"),
    ("minha prima vai vir de ônibus de Caracas, tem algum risco?", "", "question"),

    # --- hard negatives: minors without exploitation ---------------------------------------
    ("meu filho de 15 anos quer ir pra escola mas não achamos vaga em Boa Vista", "minor", "plain"),
    ("tenho 16 anos, sou venezuelana, e quero saber como tirar o CPF", "minor", "question"),
    ("a menina de 13 anos da vizinha tá sempre sozinha em casa, a mãe trabalha o dia todo", "minor", "third_party", "hard negative: no exploitation stated"),
    ("minha sobrinha do 8º ano ganhou bolsa de estudos", "minor", "plain"),
    ("o time de futebol do meu filho de 12 vai viajar pra outra cidade, precisa autorização?", "minor", "question"),
    ("meu filho de 17 quer fazer curso de barbeiro, tem gratuito?", "minor", "question"),

    # --- plain questions and small talk --------------------------------------------------
    ("qual o endereço da Defensoria Pública da União em Boa Vista? não precisa mandar mapa", "", "question"),
    ("vocês ajudam com cesta básica?", "", "question"),
    ("como faço pra trazer meus filhos da Venezuela legalmente?", "", "question"),
    ("tem curso de português gratuito em Manaus?", "", "question"),
    ("onde tem advogado de graça?", "", "question"),
    ("obrigada moça, Deus abençoe", "", "plain"),
    ("vou pensar e depois eu volto a falar", "", "plain"),
    ("tá bom", "", "short"),
    ("entendi, valeu", "", "short"),
    ("pode me mandar o número do CRAS?", "", "question"),
    ("como é o nome do programa de interiorização?", "", "question"),
    ("o que acontece com minhas mensagens depois?", "", "question"),
    ("vocês são do governo?", "", "question"),
    ("quero saber sobre o Bolsa Família pra estrangeiro", "", "question"),
    ("tem atendimento psicológico de graça?", "", "question"),
    ("bom dia, Deus abençoe o trabalho de vocês 🙏", "", "emoji"),
    ("como validar meu diploma de enfermagem da Venezuela?", "", "question"),
    ("quanto tempo demora o pedido de residência?", "", "question"),
    ("minha mãe mandou eu perguntar sobre aposentadoria", "", "plain"),
    ("a lei do trabalho doméstico vale pra estrangeiro também?", "", "question"),
]
