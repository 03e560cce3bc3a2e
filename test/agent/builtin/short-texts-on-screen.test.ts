import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, parseRequest } from '../../../src/agent/index.js';
import type { Storyboard } from '../../../src/storyboard/index.js';
import { assignVisuals } from '../../../src/visuals/index.js';
import { testContext } from '../test-context.js';

async function plan(prompt: string): Promise<Storyboard> {
  const result = await new BuiltinPlanner().plan(
    { prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
    testContext(),
  );
  if (result.kind !== 'storyboard') throw new Error(result.message);
  return result.storyboard;
}

describe('a request’s length and platform are not its topic', () => {
  it('reads “Un video di 30 secondi:” as a length and titles the video from what follows', async () => {
    const prompt = 'Un video di 30 secondi: come preparare una carbonara perfetta. Servono 320 grammi di spaghetti, 150 grammi di guanciale, 4 tuorli e 50 grammi di pecorino. Niente panna! Mescola le uova fuori dal fuoco.';
    const parsed = parseRequest(prompt);
    expect(parsed.topic).toBeNull();
    expect(parsed.durationSec).toBe(30);
    // The material starts a sentence of its own.
    expect(parsed.content.startsWith('Come preparare una carbonara perfetta.')).toBe(true);
    const sb = await plan(prompt);
    expect(sb.title).toBe('Come preparare una carbonara perfetta');
  });

  it('reads Russian “Видео для сотрудников:” as a request for an audience, not as the title', async () => {
    const prompt = 'Видео для сотрудников: с 1 марта наша столовая открывается в 8:00. Новое меню: суп дня, вегетарианские блюда и свежие салаты. Приятного аппетита!';
    expect(parseRequest(prompt)).toMatchObject({ topic: null, audience: 'сотрудников' });
    const sb = await plan(prompt);
    expect(sb.title).toBe('С 1 марта наша столовая открывается в 8:00');
    expect(sb.scenes.map((s) => s.narration).join(' ')).not.toMatch(/Видео/);
  });

  it('reads “Vertical video for Instagram:” as an orientation and a platform, not as the title', async () => {
    const prompt = 'Vertical video for Instagram: our bakery opens a second shop on Main Street on March 3. Fresh bread every morning from 7, and 20% off in the first week.';
    const parsed = parseRequest(prompt);
    expect(parsed.topic).toBeNull();
    expect(parsed.orientation).toBe('portrait');
    const sb = await plan(prompt);
    expect(sb.title).toBe('Our Bakery Opens a Second Shop');
    expect(sb.scenes.map((s) => s.narration).join(' ')).not.toMatch(/Instagram/);
  });

  it('reads “Vídeo vertical para Instagram:” as an orientation and a platform, after the noun as Spanish writes them', async () => {
    const prompt = 'Vídeo vertical para Instagram: nuestra panadería abre un nuevo local en Valencia el 3 de febrero. Pan recién hecho cada mañana desde las 7:00, café de especialidad y un 20 % de descuento la primera semana.';
    const parsed = parseRequest(prompt);
    expect(parsed.topic).toBeNull();
    expect(parsed.orientation).toBe('portrait');
    const sb = await plan(prompt);
    expect(sb.title).toBe('Nuestra panadería abre un nuevo local');
    expect(sb.scenes.map((s) => s.headline)).toContain('Pan recién hecho cada mañana desde las 7:00');
    // A label that continues its figure keeps the figure in front of it.
    const stat = sb.scenes.find((s) => s.layout === 'stat');
    expect(stat?.stat).toBe('20%');
    expect(stat?.headline).toBe('20% de descuento la primera semana');
  });

  it('keeps a how-to title of nine words whole', async () => {
    const sb = await plan('Make a 45 second video explaining how to make a good cup of pour-over coffee: rinse the filter, use 15 grams of coffee per 250 ml of water at 94 degrees, bloom for 30 seconds, then pour slowly in circles. Total brew time is about 3 minutes.');
    expect(sb.title).toBe('How to Make a Good Cup of Pour-Over Coffee');
  });
});

describe('steps and what a recipe needs are lists', () => {
  it('makes a how-to’s run of steps a numbered list, each step with its own figures, “then” left to the order', async () => {
    const sb = await plan('Make a 45 second video explaining how to make a good cup of pour-over coffee: rinse the filter, use 15 grams of coffee per 250 ml of water at 94 degrees, bloom for 30 seconds, then pour slowly in circles. Total brew time is about 3 minutes.');
    const list = sb.scenes.find((s) => s.layout === 'bullets');
    expect(list?.bullets).toEqual(['Rinse the filter', 'Use 15 grams of coffee per 250 ml of water at 94 degrees', 'Bloom for 30 seconds', 'Pour slowly in circles']);
    expect(list?.narration).toBe('First, rinse the filter. Second, use 15 grams of coffee per 250 ml of water at 94 degrees. Third, bloom for 30 seconds. Fourth, pour slowly in circles.');
    expect(sb.scenes.some((s) => s.layout === 'stat')).toBe(false);
  });

  it('lists what a recipe needs under “Cosa serve”, said as the user wrote it, and shows no chart of grams', async () => {
    const sb = await plan('Un video di 30 secondi: come preparare una carbonara perfetta. Servono 320 grammi di spaghetti, 150 grammi di guanciale, 4 tuorli e 50 grammi di pecorino. Niente panna! Mescola le uova fuori dal fuoco.');
    const list = assignVisuals(sb).scenes.find((s) => s.layout === 'bullets');
    expect(list?.headline).toBe('Cosa serve');
    expect(list?.bullets).toEqual(['320 grammi di spaghetti', '150 grammi di guanciale', '4 tuorli', '50 grammi di pecorino']);
    expect(list?.narration).toBe('Servono 320 grammi di spaghetti, 150 grammi di guanciale, 4 tuorli e 50 grammi di pecorino.');
    expect(list?.visual?.kind).toBe('illustration');
  });

  it('heads an English need-list “What you need”', async () => {
    const sb = await plan('How to change a bike tire. You need tire levers, a new tube, a pump and 10 minutes. Take the wheel off first.');
    const list = sb.scenes.find((s) => s.layout === 'bullets');
    expect(list?.headline).toBe('What you need');
    expect(list?.bullets).toEqual(['Tire levers', 'New tube', 'Pump', '10 minutes']);
  });
});

describe('a short text shows one sentence a scene', () => {
  it('gives each sentence its own scene, headline and picture', async () => {
    const sb = await plan('Make a video about our new budget app. It scans your receipts and records every expense. It sorts your spending into food, rent and fun. The app is free to download.');
    const body = assignVisuals(sb).scenes.slice(1);
    expect(body.map((s) => s.narration)).toEqual([
      'It scans your receipts and records every expense.',
      'It sorts your spending into food, rent and fun.',
      'The app is free to download.',
    ]);
    expect(new Set(body.map((s) => s.visual?.source?.id)).size).toBe(3);
    // The scene that names its picture keeps it, though an earlier scene fills in from the video's topic.
    expect(body[2]!.visual?.source?.id).toBe('inbox-tray');
  });

  it('keeps a sentence of up to three words with the next, headed by the one that says more', async () => {
    const sb = await plan('Un video di 30 secondi: come preparare una carbonara perfetta. Servono 320 grammi di spaghetti, 150 grammi di guanciale, 4 tuorli e 50 grammi di pecorino. Niente panna! Mescola le uova fuori dal fuoco.');
    const last = sb.scenes[sb.scenes.length - 1]!;
    expect(last.narration).toMatch(/^Niente panna[.!] Mescola le uova fuori dal fuoco\.$/);
    expect(last.headline).toBe('Mescola le uova fuori dal fuoco');
  });
});

describe('what opens and closes a short text', () => {
  it('reads “in einem Video” / “in a short video” as where, not what: the topic follows', () => {
    expect(parseRequest('Erkläre in einem Video, wie eine Wärmepumpe funktioniert. Sie nimmt Wärme aus der Luft auf.').topic).toBe('wie eine Wärmepumpe funktioniert');
    expect(parseRequest('Explain in a short video how a heat pump works. It takes heat from the air.').topic).toBe('how a heat pump works');
  });

  it('reads a heading that only names the kind of message (“Convite:”) as no topic, and titles the video from the event', async () => {
    const sb = await plan('Convite: festa de fim de ano da empresa dia 18 de dezembro às 19h no Hotel Lisboa. Jantar, música ao vivo e sorteio de prémios. Confirme a sua presença até 10 de dezembro.');
    expect(sb.title).toBe('Festa de fim de ano da empresa');
    expect(sb.scenes[0]!.narration.startsWith('Convite')).toBe(false);
    const closing = sb.scenes[sb.scenes.length - 1]!;
    expect(closing.layout).toBe('cta');
    expect(closing.headline).toBe('Confirme a sua presença até 10 de dezembro');
  });

  it('closes only with a sentence that opens with its call, not one that mentions “jetzt”', async () => {
    const sb = await plan('Unsere neue Kantine hat drei Menüs. Das vegetarische Menü kostet 4 Euro. Die Kantine ist jetzt jeden Tag geöffnet.');
    expect(sb.scenes.some((s) => s.layout === 'cta')).toBe(false);
  });

  it('opens with a list the text opens with, says its heading once, and closes with the call to action', async () => {
    const sb = await plan('Notre application Zenly 2.0 est disponible : mode hors ligne, synchronisation plus rapide et 40 % d’autonomie en plus. Téléchargez-la gratuitement sur l’App Store et Google Play.');
    expect(sb.scenes.map((s) => s.layout)).toEqual(['title', 'bullets', 'cta']);
    expect(sb.title).toBe('Notre application Zenly 2.0 est disponible');
    expect(sb.scenes[1]!.narration).toBe('Mode hors ligne, synchronisation plus rapide et 40 % d’autonomie en plus.');
    expect(sb.scenes[2]!.narration).toBe('Téléchargez-la gratuitement sur l’App Store et Google Play.');
  });
});

describe('figures of a short update', () => {
  it('gives a clause with its own subject its own scene (“we hired 14 engineers”), and shows where a change ends', async () => {
    const sb = await plan('Q2 update: revenue rose 23% to $8.1 million, we hired 14 engineers, and churn fell from 4.5% to 3.1%. Next quarter we launch in Canada and Mexico.');
    const narrations = sb.scenes.map((s) => s.narration);
    expect(narrations).toContain('We hired 14 engineers.');
    const churn = sb.scenes.find((s) => /churn/i.test(s.narration));
    expect(churn?.stat).toBe('3.1%');
    expect(churn?.headline).toBe('Churn fell');
    expect(sb.scenes.map((s) => s.headline)).toContain('Next quarter we launch in Canada and Mexico');
  });

  it('puts a German genitive label after its figure (“50% der Häuser …”), a subject label alone', async () => {
    const sb = await plan('Erkläre in einem Video, wie eine Wärmepumpe funktioniert. Eine Wärmepumpe nimmt Wärme aus der Luft auf. Im Neubau heizen schon über 50 Prozent der Häuser mit einer Wärmepumpe. Der Umsatz stieg um 12 Prozent.');
    const headlines = sb.scenes.filter((s) => s.layout === 'stat').map((s) => s.headline);
    expect(headlines).toContain('50% der Häuser mit einer Wärmepumpe');
    expect(headlines.some((h) => h?.startsWith('12%'))).toBe(false);
  });
});

describe('an article that opens with a figure', () => {
  const article = `Make a 30 second video from this article.

Bees pollinate about a third of the food crops we eat. Without them, apples, almonds and blueberries would become rare and expensive. In the last ten years, wild bee populations in Europe have declined by 25 percent. Pesticides, habitat loss and climate change are the main causes. In London, the number of registered hives has doubled since 2010. Planting lavender, thyme or sunflowers feeds bees from spring to autumn.`;

  it('opens the video with that sentence as its title, and heads a scene by its main clause, not “In London”', async () => {
    const sb = await plan(article);
    expect(sb.title).toBe('Bees Pollinate About a Third of the Food Crops We Eat');
    expect(sb.scenes[0]!.narration).toBe('Bees pollinate about a third of the food crops we eat.');
    const headlines = sb.scenes.map((s) => s.headline);
    expect(headlines).not.toContain('In London');
    expect(headlines.some((h) => h?.startsWith('Planting lavender, thyme or sunflowers'))).toBe(true);
  });
});

describe('clauses joined by “and”', () => {
  it('splits “…, und für Auszubildende sinken die Preise um 15 Prozent” into its own stat scene', async () => {
    const sb = await plan('Unsere neue Kantine im Erdgeschoss: Sie öffnet am Montag, dem 12. Januar, um 11:30 Uhr. Es gibt jeden Tag ein vegetarisches Menü, und für Auszubildende sinken die Preise um 15 Prozent.');
    const stat = sb.scenes.find((s) => s.layout === 'stat');
    expect(stat?.narration).toBe('Für Auszubildende sinken die Preise um 15 Prozent.');
    expect(sb.scenes.map((s) => s.narration)).toContain('Es gibt jeden Tag ein vegetarisches Menü.');
    // A clock time after a bare comma still stays with its fact.
    expect(sb.scenes.some((s) => s.narration.includes('12. Januar, um 11:30 Uhr'))).toBe(true);
  });

  it('keeps the figure in front of what the people counted did (“94% rated it 5 stars”)', async () => {
    const sb = await plan('Create a video for our customers: Acme Bank’s new app launches on 1 April. Over 2 million people tested the beta, and 94 percent rated it 5 stars.');
    expect(sb.scenes.map((s) => s.headline)).toContain('94% rated it 5 stars');
  });
});

describe('a list with no order', () => {
  it('is said as the sentence its items make, in the language’s own “and”, not as fragments', async () => {
    const pt = await plan('Convite: festa de fim de ano da empresa dia 18 de dezembro às 19h no Hotel Lisboa. Jantar, música ao vivo e sorteio de prémios. Confirme a sua presença até 10 de dezembro.');
    const list = pt.scenes.find((s) => s.layout === 'bullets');
    expect(list?.bullets).toEqual(['Jantar', 'Música ao vivo', 'Sorteio de prémios']);
    expect(list?.narration).toBe('Jantar, música ao vivo e sorteio de prémios.');
    // Said in one sentence, it is still the video's list: it carries the title, not its first item.
    expect(list?.headline).toBe('Festa de fim de ano da empresa');
    const es = await plan('Nuestra fiesta de verano es el 20 de junio. Comida casera, juegos para niños e iluminación especial. Trae a tu familia.');
    expect(es.scenes.find((s) => s.layout === 'bullets')?.narration).toBe('Comida casera, juegos para niños e iluminación especial.');
  });
});
