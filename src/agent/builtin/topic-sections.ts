import type { KnownLanguage } from '../text/index.js';
import type { VideoKind } from './parse-request.js';

/** A scene's worth of narration with its heading. */
export interface ReserveSection {
  heading: string;
  narration: string;
  /** The recap closes the body: it is added only once every other section is in. */
  recap?: boolean;
}

/** Topic sections for explainers, stories, news, demos and announcements: {subject} is a noun phrase. */
const enAboutSections: ReserveSection[] = [
  { heading: 'The basics', narration: 'First, the basics. Before looking at any details, it helps to describe {subject} in plain words, the way you would to a friend.' },
  { heading: 'Why it matters', narration: 'Next, why it matters. A good way to see the importance of {subject} is to ask who is affected, and what would change if {subject} were gone.' },
  { heading: 'How it works', narration: 'Then, how it works. Any subject is easier to follow when you break it into parts. Once you see how each part connects to the next, the whole picture of {subject} makes sense.' },
  { heading: 'Common misconceptions', narration: 'There are also some common misconceptions about {subject}. Simple stories spread quickly, so it is worth checking what you hear against a source you trust.' },
  { heading: 'Examples', narration: 'Examples make all of this concrete. Look for {subject} in everyday life, and notice what the clearest examples have in common.' },
  { heading: 'What to do next', narration: 'So, what can you do next? Pick one question about {subject} that you would like answered, and look it up in a reliable source.' },
  { heading: 'Recap', recap: true, narration: 'To recap: start with the basics of {subject}, ask why it matters, look at how it works, and stay curious about the details.' },
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
  { heading: 'Recap', recap: true, narration: 'To recap: that is {subject}, in short. Take a closer look, and see what it can do for you.' },
];

/** Sections for how-to videos: {task} is what the viewer wants to do ("brew pour-over coffee"), or "it". */
const enHowtoSections: ReserveSection[] = [
  { heading: 'Before you start', narration: 'Before you start, gather everything you need and set aside enough time, so that you are never rushed halfway through.' },
  { heading: 'One step at a time', narration: 'Work through it one step at a time. Finish each step before you move on to the next, and resist the urge to skip ahead.' },
  { heading: 'Common mistakes', narration: 'The most common mistake is rushing. If something does not turn out as expected, go back one step and check it again.' },
  { heading: 'Check the result', narration: 'When you are done, check the result. If it is not quite right, change one thing at a time and try again.' },
  { heading: 'Keep practising', narration: 'Your first attempt does not need to be perfect. Each time you {task}, it gets a little easier.' },
  { heading: 'Recap', recap: true, narration: 'To recap: prepare first, go one step at a time, check the result, and adjust as you go.' },
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
  { heading: 'Recap', recap: true, narration: 'To recap: start small, pick one, and come back to this list whenever you need a reminder.' },
];

/** The noun phrase a topic is about: "why bees matter" → "bees", "what is inflation" → "inflation", "Our new app" → "our new app". */
export function subjectOf(topic: string, subject: string | null): string {
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
/**
 * Sections in German, French and Spanish, one set per kind of video, in the same order as the English ones.
 * "{about}" is the topic as the user wrote it after "über"/"sur"/"sobre" or the verb (so in the case and
 * with the article that a direct object takes: "die Vorteile von Solarenergie", "le recyclage du plastique",
 * "la computación cuántica"), or the language's "this topic" when the topic is a question ("wie man Brot
 * backt"). It only stands where a direct object fits, so no article has to be declined or contracted.
 */
interface SectionSet {
  about: ReserveSection[];
  own: ReserveSection[];
  howto: ReserveSection[];
  list: ReserveSection[];
}

const deSections: SectionSet = {
  about: [
    { heading: 'Die Grundlagen', narration: 'Zuerst die Grundlagen. Bevor es um Details geht, hilft es, {about} in einfachen Worten zu beschreiben, so wie man es einer Freundin erklären würde.' },
    { heading: 'Warum es wichtig ist', narration: 'Als Nächstes: Warum ist das wichtig? Fragen Sie sich, wen das Thema betrifft und was sich ändern würde, wenn es das alles nicht gäbe.' },
    { heading: 'Wie es funktioniert', narration: 'Dann die Frage, wie alles zusammenhängt. Jedes Thema wird leichter, wenn man es in Teile zerlegt. Sobald klar ist, wie die Teile ineinandergreifen, ergibt das Gesamtbild einen Sinn.' },
    { heading: 'Verbreitete Irrtümer', narration: 'Rund um {about} gibt es auch einige verbreitete Irrtümer. Einfache Geschichten verbreiten sich schnell, deshalb lohnt es sich, Gehörtes mit einer verlässlichen Quelle abzugleichen.' },
    { heading: 'Beispiele', narration: 'Beispiele machen all das greifbar. Achten Sie darauf, wo Ihnen das Thema im Alltag begegnet, und was die anschaulichsten Beispiele gemeinsam haben.' },
    { heading: 'Im Alltag', narration: 'Oft hat das Thema mehr mit dem eigenen Alltag zu tun, als man zunächst denkt. Ein zweiter Blick lohnt sich deshalb fast immer.' },
    { heading: 'Wie es weitergeht', narration: 'Und wie geht es weiter? Notieren Sie sich eine Frage, auf die Sie gern eine Antwort hätten, und schlagen Sie sie in einer verlässlichen Quelle nach.' },
    { heading: 'Zusammengefasst', recap: true, narration: 'Zusammengefasst: mit den Grundlagen beginnen, nach der Bedeutung fragen, verstehen, wie alles zusammenhängt, und neugierig bleiben.' },
  ],
  own: [
    { heading: 'Für wen es gedacht ist', narration: 'Überlegen Sie, wer {about} im Alltag nutzen wird und was diese Menschen davon brauchen.' },
    { heading: 'Was es für Sie bedeutet', narration: 'Nehmen Sie sich einen Moment Zeit: Was bedeutet das für Sie, und wo passt es in Ihren Arbeitsalltag?' },
    { heading: 'Ein genauerer Blick', narration: 'Schauen wir uns die Teile genauer an, die für Sie am wichtigsten sind, einen nach dem anderen.' },
    { heading: 'Auf die Details kommt es an', narration: 'Was den Unterschied macht, steckt oft in den Details. Deshalb lohnt sich ein zweiter Blick.' },
    { heading: 'Im Alltag', narration: 'Im Alltag zeigt sich, was wirklich zählt. Achten Sie darauf, wo es Ihnen Zeit oder Mühe spart.' },
    { heading: 'Ihre Meinung zählt', narration: 'Ihre Rückmeldung hilft uns, besser zu werden. Sagen Sie uns, was Ihnen gefällt und was noch fehlt.' },
    { heading: 'Der Einstieg', narration: 'Wer {about} kennenlernen will, legt am besten selbst los, Schritt für Schritt.' },
    { heading: 'Weitersagen', narration: 'Kennen Sie jemanden, für den das genau das Richtige wäre? Dann leiten Sie dieses Video gern weiter.' },
    { heading: 'Fragen', narration: 'Sie haben Fragen? Sprechen Sie uns an. Wir helfen gern weiter.' },
    { heading: 'Kurz gesagt', recap: true, narration: 'Kurz gesagt: Schauen Sie es sich in Ruhe an und finden Sie heraus, was es für Sie tun kann.' },
  ],
  howto: [
    { heading: 'Bevor Sie anfangen', narration: 'Bevor Sie anfangen, legen Sie alles bereit, was Sie brauchen, und planen Sie genug Zeit ein, damit Sie mittendrin nicht in Eile geraten.' },
    { heading: 'Ein Schritt nach dem anderen', narration: 'Gehen Sie einen Schritt nach dem anderen. Schließen Sie jeden Schritt ab, bevor Sie zum nächsten übergehen, und widerstehen Sie der Versuchung, etwas zu überspringen.' },
    { heading: 'Häufige Fehler', narration: 'Der häufigste Fehler ist Eile. Wenn etwas nicht wie erwartet klappt, gehen Sie einen Schritt zurück und prüfen Sie ihn noch einmal.' },
    { heading: 'Das Ergebnis prüfen', narration: 'Wenn Sie fertig sind, prüfen Sie das Ergebnis. Passt es noch nicht ganz, ändern Sie immer nur eine Sache und versuchen Sie es erneut.' },
    { heading: 'Übung macht den Meister', narration: 'Der erste Versuch muss nicht perfekt sein. Mit jedem Mal wird es ein bisschen leichter.' },
    { heading: 'Notizen helfen', narration: 'Eine kurze Liste mit den wichtigsten Schritten hilft beim nächsten Mal. So müssen Sie nicht wieder bei null anfangen.' },
    { heading: 'Das richtige Werkzeug', narration: 'Gutes Werkzeug muss nicht teuer sein. Wichtig ist, dass Sie damit vertraut sind, bevor Sie loslegen.' },
    { heading: 'Ruhe bewahren', narration: 'Wenn etwas schiefgeht, ist das kein Grund zur Sorge. Fast jeder Fehler lässt sich beim nächsten Versuch vermeiden.' },
    { heading: 'Von anderen lernen', narration: 'Es hilft, anderen über die Schulter zu schauen. Wer es schon oft gemacht hat, kennt die kleinen Kniffe, die den Unterschied machen.' },
    { heading: 'Ihr eigener Rhythmus', narration: 'Mit der Zeit finden Sie Ihren eigenen Rhythmus. Passen Sie die Schritte ruhig an das an, was bei Ihnen am besten funktioniert.' },
    { heading: 'Zusammengefasst', recap: true, narration: 'Zusammengefasst: gut vorbereiten, Schritt für Schritt vorgehen, das Ergebnis prüfen und bei Bedarf nachbessern.' },
  ],
  list: [
    { heading: 'Warum sie helfen', narration: 'Warum lohnt sich das? Jeder Punkt ist für sich genommen klein, aber zusammen können sie viel bewirken.' },
    { heading: 'Wo Sie anfangen', narration: 'Wo fangen Sie am besten an? Wählen Sie den Punkt, der Ihnen gerade am leichtesten fällt, und probieren Sie ihn zuerst aus.' },
    { heading: 'Ein häufiger Fehler', narration: 'Ein häufiger Fehler ist, alles auf einmal zu versuchen. Nehmen Sie sich einen Punkt nach dem anderen vor, dann sehen Sie, was bei Ihnen wirkt.' },
    { heading: 'Geben Sie ihm Zeit', narration: 'Geben Sie jedem Punkt eine faire Chance, bevor Sie urteilen. Gewohnheiten brauchen eine Weile.' },
    { heading: 'Leicht anfangen', narration: 'Machen Sie sich den Anfang so leicht wie möglich. Je leichter der Einstieg, desto eher bleiben Sie dran.' },
    { heading: 'Fortschritte bemerken', narration: 'Achten Sie darauf, was sich verändert. Wer kleine Fortschritte bemerkt, bleibt motiviert.' },
    { heading: 'Passend machen', narration: 'Nicht jeder Punkt passt zu jedem. Behalten Sie, was funktioniert, und passen Sie den Rest an.' },
    { heading: 'Dranbleiben', narration: 'Einen Tag auszulassen ist normal. Wichtig ist, am nächsten Tag einfach weiterzumachen.' },
    { heading: 'Weitersagen', narration: 'Wenn Ihnen diese Liste hilft, teilen Sie sie mit jemandem, dem sie auch nützen könnte.' },
    { heading: 'Zusammengefasst', recap: true, narration: 'Zusammengefasst: klein anfangen, einen Punkt auswählen und immer wieder auf diese Liste zurückkommen.' },
  ],
};

const frSections: SectionSet = {
  about: [
    { heading: 'Les bases', narration: 'D’abord, les bases. Avant d’entrer dans les détails, il est utile de décrire {about} avec des mots simples, comme on le ferait pour un ami.' },
    { heading: 'Pourquoi c’est important', narration: 'Ensuite, pourquoi c’est important. Demandez-vous qui est concerné, et ce qui changerait si tout cela n’existait pas.' },
    { heading: 'Comment ça marche', narration: 'Puis, comment ça marche. Un sujet est toujours plus facile à suivre quand on le découpe en parties. Une fois qu’on voit comment chaque partie s’articule avec la suivante, l’ensemble prend tout son sens.' },
    { heading: 'Idées reçues', narration: 'Il existe aussi quelques idées reçues sur ce sujet. Les histoires simples circulent vite, alors mieux vaut vérifier ce que l’on entend auprès d’une source fiable.' },
    { heading: 'Des exemples', narration: 'Les exemples rendent tout cela concret. Repérez où vous croisez ce sujet dans la vie de tous les jours, et observez ce que les meilleurs exemples ont en commun.' },
    { heading: 'Au quotidien', narration: 'Bien souvent, ce sujet touche notre quotidien plus qu’on ne le pense. Un deuxième regard en vaut donc presque toujours la peine.' },
    { heading: 'Et maintenant', narration: 'Et maintenant, que faire ? Choisissez une question à laquelle vous aimeriez une réponse, et cherchez-la dans une source fiable.' },
    { heading: 'En résumé', recap: true, narration: 'En résumé : commencer par les bases, se demander pourquoi c’est important, comprendre comment ça marche, et rester curieux.' },
  ],
  own: [
    { heading: 'Pour qui', narration: 'Pensez aux personnes qui utiliseront {about} au quotidien, et à ce dont elles ont besoin.' },
    { heading: 'Ce que cela change pour vous', narration: 'Prenez un instant pour vous demander ce que cela change pour vous, et où cela s’inscrit dans votre façon de travailler.' },
    { heading: 'De plus près', narration: 'Regardons de plus près les aspects qui comptent le plus pour vous, un par un.' },
    { heading: 'Les détails', narration: 'Ce qui fait la différence se cache souvent dans les détails. Ils méritent un second regard.' },
    { heading: 'Au quotidien', narration: 'C’est au quotidien que l’on voit ce qui compte vraiment. Remarquez où cela vous fait gagner du temps ou de l’énergie.' },
    { heading: 'Votre avis compte', narration: 'Vos retours nous aident à progresser. Dites-nous ce qui vous plaît et ce qui manque encore.' },
    { heading: 'Pour commencer', narration: 'Pour découvrir {about}, rien ne vaut un essai par vous-même, étape par étape.' },
    { heading: 'Faites passer', narration: 'Vous pensez à quelqu’un que cela pourrait intéresser ? Envoyez-lui cette vidéo.' },
    { heading: 'Des questions', narration: 'Une question ? Écrivez-nous. Nous serons ravis de vous aider.' },
    { heading: 'En bref', recap: true, narration: 'En bref : prenez le temps de regarder de plus près, et voyez ce que cela peut vous apporter.' },
  ],
  howto: [
    { heading: 'Avant de commencer', narration: 'Avant de commencer, rassemblez tout ce dont vous avez besoin et prévoyez assez de temps, pour ne pas être pressé en cours de route.' },
    { heading: 'Une étape à la fois', narration: 'Avancez une étape à la fois. Terminez chaque étape avant de passer à la suivante, et résistez à l’envie d’en sauter une.' },
    { heading: 'Erreurs fréquentes', narration: 'L’erreur la plus fréquente, c’est la précipitation. Si quelque chose ne se passe pas comme prévu, revenez une étape en arrière et vérifiez-la.' },
    { heading: 'Vérifier le résultat', narration: 'Une fois terminé, vérifiez le résultat. Si ce n’est pas tout à fait ça, changez une seule chose à la fois et réessayez.' },
    { heading: 'Avec la pratique', narration: 'Le premier essai n’a pas besoin d’être parfait. À chaque fois, cela devient un peu plus facile.' },
    { heading: 'Garder une trace', narration: 'Notez les étapes clés sur une petite liste. La prochaine fois, vous n’aurez pas à repartir de zéro.' },
    { heading: 'Les bons outils', narration: 'De bons outils n’ont pas besoin d’être chers. L’important, c’est de bien les connaître avant de commencer.' },
    { heading: 'Garder son calme', narration: 'Si quelque chose rate, pas d’inquiétude. Presque chaque erreur s’évite facilement au prochain essai.' },
    { heading: 'Apprendre des autres', narration: 'Observer les autres aide beaucoup. Ceux qui l’ont souvent fait connaissent les petites astuces qui font la différence.' },
    { heading: 'À votre rythme', narration: 'Avec le temps, vous trouverez votre propre rythme. N’hésitez pas à adapter les étapes à ce qui marche le mieux pour vous.' },
    { heading: 'En résumé', recap: true, narration: 'En résumé : bien se préparer, avancer étape par étape, vérifier le résultat et ajuster au fur et à mesure.' },
  ],
  list: [
    { heading: 'Pourquoi ça aide', narration: 'Pourquoi s’y intéresser ? Chaque point est modeste en soi, mais ensemble, ils peuvent vraiment faire la différence.' },
    { heading: 'Par où commencer', narration: 'Par où commencer ? Choisissez celui qui vous semble le plus facile en ce moment, et essayez-le en premier.' },
    { heading: 'Une erreur courante', narration: 'Une erreur courante consiste à tout essayer en même temps. Ajoutez-les un par un, pour voir ce qui fonctionne pour vous.' },
    { heading: 'Laissez du temps', narration: 'Donnez à chacun une vraie chance avant de le juger. Les habitudes mettent du temps à s’installer.' },
    { heading: 'Un départ facile', narration: 'Rendez le premier pas aussi simple que possible. Plus il est facile de commencer, plus on a de chances de continuer.' },
    { heading: 'Remarquer les progrès', narration: 'Observez ce qui change au fil du temps. Remarquer les petits progrès aide à rester motivé.' },
    { heading: 'À votre façon', narration: 'Tous les points ne conviennent pas à tout le monde. Gardez ce qui marche pour vous, et adaptez le reste.' },
    { heading: 'Tenir bon', narration: 'Sauter un jour, c’est normal. L’important, c’est de reprendre dès le lendemain.' },
    { heading: 'Faites passer', narration: 'Si cette liste vous est utile, partagez-la avec quelqu’un à qui elle pourrait servir aussi.' },
    { heading: 'En résumé', recap: true, narration: 'En résumé : commencer petit, en choisir un, et revenir à cette liste dès que vous avez besoin d’un rappel.' },
  ],
};

const esSections: SectionSet = {
  about: [
    { heading: 'Lo básico', narration: 'Primero, lo básico. Antes de entrar en detalles, conviene describir {about} con palabras sencillas, como se lo contarías a un amigo.' },
    { heading: 'Por qué importa', narration: 'Después, por qué importa. Pregúntate a quién afecta y qué cambiaría si nada de esto existiera.' },
    { heading: 'Cómo funciona', narration: 'Luego, cómo funciona. Cualquier tema es más fácil de seguir si se divide en partes. Cuando ves cómo encaja cada parte con la siguiente, el conjunto cobra sentido.' },
    { heading: 'Ideas equivocadas', narration: 'También hay algunas ideas equivocadas sobre este tema. Las explicaciones simples se difunden rápido, así que conviene contrastar lo que oyes con una fuente de confianza.' },
    { heading: 'Ejemplos', narration: 'Los ejemplos lo hacen todo más concreto. Fíjate en dónde aparece este tema en tu día a día, y en qué tienen en común los mejores ejemplos.' },
    { heading: 'En el día a día', narration: 'A menudo, este tema está más presente en la vida diaria de lo que parece. Por eso casi siempre vale la pena mirarlo dos veces.' },
    { heading: 'Y ahora, ¿qué?', narration: '¿Y ahora qué? Elige una pregunta que te gustaría responder y busca la respuesta en una fuente fiable.' },
    { heading: 'En resumen', recap: true, narration: 'En resumen: empieza por lo básico, pregúntate por qué importa, mira cómo funciona y mantén la curiosidad.' },
  ],
  own: [
    { heading: 'Para quién es', narration: 'Piensa en quién va a usar {about} cada día, y en lo que necesita.' },
    { heading: 'Qué significa para ti', narration: 'Tómate un momento para pensar qué significa esto para ti, y cómo encaja en tu forma de trabajar.' },
    { heading: 'Más de cerca', narration: 'Veamos más de cerca las partes que más te importan, una por una.' },
    { heading: 'Los detalles', narration: 'Lo que marca la diferencia suele estar en los detalles, así que merecen una segunda mirada.' },
    { heading: 'En el día a día', narration: 'Es en el día a día donde se ve lo que de verdad importa. Fíjate en dónde te ahorra tiempo o esfuerzo.' },
    { heading: 'Tu opinión cuenta', narration: 'Tus comentarios nos ayudan a mejorar. Cuéntanos qué te gusta y qué echas en falta.' },
    { heading: 'Primeros pasos', narration: 'Para conocer {about}, nada mejor que probar por ti mismo, paso a paso.' },
    { heading: 'Compártelo', narration: '¿Conoces a alguien a quien le pueda interesar? Envíale este vídeo.' },
    { heading: 'Preguntas', narration: '¿Tienes alguna pregunta? Escríbenos. Estaremos encantados de ayudarte.' },
    { heading: 'En resumen', recap: true, narration: 'En resumen: míralo con calma y descubre lo que puede hacer por ti.' },
  ],
  howto: [
    { heading: 'Antes de empezar', narration: 'Antes de empezar, reúne todo lo que necesitas y reserva tiempo suficiente, para no ir con prisas a mitad del proceso.' },
    { heading: 'Paso a paso', narration: 'Ve paso a paso. Termina cada paso antes de pasar al siguiente, y resiste la tentación de saltarte alguno.' },
    { heading: 'Errores comunes', narration: 'El error más común es ir con prisas. Si algo no sale como esperabas, vuelve un paso atrás y revísalo.' },
    { heading: 'Revisa el resultado', narration: 'Cuando termines, revisa el resultado. Si no está del todo bien, cambia una sola cosa cada vez y vuelve a intentarlo.' },
    { heading: 'Con práctica', narration: 'El primer intento no tiene que ser perfecto. Cada vez resulta un poco más fácil.' },
    { heading: 'Toma notas', narration: 'Apunta los pasos clave en una lista corta. Así, la próxima vez no tendrás que empezar de cero.' },
    { heading: 'Las herramientas adecuadas', narration: 'Las buenas herramientas no tienen por qué ser caras. Lo importante es conocerlas bien antes de empezar.' },
    { heading: 'Mantén la calma', narration: 'Si algo sale mal, no pasa nada. Casi cualquier error se puede evitar en el siguiente intento.' },
    { heading: 'Aprende de otros', narration: 'Fijarse en cómo lo hacen otros ayuda mucho. Quien lo ha hecho muchas veces conoce los pequeños trucos que marcan la diferencia.' },
    { heading: 'A tu ritmo', narration: 'Con el tiempo encontrarás tu propio ritmo. Adapta los pasos a lo que mejor te funcione.' },
    { heading: 'En resumen', recap: true, narration: 'En resumen: prepárate bien, avanza paso a paso, revisa el resultado y ajusta sobre la marcha.' },
  ],
  list: [
    { heading: 'Por qué ayudan', narration: '¿Por qué vale la pena? Cada punto es pequeño por sí solo, pero juntos pueden marcar una gran diferencia.' },
    { heading: 'Por dónde empezar', narration: '¿Por dónde empezar? Elige el que te resulte más fácil ahora mismo y pruébalo primero.' },
    { heading: 'Un error común', narration: 'Un error común es intentarlo todo a la vez. Añádelos de uno en uno, para ver cuáles te funcionan.' },
    { heading: 'Dale tiempo', narration: 'Dale a cada uno una oportunidad justa antes de juzgarlo. Los hábitos tardan en asentarse.' },
    { heading: 'Ponlo fácil', narration: 'Haz que el primer paso sea lo más fácil posible. Cuanto más fácil es empezar, más probable es seguir.' },
    { heading: 'Nota el cambio', narration: 'Fíjate en lo que cambia con el tiempo. Notar los pequeños avances ayuda a mantener la motivación.' },
    { heading: 'A tu manera', narration: 'No todos los puntos sirven para todo el mundo. Quédate con lo que te funcione y adapta el resto.' },
    { heading: 'Si fallas un día', narration: 'Saltarse un día es normal. Lo importante es retomarlo al día siguiente.' },
    { heading: 'Compártela', narration: 'Si esta lista te resulta útil, compártela con alguien a quien también le pueda servir.' },
    { heading: 'En resumen', recap: true, narration: 'En resumen: empieza poco a poco, elige uno y vuelve a esta lista cuando necesites un recordatorio.' },
  ],
};

/**
 * Italian, Portuguese and Dutch: one set that suits any kind of video, naming the topic only as "the topic".
 * Also the model for a language added later: a set like this is all it needs to reach long targets.
 */
const neutralSections: Record<'it' | 'pt' | 'nl', ReserveSection[]> = {
  it: [
    { heading: 'Le basi', narration: 'Prima di tutto, le basi. Prima di entrare nei dettagli, conviene descrivere l’argomento con parole semplici, come lo spiegheresti a un amico.' },
    { heading: 'Perché conta', narration: 'Poi, perché conta. Chiediti chi ne è toccato, e che cosa cambierebbe se tutto questo non ci fosse.' },
    { heading: 'Le parti e l’insieme', narration: 'Ogni argomento è più facile da seguire se lo si divide in parti. Quando si vede come ogni parte si collega alla successiva, il quadro diventa chiaro.' },
    { heading: 'Luoghi comuni', narration: 'Ci sono anche alcuni luoghi comuni da sfatare. Le storie semplici si diffondono in fretta, quindi conviene verificare ciò che si sente con una fonte affidabile.' },
    { heading: 'Esempi', narration: 'Gli esempi rendono tutto più concreto. Osserva dove incontri l’argomento nella vita di tutti i giorni, e che cosa hanno in comune gli esempi migliori.' },
    { heading: 'E adesso', narration: 'E adesso? Scegli una domanda a cui vorresti una risposta, e cercala in una fonte affidabile.' },
    { heading: 'In sintesi', recap: true, narration: 'In sintesi: partire dalle basi, chiedersi perché conta, capire come funziona e restare curiosi.' },
  ],
  pt: [
    { heading: 'O básico', narration: 'Primeiro, o básico. Antes de entrar nos detalhes, vale a pena descrever o tema com palavras simples, como você faria para um amigo.' },
    { heading: 'A importância', narration: 'Depois, por que isso importa. Pergunte quem é afetado, e o que mudaria se nada disso existisse.' },
    { heading: 'As partes e o todo', narration: 'Qualquer tema fica mais fácil quando é dividido em partes. Quando você vê como cada parte se liga à seguinte, o quadro geral faz sentido.' },
    { heading: 'Ideias erradas', narration: 'Também existem algumas ideias erradas sobre o tema. Histórias simples se espalham rápido, então vale conferir o que você ouve numa fonte confiável.' },
    { heading: 'Exemplos', narration: 'Os exemplos deixam tudo mais concreto. Repare onde o tema aparece no dia a dia, e no que os melhores exemplos têm em comum.' },
    { heading: 'E agora', narration: 'E agora? Escolha uma pergunta que você gostaria de responder, e procure a resposta numa fonte confiável.' },
    { heading: 'Resumindo', recap: true, narration: 'Resumindo: comece pelo básico, pergunte por que importa, veja como funciona e continue curioso.' },
  ],
  nl: [
    { heading: 'De basis', narration: 'Eerst de basis. Voordat je in de details duikt, helpt het om het onderwerp in eenvoudige woorden te beschrijven, zoals je dat aan een vriend zou doen.' },
    { heading: 'Waarom het ertoe doet', narration: 'Dan de vraag waarom het ertoe doet. Vraag je af wie ermee te maken heeft, en wat er zou veranderen als het er niet was.' },
    { heading: 'De delen en het geheel', narration: 'Elk onderwerp is makkelijker te volgen als je het in delen opsplitst. Zodra je ziet hoe de delen op elkaar aansluiten, valt alles op zijn plek.' },
    { heading: 'Misverstanden', narration: 'Er bestaan ook een paar hardnekkige misverstanden. Simpele verhalen verspreiden zich snel, dus check wat je hoort bij een betrouwbare bron.' },
    { heading: 'Voorbeelden', narration: 'Voorbeelden maken het concreet. Let op waar je het onderwerp in het dagelijks leven tegenkomt, en wat de beste voorbeelden gemeen hebben.' },
    { heading: 'En nu', narration: 'En nu? Kies één vraag waarop je graag een antwoord wilt, en zoek het op in een betrouwbare bron.' },
    { heading: 'Samengevat', recap: true, narration: 'Samengevat: begin bij de basis, vraag je af waarom het ertoe doet, kijk hoe het werkt en blijf nieuwsgierig.' },
  ],
};

const sectionSets: Partial<Record<KnownLanguage, SectionSet>> = { de: deSections, fr: frSections, es: esSections };

/** "This topic" per language, for a topic phrased as a question. */
const thisTopic: Record<Exclude<KnownLanguage, 'en'>, string> = { de: 'das Thema', fr: 'ce sujet', es: 'este tema', it: 'l’argomento', pt: 'o tema', nl: 'het onderwerp' };

/** A topic phrased as a question or a how-to ("wie man Brot backt", "comment fonctionne un vaccin"): no direct object. */
export const questionTopic = /^(?:why|how|what|when|where|who|wie|warum|weshalb|wieso|was|wann|wo|wer|comment|pourquoi|qu’est-ce|qu'est-ce|quand|où|qui|cómo|por qué|qué|cuándo|dónde|quién|come|perché|cosa|como|porque|o que|hoe|waarom|wat)(?!\p{L})/iu;

/** The user's own product or news ("our new app", "unsere neue App", "notre boutique"). */
const ownTopic = /^(?:our|my|unser\p{L}*|mein\p{L}*|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|il nostro|la nostra|i nostri|le nostre|nosso|nossa|nossos|nossas|onze|ons|mijn)\s/iu;

const leadingArticle = /^(?:(?:der|die|das|den|dem|ein|eine|einen|le|la|les|un|une|des|du|el|los|las|una|il|lo|gli|o|os|as|um|uma|de|het|een)(?!\p{L})|l[’'])/iu;

/**
 * The topic as it reads mid-sentence where a direct object goes, in a language other than English: a leading
 * article in lower case ("Le recyclage" → "le recyclage"; names keep their capital), or "this topic" when
 * the topic is a question or there is none.
 */
export function topicAsObject(topic: string | null, language: Exclude<KnownLanguage, 'en'>): string {
  if (!topic || questionTopic.test(topic)) return thisTopic[language];
  return leadingArticle.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic;
}

/**
 * Whole scenes that structure a topic, in the narration language and in order (the recap last, marked),
 * chosen by the kind of video. They state no facts or figures of their own.
 */
export function topicSections(options: { language: KnownLanguage; kind: VideoKind; topic: string | null; subject: string | null }): ReserveSection[] {
  const { language, kind, topic } = options;
  if (language === 'en') return enSections(kind, topic, options.subject);
  const set = sectionSets[language];
  if (!set) return neutralSections[language as keyof typeof neutralSections] ?? [];
  const about = topicAsObject(topic, language);
  const chosen = kind === 'list' ? set.list : kind === 'howto' ? set.howto : kind === 'announcement' || kind === 'demo' || (topic !== null && ownTopic.test(topic)) ? set.own : set.about;
  return chosen.map((s) => ({ ...s, narration: s.narration.replaceAll('{about}', about) }));
}
