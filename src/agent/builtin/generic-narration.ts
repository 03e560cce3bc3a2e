import type { KnownLanguage } from '../text/index.js';
import type { VideoKind } from './parse-request.js';
import { subjectOf, topicAsObject, topicSections, type ReserveSection } from './topic-sections.js';

export type { ReserveSection } from './topic-sections.js';

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
  /** The body's opening and closing lines for a how-to, when the general ones speak of understanding a subject. */
  howtoWhy?: string;
  howtoHow?: string;
  /** Closings that suit a kind of video better than the general one ("Follow us for more updates"). */
  closings?: Partial<Record<VideoKind, string>>;
  closingHeadlines?: Partial<Record<VideoKind, string>>;
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
  closings: {
    news: 'Thanks for watching. Follow us for more updates.',
    story: 'Thanks for watching. Share this story with someone who would enjoy it.',
    demo: 'Thanks for watching. Try it yourself today.',
    howto: 'Now give it a try yourself.',
    list: 'Try one of these today.',
  },
  closingHeadlines: { news: 'Stay informed', story: 'Thanks for watching', demo: 'Try it today', announcement: 'Try it today', howto: 'Give it a try', list: 'Try one today' },
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
  whyHeading: 'Der Überblick',
  why: 'In diesem Video werfen wir einen klaren, einfachen Blick auf {about}{forAudience}.',
  pointsIntro: 'Das erwartet Sie:',
  points: ['Was dahintersteckt', 'Wie es funktioniert', 'Warum es wichtig ist', 'Wie Sie anfangen'],
  steps: ['Alles Nötige bereitlegen', 'Die Schritte der Reihe nach befolgen', 'Das Ergebnis prüfen und anpassen', 'Üben, bis es leicht fällt'],
  howHeading: 'Der erste Schritt',
  how: 'Am besten verstehen Sie {about}, wenn Sie mit den Grundlagen beginnen und darauf aufbauen.',
  howtoWhy: 'In diesem Video zeigen wir, worauf es dabei ankommt{forAudience}.',
  howtoHow: 'Am leichtesten geht es, wenn Sie sich vorher einen Überblick verschaffen und dann in Ruhe loslegen.',
  pointsHeading: 'Auf einen Blick',
  cta: 'Danke fürs Zuschauen. Bleiben Sie neugierig, und teilen Sie dieses Video, wenn es Ihnen geholfen hat.',
  announcementCta: 'Probieren Sie es noch heute aus und sagen Sie uns Ihre Meinung.',
  ctaHeadline: 'Bleiben Sie neugierig',
  closings: {
    news: 'Danke fürs Zuschauen. Folgen Sie uns, um nichts zu verpassen.',
    story: 'Danke fürs Zuschauen. Teilen Sie diese Geschichte mit jemandem, dem sie gefallen könnte.',
    demo: 'Danke fürs Zuschauen. Probieren Sie es noch heute selbst aus.',
    howto: 'Jetzt sind Sie dran: Probieren Sie es selbst aus.',
    list: 'Probieren Sie noch heute einen dieser Punkte aus.',
  },
  closingHeadlines: { news: 'Bleiben Sie informiert', story: 'Danke fürs Zuschauen', demo: 'Jetzt ausprobieren', announcement: 'Jetzt ausprobieren', howto: 'Jetzt sind Sie dran', list: 'Heute anfangen' },
  extra: [
    'Um {about} zu verstehen, braucht es keine Vorkenntnisse, nur etwas Neugier.',
    'Wer {about} einmal verstanden hat, sieht vieles mit anderen Augen.',
    'Dahinter steckt oft mehr, als man auf den ersten Blick denkt.',
    'Vieles beginnt mit ein paar einfachen Grundideen.',
    'Konkrete Beispiele machen das Thema greifbarer.',
    'Niemand muss alles auf einmal verstehen.',
    'Schon ein wenig Wissen hilft weiter.',
    'Fragen sind ein gutes Zeichen: Sie zeigen, dass Sie bei der Sache sind.',
    'Kommen Sie bei Unklarheiten einfach auf die Grundlagen zurück.',
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
  whyHeading: 'Vue d’ensemble',
  why: 'Dans cette vidéo, nous jetons un regard clair et simple sur {about}{forAudience}.',
  pointsIntro: 'Voici ce que nous allons voir :',
  points: ['Ce que cela signifie', 'Comment ça marche', 'Pourquoi c’est important', 'Par où commencer'],
  steps: ['Préparer tout le nécessaire', 'Suivre chaque étape dans l’ordre', 'Vérifier le résultat et ajuster', 'S’entraîner jusqu’à ce que ce soit facile'],
  howHeading: 'Le premier pas',
  how: 'Le meilleur moyen de comprendre {about}, c’est de partir de ce que l’on sait déjà et de construire à partir de là.',
  howtoWhy: 'Dans cette vidéo, nous voyons ce qui compte vraiment{forAudience}.',
  howtoHow: 'Le plus simple, c’est d’avoir une vue d’ensemble avant de commencer, puis d’avancer sans se presser.',
  pointsHeading: 'L’essentiel',
  cta: 'Merci de votre attention. Restez curieux, et partagez cette vidéo si elle vous a été utile.',
  announcementCta: 'Essayez dès aujourd’hui et dites-nous ce que vous en pensez.',
  ctaHeadline: 'Restez curieux',
  closings: {
    news: 'Merci de votre attention. Suivez-nous pour ne rien manquer.',
    story: 'Merci de votre attention. Partagez cette histoire avec quelqu’un qu’elle pourrait toucher.',
    demo: 'Merci de votre attention. Essayez par vous-même dès aujourd’hui.',
    howto: 'À vous de jouer : essayez par vous-même.',
    list: 'Essayez l’un de ces points dès aujourd’hui.',
  },
  closingHeadlines: { news: 'Restez informé', story: 'Merci de votre attention', demo: 'Essayez dès aujourd’hui', announcement: 'Essayez dès aujourd’hui', howto: 'À vous de jouer', list: 'Lancez-vous' },
  extra: [
    'Pour comprendre {about}, pas besoin de connaissances préalables : un peu de curiosité suffit.',
    'Une fois les bases acquises, les détails se mettent en place.',
    'Il y a souvent plus à découvrir qu’il n’y paraît.',
    'Tout commence par quelques idées simples.',
    'Des exemples concrets rendent le sujet bien plus clair.',
    'Personne n’a besoin de tout comprendre d’un coup.',
    'Un peu de savoir mène déjà loin.',
    'Les questions sont bon signe : elles montrent que vous suivez.',
    'En cas de doute, revenez simplement aux bases.',
    'Voilà pour l’essentiel.',
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
  whyHeading: 'Una visión general',
  why: 'En este vídeo repasamos, de forma clara y sencilla, {about}{forAudience}.',
  pointsIntro: 'Esto es lo que veremos:',
  points: ['Qué significa', 'Cómo funciona', 'Por qué importa', 'Por dónde empezar'],
  steps: ['Preparar todo lo necesario', 'Seguir cada paso en orden', 'Revisar el resultado y ajustar', 'Practicar hasta que sea fácil'],
  howHeading: 'El primer paso',
  how: 'La mejor manera de entender {about} es partir de lo que ya sabes e ir construyendo a partir de ahí.',
  howtoWhy: 'En este vídeo vemos en qué hay que fijarse{forAudience}.',
  howtoHow: 'Lo más fácil es hacerse una idea general antes de empezar y luego avanzar sin prisas.',
  pointsHeading: 'Lo esencial',
  cta: 'Gracias por vernos. Mantén la curiosidad y comparte este vídeo si te ha sido útil.',
  announcementCta: 'Pruébalo hoy y cuéntanos qué te parece.',
  ctaHeadline: 'Sigue aprendiendo',
  closings: {
    news: 'Gracias por vernos. Síguenos para no perderte nada.',
    story: 'Gracias por vernos. Comparte esta historia con alguien a quien le pueda gustar.',
    demo: 'Gracias por vernos. Pruébalo tú mismo hoy.',
    howto: 'Ahora te toca a ti: inténtalo.',
    list: 'Prueba uno de estos puntos hoy mismo.',
  },
  closingHeadlines: { news: 'Mantente al día', story: 'Gracias por vernos', demo: 'Pruébalo hoy', announcement: 'Pruébalo hoy', howto: 'Te toca a ti', list: 'Empieza hoy' },
  extra: [
    'Para entender {about} no hace falta saberlo todo de antemano: basta con un poco de curiosidad.',
    'Una vez claras las bases, los detalles encajan solos.',
    'Suele haber más de lo que parece a simple vista.',
    'Todo empieza con unas pocas ideas sencillas.',
    'Los ejemplos concretos hacen que el tema sea mucho más fácil de entender.',
    'Nadie tiene que entenderlo todo de golpe.',
    'Un poco de conocimiento ya ayuda mucho.',
    'Las preguntas son buena señal: significan que estás prestando atención.',
    'Si algo no queda claro, vuelve a lo básico.',
    'Eso es lo esencial, en pocas palabras.',
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
  whyHeading: 'Il quadro generale',
  why: 'In questo video diamo uno sguardo chiaro e semplice all’argomento{forAudience}.',
  pointsIntro: 'Ecco l’essenziale:',
  points: ['Partire dalle basi', 'Concentrarsi su ciò che conta', 'Imparare da esempi reali', 'Migliorare passo dopo passo'],
  steps: ['Preparare tutto il necessario', 'Seguire ogni passo in ordine', 'Controllare il risultato e correggere', 'Esercitarsi finché diventa facile'],
  howHeading: 'Da dove partire',
  how: 'Il modo migliore per capire l’argomento è partire da ciò che si sa già e costruire da lì.',
  pointsHeading: 'L’essenziale',
  cta: 'Grazie per la visione. Ora tocca a te: fai il primo passo oggi stesso.',
  announcementCta: 'Provalo oggi e facci sapere cosa ne pensi.',
  ctaHeadline: 'Inizia oggi',
  extra: [
    'C’è spesso più di quanto sembri a prima vista.',
    'Tutto parte da poche idee semplici.',
    'Gli esempi concreti rendono l’argomento molto più chiaro.',
    'Nessuno deve capire tutto in una volta.',
    'Anche un po’ di conoscenza aiuta molto.',
    'Le domande sono un buon segno: vuol dire che stai seguendo.',
    'Se qualcosa non è chiaro, torna alle basi.',
    'Ecco l’essenziale, in breve.',
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
  whyHeading: 'Visão geral',
  why: 'Neste vídeo, damos uma olhada clara e simples no tema{forAudience}.',
  pointsIntro: 'O essencial é isto:',
  points: ['Começar pelo básico', 'Focar no que importa', 'Aprender com exemplos reais', 'Melhorar passo a passo'],
  steps: ['Separar tudo o que é preciso', 'Seguir cada passo em ordem', 'Verificar o resultado e ajustar', 'Praticar até ficar fácil'],
  howHeading: 'Por onde começar',
  how: 'A melhor forma de entender o tema é partir do que você já sabe e construir a partir daí.',
  pointsHeading: 'O essencial',
  cta: 'Obrigado por assistir. Agora é a sua vez: dê o primeiro passo hoje.',
  announcementCta: 'Experimente hoje e conte o que achou.',
  ctaHeadline: 'Comece hoje',
  extra: [
    'Muitas vezes há mais do que parece à primeira vista.',
    'Tudo começa com algumas ideias simples.',
    'Exemplos concretos deixam o tema muito mais claro.',
    'Ninguém precisa entender tudo de uma vez.',
    'Um pouco de conhecimento já ajuda muito.',
    'Perguntas são um bom sinal: mostram que você está prestando atenção.',
    'Se algo não ficar claro, volte ao básico.',
    'Esse é o essencial, em poucas palavras.',
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
  whyHeading: 'Het grote geheel',
  why: 'In deze video bekijken we het onderwerp helder en eenvoudig{forAudience}.',
  pointsIntro: 'Dit is de kern:',
  points: ['Begin bij de basis', 'Focus op wat telt', 'Leer van echte voorbeelden', 'Verbeter stap voor stap'],
  steps: ['Leg alles klaar wat je nodig hebt', 'Volg elke stap op volgorde', 'Controleer het resultaat en stel bij', 'Oefen tot het makkelijk gaat'],
  howHeading: 'Waar je begint',
  how: 'De beste manier om het onderwerp te begrijpen, is beginnen bij wat je al weet en van daaruit verder bouwen.',
  pointsHeading: 'De kern',
  cta: 'Bedankt voor het kijken. Nu is het jouw beurt: zet vandaag de eerste stap.',
  announcementCta: 'Probeer het vandaag en laat ons weten wat je ervan vindt.',
  ctaHeadline: 'Begin vandaag',
  extra: [
    'Er zit vaak meer achter dan je op het eerste gezicht denkt.',
    'Alles begint met een paar eenvoudige ideeën.',
    'Concrete voorbeelden maken het onderwerp veel duidelijker.',
    'Niemand hoeft alles in één keer te begrijpen.',
    'Een beetje kennis helpt al veel.',
    'Vragen zijn een goed teken: ze laten zien dat je oplet.',
    'Is iets niet duidelijk, ga dan terug naar de basis.',
    'Dat is de kern, in het kort.',
  ],
};


const templates: Record<KnownLanguage, Templates> = { en, de, fr, es, it, pt, nl };
const forWord: Record<KnownLanguage, string> = { en: 'for', de: 'für', fr: 'pour', es: 'para', it: 'per', pt: 'para', nl: 'voor' };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The topic as a sentence's subject or a title: German topics arrive as the object of "über"/"erkläre"
 * ("den Klimawandel"), which reads wrongly on its own ("Der Klimawandel").
 */
export function topicAsSubject(topic: string, language: KnownLanguage): string {
  if (language !== 'de') return topic;
  return topic.replace(/^(d|D)en(?=\s)/, (_, d: string) => `${d}er`).replace(/^(e|E)inen(?=\s)/, (_, e: string) => `${e}in`);
}

/** Hook, body, closing call to action and spare sentences about a topic, in the narration language. */
export function genericNarration(options: { topic: string | null; audience: string | null; kind: VideoKind; language: KnownLanguage; subject?: string | null }): GenericNarration {
  const { language, kind } = options;
  const t = templates[language];
  const topic = options.topic ?? t.fallbackTopic;
  const shown = topicAsSubject(topic, language);
  // A list ("5 consejos …") or a task ("wie man Brot backt") is not a subject to understand: it is "the topic".
  const about = language === 'en' ? topic : topicAsObject(kind === 'list' || kind === 'howto' ? null : options.topic, language);
  const forAudience = options.audience ? ` ${forWord[language]} ${options.audience}` : '';
  const fill = (s: string): string =>
    s.replaceAll('{topic}', topic).replaceAll('{Topic}', capitalize(shown)).replaceAll('{Howto}', capitalize(shown)).replaceAll('{about}', about).replaceAll('{forAudience}', forAudience);
  let hook = fill(t.hooks[kind]);
  if (kind === 'list' && /^(?:top\s+)?(?:\d+|three|four|five|six|seven|ten)\s/i.test(topic) && language === 'en') hook = `${capitalize(topic)}: let’s go through them one by one.`;
  // A topic phrased as a question ("why bees matter", "how vaccines work") reads best as "Here is …".
  if (language === 'en' && kind !== 'announcement' && kind !== 'howto' && /^(?:why|how|what|when|where|who)\b/i.test(topic)) hook = `Here is ${topic}.`;
  const list = kind === 'howto' ? t.steps : t.points;
  const body = [
    fill(t.whyHeading),
    '',
    fill((kind === 'howto' ? t.howtoWhy : undefined) ?? t.why),
    '',
    fill(t.pointsHeading),
    '',
    fill(t.pointsIntro),
    ...list.map((p) => `- ${fill(p)}`),
    '',
    fill(t.howHeading),
    '',
    fill((kind === 'howto' ? t.howtoHow : undefined) ?? t.how),
  ].join('\n');
  return {
    title: capitalize(options.topic === null ? t.fallbackTopic : shown),
    hook,
    body,
    cta: !options.topic && language === 'en' && kind !== 'announcement' ? 'Thanks for watching.' : fill(kind === 'announcement' ? t.announcementCta : (t.closings?.[kind] ?? t.cta)),
    ctaHeadline: t.closingHeadlines?.[kind] ?? t.ctaHeadline,
    sections: topicSections({ language, kind, topic: options.topic, subject: options.subject ?? null }),
    extra:
      language === 'en' && kind === 'list'
        ? enListExtra.map(fill)
        : language === 'en' && /^(?:why|how|what|when|where|who)\b/i.test(topic) && !/^how to\b/i.test(topic)
          ? // A question topic reads badly as a noun; its subject ("bees" for "why bees matter") does not.
            [...enQuestionExtra.map(fill), ...(subjectOf(topic, options.subject ?? null) !== 'this topic' ? t.extra.map((e) => e.replaceAll('{topic}', subjectOf(topic, options.subject ?? null))) : [])]
          : t.extra.map(fill),
  };
}
