/** One prompt per language the agent understands: an instruction asking for a 10-second video and a quoted script. */
export interface LanguageCase {
  language: string;
  prompt: string;
  script: string;
  seconds: number;
}

const bakery: Record<string, [string, string]> = {
  en: ['Make a 10-second video. Text: "', 'Our bakery opens at seven every morning from Monday. Come and taste our fresh bread."'],
  de: ['Erstelle ein 10-Sekunden-Video. Text: „', 'Unsere Bäckerei öffnet ab Montag jeden Morgen um sieben Uhr. Probieren Sie unser frisches Brot.“'],
  es: ['Haz un vídeo de 10 segundos. Texto: «', 'Nuestra panadería abre cada mañana a las siete desde el lunes. Ven a probar nuestro pan fresco.»'],
  fr: ['Fais une vidéo de 10 secondes. Texte : « ', 'Notre boulangerie ouvre chaque matin à sept heures dès lundi. Venez goûter notre pain frais. »'],
  it: ['Fai un video di 10 secondi. Testo: «', 'La nostra panetteria apre ogni mattina alle sette da lunedì. Venite ad assaggiare il nostro pane fresco.»'],
  pt: ['Faça um vídeo de 10 segundos. Texto: “', 'A nossa padaria abre todas as manhãs às sete a partir de segunda. Venha provar o nosso pão fresco.”'],
  ru: ['Сделай видео на 10 секунд. Текст: «', 'Наша пекарня открывается в 7 утра каждый день с понедельника. Приходите за свежим хлебом.»'],
  uk: ['Зроби відео на 10 секунд. Текст: «', 'Наша пекарня відкривається о сьомій ранку щодня з понеділка. Приходьте по свіжий хліб.»'],
  pl: ['Zrób film na 10 sekund. Tekst: „', 'Nasza piekarnia jest otwarta codziennie od siódmej rano od poniedziałku. Przyjdź po świeży chleb.”'],
  tr: ['10 saniyelik bir video yap. Metin: "', 'Fırınımız pazartesiden itibaren her sabah yedide açılıyor. Taze ekmeğimizi tatmaya gelin."'],
  ja: ['10秒の動画を作ってください。ナレーション：「', '私たちのパン屋は月曜日から毎朝7時に開店します。焼きたてのパンをお楽しみください。」'],
  zh: ['请制作一个10秒的视频。文案：「', '我们的面包店从星期一开始每天早上七点开门。欢迎来品尝新鲜面包。」'],
  ko: ['10초짜리 영상을 만들어 주세요. 대본: "', '저희 빵집은 월요일부터 매일 아침 일곱 시에 문을 엽니다. 갓 구운 빵을 맛보러 오세요."'],
  ar: ['اصنع فيديو مدته 10 ثوان. النص: «', 'يفتح مخبزنا كل صباح في الساعة السابعة ابتداء من يوم الاثنين. تعالوا وتذوقوا خبزنا الطازج.»'],
  hi: ['10 सेकंड का वीडियो बनाइए। पाठ: "', 'हमारी बेकरी सोमवार से हर सुबह सात बजे खुलती है। ताज़ी रोटी का स्वाद लेने आइए।"'],
};

export const LANGUAGE_CASES: LanguageCase[] = Object.entries(bakery).map(([language, [head, tail]]) => ({
  language,
  prompt: `${head}${tail}`,
  // The script is the quoted text without its closing quote.
  script: tail.replace(/\s*[”“"»«」』]\s*$/u, '').trim(),
  seconds: 10,
}));
