import type { AgentLanguage } from './agent-languages.js';

/** What the planner says, in each language it answers in. A data table: one entry per language. */
export interface AgentMessages {
  /** The first sentence after planning: title, scene count, length, orientation, voice. */
  planned(p: { title: string; scenes: number; seconds: number; vertical: boolean; voice: string }): string;
  /** The quoted script, narrated as written, runs longer or shorter than asked even at the pace limits. */
  lengthMiss(p: { seconds: number; target: number }): string;
  /** No bundled voice speaks the script's language. */
  noVoice(p: { language: string }): string;
  /** The audience understood from the instruction, echoed back in the user's words ('' when none). */
  understood(p: { audience: string | null }): string;
}

const q = (t: string) => `“${t}”`;

export const AGENT_MESSAGES: Record<AgentLanguage, AgentMessages> = {
  en: {
    planned: (p) => `I drafted ${q(p.title)}: ${p.scenes} scene${p.scenes === 1 ? '' : 's'}, about ${p.seconds} s${p.vertical ? ', vertical' : ''}, narrated by ${p.voice}, with your text read as written.`,
    lengthMiss: (p) => `Read at a natural pace your text runs ${p.seconds} s rather than ${p.target} s; shorten or lengthen it, or ask for a different length.`,
    noVoice: (p) => `No bundled voice speaks ${p.language}, and I will not read ${p.language} text with a voice of another language. Options: set a cloud voice (OpenAI or ElevenLabs, TTS_* settings) or pull a neural voice model that speaks it, then ask again; or send the text in a language the bundled voices speak.`,
    understood: (p) => p.audience ? `Audience: ${p.audience}.` : '',
  },
  de: {
    planned: (p) => `Ich habe „${p.title}“ entworfen: Szenen: ${p.scenes}, etwa ${p.seconds} s${p.vertical ? ', Hochformat' : ''}, gesprochen von ${p.voice}; Ihr Text wird wörtlich vorgelesen.`,
    lengthMiss: (p) => `In natürlichem Tempo dauert Ihr Text ${p.seconds} s statt ${p.target} s; kürzen oder verlängern Sie ihn oder wünschen Sie eine andere Länge.`,
    noVoice: (p) => `Keine mitgelieferte Stimme spricht ${p.language}, und ich lese ${p.language} nicht mit einer Stimme einer anderen Sprache vor. Möglichkeiten: eine Cloud-Stimme einrichten (OpenAI oder ElevenLabs, TTS_*-Einstellungen) oder ein neuronales Stimmmodell laden, das die Sprache spricht; oder den Text in einer Sprache der mitgelieferten Stimmen senden.`,
    understood: (p) => p.audience ? `Zielgruppe: ${p.audience}.` : '',
  },
  es: {
    planned: (p) => `He preparado «${p.title}»: escenas: ${p.scenes}, unos ${p.seconds} s${p.vertical ? ', vertical' : ''}, narrado por ${p.voice}; tu texto se lee tal cual.`,
    lengthMiss: (p) => `A un ritmo natural tu texto dura ${p.seconds} s en lugar de ${p.target} s; acórtalo o alárgalo, o pide otra duración.`,
    noVoice: (p) => `Ninguna voz incluida habla ${p.language}, y no leeré texto en ${p.language} con una voz de otro idioma. Opciones: configurar una voz en la nube (OpenAI o ElevenLabs, ajustes TTS_*) o descargar un modelo de voz neuronal que lo hable; o enviar el texto en un idioma de las voces incluidas.`,
    understood: (p) => p.audience ? `Público: ${p.audience}.` : '',
  },
  fr: {
    planned: (p) => `J’ai préparé « ${p.title} » : scènes : ${p.scenes}, environ ${p.seconds} s${p.vertical ? ', format vertical' : ''}, lu par ${p.voice} ; votre texte est lu tel quel.`,
    lengthMiss: (p) => `À un rythme naturel, votre texte dure ${p.seconds} s au lieu de ${p.target} s ; raccourcissez-le ou allongez-le, ou demandez une autre durée.`,
    noVoice: (p) => `Aucune voix fournie ne parle ${p.language}, et je ne lirai pas un texte en ${p.language} avec la voix d’une autre langue. Options : configurer une voix dans le cloud (OpenAI ou ElevenLabs, réglages TTS_*) ou télécharger un modèle de voix neuronale qui la parle ; ou envoyer le texte dans une langue des voix fournies.`,
    understood: (p) => p.audience ? `Public : ${p.audience}.` : '',
  },
  it: {
    planned: (p) => `Ho preparato «${p.title}»: scene: ${p.scenes}, circa ${p.seconds} s${p.vertical ? ', verticale' : ''}, narrato da ${p.voice}; il tuo testo è letto così com’è.`,
    lengthMiss: (p) => `A ritmo naturale il tuo testo dura ${p.seconds} s invece di ${p.target} s; accorcialo o allungalo, o chiedi un’altra durata.`,
    noVoice: (p) => `Nessuna voce inclusa parla ${p.language}, e non leggerò un testo in ${p.language} con la voce di un’altra lingua. Opzioni: configurare una voce cloud (OpenAI o ElevenLabs, impostazioni TTS_*) o scaricare un modello di voce neurale che la parli; oppure inviare il testo in una lingua delle voci incluse.`,
    understood: (p) => p.audience ? `Pubblico: ${p.audience}.` : '',
  },
  pt: {
    planned: (p) => `Preparei “${p.title}”: cenas: ${p.scenes}, cerca de ${p.seconds} s${p.vertical ? ', vertical' : ''}, narrado por ${p.voice}; o seu texto é lido tal como foi escrito.`,
    lengthMiss: (p) => `A um ritmo natural o seu texto dura ${p.seconds} s em vez de ${p.target} s; encurte-o ou alongue-o, ou peça outra duração.`,
    noVoice: (p) => `Nenhuma voz incluída fala ${p.language}, e não vou ler texto em ${p.language} com a voz de outra língua. Opções: configurar uma voz na nuvem (OpenAI ou ElevenLabs, definições TTS_*) ou descarregar um modelo de voz neural que a fale; ou enviar o texto numa língua das vozes incluídas.`,
    understood: (p) => p.audience ? `Público: ${p.audience}.` : '',
  },
  ru: {
    planned: (p) => `Я подготовил «${p.title}»: сцен: ${p.scenes}, около ${p.seconds} с${p.vertical ? ', вертикальное' : ''}, читает ${p.voice}; ваш текст звучит дословно.`,
    lengthMiss: (p) => `В естественном темпе ваш текст звучит ${p.seconds} с, а не ${p.target} с; сократите или дополните его или попросите другую длительность.`,
    noVoice: (p) => `Ни один встроенный голос не говорит на языке «${p.language}», а читать такой текст голосом другого языка я не буду. Варианты: подключить облачный голос (OpenAI или ElevenLabs, настройки TTS_*) или загрузить нейронную голосовую модель с этим языком; или прислать текст на языке встроенных голосов.`,
    understood: (p) => p.audience ? `Аудитория: ${p.audience}.` : '',
  },
  uk: {
    planned: (p) => `Я підготував «${p.title}»: сцен: ${p.scenes}, близько ${p.seconds} с${p.vertical ? ', вертикальне' : ''}, читає ${p.voice}; ваш текст звучить дослівно.`,
    lengthMiss: (p) => `У природному темпі ваш текст звучить ${p.seconds} с, а не ${p.target} с; скоротіть або доповніть його чи попросіть іншу тривалість.`,
    noVoice: (p) => `Жоден вбудований голос не говорить мовою «${p.language}», а читати такий текст голосом іншої мови я не буду. Варіанти: підключити хмарний голос (OpenAI або ElevenLabs, налаштування TTS_*) чи завантажити нейронну голосову модель цієї мови; або надіслати текст мовою вбудованих голосів.`,
    understood: (p) => p.audience ? `Аудиторія: ${p.audience}.` : '',
  },
  pl: {
    planned: (p) => `Przygotowałem „${p.title}”: liczba scen: ${p.scenes}, około ${p.seconds} s${p.vertical ? ', pionowo' : ''}, czyta ${p.voice}; Twój tekst jest czytany dosłownie.`,
    lengthMiss: (p) => `W naturalnym tempie Twój tekst trwa ${p.seconds} s zamiast ${p.target} s; skróć go lub wydłuż albo poproś o inną długość.`,
    noVoice: (p) => `Żaden wbudowany głos nie mówi w języku: ${p.language}, a nie będę czytać takiego tekstu głosem innego języka. Możliwości: skonfigurować głos w chmurze (OpenAI lub ElevenLabs, ustawienia TTS_*) albo pobrać neuronowy model głosu w tym języku; lub wysłać tekst w języku wbudowanych głosów.`,
    understood: (p) => p.audience ? `Odbiorcy: ${p.audience}.` : '',
  },
  tr: {
    planned: (p) => `“${p.title}” taslağını hazırladım: sahne sayısı: ${p.scenes}, yaklaşık ${p.seconds} sn${p.vertical ? ', dikey' : ''}, seslendiren: ${p.voice}; metniniz yazıldığı gibi okunuyor.`,
    lengthMiss: (p) => `Doğal hızda metniniz ${p.target} sn yerine ${p.seconds} sn sürüyor; kısaltın ya da uzatın veya başka bir süre isteyin.`,
    noVoice: (p) => `Paketteki hiçbir ses ${p.language} konuşmuyor ve ${p.language} metni başka bir dilin sesiyle okumayacağım. Seçenekler: bir bulut sesi ayarlayın (OpenAI veya ElevenLabs, TTS_* ayarları) ya da bu dili konuşan bir sinirsel ses modeli indirin; veya metni paketteki seslerin konuştuğu bir dilde gönderin.`,
    understood: (p) => p.audience ? `Hedef kitle: ${p.audience}.` : '',
  },
  ja: {
    planned: (p) => `「${p.title}」の構成を作成しました：${p.scenes}シーン、約${p.seconds}秒${p.vertical ? '、縦型' : ''}、ナレーションは${p.voice}です。いただいた文章をそのまま読み上げます。`,
    lengthMiss: (p) => `自然な速さで読むと、文章は${p.target}秒ではなく${p.seconds}秒になります。文章を調整するか、別の長さをご指定ください。`,
    noVoice: (p) => `${p.language}を話す内蔵音声がありません。別の言語の音声で${p.language}の文章を読み上げることはしません。クラウド音声（OpenAI または ElevenLabs、TTS_* 設定）を設定するか、その言語のニューラル音声モデルを取得してから、もう一度お試しください。または内蔵音声が話せる言語で文章をお送りください。`,
    understood: (p) => p.audience ? `対象：${p.audience}。` : '',
  },
  zh: {
    planned: (p) => `我已拟好《${p.title}》：${p.scenes}个场景，约${p.seconds}秒${p.vertical ? '，竖屏' : ''}，由${p.voice}朗读。您的文字将按原文朗读。`,
    lengthMiss: (p) => `按自然语速，您的文字时长为${p.seconds}秒，而不是${p.target}秒；请增删文字，或指定其他时长。`,
    noVoice: (p) => `没有内置语音能说${p.language}，我不会用其他语言的语音朗读${p.language}文字。可选：配置云端语音（OpenAI 或 ElevenLabs，TTS_* 设置），或下载支持该语言的神经语音模型后再试；或用内置语音支持的语言发送文字。`,
    understood: (p) => p.audience ? `受众：${p.audience}。` : '',
  },
  ko: {
    planned: (p) => `“${p.title}” 초안을 만들었습니다: 장면 ${p.scenes}개, 약 ${p.seconds}초${p.vertical ? ', 세로형' : ''}, 내레이션은 ${p.voice}입니다. 보내주신 글을 그대로 읽습니다.`,
    lengthMiss: (p) => `자연스러운 속도로 읽으면 ${p.target}초가 아니라 ${p.seconds}초입니다. 글을 줄이거나 늘리거나 다른 길이를 요청해 주세요.`,
    noVoice: (p) => `${p.language}를 말하는 기본 음성이 없으며, ${p.language} 글을 다른 언어의 음성으로 읽지 않겠습니다. 클라우드 음성(OpenAI 또는 ElevenLabs, TTS_* 설정)을 설정하거나 그 언어의 신경망 음성 모델을 받은 뒤 다시 요청해 주세요. 또는 기본 음성이 지원하는 언어로 글을 보내 주세요.`,
    understood: (p) => p.audience ? `대상: ${p.audience}.` : '',
  },
  ar: {
    planned: (p) => `أعددتُ مسودة «${p.title}»: عدد المشاهد: ${p.scenes}، نحو ${p.seconds} ثانية${p.vertical ? '، بالوضع العمودي' : ''}، بصوت ${p.voice}؛ ويُقرأ نصك كما كتبته.`,
    lengthMiss: (p) => `بسرعة طبيعية يستغرق نصك ${p.seconds} ثانية بدلاً من ${p.target} ثانية؛ اختصره أو أطِله، أو اطلب مدة أخرى.`,
    noVoice: (p) => `لا يوجد صوت مدمج يتحدث ${p.language}، ولن أقرأ نصاً بهذه اللغة بصوت لغة أخرى. الخيارات: إعداد صوت سحابي (OpenAI أو ElevenLabs، إعدادات TTS_*) أو تنزيل نموذج صوت عصبي يتحدثها ثم المحاولة مجدداً؛ أو إرسال النص بلغة تتحدثها الأصوات المدمجة.`,
    understood: (p) => p.audience ? `الجمهور: ${p.audience}.` : '',
  },
  hi: {
    planned: (p) => `मैंने “${p.title}” का मसौदा बनाया: दृश्य: ${p.scenes}, लगभग ${p.seconds} सेकंड${p.vertical ? ', वर्टिकल' : ''}, आवाज़: ${p.voice}; आपका पाठ जैसा लिखा है वैसा ही पढ़ा जाएगा।`,
    lengthMiss: (p) => `सामान्य गति से आपका पाठ ${p.target} सेकंड के बजाय ${p.seconds} सेकंड का है; इसे छोटा या लंबा करें, या कोई और अवधि बताएं।`,
    noVoice: (p) => `कोई भी अंतर्निहित आवाज़ ${p.language} नहीं बोलती, और मैं ${p.language} पाठ को किसी दूसरी भाषा की आवाज़ से नहीं पढ़ूँगा। विकल्प: क्लाउड आवाज़ सेट करें (OpenAI या ElevenLabs, TTS_* सेटिंग) या उस भाषा का न्यूरल वॉइस मॉडल डाउनलोड करें; या पाठ किसी ऐसी भाषा में भेजें जो अंतर्निहित आवाज़ें बोलती हैं।`,
    understood: (p) => p.audience ? `दर्शक: ${p.audience}।` : '',
  },
};
