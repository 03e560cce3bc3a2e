/**
 * Everyday words that CLDR also lists as emoji keywords ("up", "come", "well", "sie", "можно"): in running
 * narration they say nothing about what a scene shows, so they never pick a picture on their own.
 */
const lists: Record<string, string> = {
  en: `add adds place tip tips save saves a an the and or but if of to in on at by for with from into over after before as is are was were be been it its this
    that these those there their they them we our us you your he she his her i me my what which who how why when where do does
    did can could will would should may might must not no yes so than then too very just also more most such only all any each
    both few other up down out off again once here have has had make made get got let see hear look like well good great best
    new old free top back end soon ok fine come go going gone went take give keep call ask help care stop wait turn push open
    close full part set hold time day way thing things one two three four five six seven eight nine ten first second third
    last next right left high low fast slow hot cold cool big small little much many lot every today now am pm total`,
  de: `neue neuen neuer neues unser unsere unseren unserem tipp tipps der die das und oder aber wenn von zu im in an auf mit für über aus bei nach vor ist sind war sein wird werden es ein
    eine einen einem einer nicht auch wie was wer wo dass sich ich du er sie wir ihr uns den dem des noch nur schon sehr mehr
    bis zum zur um durch ohne hat haben kann können soll muss diese dieser dieses alle jeden jeder jede tag gut neu kommen
    gehen machen sehen ja nein oben unten hier jetzt heute ende zeit
    erste erster erstes zweite zweiter drittens erstens zweitens viertens fünftens dritte vierte fünfte eins zwei drei vier fünf sechs sieben acht neun zehn während wenn dann immer nie man kein keine mal voll`,
  fr: `nouveau nouvel nouvelle nouveaux nouvelles nos conseil conseils astuce astuces le la les un une des et ou mais si de du au aux en dans sur par pour avec sans est sont était être avoir a ont ce cette
    ces qui que dont où ne pas plus très aussi comme nous vous ils elles il elle je tu se sa son ses leur notre votre mon
    bon bien tout tous fin haut bas venir aller faire voir oui non jour temps ici maintenant
    dehors dedans dessus dessous après appelle appelles appellent appelez appelons appeler premier première deuxième troisième quatrième cinquième un deux trois quatre cinq six sept huit neuf dix pendant quand seulement te toi lui ce ces cet alors toujours jamais plein pleine utilise utiliser`,
  es: `nuevo nueva nuevos nuevas nuestra nuestros nuestras consejo consejos el la los las un una y o pero si de del al en con sin por para sobre es son era ser estar está han ha que quien donde
    no más muy también como nosotros ellos ella él yo tu su sus nuestro bien bueno todo todos fin arriba abajo venir ir hacer
    ver sí día tiempo aquí ahora hoy mejor peor
    fuera dentro encima debajo después primero primera segundo segunda tercero tercera cuarto cuarta quinto quinta uno dos tres cuatro cinco seis siete ocho nueve diez mientras cuando solo sólo te se lo le les me mi tus este esta estos estas eso esa ese entonces siempre nunca lleno llena usa usar cada`,
  it: `nuovo nuova nuovi nuove nostro nostra nostri nostre vostro vostra piano consiglio consigli il lo la i gli le un una e o ma se di del della da in con su per tra è sono era essere avere ha che chi dove non più
    molto anche come noi voi loro lui lei io tu suo sua bene buono tutto tutti fine su giù venire andare fare vedere sì giorno
    tempo qui ora oggi
    fuori dentro sopra sotto dopo primo prima secondo seconda terzo terza quarto quinto uno due tre quattro cinque sei sette otto nove dieci mentre quando solo ti si lo gli mi questo questa allora sempre mai pieno piena usa usare ogni`,
  pt: `novo nova novos novas nosso nossa nossos nossas dica dicas conselho conselhos o a os as um uma e ou mas se de do da dos das em no na com sem por para sobre é são era ser estar tem que quem onde não
    mais muito também como nós eles ela ele eu tu seu sua bem bom tudo todos fim cima baixo vir ir fazer ver sim dia tempo
    aqui agora hoje
    fora dentro depois primeiro primeira segundo segunda terceiro terceira quarto quinto um dois três quatro cinco seis sete oito nove dez enquanto quando só te se lo lhe me meu este esta isso esse essa então sempre nunca cheio cheia usa usar cada`,
  nl: `de het een en of maar als van te in op aan met voor over uit bij na is zijn was wordt niet ook hoe wat wie waar dat ik
    jij hij zij wij ons goed nieuw alle dag tijd hier nu vandaag`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет
    о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего
    ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто
    этот день время каждый каждый хорошо новый новое новая новые нового новую конец верх низ`,
  uk: `і й в у не що він на я з як а то все вона так його але та ти до же ви за би по тільки її мені було ось від мене ще ні
    о із йому тепер коли навіть чи якщо вже або бути був нього вас там потім себе може вони тут де є треба для ми тебе їх
    день час кожен добре новий кінець`,
  pl: `i w we nie co on na ja z ze jak a to wszystko ona tak jego ale ty do że wy za by po tylko jej mi było od mnie jeszcze
    o jemu teraz kiedy nawet czy jeśli już albo być był tam potem siebie może oni tu gdzie jest trzeba dla my ciebie ich dzień
    czas każdy dobrze nowy koniec`,
  tr: `ve bir bu da de ile için ama gibi çok daha en ne o şu ben sen biz siz onlar var yok mi mı değil olarak olan kadar her
    gün zaman iyi yeni son yukarı aşağı gel git yap gör evet hayır`,
  ar: `في من على إلى عن مع هذا هذه ذلك التي الذي و أو لا ما هو هي نحن أنتم هم كان يكون كل بعد قبل عند حتى يوم وقت جيد جديد`,
  // Written without spaces: these are found inside the text, so only words that name no picture here belong.
  zh: `第一 第二 第三 所有 每天 今天 明天 我们 你们 他们`,
  ja: `第一 第二 第三 一番 毎日 今日 明日 私たち`,
  hi: `और का के की में है हैं से को पर यह वह एक भी नहीं तो कि जो था थे हम आप वे सब हर दिन समय अच्छा नया`,
};

const sets = new Map<string, ReadonlySet<string>>();

/** The common words of a CLDR locale ("pt-PT" uses Portuguese's); an empty set where we have no list. */
export function commonWords(locale: string): ReadonlySet<string> {
  const base = locale.split('-')[0]!;
  let set = sets.get(base);
  if (!set) {
    set = new Set((lists[base] ?? '').split(/\s+/).filter(Boolean));
    sets.set(base, set);
  }
  return set;
}
