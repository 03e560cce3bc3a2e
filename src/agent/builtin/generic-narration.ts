import type { KnownLanguage } from '../text/index.js';
import type { VideoKind } from './parse-request.js';

/** Narration written around a topic when the prompt gives nothing more to go on. */
export interface GenericNarration {
  title: string;
  hook: string;
  /** Material in the format sourceBlocks reads: headings, paragraphs, "- " lists. */
  body: string;
  cta: string;
  ctaHeadline: string;
  /** More sentences for longer videos, in order. */
  extra: string[];
  /**
   * Whole scenes that structure the topic (the basics, why it matters, how it works, misconceptions,
   * examples, what to do next, recap), in order, for long targets. Worded to read naturally for any topic
   * phrase and to state no facts or figures of their own: only the user's material may do that.
   */
  sections: ReserveSection[];
}

/** A scene's worth of narration with its heading. */
export interface ReserveSection {
  heading: string;
  narration: string;
}

interface Templates {
  fallbackTopic: string;
  hooks: Record<VideoKind, string>;
  whyHeading: string;
  why: string;
  pointsIntro: string;
  points: string[];
  steps: string[];
  howHeading: string;
  pointsHeading: string;
  how: string;
  cta: string;
  announcementCta: string;
  ctaHeadline: string;
  extra: string[];
}

const en: Templates = {
  fallbackTopic: 'our topic',
  hooks: {
    announcement: 'Big news{forAudience}: {topic}.',
    explainer: '{Topic}, explained{forAudience}.',
    howto: '{Howto}, step by step.',
    list: '{Topic}: here is what you need to know.',
    story: 'Here is the story of {topic}.',
    demo: 'Let’s take a quick tour of {topic}.',
    news: 'Here is the latest on {topic}.',
  },
  whyHeading: 'The big picture',
  why: 'In this video, we take a clear and simple look at {topic}{forAudience}.',
  pointsIntro: 'Here is what we will cover:',
  points: ['What it means', 'How it works', 'Why it matters', 'Where to start'],
  steps: ['Gather what you need', 'Follow each step in order', 'Check the result', 'Practise until it feels easy'],
  howHeading: 'Where to start',
  how: 'The best way to get to know {topic} is to start with the basics and build from there.',
  pointsHeading: 'At a glance',
  cta: 'Thanks for watching.',
  announcementCta: 'Try it today, and tell us what you think.',
  ctaHeadline: 'Thanks for watching',
  extra: [
    'Let’s take a closer look at {topic}.',
    'There is more to {topic} than meets the eye.',
    'It all starts with a few simple ideas.',
    'Once the basics are clear, the details fall into place.',
    'It helps to look at {topic} one step at a time.',
    'Start with the part of {topic} that affects you most.',
    'Real examples make {topic} much easier to grasp.',
    'Notice what the good examples of {topic} have in common.',
    'Questions about {topic} are a good sign: they mean you are paying attention.',
    'You do not need to master all of {topic} at once.',
    'A little knowledge about {topic} goes a long way.',
    'Come back to the basics of {topic} whenever something is unclear.',
    'Share what you learn about {topic}: explaining it helps you understand it better.',
    'Keep that in mind.',
    'That is {topic}, in short.',
  ],
};

/** Extra sentences for a list video ("5 tips for better sleep"), where the topic is the list itself. */
const enListExtra = ['Pick one of these to start with.', 'You do not need to do them all at once.', 'Small changes add up over time.', 'Try them for a week and notice what changes.', 'Come back to this list whenever you need a reminder.'];

/** Extra sentences for a topic phrased as a question ("why bees matter"), where "{topic}" reads badly as a noun. */
const enQuestionExtra = ['Keep these points in mind the next time you think about {topic}.', 'Each of them is worth remembering.'];

const de: Templates = {
  fallbackTopic: 'unser Thema',
  hooks: {
    announcement: 'Große Neuigkeiten{forAudience}: {topic}.',
    explainer: '{Topic}: Worum geht es, und warum ist das wichtig?',
    howto: '{Topic}: So gelingt es, Schritt für Schritt.',
    list: '{Topic}: Das sollten Sie wissen.',
    story: '{Topic}: eine kurze Geschichte.',
    demo: '{Topic}: ein kurzer Rundgang.',
    news: '{Topic}: das Neueste in Kürze.',
  },
  whyHeading: 'Warum es wichtig ist',
  why: 'In diesem Video geht es um {topic}: was dahintersteckt, wie es funktioniert und warum es wichtig ist{forAudience}.',
  pointsIntro: 'Darauf kommt es an:',
  points: ['Was dahintersteckt', 'Wie es funktioniert', 'Warum es wichtig ist', 'Wie Sie anfangen'],
  steps: ['Alles Nötige bereitlegen', 'Die Schritte der Reihe nach befolgen', 'Das Ergebnis prüfen und anpassen', 'Üben, bis es leicht fällt'],
  howHeading: 'So funktioniert es',
  how: 'Am besten verstehen Sie {topic}, wenn Sie mit den Grundlagen beginnen.',
  pointsHeading: 'Das Wichtigste',
  cta: 'Danke fürs Zuschauen.',
  announcementCta: 'Probieren Sie es noch heute aus und sagen Sie uns Ihre Meinung.',
  ctaHeadline: 'Jetzt loslegen',
  extra: [
    'Schauen wir uns das genauer an.',
    'Dahinter steckt mehr, als viele denken.',
    'Es beginnt mit ein paar einfachen Grundideen.',
    'Konkrete Beispiele machen das Thema greifbarer.',
    'Niemand muss alles auf einmal verstehen.',
    'Schon ein wenig Wissen hilft weiter.',
    'Fragen sind ein gutes Zeichen: Sie zeigen, dass Sie bei der Sache sind.',
    'Das war das Wichtigste in Kürze.',
  ],
};

const fr: Templates = {
  fallbackTopic: 'notre sujet',
  hooks: {
    announcement: 'Grande nouvelle{forAudience} : {topic}.',
    explainer: '{Topic} : de quoi s’agit-il, et pourquoi est-ce important ?',
    howto: '{Topic} : voici comment faire, étape par étape.',
    list: '{Topic} : voici ce qu’il faut savoir.',
    story: '{Topic} : une courte histoire.',
    demo: '{Topic} : un rapide tour d’horizon.',
    news: '{Topic} : les dernières nouvelles.',
  },
  whyHeading: 'Pourquoi c’est important',
  why: 'Pourquoi est-ce important{forAudience} ? Parce que cela change votre façon de travailler et ce que vous pouvez accomplir. Comprendre les bases aide à mieux décider, plus vite.',
  pointsIntro: 'Voici l’essentiel :',
  points: ['Commencer par les bases', 'Se concentrer sur l’essentiel', 'Apprendre avec des exemples concrets', 'Progresser pas à pas'],
  steps: ['Préparer tout le nécessaire', 'Suivre chaque étape dans l’ordre', 'Vérifier le résultat et ajuster', 'S’entraîner jusqu’à ce que ce soit facile'],
  howHeading: 'Comment ça marche',
  how: 'L’idée est simple. On commence petit, on regarde ce qui marche, et on construit à partir de là.',
  pointsHeading: 'L’essentiel',
  cta: 'Merci de votre attention. À vous de jouer : faites le premier pas dès aujourd’hui.',
  announcementCta: 'Essayez dès aujourd’hui et dites-nous ce que vous en pensez.',
  ctaHeadline: 'Lancez-vous',
  extra: [
    'Beaucoup se lancent sans plan, et c’est là que commencent la plupart des problèmes.',
    'Un peu de préparation fait une grande différence.',
    'De petits pas réguliers valent mieux que de grands changements précipités.',
    'Il est utile d’apprendre de ceux qui l’ont déjà fait.',
    'Personne n’a besoin d’être parfait du premier coup.',
    'Avec le temps, ces habitudes donnent de vrais résultats.',
  ],
};

const es: Templates = {
  fallbackTopic: 'nuestro tema',
  hooks: {
    announcement: 'Grandes noticias{forAudience}: {topic}.',
    explainer: '{Topic}: ¿de qué se trata y por qué importa?',
    howto: '{Topic}: así se hace, paso a paso.',
    list: '{Topic}: esto es lo que necesitas saber.',
    story: '{Topic}: una breve historia.',
    demo: '{Topic}: un recorrido rápido.',
    news: '{Topic}: las últimas noticias.',
  },
  whyHeading: 'Por qué importa',
  why: '¿Por qué importa{forAudience}? Porque cambia tu forma de trabajar y lo que puedes lograr. Entender lo básico te ayuda a decidir mejor y más rápido.',
  pointsIntro: 'Esto es lo esencial:',
  points: ['Empezar por lo básico', 'Centrarse en lo importante', 'Aprender de ejemplos reales', 'Mejorar paso a paso'],
  steps: ['Preparar todo lo necesario', 'Seguir cada paso en orden', 'Revisar el resultado y ajustar', 'Practicar hasta que sea fácil'],
  howHeading: 'Cómo funciona',
  how: 'La idea es sencilla. Empiezas poco a poco, ves lo que funciona y construyes a partir de ahí.',
  pointsHeading: 'Lo esencial',
  cta: 'Gracias por vernos. Ahora te toca a ti: da el primer paso hoy mismo.',
  announcementCta: 'Pruébalo hoy y cuéntanos qué te parece.',
  ctaHeadline: 'Empieza hoy',
  extra: [
    'Muchas personas empiezan sin un plan, y ahí comienzan la mayoría de los problemas.',
    'Un poco de preparación marca una gran diferencia.',
    'Los pasos pequeños y constantes suelen ser mejores que los cambios grandes y apresurados.',
    'También ayuda aprender de quienes ya lo han hecho.',
    'Nadie tiene que hacerlo perfecto la primera vez.',
    'Con el tiempo, estos hábitos se convierten en resultados reales.',
  ],
};

const it: Templates = {
  fallbackTopic: 'il nostro tema',
  hooks: {
    announcement: 'Grandi novità{forAudience}: {topic}.',
    explainer: '{Topic}: di cosa si tratta, e perché è importante?',
    howto: '{Topic}: ecco come fare, passo dopo passo.',
    list: '{Topic}: ecco cosa sapere.',
    story: '{Topic}: una breve storia.',
    demo: '{Topic}: un rapido giro.',
    news: '{Topic}: le ultime notizie.',
  },
  whyHeading: 'Perché è importante',
  why: 'Perché è importante{forAudience}? Perché cambia il modo in cui lavori e ciò che puoi ottenere. Capire le basi aiuta a decidere meglio e più in fretta.',
  pointsIntro: 'Ecco l’essenziale:',
  points: ['Partire dalle basi', 'Concentrarsi su ciò che conta', 'Imparare da esempi reali', 'Migliorare passo dopo passo'],
  steps: ['Preparare tutto il necessario', 'Seguire ogni passo in ordine', 'Controllare il risultato e correggere', 'Esercitarsi finché diventa facile'],
  howHeading: 'Come funziona',
  how: 'L’idea è semplice. Si parte in piccolo, si vede cosa funziona e si costruisce da lì.',
  pointsHeading: 'L’essenziale',
  cta: 'Grazie per la visione. Ora tocca a te: fai il primo passo oggi stesso.',
  announcementCta: 'Provalo oggi e facci sapere cosa ne pensi.',
  ctaHeadline: 'Inizia oggi',
  extra: [
    'Molti iniziano senza un piano, ed è lì che nascono quasi tutti i problemi.',
    'Un po’ di preparazione fa una grande differenza.',
    'Piccoli passi costanti battono i grandi cambiamenti affrettati.',
    'Con il tempo, queste abitudini portano risultati concreti.',
  ],
};

const pt: Templates = {
  fallbackTopic: 'o nosso tema',
  hooks: {
    announcement: 'Grande novidade{forAudience}: {topic}.',
    explainer: '{Topic}: do que se trata, e por que isso importa?',
    howto: '{Topic}: veja como fazer, passo a passo.',
    list: '{Topic}: o que você precisa saber.',
    story: '{Topic}: uma breve história.',
    demo: '{Topic}: um tour rápido.',
    news: '{Topic}: as últimas notícias.',
  },
  whyHeading: 'Por que importa',
  why: 'Por que isso importa{forAudience}? Porque muda a forma como você trabalha e o que pode alcançar. Entender o básico ajuda a decidir melhor e mais rápido.',
  pointsIntro: 'O essencial é isto:',
  points: ['Começar pelo básico', 'Focar no que importa', 'Aprender com exemplos reais', 'Melhorar passo a passo'],
  steps: ['Separar tudo o que é preciso', 'Seguir cada passo em ordem', 'Verificar o resultado e ajustar', 'Praticar até ficar fácil'],
  howHeading: 'Como funciona',
  how: 'A ideia é simples. Você começa pequeno, vê o que funciona e constrói a partir daí.',
  pointsHeading: 'O essencial',
  cta: 'Obrigado por assistir. Agora é a sua vez: dê o primeiro passo hoje.',
  announcementCta: 'Experimente hoje e conte o que achou.',
  ctaHeadline: 'Comece hoje',
  extra: [
    'Muita gente começa sem um plano, e é aí que surgem quase todos os problemas.',
    'Um pouco de preparação faz uma grande diferença.',
    'Passos pequenos e constantes costumam ser melhores do que mudanças grandes e apressadas.',
    'Com o tempo, esses hábitos viram resultados reais.',
  ],
};

const nl: Templates = {
  fallbackTopic: 'ons onderwerp',
  hooks: {
    announcement: 'Groot nieuws{forAudience}: {topic}.',
    explainer: '{Topic}: waar gaat het om, en waarom is het belangrijk?',
    howto: '{Topic}: zo doe je het, stap voor stap.',
    list: '{Topic}: dit moet je weten.',
    story: '{Topic}: een kort verhaal.',
    demo: '{Topic}: een korte rondleiding.',
    news: '{Topic}: het laatste nieuws.',
  },
  whyHeading: 'Waarom het belangrijk is',
  why: 'Waarom is het belangrijk{forAudience}? Omdat het bepaalt hoe je werkt en wat je bereikt. Wie de basis kent, beslist beter en sneller.',
  pointsIntro: 'Dit is de kern:',
  points: ['Begin bij de basis', 'Focus op wat telt', 'Leer van echte voorbeelden', 'Verbeter stap voor stap'],
  steps: ['Leg alles klaar wat je nodig hebt', 'Volg elke stap op volgorde', 'Controleer het resultaat en stel bij', 'Oefen tot het makkelijk gaat'],
  howHeading: 'Hoe het werkt',
  how: 'Het idee is eenvoudig. Je begint klein, kijkt wat werkt en bouwt daarop verder.',
  pointsHeading: 'De kern',
  cta: 'Bedankt voor het kijken. Nu is het jouw beurt: zet vandaag de eerste stap.',
  announcementCta: 'Probeer het vandaag en laat ons weten wat je ervan vindt.',
  ctaHeadline: 'Begin vandaag',
  extra: [
    'Veel mensen beginnen zonder plan, en daar ontstaan de meeste problemen.',
    'Een beetje voorbereiding maakt een groot verschil.',
    'Kleine, vaste stappen werken meestal beter dan grote, overhaaste veranderingen.',
    'Na verloop van tijd leveren deze gewoontes echte resultaten op.',
  ],
};

/** Topic sections for explainers, stories, news, demos and announcements: {subject} is a noun phrase. */
const enAboutSections: ReserveSection[] = [
  { heading: 'The basics', narration: 'First, the basics. Before looking at any details, it helps to describe {subject} in plain words, the way you would to a friend.' },
  { heading: 'Why it matters', narration: 'Next, why it matters. A good way to see the importance of {subject} is to ask who is affected, and what would change if {subject} were gone.' },
  { heading: 'How it works', narration: 'Then, how it works. Any subject is easier to follow when you break it into parts. Once you see how each part connects to the next, the whole picture of {subject} makes sense.' },
  { heading: 'Common misconceptions', narration: 'There are also some common misconceptions about {subject}. Simple stories spread quickly, so it is worth checking what you hear against a source you trust.' },
  { heading: 'Examples', narration: 'Examples make all of this concrete. Look for {subject} in everyday life, and notice what the clearest examples have in common.' },
  { heading: 'What to do next', narration: 'So, what can you do next? Pick one question about {subject} that you would like answered, and look it up in a reliable source.' },
  { heading: 'Recap', narration: 'To recap: start with the basics of {subject}, ask why it matters, look at how it works, and stay curious about the details.' },
];

/** Sections for the user's own product or news ("our new pricing plans"), and for announcements and demos. */
const enOwnSections: ReserveSection[] = [
  { heading: 'Who it is for', narration: 'Think about who will use {subject} day to day, and what they need from it.' },
  { heading: 'What it means for you', narration: 'Take a moment to consider what {subject} means for you, and where it fits into the way you work today.' },
  { heading: 'A closer look', narration: 'Let’s take a closer look at the parts of {subject} that matter most to you, one at a time.' },
  { heading: 'In the details', narration: 'What sets {subject} apart is often in the details, so they are worth a second look.' },
  { heading: 'Getting started', narration: 'The best way to see what {subject} can do is to try it for yourself, one step at a time.' },
  { heading: 'Pass it on', narration: 'If {subject} sounds right for someone you know, pass this video on to them.' },
  { heading: 'Questions', narration: 'Have a question about {subject}? Ask us. We are happy to help.' },
  { heading: 'Recap', narration: 'To recap: that is {subject}, in short. Take a closer look, and see what it can do for you.' },
];

/** Sections for how-to videos: {task} is what the viewer wants to do ("brew pour-over coffee"), or "it". */
const enHowtoSections: ReserveSection[] = [
  { heading: 'Before you start', narration: 'Before you start, gather everything you need and set aside enough time, so that you are never rushed halfway through.' },
  { heading: 'One step at a time', narration: 'Work through it one step at a time. Finish each step before you move on to the next, and resist the urge to skip ahead.' },
  { heading: 'Common mistakes', narration: 'The most common mistake is rushing. If something does not turn out as expected, go back one step and check it again.' },
  { heading: 'Check the result', narration: 'When you are done, check the result. If it is not quite right, change one thing at a time and try again.' },
  { heading: 'Keep practising', narration: 'Your first attempt does not need to be perfect. Each time you {task}, it gets a little easier.' },
  { heading: 'Recap', narration: 'To recap: prepare first, go one step at a time, check the result, and adjust as you go.' },
];

/** Sections for list videos ("5 tips for better sleep"): they speak about the list, never name a new item. */
const enListSections: ReserveSection[] = [
  { heading: 'Why they help', narration: 'Why bother with these? Each one is small on its own, but together they can make a real difference.' },
  { heading: 'Where to start', narration: 'Where should you start? Pick the one that feels easiest for you right now, and try that one first.' },
  { heading: 'A common mistake', narration: 'A common mistake is trying everything at once. Add one at a time, so you can tell which ones work for you.' },
  { heading: 'Give it time', narration: 'Give each one a fair try before you judge it. Habits take a while to settle in.' },
  { heading: 'Make it easy', narration: 'Make the first one as easy as you can. The easier it is to begin, the more likely you are to keep going.' },
  { heading: 'Notice the change', narration: 'Pay attention to what changes as you go. Noticing small improvements is what keeps you motivated.' },
  { heading: 'Make it yours', narration: 'Not every item will suit everyone. Keep what works for you, and adapt or drop the rest.' },
  { heading: 'Track it', narration: 'Keep a simple note of what you tried and how it went. After a while, the patterns become easy to spot.' },
  { heading: 'When you slip', narration: 'Missing a day is normal. What matters is picking it up again the next day.' },
  { heading: 'Build on it', narration: 'Once one of these feels natural, add the next one. That is how small steps turn into lasting habits.' },
  { heading: 'Pass it on', narration: 'If you find this list useful, share it with someone who could use it too.' },
  { heading: 'Recap', narration: 'To recap: start small, pick one, and come back to this list whenever you need a reminder.' },
];

/** The noun phrase a topic is about: "why bees matter" → "bees", "what is inflation" → "inflation", "Our new app" → "our new app". */
function subjectOf(topic: string, subject: string | null): string {
  if (subject) return subject;
  const what = /^what\s+(?:is|are)\s+(?:a\s+|an\s+)?(.+?)[?.!]*$/i.exec(topic);
  if (what) return what[1]!;
  if (/^(?:why|how|what|when|where|who)\b/i.test(topic)) return 'this topic';
  return /^(?:Our|My|The|A|An|Your)\s/.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic;
}

function enSections(kind: VideoKind, topic: string | null, subject: string | null): ReserveSection[] {
  if (kind === 'list') return enListSections;
  if (kind === 'howto') {
    const task = topic ? /^how\s+to\s+(.+?)[?.!]*$/i.exec(topic)?.[1] ?? null : null;
    return enHowtoSections.map((s) => ({ ...s, narration: s.narration.replaceAll('{task}', task ?? 'try it') }));
  }
  const about = topic ? subjectOf(topic, subject) : 'this topic';
  if (kind === 'announcement' || kind === 'demo' || (topic !== null && /^(?:our|my)\s/i.test(topic))) {
    return enOwnSections.map((s) => ({ ...s, narration: s.narration.replaceAll('{subject}', about) }));
  }
  return enAboutSections.map((s) => ({ ...s, narration: s.narration.replaceAll('{subject}', about) }));
}

/** English closings that suit a kind of video better than a call to start something. */
const enClosings: Partial<Record<VideoKind, string>> = {
  news: 'Thanks for watching. Follow us for more updates.',
  story: 'Thanks for watching. Share this story with someone who would enjoy it.',
  demo: 'Thanks for watching. Try it yourself today.',
  howto: 'Now give it a try yourself.',
  list: 'Try one of these today.',
};

const enClosingHeadlines: Partial<Record<VideoKind, string>> = { news: 'Stay informed', story: 'Thanks for watching', demo: 'Try it today', announcement: 'Try it today', howto: 'Give it a try', list: 'Try one today' };

const templates: Record<KnownLanguage, Templates> = { en, de, fr, es, it, pt, nl };
const forWord: Record<KnownLanguage, string> = { en: 'for', de: 'für', fr: 'pour', es: 'para', it: 'per', pt: 'para', nl: 'voor' };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Hook, body, closing call to action and spare sentences about a topic, in the narration language. */
export function genericNarration(options: { topic: string | null; audience: string | null; kind: VideoKind; language: KnownLanguage; subject?: string | null }): GenericNarration {
  const t = templates[options.language];
  const topic = options.topic ?? t.fallbackTopic;
  const howto = topic;
  const forAudience = options.audience ? ` ${forWord[options.language]} ${options.audience}` : '';
  const fill = (s: string): string =>
    s.replaceAll('{topic}', topic).replaceAll('{Topic}', capitalize(topic)).replaceAll('{Howto}', capitalize(howto)).replaceAll('{forAudience}', forAudience);
  let hook = fill(t.hooks[options.kind]);
  if (options.kind === 'list' && /^(?:top\s+)?(?:\d+|three|four|five|six|seven|ten)\s/i.test(topic) && options.language === 'en') hook = `${capitalize(topic)}: let’s go through them one by one.`;
  // A topic phrased as a question ("why bees matter", "how vaccines work") reads best as "Here is …".
  if (options.language === 'en' && options.kind !== 'announcement' && options.kind !== 'howto' && /^(?:why|how|what|when|where|who)\b/i.test(topic)) hook = `Here is ${topic}.`;
  const list = options.kind === 'howto' ? t.steps : t.points;
  const body = [
    fill(t.whyHeading),
    '',
    fill(t.why),
    '',
    fill(t.pointsHeading),
    '',
    fill(t.pointsIntro),
    ...list.map((p) => `- ${fill(p)}`),
    '',
    fill(t.howHeading),
    '',
    fill(t.how),
  ].join('\n');
  return {
    title: capitalize(options.topic ?? t.fallbackTopic),
    hook,
    body,
    cta: !options.topic && options.language === 'en' && options.kind !== 'announcement' ? 'Thanks for watching.' : fill(options.kind === 'announcement' ? t.announcementCta : (options.language === 'en' ? enClosings[options.kind] : undefined) ?? t.cta),
    ctaHeadline: (options.language === 'en' ? enClosingHeadlines[options.kind] : undefined) ?? t.ctaHeadline,
    sections: options.language === 'en' ? enSections(options.kind, options.topic, options.subject ?? null) : [],
    extra:
      options.language === 'en' && options.kind === 'list'
        ? enListExtra.map(fill)
        : options.language === 'en' && /^(?:why|how|what|when|where|who)\b/i.test(topic) && !/^how to\b/i.test(topic)
          ? // A question topic reads badly as a noun; its subject ("bees" for "why bees matter") does not.
            [...enQuestionExtra.map(fill), ...(subjectOf(topic, options.subject ?? null) !== 'this topic' ? t.extra.map((e) => e.replaceAll('{topic}', subjectOf(topic, options.subject ?? null))) : [])]
          : t.extra.map(fill),
  };
}
