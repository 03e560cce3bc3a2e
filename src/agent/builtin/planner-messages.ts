import { storyboardDuration, type Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import type { KnownLanguage } from '../text/index.js';
import { AGENT_MESSAGES, type AgentLanguage } from '../language/index.js';

const questions: Record<KnownLanguage, string> = {
  en: 'What should the video be about? Tell me the topic, who it is for, and roughly how long it should be, for example: “a 45-second explainer about our new pricing for small business owners”. You can also attach a document to turn into a video.',
  de: 'Worum soll es im Video gehen? Nennen Sie mir das Thema, die Zielgruppe und die ungefähre Länge, zum Beispiel: „ein 45-Sekunden-Erklärvideo über unsere neuen Preise für kleine Unternehmen“.',
  fr: 'De quoi doit parler la vidéo ? Indiquez le sujet, le public visé et la durée approximative, par exemple : « une vidéo explicative de 45 secondes sur nos nouveaux tarifs pour les petites entreprises ».',
  es: '¿De qué debe tratar el vídeo? Dime el tema, a quién va dirigido y cuánto debe durar, por ejemplo: «un vídeo explicativo de 45 segundos sobre nuestros nuevos precios para pequeñas empresas».',
  it: 'Di cosa deve parlare il video? Dimmi l’argomento, il pubblico e la durata indicativa, per esempio: «un video esplicativo di 45 secondi sui nostri nuovi prezzi per le piccole imprese».',
  pt: 'Sobre o que deve ser o vídeo? Diga o tema, para quem é e a duração aproximada, por exemplo: “um vídeo explicativo de 45 segundos sobre os nossos novos preços para pequenas empresas”.',
  nl: 'Waar moet de video over gaan? Vertel me het onderwerp, voor wie hij is en hoe lang hij ongeveer moet zijn, bijvoorbeeld: "een uitlegvideo van 45 seconden over onze nieuwe prijzen voor kleine bedrijven".',
};

const scriptLanguageNames: Record<string, string> = {
  ja: 'Japanese', ko: 'Korean', cmn: 'Chinese', ru: 'Russian', uk: 'Ukrainian', ar: 'Arabic', he: 'Hebrew', el: 'Greek',
  hi: 'Hindi', bn: 'Bengali', th: 'Thai', ta: 'Tamil', ka: 'Georgian', hy: 'Armenian',
};

/**
 * Asked when a bare topic comes in a language the built-in planner cannot write narration in: rather than
 * have that language's voice read English filler, it asks for the words (or points to a language model).
 */
export function scriptLanguageQuestion(code: string): string {
  const name = scriptLanguageNames[code] ?? code;
  return (
    `I can read ${name} aloud, but the built-in agent writes narration only in English, German, French, Spanish, ` +
    `Italian, Portuguese and Dutch. Send me the ${name} narration (a few sentences, or a document to attach) and I will ` +
    `build the storyboard around it, or ask for the video in one of those languages. With a language model configured ` +
    `(LLM_* settings), the agent writes ${name} itself.`
  );
}

export function clarifyingQuestion(language: KnownLanguage): string {
  return questions[language];
}

/** "6 scenes, about 58 s" */
export function sizeSummary(storyboard: Storyboard): string {
  const n = storyboard.scenes.length;
  return `${n} scene${n === 1 ? '' : 's'}, about ${Math.round(storyboardDuration(storyboard))} s`;
}

/**
 * One or two sentences on what was planned; the session layer lists the scenes and says how to give
 * feedback. In the user's language when it is one the agent answers in (`language`), else English.
 */
export function plannedMessage(
  storyboard: Storyboard,
  voices: readonly Voice[],
  shortfall: { target: number; seconds: number } | null,
  dropped: readonly string[] = [],
  language: AgentLanguage = 'en',
): string {
  const voice = voices.find((v) => v.voice_id === storyboard.voice_id);
  if (language !== 'en') {
    const texts = AGENT_MESSAGES[language];
    const seconds = Math.round(storyboardDuration(storyboard));
    return [
      texts.planned({ title: storyboard.title, scenes: storyboard.scenes.length, seconds, vertical: storyboard.orientation === 'portrait', voice: voice?.name ?? storyboard.voice_id }),
      shortfall ? texts.lengthMiss({ seconds, target: Math.round(shortfall.target) }) : '',
      dropped.length > 0 ? `(${dropped.slice(0, 8).join(' ')})` : '',
    ].filter(Boolean).join(' ');
  }
  const orientation = storyboard.orientation === 'portrait' ? ', vertical' : '';
  const parts = [`I drafted “${storyboard.title}”: ${sizeSummary(storyboard)}${orientation}, narrated by ${voice ? voice.name : storyboard.voice_id}.`];
  if (shortfall) {
    parts.push(`With the material given it runs ${Math.round(shortfall.seconds)} s rather than ${Math.round(shortfall.target)} s; send more text or ask for a different length.`);
  }
  if (dropped.length > 0) parts.push(`I left out characters no bundled font can draw (${dropped.slice(0, 8).join(' ')}).`);
  return parts.join(' ');
}
