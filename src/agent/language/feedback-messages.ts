import type { AgentLanguage } from './agent-languages.js';

/** What the agent answers to feedback it cannot act on, in each language it answers in. A data table. */
export interface FeedbackMessages {
  /** The part of the message not understood, quoted back. */
  notUnderstood(p: { quoted: string }): string;
  /** Everything the agent can do with feedback, with example wordings (in English: the rules read English feedback). */
  capabilities: string;
}

const examples = '“remove scene 2”, “move the last scene to the start”, “use a female voice”, “make it 30 seconds”, “make it vertical”, “captions off”, “use a photo of a beach for scene 2”, “no pictures on the title”, “go back to version 1”, “looks good, render it”';

export const FEEDBACK_MESSAGES: Record<AgentLanguage, FeedbackMessages> = {
  en: {
    notUnderstood: (p) => `I did not understand ${p.quoted}.`,
    capabilities:
      'I can change the title; rewrite, remove, move, swap, merge, split or add scenes (name them by number, like “scene 2”, “the last scene”, “the intro”, or by content, like “the scene about pricing”); ' +
      'change a scene’s layout, headline, bullets or picture (“use a photo of a beach for scene 2”, “no pictures on the title”, “another picture for scene 4”, “more footage”); switch the voice (“female”, “male”, “British”, “American”); switch to portrait or landscape; turn captions on or off; ' +
      'speak faster or slower; make it shorter, longer or a set length (“make it 30 seconds”); go back to an earlier version (“go back to the first version”, “undo that”); or approve it to render (“looks good, render it”).',
  },
  de: {
    notUnderstood: (p) => `Ich habe ${p.quoted} nicht verstanden.`,
    capabilities: `Ich kann den Titel ändern, Szenen umschreiben, entfernen, verschieben, tauschen, zusammenfassen, teilen oder hinzufügen, die Stimme wechseln (weiblich, männlich, Akzent), Hoch- oder Querformat wählen, Untertitel ein- oder ausschalten, schneller oder langsamer sprechen, das Video kürzer, länger oder auf eine Länge bringen, zu einer früheren Version zurückkehren oder es zum Rendern freigeben. Die Regeln verstehen Rückmeldungen auf Englisch, zum Beispiel: ${examples}.`,
  },
  es: {
    notUnderstood: (p) => `No he entendido ${p.quoted}.`,
    capabilities: `Puedo cambiar el título; reescribir, quitar, mover, intercambiar, unir, dividir o añadir escenas; cambiar la voz (femenina, masculina, acento); pasar a vertical u horizontal; activar o quitar subtítulos; hablar más rápido o más despacio; hacerlo más corto, más largo o de una duración concreta; volver a una versión anterior; o aprobarlo para renderizar. Las reglas entienden comentarios en inglés, por ejemplo: ${examples}.`,
  },
  fr: {
    notUnderstood: (p) => `Je n’ai pas compris ${p.quoted}.`,
    capabilities: `Je peux changer le titre ; réécrire, supprimer, déplacer, échanger, fusionner, scinder ou ajouter des scènes ; changer de voix (féminine, masculine, accent) ; passer en vertical ou en horizontal ; activer ou couper les sous-titres ; parler plus vite ou plus lentement ; raccourcir, allonger ou fixer une durée ; revenir à une version précédente ; ou valider pour le rendu. Les règles comprennent les retours en anglais, par exemple : ${examples}.`,
  },
  it: {
    notUnderstood: (p) => `Non ho capito ${p.quoted}.`,
    capabilities: `Posso cambiare il titolo; riscrivere, togliere, spostare, scambiare, unire, dividere o aggiungere scene; cambiare voce (femminile, maschile, accento); passare al formato verticale od orizzontale; attivare o togliere i sottotitoli; parlare più veloce o più lento; accorciare, allungare o fissare una durata; tornare a una versione precedente; o approvare per il rendering. Le regole capiscono i commenti in inglese, per esempio: ${examples}.`,
  },
  pt: {
    notUnderstood: (p) => `Não entendi ${p.quoted}.`,
    capabilities: `Posso mudar o título; reescrever, remover, mover, trocar, juntar, dividir ou acrescentar cenas; mudar a voz (feminina, masculina, sotaque); passar para vertical ou horizontal; ligar ou desligar legendas; falar mais depressa ou mais devagar; encurtar, alongar ou fixar uma duração; voltar a uma versão anterior; ou aprovar para renderizar. As regras entendem comentários em inglês, por exemplo: ${examples}.`,
  },
  ru: {
    notUnderstood: (p) => `Я не понял ${p.quoted}.`,
    capabilities: `Я могу изменить заголовок; переписать, удалить, переместить, поменять местами, объединить, разделить или добавить сцены; сменить голос (женский, мужской, акцент); сделать видео вертикальным или горизонтальным; включить или выключить субтитры; говорить быстрее или медленнее; сделать видео короче, длиннее или заданной длины; вернуться к прежней версии; или утвердить его для рендеринга. Правила понимают отзывы на английском, например: ${examples}.`,
  },
  uk: {
    notUnderstood: (p) => `Я не зрозумів ${p.quoted}.`,
    capabilities: `Я можу змінити заголовок; переписати, видалити, перемістити, поміняти місцями, об’єднати, розділити або додати сцени; змінити голос (жіночий, чоловічий, акцент); зробити відео вертикальним або горизонтальним; увімкнути чи вимкнути субтитри; говорити швидше або повільніше; зробити відео коротшим, довшим або заданої довжини; повернутися до попередньої версії; або затвердити його для рендерингу. Правила розуміють відгуки англійською, наприклад: ${examples}.`,
  },
  pl: {
    notUnderstood: (p) => `Nie zrozumiałem ${p.quoted}.`,
    capabilities: `Mogę zmienić tytuł; przepisać, usunąć, przesunąć, zamienić, połączyć, podzielić lub dodać sceny; zmienić głos (kobiecy, męski, akcent); przełączyć na pion lub poziom; włączyć lub wyłączyć napisy; mówić szybciej lub wolniej; skrócić, wydłużyć lub ustawić długość; wrócić do wcześniejszej wersji; albo zatwierdzić do renderowania. Reguły rozumieją uwagi po angielsku, na przykład: ${examples}.`,
  },
  tr: {
    notUnderstood: (p) => `${p.quoted} ifadesini anlayamadım.`,
    capabilities: `Başlığı değiştirebilir; sahneleri yeniden yazabilir, silebilir, taşıyabilir, yer değiştirebilir, birleştirebilir, bölebilir veya ekleyebilirim; sesi değiştirebilir (kadın, erkek, aksan); dikey veya yatay yapabilir; altyazıları açıp kapatabilir; daha hızlı veya yavaş konuşturabilir; videoyu kısaltabilir, uzatabilir veya belirli bir süreye getirebilir; önceki bir sürüme dönebilir ya da render için onaylayabilirim. Kurallar İngilizce geri bildirimi anlar, örneğin: ${examples}.`,
  },
  ja: {
    notUnderstood: (p) => `${p.quoted}は理解できませんでした。`,
    capabilities: `タイトルの変更、シーンの書き換え・削除・移動・入れ替え・結合・分割・追加、声の変更（女性・男性・アクセント）、縦型・横型の切り替え、字幕のオン・オフ、話す速さの調整、動画を短く・長く・指定の長さにすること、以前のバージョンに戻すこと、レンダリングの承認ができます。ルールは英語のフィードバックを理解します。例：${examples}。`,
  },
  zh: {
    notUnderstood: (p) => `我没有理解${p.quoted}。`,
    capabilities: `我可以修改标题；改写、删除、移动、交换、合并、拆分或添加场景；更换声音（女声、男声、口音）；切换竖屏或横屏；开关字幕；调快或调慢语速；把视频变短、变长或设为指定时长；回到之前的版本；或批准渲染。规则能理解英文反馈，例如：${examples}。`,
  },
  ko: {
    notUnderstood: (p) => `${p.quoted}을(를) 이해하지 못했습니다.`,
    capabilities: `제목 변경, 장면 다시 쓰기·삭제·이동·교체·병합·분할·추가, 목소리 변경(여성, 남성, 억양), 세로·가로 전환, 자막 켜기·끄기, 말하기 속도 조절, 영상 길이 줄이기·늘리기·지정, 이전 버전으로 되돌리기, 렌더링 승인을 할 수 있습니다. 규칙은 영어 피드백을 이해합니다. 예: ${examples}.`,
  },
  ar: {
    notUnderstood: (p) => `لم أفهم ${p.quoted}.`,
    capabilities: `يمكنني تغيير العنوان؛ وإعادة كتابة المشاهد أو حذفها أو نقلها أو تبديلها أو دمجها أو تقسيمها أو إضافتها؛ وتغيير الصوت (أنثوي، ذكوري، لهجة)؛ والتبديل بين الوضع العمودي والأفقي؛ وتشغيل الترجمة أو إيقافها؛ والتحدث بسرعة أكبر أو أقل؛ وتقصير الفيديو أو إطالته أو ضبط مدته؛ والعودة إلى نسخة سابقة؛ أو اعتماده للتصيير. تفهم القواعد الملاحظات بالإنجليزية، مثلًا: ${examples}.`,
  },
  hi: {
    notUnderstood: (p) => `मैं ${p.quoted} नहीं समझ पाया।`,
    capabilities: `मैं शीर्षक बदल सकता हूँ; दृश्य दोबारा लिख, हटा, खिसका, अदल-बदल, जोड़, बाँट या नए जोड़ सकता हूँ; आवाज़ बदल सकता हूँ (महिला, पुरुष, लहजा); वर्टिकल या हॉरिज़ॉन्टल कर सकता हूँ; कैप्शन चालू या बंद कर सकता हूँ; तेज़ या धीमे बोल सकता हूँ; वीडियो छोटा, लंबा या तय अवधि का कर सकता हूँ; पिछले संस्करण पर लौट सकता हूँ; या रेंडर के लिए मंज़ूरी दे सकता हूँ। नियम अंग्रेज़ी प्रतिक्रिया समझते हैं, उदाहरण: ${examples}।`,
  },
};
