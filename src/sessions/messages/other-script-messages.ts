import type { SessionMessages } from './session-messages-shape.js';

const size = (orientation: 'landscape' | 'portrait'): string => (orientation === 'portrait' ? '1080×1920' : '1920×1080');
const clock = (min: string, sec: string, gap = ' ') => (seconds: number): string =>
  seconds >= 60 ? `${Math.floor(seconds / 60)}${gap}${min}${gap}${Math.round(seconds % 60)}${gap}${sec}` : `${Math.round(seconds)}${gap}${sec}`;

const ruTime = clock('мин', 'с');
export const russian: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Рендеринг остановлен' : 'Агент остановлен'} по вашей просьбе.${dropped ? ` Сообщения, отправленные за это время (${dropped}), не применены.` : ''} ${ended ? 'Сессия завершена; начните новую, чтобы попробовать снова.' : 'Раскадровка и сообщения сохранены; напишите сообщение, чтобы продолжить.'}`,
  stoppedByUser: 'Остановлено пользователем.',
  couldNotPlan: (reason) => `Не удалось спланировать это видео: ${reason} Напишите сообщение, чтобы попробовать снова.`,
  couldNotRevise: (reason) => `Не удалось это применить: ${reason} Раскадровка не изменилась.`,
  renderingItNow: 'Запускаю рендеринг.',
  renderingVersion: (message, version, seconds) => `${message || 'Одобрено.'} Рендерю раскадровку v${version} (около ${Math.round(seconds)} с видео).`,
  videoReady: (duration, orientation, id) => `Ваше видео готово: ${ruTime(duration)}, ${size(orientation)}. ID видео ${id}.`,
  reviewHint: 'Скажите, что изменить (например, «короче», «убери сцену 3», «перенеси сцену 2 в конец», «мужской голос», «вертикально»), или скажите «всё хорошо», чтобы начать рендеринг.',
  storyboardHeading: (s) => `Раскадровка v${s.version}: «${s.title}» — сцен: ${s.scenes}, около ${s.seconds} с, ${s.orientation === 'portrait' ? 'вертикально' : 'горизонтально'}, голос ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} с] ${s.heading ? `${s.heading} — ` : ''}«${s.narration}»`,
  renderTimedOut: (limit) => `Рендеринг превысил лимит ${limit} с и был остановлен.`,
  agentTimedOut: (limit) => `Агент превысил лимит ${limit} с и был остановлен.`,
  gaveUpAfterRestarts: (attempts) => `Остановлено после ${attempts} попыток: сервер перезапускался во время каждой.`,
  lostTrack: 'Сессия потеряла ход своей работы.',
  noStoryboardToRevise: 'Нет раскадровки, которую можно изменить.',
  renderHasNoVideo: 'У рендеринга нет видео или раскадровки.',
  workCancelled: 'Работа отменена.',
};

export const ukrainian: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Рендеринг зупинено' : 'Агента зупинено'} на ваше прохання.${dropped ? ` Повідомлення, надіслані за цей час (${dropped}), не застосовано.` : ''} ${ended ? 'Сесію завершено; почніть нову, щоб спробувати знову.' : 'Розкадрування й повідомлення збережено; напишіть повідомлення, щоб продовжити.'}`,
  stoppedByUser: 'Зупинено користувачем.',
  couldNotPlan: (reason) => `Не вдалося спланувати це відео: ${reason} Напишіть повідомлення, щоб спробувати знову.`,
  couldNotRevise: (reason) => `Не вдалося це застосувати: ${reason} Розкадрування не змінилося.`,
  renderingItNow: 'Запускаю рендеринг.',
  renderingVersion: (message, version, seconds) => `${message || 'Схвалено.'} Рендерю розкадрування v${version} (близько ${Math.round(seconds)} с відео).`,
  videoReady: (duration, orientation, id) => `Ваше відео готове: ${ruTime(duration)}, ${size(orientation)}. ID відео ${id}.`,
  reviewHint: 'Скажіть, що змінити (наприклад, «коротше», «прибери сцену 3», «перенеси сцену 2 в кінець», «чоловічий голос», «вертикально»), або скажіть «усе добре», щоб почати рендеринг.',
  storyboardHeading: (s) => `Розкадрування v${s.version}: «${s.title}» — сцен: ${s.scenes}, близько ${s.seconds} с, ${s.orientation === 'portrait' ? 'вертикально' : 'горизонтально'}, голос ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} с] ${s.heading ? `${s.heading} — ` : ''}«${s.narration}»`,
  renderTimedOut: (limit) => `Рендеринг перевищив ліміт ${limit} с і його зупинено.`,
  agentTimedOut: (limit) => `Агент перевищив ліміт ${limit} с і його зупинено.`,
  gaveUpAfterRestarts: (attempts) => `Зупинено після ${attempts} спроб: сервер перезапускався під час кожної.`,
  lostTrack: 'Сесія втратила хід своєї роботи.',
  noStoryboardToRevise: 'Немає розкадрування, яке можна змінити.',
  renderHasNoVideo: 'Рендеринг не має відео чи розкадрування.',
  workCancelled: 'Роботу скасовано.',
};

const jaTime = clock('分', '秒', '');
export const japanese: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `ご依頼により${what === 'render' ? 'レンダリング' : 'エージェント'}を停止しました。${dropped ? `処理中に送られた${dropped}件のメッセージは反映されていません。` : ''}${ended ? 'このセッションは終了しました。やり直すには新しいセッションを開始してください。' : 'ストーリーボードとメッセージは保持されています。続けるにはメッセージを送ってください。'}`,
  stoppedByUser: 'ユーザーが停止しました。',
  couldNotPlan: (reason) => `この動画を計画できませんでした：${reason} もう一度試すにはメッセージを送ってください。`,
  couldNotRevise: (reason) => `反映できませんでした：${reason} ストーリーボードは変更されていません。`,
  renderingItNow: '今からレンダリングします。',
  renderingVersion: (message, version, seconds) => `${message || '承認されました。'}ストーリーボード v${version} をレンダリングしています（約${Math.round(seconds)}秒の動画）。`,
  videoReady: (duration, orientation, id) => `動画ができました：${jaTime(duration)}、${size(orientation)}。動画ID ${id}。`,
  reviewHint: '変更したい点を教えてください（例：「短くして」「シーン3を削除」「シーン2を最後に」「男性の声にして」「縦長にして」）。よければ「これでOK」と送るとレンダリングします。',
  storyboardHeading: (s) => `ストーリーボード v${s.version}：「${s.title}」— ${s.scenes}シーン、約${s.seconds}秒、${s.orientation === 'portrait' ? '縦長' : '横長'}、音声 ${s.voiceName}。`,
  sceneLine: (s) => `${s.number}. [${s.seconds}秒] ${s.heading ? `${s.heading} — ` : ''}「${s.narration}」`,
  renderTimedOut: (limit) => `レンダリングが制限時間（${limit}秒）を超えたため停止しました。`,
  agentTimedOut: (limit) => `エージェントが制限時間（${limit}秒）を超えたため停止しました。`,
  gaveUpAfterRestarts: (attempts) => `${attempts}回試しましたが、毎回サーバーが再起動したため中止しました。`,
  lostTrack: 'セッションが作業の状態を見失いました。',
  noStoryboardToRevise: '修正できるストーリーボードがありません。',
  renderHasNoVideo: 'レンダリングに動画またはストーリーボードがありません。',
  workCancelled: '作業はキャンセルされました。',
};

export const chinese: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `已按你的要求停止${what === 'render' ? '渲染' : '智能体'}。${dropped ? `期间发送的 ${dropped} 条消息未被应用。` : ''}${ended ? '此会话已结束；如需重试，请新建会话。' : '故事板和消息均已保留；发送消息即可继续。'}`,
  stoppedByUser: '已被用户停止。',
  couldNotPlan: (reason) => `无法规划这个视频：${reason} 发送消息即可重试。`,
  couldNotRevise: (reason) => `无法应用该修改：${reason} 故事板未改变。`,
  renderingItNow: '现在开始渲染。',
  renderingVersion: (message, version, seconds) => `${message || '已批准。'}正在渲染故事板 v${version}（约 ${Math.round(seconds)} 秒视频）。`,
  videoReady: (duration, orientation, id) => `你的视频已完成：${jaTime(duration)}，${size(orientation)}。视频 ID ${id}。`,
  reviewHint: '告诉我要修改什么（例如“短一点”“删除第 3 个场景”“把第 2 个场景移到最后”“换成男声”“改成竖屏”），或者说“可以了”开始渲染。',
  storyboardHeading: (s) => `故事板 v${s.version}：“${s.title}”— ${s.scenes} 个场景，约 ${s.seconds} 秒，${s.orientation === 'portrait' ? '竖屏' : '横屏'}，声音 ${s.voiceName}。`,
  sceneLine: (s) => `${s.number}. [${s.seconds} 秒] ${s.heading ? `${s.heading} — ` : ''}“${s.narration}”`,
  renderTimedOut: (limit) => `渲染超过了 ${limit} 秒的时限，已停止。`,
  agentTimedOut: (limit) => `智能体超过了 ${limit} 秒的时限，已停止。`,
  gaveUpAfterRestarts: (attempts) => `尝试 ${attempts} 次后放弃：每次服务器都重启了。`,
  lostTrack: '会话丢失了工作进度。',
  noStoryboardToRevise: '没有可修改的故事板。',
  renderHasNoVideo: '渲染没有视频或故事板。',
  workCancelled: '工作已取消。',
};

const koTime = clock('분', '초');
export const korean: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `요청에 따라 ${what === 'render' ? '렌더링을' : '에이전트를'} 중지했습니다.${dropped ? ` 그동안 보낸 메시지 ${dropped}개는 적용되지 않았습니다.` : ''} ${ended ? '이 세션은 종료되었습니다. 다시 시도하려면 새 세션을 시작하세요.' : '스토리보드와 메시지는 보존되었습니다. 계속하려면 메시지를 보내세요.'}`,
  stoppedByUser: '사용자가 중지했습니다.',
  couldNotPlan: (reason) => `이 동영상을 기획하지 못했습니다: ${reason} 다시 시도하려면 메시지를 보내세요.`,
  couldNotRevise: (reason) => `적용하지 못했습니다: ${reason} 스토리보드는 바뀌지 않았습니다.`,
  renderingItNow: '지금 렌더링합니다.',
  renderingVersion: (message, version, seconds) => `${message || '승인되었습니다.'} 스토리보드 v${version}을 렌더링하고 있습니다(약 ${Math.round(seconds)}초 분량).`,
  videoReady: (duration, orientation, id) => `동영상이 준비되었습니다: ${koTime(duration)}, ${size(orientation)}. 동영상 ID ${id}.`,
  reviewHint: '바꿀 점을 알려 주세요(예: "더 짧게", "장면 3 삭제", "장면 2를 끝으로", "남성 목소리로", "세로로"). 괜찮으면 "좋아요"라고 보내 주세요.',
  storyboardHeading: (s) => `스토리보드 v${s.version}: "${s.title}" — 장면 ${s.scenes}개, 약 ${s.seconds}초, ${s.orientation === 'portrait' ? '세로' : '가로'}, 목소리 ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds}초] ${s.heading ? `${s.heading} — ` : ''}"${s.narration}"`,
  renderTimedOut: (limit) => `렌더링이 제한 시간 ${limit}초를 넘어 중지되었습니다.`,
  agentTimedOut: (limit) => `에이전트가 제한 시간 ${limit}초를 넘어 중지되었습니다.`,
  gaveUpAfterRestarts: (attempts) => `${attempts}번 시도했지만 매번 서버가 다시 시작되어 중단했습니다.`,
  lostTrack: '세션이 작업 상태를 잃었습니다.',
  noStoryboardToRevise: '수정할 스토리보드가 없습니다.',
  renderHasNoVideo: '렌더링에 동영상이나 스토리보드가 없습니다.',
  workCancelled: '작업이 취소되었습니다.',
};

const arTime = clock('د', 'ث');
export const arabic: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `أوقفتُ ${what === 'render' ? 'إنشاء الفيديو' : 'الوكيل'} بناءً على طلبك.${dropped ? ` لم تُطبَّق الرسائل المرسلة في أثناء ذلك (${dropped}).` : ''} ${ended ? 'انتهت هذه الجلسة؛ ابدأ جلسة جديدة للمحاولة مرة أخرى.' : 'حُفظت لوحة القصة والرسائل؛ أرسل رسالة للمتابعة.'}`,
  stoppedByUser: 'أوقفه المستخدم.',
  couldNotPlan: (reason) => `تعذّر عليّ تخطيط هذا الفيديو: ${reason} أرسل رسالة للمحاولة مرة أخرى.`,
  couldNotRevise: (reason) => `تعذّر تطبيق ذلك: ${reason} لم تتغير لوحة القصة.`,
  renderingItNow: 'أُنشئ الفيديو الآن.',
  renderingVersion: (message, version, seconds) => `${message || 'تمت الموافقة.'} أُنشئ الآن الإصدار ${version} من لوحة القصة (نحو ${Math.round(seconds)} ث من الفيديو).`,
  videoReady: (duration, orientation, id) => `الفيديو جاهز: ${arTime(duration)}، ${size(orientation)}. معرّف الفيديو ${id}.`,
  reviewHint: 'أخبرني بما تريد تغييره (مثل «أقصر» أو «احذف المشهد 3» أو «انقل المشهد 2 إلى النهاية» أو «صوت رجل» أو «بشكل عمودي»)، أو قل «ممتاز» لإنشاء الفيديو.',
  storyboardHeading: (s) => `لوحة القصة، الإصدار ${s.version}: «${s.title}» — ${s.scenes} مشاهد، نحو ${s.seconds} ث، ${s.orientation === 'portrait' ? 'عمودي' : 'أفقي'}، الصوت ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} ث] ${s.heading ? `${s.heading} — ` : ''}«${s.narration}»`,
  renderTimedOut: (limit) => `تجاوز إنشاء الفيديو الحد البالغ ${limit} ث فأُوقف.`,
  agentTimedOut: (limit) => `تجاوز الوكيل الحد البالغ ${limit} ث فأُوقف.`,
  gaveUpAfterRestarts: (attempts) => `توقفتُ بعد ${attempts} محاولات: أُعيد تشغيل الخادم في كل مرة.`,
  lostTrack: 'فقدت الجلسة تتبّع عملها.',
  noStoryboardToRevise: 'لا توجد لوحة قصة لتعديلها.',
  renderHasNoVideo: 'لا يوجد فيديو أو لوحة قصة لهذا الإنشاء.',
  workCancelled: 'أُلغي العمل.',
};

const hiTime = clock('मिनट', 'सेकंड');
export const hindi: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `आपके कहने पर ${what === 'render' ? 'रेंडरिंग' : 'एजेंट'} रोक दिया गया।${dropped ? ` इस बीच भेजे गए ${dropped} संदेश लागू नहीं हुए।` : ''} ${ended ? 'यह सत्र समाप्त हो गया है; फिर से कोशिश करने के लिए नया सत्र शुरू करें।' : 'स्टोरीबोर्ड और संदेश सुरक्षित हैं; आगे बढ़ने के लिए संदेश भेजें।'}`,
  stoppedByUser: 'उपयोगकर्ता ने रोका।',
  couldNotPlan: (reason) => `मैं यह वीडियो प्लान नहीं कर सका: ${reason} फिर से कोशिश करने के लिए संदेश भेजें।`,
  couldNotRevise: (reason) => `मैं इसे लागू नहीं कर सका: ${reason} स्टोरीबोर्ड नहीं बदला।`,
  renderingItNow: 'अभी रेंडर कर रहा हूँ।',
  renderingVersion: (message, version, seconds) => `${message || 'स्वीकृत।'} स्टोरीबोर्ड v${version} रेंडर हो रहा है (लगभग ${Math.round(seconds)} सेकंड का वीडियो)।`,
  videoReady: (duration, orientation, id) => `आपका वीडियो तैयार है: ${hiTime(duration)}, ${size(orientation)}। वीडियो ID ${id}।`,
  reviewHint: 'बताइए क्या बदलना है (जैसे "छोटा करो", "सीन 3 हटाओ", "सीन 2 को आखिर में ले जाओ", "पुरुष आवाज़", "वर्टिकल करो"), या रेंडर करने के लिए "ठीक है" कहें।',
  storyboardHeading: (s) => `स्टोरीबोर्ड v${s.version}: "${s.title}" — ${s.scenes} सीन, लगभग ${s.seconds} सेकंड, ${s.orientation === 'portrait' ? 'वर्टिकल' : 'हॉरिज़ॉन्टल'}, आवाज़ ${s.voiceName}।`,
  sceneLine: (s) => `${s.number}. [${s.seconds} सेकंड] ${s.heading ? `${s.heading} — ` : ''}"${s.narration}"`,
  renderTimedOut: (limit) => `रेंडरिंग ${limit} सेकंड की सीमा से ज़्यादा चली और रोक दी गई।`,
  agentTimedOut: (limit) => `एजेंट ${limit} सेकंड की सीमा से ज़्यादा चला और रोक दिया गया।`,
  gaveUpAfterRestarts: (attempts) => `${attempts} कोशिशों के बाद छोड़ दिया: हर बार सर्वर फिर से शुरू हुआ।`,
  lostTrack: 'सत्र अपने काम का हिसाब खो बैठा।',
  noStoryboardToRevise: 'बदलने के लिए कोई स्टोरीबोर्ड नहीं है।',
  renderHasNoVideo: 'रेंडर में कोई वीडियो या स्टोरीबोर्ड नहीं है।',
  workCancelled: 'काम रद्द कर दिया गया।',
};
