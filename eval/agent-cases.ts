/** The prompts `npm run eval:agent` plans: every kind of video, in five languages. A data table. */
export type CaseKind = 'explainer' | 'list' | 'notice' | 'announcement' | 'story' | 'tutorial' | 'bare topic';

export interface AgentCase {
  language: 'en' | 'de' | 'fr' | 'es' | 'ja';
  kind: CaseKind;
  prompt: string;
  /** A length asked for with the request (duration_sec), if any. */
  durationSec?: number;
  /** Items of a list or steps of a tutorial that must all be in the storyboard, in order. */
  items?: string[];
}

export const AGENT_CASES: AgentCase[] = [
  { language: 'en', kind: 'explainer', durationSec: 20, prompt: 'Explain how vaccines work: a vaccine shows the immune system a harmless piece of a germ. The body makes antibodies against it. If the real germ comes later, the body recognises it and fights it off quickly.' },
  { language: 'en', kind: 'list', prompt: 'Four mistakes new runners make: running too fast, skipping rest days, wearing old shoes, ignoring strength training', items: ['Running too fast', 'Skipping rest days', 'Wearing old shoes', 'Ignoring strength training'] },
  { language: 'en', kind: 'notice', prompt: 'The office is closed on Monday for maintenance. We reopen on Tuesday at 9 am.' },
  { language: 'en', kind: 'announcement', prompt: 'Announce that Acme Notes now supports dark mode, offline sync and a 30% faster startup. Download it today.' },
  { language: 'en', kind: 'story', prompt: 'Our bakery opened in 2019 on Market Street. At first we baked only sourdough. Today twelve bakers work here every morning. Visit us this weekend.' },
  { language: 'en', kind: 'tutorial', prompt: 'How to brew pour-over coffee: grind the beans, heat the water to 94 degrees, pour slowly in circles, wait three minutes', items: ['Grind the beans', 'Heat the water to 94 degrees', 'Pour slowly in circles', 'Wait three minutes'] },
  { language: 'en', kind: 'bare topic', prompt: 'Explain quantum computing' },

  { language: 'de', kind: 'explainer', durationSec: 20, prompt: 'Erkläre, wie Impfungen wirken: Eine Impfung zeigt dem Immunsystem einen harmlosen Teil eines Erregers. Der Körper bildet Antikörper dagegen. Kommt später der echte Erreger, erkennt ihn der Körper und wehrt ihn schnell ab.' },
  { language: 'de', kind: 'list', prompt: 'Vier Fehler, die Laufanfänger machen: zu schnell laufen, Ruhetage auslassen, alte Schuhe tragen, Krafttraining vergessen', items: ['Zu schnell laufen', 'Ruhetage auslassen', 'Alte Schuhe tragen', 'Krafttraining vergessen'] },
  { language: 'de', kind: 'notice', prompt: 'Das Büro ist am Montag wegen Wartungsarbeiten geschlossen. Ab Dienstag um 9 Uhr sind wir wieder da.' },
  { language: 'de', kind: 'announcement', prompt: 'Unsere App Acme Notes hat jetzt einen dunklen Modus. Die Synchronisierung funktioniert auch offline. Der Start ist 30 % schneller. Laden Sie sie noch heute herunter.' },
  { language: 'de', kind: 'story', prompt: 'Unsere Bäckerei hat 2019 in der Marktstraße eröffnet. Anfangs haben wir nur Sauerteigbrot gebacken. Heute arbeiten hier jeden Morgen zwölf Bäcker. Besuchen Sie uns am Wochenende.' },
  { language: 'de', kind: 'tutorial', prompt: 'Anleitung für Filterkaffee: Bohnen mahlen, Wasser auf 94 Grad erhitzen, langsam in Kreisen aufgießen, drei Minuten warten', items: ['Bohnen mahlen', 'Wasser auf 94 Grad erhitzen', 'Langsam in Kreisen aufgießen', 'Drei Minuten warten'] },
  { language: 'de', kind: 'bare topic', prompt: 'Erkläre Quantencomputer' },

  { language: 'fr', kind: 'explainer', durationSec: 20, prompt: 'Explique comment agit un vaccin : le vaccin montre au système immunitaire un morceau inoffensif d’un microbe. Le corps fabrique des anticorps contre lui. Si le vrai microbe arrive plus tard, le corps le reconnaît et le combat vite.' },
  { language: 'fr', kind: 'list', prompt: 'Quatre erreurs des coureurs débutants : courir trop vite, sauter les jours de repos, porter de vieilles chaussures, oublier le renforcement', items: ['Courir trop vite', 'Sauter les jours de repos', 'Porter de vieilles chaussures', 'Oublier le renforcement'] },
  { language: 'fr', kind: 'notice', prompt: 'Le bureau est fermé lundi pour travaux. Nous rouvrons mardi à 9 heures.' },
  { language: 'fr', kind: 'announcement', prompt: 'Notre application Acme Notes a maintenant un mode sombre. La synchronisation marche aussi hors ligne. Le démarrage est 30 % plus rapide. Téléchargez-la dès aujourd’hui.' },
  { language: 'fr', kind: 'story', prompt: 'Notre boulangerie a ouvert en 2019 rue du Marché. Au début, nous ne faisions que du pain au levain. Aujourd’hui, douze boulangers travaillent ici chaque matin. Venez nous voir ce week-end.' },
  { language: 'fr', kind: 'tutorial', prompt: 'Comment faire un café filtre : moudre les grains, chauffer l’eau à 94 degrés, verser lentement en cercles, attendre trois minutes', items: ['Moudre les grains', 'Chauffer l’eau à 94 degrés', 'Verser lentement en cercles', 'Attendre trois minutes'] },
  { language: 'fr', kind: 'bare topic', prompt: 'Explique l’informatique quantique' },

  { language: 'es', kind: 'explainer', durationSec: 20, prompt: 'Explica cómo funciona una vacuna: la vacuna muestra al sistema inmunitario una parte inofensiva de un germen. El cuerpo fabrica anticuerpos contra él. Si más tarde llega el germen real, el cuerpo lo reconoce y lo combate rápido.' },
  { language: 'es', kind: 'list', prompt: 'Cuatro errores de los corredores novatos: correr demasiado rápido, saltarse los días de descanso, usar zapatillas viejas, olvidar la fuerza', items: ['Correr demasiado rápido', 'Saltarse los días de descanso', 'Usar zapatillas viejas', 'Olvidar la fuerza'] },
  { language: 'es', kind: 'notice', prompt: 'La oficina está cerrada el lunes por mantenimiento. Volvemos a abrir el martes a las 9.' },
  { language: 'es', kind: 'announcement', prompt: 'Nuestra aplicación Acme Notes ya tiene modo oscuro. La sincronización funciona también sin conexión. El arranque es un 30 % más rápido. Descárgala hoy.' },
  { language: 'es', kind: 'story', prompt: 'Nuestra panadería abrió en 2019 en la calle del Mercado. Al principio solo hacíamos pan de masa madre. Hoy doce panaderos trabajan aquí cada mañana. Visítanos este fin de semana.' },
  { language: 'es', kind: 'tutorial', prompt: 'Cómo preparar café de filtro: moler los granos, calentar el agua a 94 grados, verter despacio en círculos, esperar tres minutos', items: ['Moler los granos', 'Calentar el agua a 94 grados', 'Verter despacio en círculos', 'Esperar tres minutos'] },
  { language: 'es', kind: 'bare topic', prompt: 'Explica la computación cuántica' },

  { language: 'ja', kind: 'explainer', durationSec: 20, prompt: 'ワクチンは病原体の無害な一部を免疫に見せます。体はそれに対する抗体を作ります。後で本物の病原体が来ると、体はすぐにそれを見分けて撃退します。' },
  { language: 'ja', kind: 'list', prompt: '初心者ランナーの四つの失敗。速く走りすぎること。休養日を取らないこと。古い靴を履くこと。筋トレをしないこと。' },
  { language: 'ja', kind: 'notice', prompt: '事務所は月曜日、点検のため休業します。火曜日の午前9時に再開します。' },
  { language: 'ja', kind: 'announcement', prompt: 'Acme Notesにダークモードが加わりました。オフラインでも同期できます。起動が30%速くなりました。今すぐダウンロードしてください。' },
  { language: 'ja', kind: 'story', prompt: '私たちのパン屋は2019年に開店しました。最初はサワードウだけを焼いていました。今では毎朝12人のパン職人が働いています。週末にぜひお越しください。' },
  { language: 'ja', kind: 'tutorial', prompt: 'ハンドドリップの入れ方。豆を挽きます。お湯を94度に沸かします。円を描くようにゆっくり注ぎます。三分待ちます。' },
  { language: 'ja', kind: 'bare topic', prompt: '量子コンピューター' },
];

/**
 * Feedback sent in turn after each plan, in the prompt's language: a request already true (the voice), a
 * shorter video, a revert, and one the rules cannot act on (music), which must be answered with what they can do.
 */
export const FEEDBACK_CHAINS: Record<AgentCase['language'], readonly [voice: string, shorter: string, revert: string, unknown: string]> = {
  en: ['Use a female voice please', 'make it shorter', 'Go back to the first version', 'Add some jazz music'],
  de: ['Bitte eine weibliche Stimme', 'Mach es kürzer', 'Zurück zur ersten Version', 'Füge Jazzmusik hinzu'],
  fr: ['Une voix féminine, s’il vous plaît', 'Plus court', 'Reviens à la première version', 'Ajoute de la musique jazz'],
  es: ['Una voz femenina, por favor', 'Hazlo más corto', 'Vuelve a la primera versión', 'Añade música de jazz'],
  ja: ['女性の声にしてください', 'もっと短くして', '最初のバージョンに戻して', 'ジャズ音楽を追加して'],
};
