import type { KnownLanguage } from '../text/index.js';

/** What a bare topic could cover, by the kind of video asked for: concrete choices for the question back. */
export type TopicShape = 'explainer' | 'howto' | 'list' | 'compare' | 'news' | 'story';

interface BareTopicTexts {
  cover: Record<TopicShape, string>;
  question: (p: { topic: string; cover: string }) => string;
  titleOnly: (p: { title: string; seconds: number }) => string;
  or: string;
}

/** A data table: the question a bare topic gets in chat mode, and the note on the short video it gets in generate mode. */
export const BARE_TOPIC_TEXTS: Record<KnownLanguage, BareTopicTexts> = {
  en: {
    cover: {
      explainer: 'what it is in plain words, how it works, where it is used today, or common misconceptions',
      howto: 'the steps in order, what you need before you start, or the mistakes to avoid',
      list: 'the items themselves, with a line on each',
      compare: 'costs, flexibility, risks, or who each one suits',
      news: 'what is new, when and where, who it is for, and what viewers should do',
      story: 'who it is about, what happened, and how it ended',
    },
    question: (p) =>
      `What should the video about “${p.topic}” say? For example: ${p.cover}. Who is it for (beginners, customers, your team…), and how long should it be (15, 30 or 60 seconds)? ` +
      'Send the points or a text to narrate and I will build the video from them, or answer “go ahead” for a short title video from the topic alone. With a language model set up (see docs/agent.md), I write the script myself.',
    titleOnly: (p) =>
      `I had only the topic to go on, so “${p.title}” is a short title video (about ${p.seconds} s): without a language model I narrate what you give me and never invent facts. ` +
      'Send the points to cover (or attach a document) and I will build the full video from them, or set up a language model (see docs/agent.md) and it will write the script.',
    or: 'or',
  },
  de: {
    cover: {
      explainer: 'was es ist (in einfachen Worten), wie es funktioniert, wo es heute eingesetzt wird oder verbreitete Irrtümer',
      howto: 'die Schritte der Reihe nach, was man vorher braucht oder welche Fehler man vermeidet',
      list: 'die einzelnen Punkte, mit einem Satz zu jedem',
      compare: 'Kosten, Flexibilität, Risiken oder für wen sich was eignet',
      news: 'was neu ist, wann und wo, für wen und was die Zuschauer tun sollen',
      story: 'um wen es geht, was passiert ist und wie es ausging',
    },
    question: (p) =>
      `Was soll das Video über „${p.topic}“ sagen? Zum Beispiel: ${p.cover}. Für wen ist es (Einsteiger, Kunden, Ihr Team …), und wie lang soll es sein (15, 30 oder 60 Sekunden)? ` +
      'Schicken Sie mir die Punkte oder einen Text zum Vorlesen, dann baue ich das Video daraus; oder antworten Sie „mach einfach“ für ein kurzes Titelvideo nur aus dem Thema. Mit einem Sprachmodell (siehe docs/agent.md) schreibe ich das Skript selbst.',
    titleOnly: (p) =>
      `Ich hatte nur das Thema, darum ist „${p.title}“ ein kurzes Titelvideo (etwa ${p.seconds} s): Ohne Sprachmodell spreche ich nur, was Sie mir geben, und erfinde keine Fakten. ` +
      'Schicken Sie die Punkte (oder ein Dokument), dann baue ich das ganze Video daraus, oder richten Sie ein Sprachmodell ein (siehe docs/agent.md), das das Skript schreibt.',
    or: 'oder',
  },
  fr: {
    cover: {
      explainer: 'ce que c’est en mots simples, comment ça marche, où on l’utilise aujourd’hui, ou les idées reçues',
      howto: 'les étapes dans l’ordre, ce qu’il faut avant de commencer, ou les erreurs à éviter',
      list: 'les points eux-mêmes, avec une phrase sur chacun',
      compare: 'les coûts, la souplesse, les risques, ou à qui convient chaque option',
      news: 'ce qui est nouveau, quand et où, pour qui, et ce que le public doit faire',
      story: 'de qui il s’agit, ce qui s’est passé et comment cela s’est terminé',
    },
    question: (p) =>
      `Que doit dire la vidéo sur « ${p.topic} » ? Par exemple : ${p.cover}. Pour qui est-elle (débutants, clients, votre équipe…), et quelle durée (15, 30 ou 60 secondes) ? ` +
      'Envoyez-moi les points ou un texte à lire et je construirai la vidéo à partir de là, ou répondez « vas-y » pour une courte vidéo titre à partir du seul sujet. Avec un modèle de langage (voir docs/agent.md), j’écris le script moi-même.',
    titleOnly: (p) =>
      `Je n’avais que le sujet, donc « ${p.title} » est une courte vidéo titre (environ ${p.seconds} s) : sans modèle de langage, je lis ce que vous me donnez et n’invente aucun fait. ` +
      'Envoyez les points à couvrir (ou un document) et je ferai la vidéo complète, ou configurez un modèle de langage (voir docs/agent.md) qui écrira le script.',
    or: 'ou',
  },
  es: {
    cover: {
      explainer: 'qué es en palabras sencillas, cómo funciona, dónde se usa hoy o las ideas equivocadas más comunes',
      howto: 'los pasos en orden, lo que necesitas antes de empezar o los errores que hay que evitar',
      list: 'los puntos en sí, con una frase sobre cada uno',
      compare: 'costes, flexibilidad, riesgos o a quién le conviene cada opción',
      news: 'qué hay de nuevo, cuándo y dónde, para quién y qué debe hacer el público',
      story: 'de quién trata, qué pasó y cómo terminó',
    },
    question: (p) =>
      `¿Qué debe contar el vídeo sobre «${p.topic}»? Por ejemplo: ${p.cover}. ¿Para quién es (principiantes, clientes, tu equipo…) y cuánto debe durar (15, 30 o 60 segundos)? ` +
      'Envíame los puntos o un texto para narrar y construiré el vídeo con ellos, o responde «adelante» para un vídeo corto de título solo con el tema. Con un modelo de lenguaje (ver docs/agent.md), escribo el guion yo mismo.',
    titleOnly: (p) =>
      `Solo tenía el tema, así que «${p.title}» es un vídeo corto de título (unos ${p.seconds} s): sin modelo de lenguaje narro lo que me das y no invento datos. ` +
      'Envía los puntos que quieres tratar (o un documento) y haré el vídeo completo, o configura un modelo de lenguaje (ver docs/agent.md) que escriba el guion.',
    or: 'o',
  },
  it: {
    cover: {
      explainer: 'che cos’è in parole semplici, come funziona, dove si usa oggi o i luoghi comuni',
      howto: 'i passi in ordine, cosa serve prima di iniziare o gli errori da evitare',
      list: 'i punti stessi, con una frase su ciascuno',
      compare: 'costi, flessibilità, rischi o a chi conviene ciascuna opzione',
      news: 'cosa c’è di nuovo, quando e dove, per chi e cosa deve fare il pubblico',
      story: 'di chi parla, cosa è successo e come è finita',
    },
    question: (p) =>
      `Cosa deve dire il video su «${p.topic}»? Per esempio: ${p.cover}. Per chi è (principianti, clienti, il tuo team…) e quanto deve durare (15, 30 o 60 secondi)? ` +
      'Mandami i punti o un testo da leggere e costruirò il video da lì, oppure rispondi «vai» per un breve video titolo dal solo argomento. Con un modello linguistico (vedi docs/agent.md) scrivo io il testo.',
    titleOnly: (p) =>
      `Avevo solo l’argomento, quindi «${p.title}» è un breve video titolo (circa ${p.seconds} s): senza modello linguistico leggo ciò che mi dai e non invento fatti. ` +
      'Manda i punti da trattare (o un documento) e farò il video completo, oppure configura un modello linguistico (vedi docs/agent.md) che scriva il testo.',
    or: 'o',
  },
  pt: {
    cover: {
      explainer: 'o que é em palavras simples, como funciona, onde é usado hoje ou ideias erradas comuns',
      howto: 'os passos em ordem, o que é preciso antes de começar ou os erros a evitar',
      list: 'os próprios itens, com uma frase sobre cada um',
      compare: 'custos, flexibilidade, riscos ou a quem cada opção convém',
      news: 'o que há de novo, quando e onde, para quem e o que o público deve fazer',
      story: 'sobre quem é, o que aconteceu e como terminou',
    },
    question: (p) =>
      `O que o vídeo sobre “${p.topic}” deve dizer? Por exemplo: ${p.cover}. Para quem é (iniciantes, clientes, a sua equipa…) e quanto deve durar (15, 30 ou 60 segundos)? ` +
      'Envie os pontos ou um texto para narrar e eu construo o vídeo a partir deles, ou responda “pode fazer” para um vídeo curto de título só com o tema. Com um modelo de linguagem (ver docs/agent.md), eu escrevo o roteiro.',
    titleOnly: (p) =>
      `Eu só tinha o tema, por isso “${p.title}” é um vídeo curto de título (cerca de ${p.seconds} s): sem modelo de linguagem narro o que me dá e não invento factos. ` +
      'Envie os pontos a tratar (ou um documento) e faço o vídeo completo, ou configure um modelo de linguagem (ver docs/agent.md) que escreva o roteiro.',
    or: 'ou',
  },
  nl: {
    cover: {
      explainer: 'wat het is in gewone woorden, hoe het werkt, waar het vandaag gebruikt wordt of veelvoorkomende misverstanden',
      howto: 'de stappen op volgorde, wat je vooraf nodig hebt of welke fouten je vermijdt',
      list: 'de punten zelf, met een zin over elk',
      compare: 'kosten, flexibiliteit, risico’s of voor wie elke keuze past',
      news: 'wat er nieuw is, wanneer en waar, voor wie en wat kijkers moeten doen',
      story: 'over wie het gaat, wat er gebeurde en hoe het afliep',
    },
    question: (p) =>
      `Wat moet de video over "${p.topic}" vertellen? Bijvoorbeeld: ${p.cover}. Voor wie is hij (beginners, klanten, je team…) en hoe lang moet hij zijn (15, 30 of 60 seconden)? ` +
      'Stuur me de punten of een tekst om voor te lezen en ik bouw de video daaruit, of antwoord "ga je gang" voor een korte titelvideo met alleen het onderwerp. Met een taalmodel (zie docs/agent.md) schrijf ik het script zelf.',
    titleOnly: (p) =>
      `Ik had alleen het onderwerp, dus "${p.title}" is een korte titelvideo (ongeveer ${p.seconds} s): zonder taalmodel lees ik voor wat je me geeft en verzin ik geen feiten. ` +
      'Stuur de punten (of een document) en ik maak de hele video, of stel een taalmodel in (zie docs/agent.md) dat het script schrijft.',
    or: 'of',
  },
};
