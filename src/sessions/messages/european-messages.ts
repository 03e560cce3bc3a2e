import type { SessionMessages } from './session-messages-shape.js';

/** "1 min 15 s" / "45 s": units every European language here reads. */
const time = (seconds: number): string => (seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`);
const size = (orientation: 'landscape' | 'portrait'): string => (orientation === 'portrait' ? '1080×1920' : '1920×1080');

export const german: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Das Rendern wurde' : 'Der Agent wurde'} auf Ihren Wunsch angehalten.${dropped ? ` ${dropped === 1 ? 'Die Nachricht' : `Die ${dropped} Nachrichten`}, die währenddessen kam${dropped === 1 ? '' : 'en'}, wurde${dropped === 1 ? '' : 'n'} nicht angewendet.` : ''} ${ended ? 'Diese Sitzung ist beendet; starten Sie eine neue, um es erneut zu versuchen.' : 'Storyboard und Nachrichten bleiben erhalten; schreiben Sie eine Nachricht, um weiterzumachen.'}`,
  stoppedByUser: 'Vom Benutzer angehalten.',
  couldNotPlan: (reason) => `Ich konnte dieses Video nicht planen: ${reason} Schreiben Sie eine Nachricht, um es erneut zu versuchen.`,
  couldNotRevise: (reason) => `Das konnte ich nicht umsetzen: ${reason} Das Storyboard ist unverändert.`,
  renderingItNow: 'Ich rendere es jetzt.',
  renderingVersion: (message, version, seconds) => `${message || 'Freigegeben.'} Ich rendere jetzt Storyboard v${version} (etwa ${Math.round(seconds)} s Video).`,
  videoReady: (duration, orientation, id) => `Ihr Video ist fertig: ${time(duration)}, ${size(orientation)}. Video-ID ${id}.`,
  reviewHint: 'Sagen Sie mir, was ich ändern soll (zum Beispiel „kürzer“, „Szene 3 entfernen“, „Szene 2 ans Ende“, „eine männliche Stimme“, „im Hochformat“), oder sagen Sie „passt so“, um zu rendern.',
  storyboardHeading: (s) => `Storyboard v${s.version}: „${s.title}“ — ${s.scenes} Szenen, etwa ${s.seconds} s, ${s.orientation === 'portrait' ? 'Hochformat' : 'Querformat'}, Stimme ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}„${s.narration}“`,
  renderTimedOut: (limit) => `Das Rendern dauerte länger als das Limit von ${limit} s und wurde abgebrochen.`,
  agentTimedOut: (limit) => `Der Agent brauchte länger als das Limit von ${limit} s und wurde abgebrochen.`,
  gaveUpAfterRestarts: (attempts) => `Nach ${attempts} Versuchen aufgegeben: Der Server wurde bei jedem neu gestartet.`,
  lostTrack: 'Die Sitzung hat den Stand ihrer Arbeit verloren.',
  noStoryboardToRevise: 'Es gibt kein Storyboard, das ich ändern könnte.',
  renderHasNoVideo: 'Das Rendern hat kein Video oder Storyboard.',
  workCancelled: 'Die Arbeit wurde abgebrochen.',
};

export const spanish: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Detuve el renderizado' : 'Detuve el agente'} a petición tuya.${dropped ? ` ${dropped === 1 ? 'El mensaje enviado mientras trabajaba no se aplicó.' : `Los ${dropped} mensajes enviados mientras trabajaba no se aplicaron.`}` : ''} ${ended ? 'Esta sesión ha terminado; empieza una nueva para intentarlo otra vez.' : 'El guion gráfico y los mensajes se conservan; envía un mensaje para continuar.'}`,
  stoppedByUser: 'Detenido por el usuario.',
  couldNotPlan: (reason) => `No pude planificar este vídeo: ${reason} Envía un mensaje para intentarlo de nuevo.`,
  couldNotRevise: (reason) => `No pude aplicar eso: ${reason} El guion gráfico no ha cambiado.`,
  renderingItNow: 'Lo estoy renderizando ahora.',
  renderingVersion: (message, version, seconds) => `${message || 'Aprobado.'} Renderizando ahora la versión ${version} del guion gráfico (unos ${Math.round(seconds)} s de vídeo).`,
  videoReady: (duration, orientation, id) => `Tu vídeo está listo: ${time(duration)}, ${size(orientation)}. ID del vídeo ${id}.`,
  reviewHint: 'Dime qué cambiar (por ejemplo «más corto», «quita la escena 3», «mueve la escena 2 al final», «usa una voz masculina», «en vertical») o di «está bien» para renderizar.',
  storyboardHeading: (s) => `Guion gráfico v${s.version}: «${s.title}» — ${s.scenes} escenas, unos ${s.seconds} s, ${s.orientation === 'portrait' ? 'vertical' : 'horizontal'}, voz ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}«${s.narration}»`,
  renderTimedOut: (limit) => `El renderizado superó el límite de ${limit} s y se detuvo.`,
  agentTimedOut: (limit) => `El agente superó el límite de ${limit} s y se detuvo.`,
  gaveUpAfterRestarts: (attempts) => `Me rendí tras ${attempts} intentos: el servidor se reinició durante cada uno.`,
  lostTrack: 'La sesión perdió el hilo de su trabajo.',
  noStoryboardToRevise: 'No hay ningún guion gráfico que revisar.',
  renderHasNoVideo: 'El renderizado no tiene vídeo ni guion gráfico.',
  workCancelled: 'El trabajo se canceló.',
};

export const french: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Rendu arrêté' : 'Agent arrêté'} à votre demande.${dropped ? ` ${dropped === 1 ? "Le message envoyé pendant ce temps n'a pas été appliqué." : `Les ${dropped} messages envoyés pendant ce temps n'ont pas été appliqués.`}` : ''} ${ended ? 'Cette session est terminée ; lancez-en une nouvelle pour réessayer.' : 'Le storyboard et les messages sont conservés ; envoyez un message pour continuer.'}`,
  stoppedByUser: "Arrêté par l'utilisateur.",
  couldNotPlan: (reason) => `Je n'ai pas pu planifier cette vidéo : ${reason} Envoyez un message pour réessayer.`,
  couldNotRevise: (reason) => `Je n'ai pas pu appliquer cela : ${reason} Le storyboard n'a pas changé.`,
  renderingItNow: 'Je lance le rendu.',
  renderingVersion: (message, version, seconds) => `${message || 'Approuvé.'} Rendu du storyboard v${version} en cours (environ ${Math.round(seconds)} s de vidéo).`,
  videoReady: (duration, orientation, id) => `Votre vidéo est prête : ${time(duration)}, ${size(orientation)}. Identifiant ${id}.`,
  reviewHint: 'Dites-moi quoi changer (par exemple « plus court », « supprime la scène 3 », « mets la scène 2 à la fin », « une voix masculine », « en vertical »), ou dites « c’est bon » pour lancer le rendu.',
  storyboardHeading: (s) => `Storyboard v${s.version} : « ${s.title} » — ${s.scenes} scènes, environ ${s.seconds} s, ${s.orientation === 'portrait' ? 'vertical' : 'horizontal'}, voix ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}« ${s.narration} »`,
  renderTimedOut: (limit) => `Le rendu a dépassé la limite de ${limit} s et a été arrêté.`,
  agentTimedOut: (limit) => `L'agent a dépassé la limite de ${limit} s et a été arrêté.`,
  gaveUpAfterRestarts: (attempts) => `Abandon après ${attempts} tentatives : le serveur a redémarré à chaque fois.`,
  lostTrack: 'La session a perdu le fil de son travail.',
  noStoryboardToRevise: "Il n'y a pas de storyboard à modifier.",
  renderHasNoVideo: "Le rendu n'a ni vidéo ni storyboard.",
  workCancelled: 'Le travail a été annulé.',
};

export const italian: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Rendering interrotto' : 'Agente interrotto'} su tua richiesta.${dropped ? ` ${dropped === 1 ? 'Il messaggio inviato nel frattempo non è stato applicato.' : `I ${dropped} messaggi inviati nel frattempo non sono stati applicati.`}` : ''} ${ended ? 'Questa sessione è terminata; avviane una nuova per riprovare.' : 'Lo storyboard e i messaggi restano; invia un messaggio per continuare.'}`,
  stoppedByUser: "Interrotto dall'utente.",
  couldNotPlan: (reason) => `Non sono riuscito a pianificare questo video: ${reason} Invia un messaggio per riprovare.`,
  couldNotRevise: (reason) => `Non sono riuscito ad applicarlo: ${reason} Lo storyboard non è cambiato.`,
  renderingItNow: 'Lo sto renderizzando ora.',
  renderingVersion: (message, version, seconds) => `${message || 'Approvato.'} Rendering dello storyboard v${version} in corso (circa ${Math.round(seconds)} s di video).`,
  videoReady: (duration, orientation, id) => `Il tuo video è pronto: ${time(duration)}, ${size(orientation)}. ID video ${id}.`,
  reviewHint: 'Dimmi cosa cambiare (per esempio «più corto», «togli la scena 3», «sposta la scena 2 alla fine», «usa una voce maschile», «in verticale»), oppure di\' «va bene» per il rendering.',
  storyboardHeading: (s) => `Storyboard v${s.version}: «${s.title}» — ${s.scenes} scene, circa ${s.seconds} s, ${s.orientation === 'portrait' ? 'verticale' : 'orizzontale'}, voce ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}«${s.narration}»`,
  renderTimedOut: (limit) => `Il rendering ha superato il limite di ${limit} s ed è stato interrotto.`,
  agentTimedOut: (limit) => `L'agente ha superato il limite di ${limit} s ed è stato interrotto.`,
  gaveUpAfterRestarts: (attempts) => `Rinuncio dopo ${attempts} tentativi: il server si è riavviato durante ognuno.`,
  lostTrack: 'La sessione ha perso traccia del suo lavoro.',
  noStoryboardToRevise: 'Non c\'è nessuno storyboard da modificare.',
  renderHasNoVideo: 'Il rendering non ha né video né storyboard.',
  workCancelled: 'Il lavoro è stato annullato.',
};

export const portuguese: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Renderização interrompida' : 'Agente interrompido'} a seu pedido.${dropped ? ` ${dropped === 1 ? 'A mensagem enviada enquanto isso não foi aplicada.' : `As ${dropped} mensagens enviadas enquanto isso não foram aplicadas.`}` : ''} ${ended ? 'Esta sessão terminou; comece uma nova para tentar de novo.' : 'O storyboard e as mensagens foram mantidos; envie uma mensagem para continuar.'}`,
  stoppedByUser: 'Interrompido pelo usuário.',
  couldNotPlan: (reason) => `Não consegui planejar este vídeo: ${reason} Envie uma mensagem para tentar de novo.`,
  couldNotRevise: (reason) => `Não consegui aplicar isso: ${reason} O storyboard não mudou.`,
  renderingItNow: 'Renderizando agora.',
  renderingVersion: (message, version, seconds) => `${message || 'Aprovado.'} Renderizando agora o storyboard v${version} (cerca de ${Math.round(seconds)} s de vídeo).`,
  videoReady: (duration, orientation, id) => `Seu vídeo está pronto: ${time(duration)}, ${size(orientation)}. ID do vídeo ${id}.`,
  reviewHint: 'Diga o que mudar (por exemplo "mais curto", "remova a cena 3", "mova a cena 2 para o fim", "use uma voz masculina", "na vertical") ou diga "está bom" para renderizar.',
  storyboardHeading: (s) => `Storyboard v${s.version}: "${s.title}" — ${s.scenes} cenas, cerca de ${s.seconds} s, ${s.orientation === 'portrait' ? 'vertical' : 'horizontal'}, voz ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}"${s.narration}"`,
  renderTimedOut: (limit) => `A renderização passou do limite de ${limit} s e foi interrompida.`,
  agentTimedOut: (limit) => `O agente passou do limite de ${limit} s e foi interrompido.`,
  gaveUpAfterRestarts: (attempts) => `Desisti após ${attempts} tentativas: o servidor reiniciou durante cada uma.`,
  lostTrack: 'A sessão perdeu o controle do seu trabalho.',
  noStoryboardToRevise: 'Não há storyboard para revisar.',
  renderHasNoVideo: 'A renderização não tem vídeo nem storyboard.',
  workCancelled: 'O trabalho foi cancelado.',
};

export const polish: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `${what === 'render' ? 'Renderowanie zatrzymane' : 'Agent zatrzymany'} na Twoją prośbę.${dropped ? ` Wiadomości wysłane w międzyczasie (${dropped}) nie zostały zastosowane.` : ''} ${ended ? 'Ta sesja się zakończyła; zacznij nową, aby spróbować ponownie.' : 'Scenorys i wiadomości zostały zachowane; wyślij wiadomość, aby kontynuować.'}`,
  stoppedByUser: 'Zatrzymane przez użytkownika.',
  couldNotPlan: (reason) => `Nie udało mi się zaplanować tego filmu: ${reason} Wyślij wiadomość, aby spróbować ponownie.`,
  couldNotRevise: (reason) => `Nie udało mi się tego zastosować: ${reason} Scenorys się nie zmienił.`,
  renderingItNow: 'Renderuję teraz.',
  renderingVersion: (message, version, seconds) => `${message || 'Zatwierdzone.'} Renderuję teraz scenorys v${version} (około ${Math.round(seconds)} s filmu).`,
  videoReady: (duration, orientation, id) => `Twój film jest gotowy: ${time(duration)}, ${size(orientation)}. ID filmu ${id}.`,
  reviewHint: 'Powiedz, co zmienić (na przykład „krócej”, „usuń scenę 3”, „przenieś scenę 2 na koniec”, „użyj męskiego głosu”, „w pionie”), albo powiedz „w porządku”, aby renderować.',
  storyboardHeading: (s) => `Scenorys v${s.version}: „${s.title}” — scen: ${s.scenes}, około ${s.seconds} s, ${s.orientation === 'portrait' ? 'pionowo' : 'poziomo'}, głos ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}„${s.narration}”`,
  renderTimedOut: (limit) => `Renderowanie przekroczyło limit ${limit} s i zostało przerwane.`,
  agentTimedOut: (limit) => `Agent przekroczył limit ${limit} s i został przerwany.`,
  gaveUpAfterRestarts: (attempts) => `Poddaję się po ${attempts} próbach: serwer restartował się podczas każdej z nich.`,
  lostTrack: 'Sesja straciła orientację w swojej pracy.',
  noStoryboardToRevise: 'Nie ma scenorysu do poprawienia.',
  renderHasNoVideo: 'Renderowanie nie ma filmu ani scenorysu.',
  workCancelled: 'Praca została anulowana.',
};

export const turkish: SessionMessages = {
  stopped: (what, ended, dropped) =>
    `İsteğiniz üzerine ${what === 'render' ? 'video oluşturma' : 'ajan'} durduruldu.${dropped ? ` Bu sırada gönderilen ${dropped} mesaj uygulanmadı.` : ''} ${ended ? 'Bu oturum sona erdi; yeniden denemek için yeni bir oturum başlatın.' : 'Senaryo taslağı ve mesajlar korundu; devam etmek için bir mesaj gönderin.'}`,
  stoppedByUser: 'Kullanıcı tarafından durduruldu.',
  couldNotPlan: (reason) => `Bu videoyu planlayamadım: ${reason} Yeniden denemek için bir mesaj gönderin.`,
  couldNotRevise: (reason) => `Bunu uygulayamadım: ${reason} Senaryo taslağı değişmedi.`,
  renderingItNow: 'Şimdi oluşturuyorum.',
  renderingVersion: (message, version, seconds) => `${message || 'Onaylandı.'} Taslak v${version} şimdi oluşturuluyor (yaklaşık ${Math.round(seconds)} sn video).`,
  videoReady: (duration, orientation, id) => `Videonuz hazır: ${time(duration)}, ${size(orientation)}. Video kimliği ${id}.`,
  reviewHint: 'Neyi değiştireyim söyleyin (örneğin "daha kısa", "3. sahneyi kaldır", "2. sahneyi sona taşı", "erkek sesi kullan", "dikey yap") ya da oluşturmak için "tamam" deyin.',
  storyboardHeading: (s) => `Taslak v${s.version}: "${s.title}" — ${s.scenes} sahne, yaklaşık ${s.seconds} sn, ${s.orientation === 'portrait' ? 'dikey' : 'yatay'}, ses ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.seconds} sn] ${s.heading ? `${s.heading} — ` : ''}"${s.narration}"`,
  renderTimedOut: (limit) => `Video oluşturma ${limit} sn sınırını aştı ve durduruldu.`,
  agentTimedOut: (limit) => `Ajan ${limit} sn sınırını aştı ve durduruldu.`,
  gaveUpAfterRestarts: (attempts) => `${attempts} denemeden sonra vazgeçildi: sunucu her birinde yeniden başladı.`,
  lostTrack: 'Oturum yaptığı işin izini kaybetti.',
  noStoryboardToRevise: 'Düzenlenecek bir taslak yok.',
  renderHasNoVideo: 'Oluşturmada video ya da taslak yok.',
  workCancelled: 'İş iptal edildi.',
};
