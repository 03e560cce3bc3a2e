import { PermanentError } from '../../errors/index.js';
import { encodeWav } from './encode-wav.js';
import type { TtsEngine } from './tts-engine.js';

// Keyed by the first part of a language tag; eSpeak reads Japanese in kana, not kanji.
const sampleSentences: Record<string, string> = {
  en: 'Hello! This is how I sound. I can narrate your next video.',
  de: 'Hallo! So klingt meine Stimme. Ich kann dein nächstes Video sprechen.',
  fr: 'Bonjour ! Voici ma voix. Je peux raconter votre prochaine vidéo.',
  es: '¡Hola! Así suena mi voz. Puedo narrar tu próximo vídeo.',
  it: 'Ciao! Ecco come suona la mia voce. Posso narrare il tuo prossimo video.',
  pt: 'Olá! É assim que eu falo. Posso narrar o seu próximo vídeo.',
  nl: 'Hallo! Zo klinkt mijn stem. Ik kan je volgende video inspreken.',
  pl: 'Cześć! Tak brzmi mój głos. Mogę opowiedzieć twój następny film.',
  sv: 'Hej! Så här låter min röst. Jag kan berätta din nästa video.',
  da: 'Hej! Sådan lyder min stemme. Jeg kan fortælle din næste video.',
  nb: 'Hei! Slik høres stemmen min ut. Jeg kan fortelle din neste video.',
  fi: 'Hei! Tältä ääneni kuulostaa. Voin kertoa seuraavan videosi.',
  cs: 'Ahoj! Takhle zní můj hlas. Mohu namluvit vaše další video.',
  tr: 'Merhaba! Sesim böyle. Bir sonraki videonuzu seslendirebilirim.',
  ru: 'Привет! Так звучит мой голос. Я могу озвучить ваше следующее видео.',
  uk: 'Привіт! Так звучить мій голос. Я можу озвучити ваше наступне відео.',
  el: 'Γεια σας! Έτσι ακούγεται η φωνή μου.',
  ar: 'مرحبا! هذا هو صوتي.',
  he: 'שלום! כך נשמע הקול שלי.',
  hi: 'नमस्ते! यह मेरी आवाज़ है।',
  id: 'Halo! Beginilah suara saya. Saya bisa menarasikan video Anda berikutnya.',
  vi: 'Xin chào! Đây là giọng nói của tôi.',
  ja: 'こんにちは。これが わたしの こえです。',
  cmn: '你好！这是我的声音。我可以为你的下一个视频配音。',
  yue: '你好！呢個係我嘅聲音。',
  ko: '안녕하세요! 이것이 제 목소리입니다.',
};

/** The sample sentence for a language tag, English when we have none for it. */
export function previewSentence(language: string): string {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return sampleSentences[primary] ?? sampleSentences['en']!;
}

/** A WAV of a short sentence in the voice's own language. */
export async function createVoicePreview(engine: TtsEngine, voiceId: string, signal?: AbortSignal): Promise<Buffer> {
  const voice = (await engine.voices()).find((candidate) => candidate.voice_id === voiceId);
  if (voice === undefined) throw new PermanentError(`Unknown voice "${voiceId}"`);
  const synthesis = await engine.synthesize(previewSentence(voice.language), voiceId, signal === undefined ? {} : { signal });
  return encodeWav(synthesis.samples, synthesis.sampleRate);
}
