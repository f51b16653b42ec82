"""Portuguese, part 2: hard negatives and refer-only needs.

Same topics and words as the indicators, without the indicator: copies and lost documents,
bank debts, free movement, adult sex work on one's own account, smuggling with no debt or
confinement, past danger now safe, school work, news, films, negations, legal job offers.
"""

M = [
    # documents, without confiscation
    ("o RH pediu xerox do RG e do CPF pra admissão, tá certo?", "slab", "question"),
    ("meu passaporte venceu, onde renovo sendo venezuelano?", "", "question"),
    ("esqueci minha carteira de trabalho na casa da patroa antiga, ela disse q posso buscar quando quiser", "", "no_accents"),
    ("roubaram minha bolsa com o RNE dentro, preciso de boletim de ocorrência?", "", "question"),
    ("a dona do apartamento escaneou meu passaporte pro contrato de aluguel e me devolveu na hora", "", "plain"),
    ("Meus documentos estão comigo, graças a Deus. Só o patrão que é grosso.", "slab", "plain"),
    ("o consulado ficou com meu passaporte pra colocar o visto, isso demora quanto?", "", "question", "hard negative: consulate keeps it for a visa"),
    ("deixei meu passaporte no cofre do hotel, é seguro?", "", "question"),
    ("a escola pediu a certidão de nascimento do meu filho, mas eu só tenho a cópia", "", "plain"),
    ("ninguem tirou meus documentos, eu que nao sei onde guardei kkk", "", "slang"),
    ("a agência de empregos tirou cópia do meu passaporte e me devolveu o original", "", "plain"),
    ("perdi o protocolo de refugio, como faço segunda via?", "", "no_accents"),
    ("minha mãe guarda meu RG porque eu perco tudo, eu peço e ela me dá", "", "plain", "hard negative: relative keeps it, gives it back"),
    ("vou trocar minha CNH, preciso levar o original?", "", "question"),
    ("o patrao nao pegou passaporte de ninguem, ta todo mundo com o seu", "slab", "no_accents"),
    ("como haitiano consigo tirar CPF pela internet?", "", "question"),

    # debts without bondage
    ("fiz um empréstimo consignado e tão descontando do meu salário, posso cancelar?", "", "question"),
    ("devo aluguel de dois meses pro dono da casa, ele é gente boa e deu prazo", "", "plain"),
    ("to com nome sujo no Serasa, isso atrapalha pedir refúgio?", "", "question"),
    ("peguei dinheiro com agiota e to com medo, ele cobra juros altos", "", "plain", "loan shark, no work or control: not bondage"),
    ("meu cunhado pagou minha passagem e eu já devolvi tudo", "", "past"),
    ("quanto custa a passagem de Boa Vista pra São Paulo de ônibus?", "", "question"),
    ("to devendo a fatura do celular, eles podem cortar?", "", "question"),
    ("devo pra loja de móveis, parcela atrasada, eles ligam toda hora", "", "plain"),
    ("o patrão me adiantou 500 reais e combinamos descontar 100 por mês, eu concordei e tá tudo no papel", "slab", "plain", "hard negative: small advance, agreed, written"),

    # movement / work conditions that are fine
    ("eu moro no emprego mas saio todo fim de semana pra casa da minha irmã", "slab", "plain"),
    ("trabalho 8 horas e tenho folga no sábado e no domingo", "slab", "plain"),
    ("o alojamento da obra tem horário pra fechar mas a gente tem a chave", "slab", "plain"),
    ("eu trabalho a noite num restaurante, é cansativo mas pagam certinho", "slab", "plain"),
    ("minha patroa me levou pro médico quando eu fiquei doente e me deu 3 dias de folga", "slab", "plain"),
    ("na fazenda tem internet e a gente fala com a família todo dia", "slab", "plain"),
    ("às vezes faço hora extra no sábado mas recebo por ela", "slab", "plain"),
    ("queria trocar de emprego pq o salario é baixo, posso sair sem aviso?", "slab", "question"),
    ("o condomínio tem portaria 24h e câmera, mas eu entro e saio normal", "", "plain"),
    ("minha filha de 19 anos trabalha de caixa no mercado e ta feliz", "slab", "plain", "hard negative: adult, decent job"),
    ("meu chefe é chato e grita mas nunca me tocou e paga em dia", "slab", "plain"),
    ("não tenho folga fixa mas escolho os dias, sou autônoma", "", "plain"),

    # sex work, adult, own account; sex-related words in other contexts
    ("sou garota de programa, trabalho sozinha e queria saber onde fazer teste de HIV de graça", "ssex", "plain", "hard negative: adult sex work, no third party"),
    ("trabalho com acompanhante, eu marco meus clientes e fico com meu dinheiro, um cliente nao quis pagar", "ssex", "plain", "hard negative: adult, own account"),
    ("minha amiga tem 25 anos e faz programa, ela escolheu isso e ta de boa, mas queria saber dos direitos dela", "ssex", "third_party", "hard negative: adult, no control"),
    ("as meninas da associação de profissionais do sexo fazem distribuição de camisinha", "", "plain"),
    ("o que significa exploração sexual? vi no jornal", "", "question"),
    ("fui numa boate com minhas amigas no sábado, foi tranquilo", "", "plain"),

    # smuggling only (refer)
    ("atravessei pelo Peru com um guia e já estou com minha família em Porto Velho", "smug", "past"),
    ("paguei 200 dólares pra um coiote me passar, ele me deixou na rodoviária e acabou", "smug", "plain"),
    ("vim de barco pela fronteira com um atravessador, ninguém me prendeu, só quero regularizar", "smug", "plain"),
    ("é crime pagar alguém pra atravessar a fronteira? já fiz isso", "smug", "question"),
    ("meu primo pagou um coiote pra ir pros EUA, chegou bem e já tá trabalhando", "smug slab", "third_party"),
    ("a trilha foi horrível mas o guia deixou a gente do outro lado e foi embora", "smug", "story"),

    # labour disputes (refer)
    ("trabalho numa loja e o dono não assina minha carteira, mas paga certinho", "disp slab", "plain"),
    ("fui demitida grávida, pode isso?", "disp slab", "question"),
    ("a firma de limpeza ta devendo 2 meses pra todo mundo, a gente ta pensando em parar", "disp slab", "no_accents"),
    ("meu patrão não paga vale transporte, tenho direito?", "disp slab", "question"),
    ("pedi as contas e ele não quer me pagar as férias proporcionais", "disp slab", "plain"),
    ("o gerente me xingou na frente de todo mundo e me mandou embora", "disp slab", "plain"),
    ("a obra parou e o empreiteiro sumiu sem pagar a última quinzena, a gente ta cada um em casa", "disp slab", "no_accents"),
    ("sou diarista e a cliente não pagou a faxina de ontem", "disp slab", "plain"),

    # partner violence, not now (refer)
    ("meu companheiro me xinga e me controla o dinheiro, hoje ele tá viajando", "pv", "plain"),
    ("meu ex me deu um tapa quando fui buscar minhas coisas, foi domingo", "pv", "past"),
    ("minha vizinha apanha do marido toda semana, como eu ajudo ela?", "pv", "third_party"),
    ("ele ja me bateu outras vezes, agora to na casa da minha mae", "pv", "no_accents"),
    ("quero medida protetiva contra meu ex, como faz?", "pv", "question"),

    # homelessness (refer)
    ("to dormindo no carro com meu marido faz uma semana", "home", "plain"),
    ("saí do abrigo e não tenho pra onde ir", "home", "plain"),
    ("somos 5 venezuelanos dormindo na calçada perto da rodoviária", "home", "plain"),
    ("o dono da casa mandou a gente sair hoje, não temos onde ficar", "home", "plain"),

    # suspicious offers not taken (refer) and ordinary offers
    ("uma agência quer 1500 reais adiantado pra me arrumar emprego no Chile, é golpe?", "offer", "question"),
    ("um conhecido disse que arruma trabalho em boate na Suíça, com casa e comida, só preciso ir logo", "offer", "plain"),
    ("a mulher do anúncio diz que eu não preciso de documento nem experiência e ganho 10 mil por mês", "offer", "plain"),
    ("me chamaram pra colher maçã no sul, eles pagam a passagem e depois desconta, mas não quiseram dizer o endereço", "offer", "plain"),
    ("recebi proposta de trabalho no Paraná pelo Sine, com carteira assinada, é confiável?", "", "question", "hard negative: public job agency, signed contract"),
    ("quero ir trabalhar em Portugal, o que preciso de documentos?", "", "question"),
    ("como sei se uma vaga de emprego é golpe?", "", "question"),

    # danger words, past or fiction
    ("há 3 anos fugi de uma casa onde me trancavam. hoje estou segura e trabalho num mercado", "restr", "past", "past confinement, safe now: priority history, not danger_now"),
    ("ele tinha uma faca naquela noite mas isso foi ano passado, ele está preso", "", "past", "hard negative: past, no trafficking"),
    ("no filme o cara fica trancado num porão e a polícia salva ele", "", "plain"),
    ("tava com medo de um cara na rua ontem mas cheguei bem em casa", "", "plain"),
    ("assisti o documentário sobre trabalho escravo nas carvoarias, que horror", "", "plain"),
    ("a aula de hoje foi sobre tráfico de pessoas, a professora passou um vídeo", "", "plain"),
    ("meu filho do 7º ano tem que fazer cartaz sobre trabalho infantil, vcs tem material?", "minor", "question", "hard negative: homework, minor not exploited"),
    ("tenho 16 anos e quero saber se posso tirar carteira de trabalho pra ser jovem aprendiz", "minor", "question", "hard negative: minor asking about legal work, not working yet"),
    ("minha filha de 12 anos está bem, só queria saber sobre vacina", "minor", "plain"),

    # greetings, thanks, small talk, service questions
    ("bom dia", "", "short"),
    ("oiii", "", "short"),
    ("alguém aí?", "", "question"),
    ("vcs funcionam de madrugada?", "", "question"),
    ("isso é gratis?", "", "question"),
    ("meus dados ficam guardados?", "", "question"),
    ("tchau, obrigado", "", "short"),
    ("valeu mesmo", "", "short"),
    ("pode falar em crioulo haitiano?", "", "question"),
    ("onde fica o CRAS mais perto?", "", "question"),
    ("como funciona a Operação Acolhida?", "", "question"),
    ("quero aprender português, tem curso gratuito?", "", "question"),
    ("desculpa, mandei errado", "", "plain"),
    ("ok entendi", "", "short"),
    ("sim", "", "short"),
    ("não", "", "short"),
    ("pode repetir?", "", "question"),
    ("e agora?", "", "question"),
    ("estou bem, só queria informação", "", "plain"),
    ("qual o horário do atendimento presencial?", "", "question"),
    ("quais documentos preciso pra pedir residência no Brasil?", "", "question"),
    ("boa noite, sou angolano e queria saber como validar meu diploma", "", "plain"),
    ("tem vaga de emprego?", "", "question"),
    ("como mando dinheiro pro Haiti mais barato?", "", "question"),
    ("meu filho precisa de vaga na escola, sou venezuelana", "", "plain"),
    ("onde tem atendimento de saúde pra quem não tem SUS?", "", "question"),
    ("obrigada, vcs me ajudaram muito semana passada", "", "plain"),
    ("trabalho análogo à escravidão é o quê exatamente?", "", "question"),
    ("qual a diferença entre tráfico de pessoas e contrabando de migrantes?", "", "question"),
    ("posso denunciar sem me identificar?", "", "question"),
    ("vcs repassam pra polícia o q eu falo?", "", "question"),
]
