import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type PlanRequest } from '../../../src/agent/index.js';
import { fillerSentences } from '../../../src/agent/text/index.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { storyboardGlyphCoverage } from '../../../src/media/fonts/index.js';
import { testContext } from '../test-context.js';

function request(prompt: string, skip = false, duration: number | null = null): PlanRequest {
  return { prompt, attachments: [], orientation: null, duration_sec: duration, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: skip };
}

async function storyboard(prompt: string, skip = false, duration: number | null = null): Promise<{ sb: Storyboard; message: string }> {
  const result = await new BuiltinPlanner().plan(request(prompt, skip, duration), testContext());
  if (result.kind !== 'storyboard') throw new Error(`expected a storyboard, got: ${result.message}`);
  return { sb: result.storyboard, message: result.message };
}

const spoken = (sb: Storyboard): string => sb.scenes.map((s) => s.narration).join(' ');

describe('the built-in planner never pads', () => {
  it('asks one question with concrete choices for a bare topic in chat mode', async () => {
    const result = await new BuiltinPlanner().plan(request('Compare renting and buying'), testContext());
    expect(result.kind).toBe('question');
    expect(result.message).toMatch(/costs, flexibility, risks/);
    expect(result.message).toMatch(/Who is it for/);
    expect(result.message).toMatch(/15, 30 or 60 seconds/);
  });

  it('makes a short honest title video of a bare topic in generate mode, and says a language model would write more', async () => {
    const { sb, message } = await storyboard('Explain quantum computing', true);
    expect(sb.title).toBe('Quantum Computing');
    expect(sb.scenes.map((s) => s.narration)).toEqual(['Quantum computing.']);
    expect(message).toMatch(/language model/);
    expect(message).toMatch(/docs\/agent\.md/);
    const compare = await storyboard('Compare renting and buying', true);
    expect(compare.sb.title).toBe('Renting vs. Buying');
  });

  it('“go ahead” after the question makes the title video', async () => {
    const { sb } = await storyboard('Explain quantum computing\n\ngo ahead');
    expect(sb.scenes).toHaveLength(1);
  });

  it('keeps a two-sentence notice as written: about ten seconds, its title from its content', async () => {
    const notice = 'The office is closed on Monday for maintenance. We reopen on Tuesday at 9 am.';
    const { sb } = await storyboard(notice);
    expect(spoken(sb)).toBe(notice);
    expect(sb.title).toBe('The Office Is Closed on Monday for Maintenance');
    expect(storyboardDuration(sb)).toBeGreaterThan(5);
    expect(storyboardDuration(sb)).toBeLessThan(12);
  });

  it('keeps mistakes as mistakes, in order, with nothing about “why they help” or “try one today”', async () => {
    const { sb } = await storyboard('Four mistakes new runners make: running too fast, skipping rest days, wearing old shoes, ignoring strength training');
    expect(sb.title).toBe('Four Mistakes New Runners Make');
    const list = sb.scenes.find((s) => s.layout === 'bullets')!;
    expect(list.bullets).toEqual(['Running too fast', 'Skipping rest days', 'Wearing old shoes', 'Ignoring strength training']);
    expect(list.narration).toBe('First, running too fast. Second, skipping rest days. Third, wearing old shoes. Fourth, ignoring strength training.');
    expect(spoken(sb)).not.toMatch(/help|try|tip/i);
    expect(sb.scenes.at(-1)!.layout).not.toBe('cta');
  });

  it('keeps every item of a list whose last two share its language’s “and” (“y”, “und”) without a comma', async () => {
    for (const [prompt, last] of [
      ['Five tips to save water at home: turn off the tap while brushing your teeth, shower in five minutes, fix leaks, run the washing machine full and water plants at night', 'Water plants at night'],
      ['Cinco consejos para ahorrar agua en casa: cierra el grifo mientras te cepillas los dientes, dúchate en cinco minutos, arregla las fugas, usa la lavadora llena y riega las plantas por la noche', 'Riega las plantas por la noche'],
      ['Drei Tipps für besseren Schlaf: jeden Tag zur gleichen Zeit aufstehen, abends kein Kaffee und das Handy aus dem Schlafzimmer verbannen', 'Das Handy aus dem Schlafzimmer verbannen'],
      // Spanish "en" is "in", not the Dutch "and": "lavar la ropa en frío" is one item.
      ['Cuatro consejos para ahorrar energía en casa: bajar la calefacción, apagar las luces, cerrar bien las ventanas y lavar la ropa en frío.', 'Lavar la ropa en frío'],
    ] as const) {
      const { sb } = await storyboard(prompt);
      const list = sb.scenes.find((s) => s.layout === 'bullets');
      expect(list?.bullets?.at(-1), prompt).toBe(last);
      expect(list!.bullets!.length).toBe(/^Drei/.test(prompt) ? 3 : /^Cuatro/.test(prompt) ? 4 : 5);
    }
  });

  it('makes a list of tips that follow a request and a heading, each behind its colon, a figure kept with its item', async () => {
    for (const [prompt, last] of [
      ['Make a vertical 30 second video: three tips to sleep better: go to bed at the same time every night, avoid screens an hour before bed and keep the room cool, about 18 degrees.', 'Keep the room cool, about 18 degrees'],
      ['Haz un video vertical de 30 segundos: tres consejos para dormir mejor: acuéstate siempre a la misma hora, evita las pantallas una hora antes de dormir y mantén la habitación fresca, a unos 18 grados.', 'Mantén la habitación fresca, a unos 18 grados'],
    ] as const) {
      const { sb } = await storyboard(prompt, true);
      const list = sb.scenes.find((s) => s.layout === 'bullets');
      expect(list?.bullets, prompt).toHaveLength(3);
      expect(list!.bullets!.at(-1)).toBe(last);
      expect(sb.scenes.some((s) => s.layout === 'stat')).toBe(false);
      // The heading is said once, on the title card.
      expect(sb.scenes[0]!.narration).toMatch(/^(?:Three tips to sleep better|Tres consejos para dormir mejor)\.$/);
      expect(list!.narration).toMatch(/^(?:First|Primero), /);
    }
  });

  it('reads steps that start with “add” as steps, not as something that adds them', async () => {
    const { sb } = await storyboard('How to plant a tomato: dig a hole, add compost, place the seedling, water it well, and add a stake.');
    const list = sb.scenes.find((s) => s.layout === 'bullets')!;
    expect(list.bullets).toEqual(['Dig a hole', 'Add compost', 'Place the seedling', 'Water it well', 'Add a stake']);
    expect(list.headline).not.toMatch(/,$/);
  });

  it('makes a list of what one thing does, a figure included, the subject off the first item', async () => {
    const { sb } = await storyboard('Create a video for our new coffee machine: it grinds beans fresh, brews a cup in 40 seconds and cleans itself.');
    const list = sb.scenes.find((s) => s.layout === 'bullets')!;
    expect(list.bullets).toEqual(['Grinds beans fresh', 'Brews a cup in 40 seconds', 'Cleans itself']);
    expect(sb.scenes.some((s) => s.layout === 'stat')).toBe(false);
  });

  it('makes a list of what a person can do with it (“You can pay …, split … and see …”)', async () => {
    const { sb } = await storyboard('Create a video about our new banking app. You can pay with your phone, split bills with friends and see all your cards in one place.');
    expect(sb.scenes.find((s) => s.layout === 'bullets')?.bullets).toEqual(['Pay with your phone', 'Split bills with friends', 'See all your cards in one place']);
  });

  it('gives each of two figures in one sentence of a longer text its own scene', async () => {
    const { sb } = await storyboard('Create a video for our customers: Acme Bank’s new app launches on 1 April. You can pay with your phone, split bills with friends and see all your cards in one place. Over 2 million customers already use the beta, and 94 percent rate it 5 stars. Download it today.');
    expect(sb.scenes.filter((s) => s.layout === 'stat').map((s) => s.stat)).toEqual(['2M', '94%']);
    expect(sb.title).toMatch(/^Acme Bank’s New App/);
  });

  it('keeps one clause and the rest of its objects a sentence, not bullets that start with its verb', async () => {
    const { sb } = await storyboard('Make a video about our bakery. The shop sells fresh bread, sweet cakes and hot coffee.');
    expect(sb.scenes.some((s) => s.layout === 'bullets')).toBe(false);
    expect(spoken(sb)).toContain('The shop sells fresh bread, sweet cakes and hot coffee.');
  });

  it('keeps the steps of a how-to in order', async () => {
    const { sb } = await storyboard('How to brew pour-over coffee: grind the beans, heat the water to 94 degrees, pour slowly in circles, wait three minutes');
    expect(sb.duration_target_sec).toBeNull();
    expect(sb.scenes.find((s) => s.layout === 'bullets')!.bullets).toEqual(['Grind the beans', 'Heat the water to 94 degrees', 'Pour slowly in circles', 'Wait three minutes']);
  });

  it('keeps pros and cons apart', async () => {
    const { sb } = await storyboard('Renting vs buying. Pros of renting: flexibility, no repair bills. Cons of renting: no equity, rising rents. Pros of buying: equity, stable payments. Cons of buying: big deposit, repairs.');
    const lists = sb.scenes.filter((s) => s.layout === 'bullets').map((s) => [s.headline, s.bullets]);
    expect(lists).toEqual([
      ['Pros of renting', ['Flexibility', 'No repair bills']],
      ['Cons of renting', ['No equity', 'Rising rents']],
      ['Pros of buying', ['Equity', 'Stable payments']],
      ['Cons of buying', ['Big deposit', 'Repairs']],
    ]);
  });

  it('writes no filler in German either, and answers in German', async () => {
    const { sb, message } = await storyboard('Vier Fehler, die Laufanfänger machen: zu schnell laufen, Ruhetage auslassen, alte Schuhe tragen, Krafttraining vergessen');
    expect(sb.language).toBe('de');
    expect(fillerSentences(spoken(sb))).toEqual([]);
    expect(sb.scenes.find((s) => s.layout === 'bullets')!.narration).toMatch(/^Erstens: Zu schnell laufen\./);
    expect(message).toMatch(/^Ich habe „/);
  });

  it('says so when the material is shorter than the length asked, instead of padding or slowing down', async () => {
    const { sb, message } = await storyboard('The office is closed on Monday for maintenance. We reopen on Tuesday at 9 am.', true, 30);
    expect(storyboardDuration(sb)).toBeLessThan(12);
    expect(sb.pace).toBe(1);
    expect(message).toMatch(/rather than 30 s/);
  });

  it('plans a 10,000-character prompt without a single full stop', async () => {
    const words = ['bees', 'carry', 'pollen', 'between', 'flowers', 'while', 'farmers', 'count', 'their', 'hives', 'every', 'spring'];
    let prompt = '';
    for (let i = 0; prompt.length < 9_990; i++) prompt += `${words[i % words.length]} `;
    prompt = prompt.slice(0, 10_000).trim();
    const { sb } = await storyboard(prompt, true);
    expect(sb.scenes.length).toBeGreaterThan(1);
    for (const scene of sb.scenes) expect(scene.narration.length).toBeLessThan(1000);
  });

  it('takes emoji out of what is shown and said, and leaves nothing no bundled font draws', async () => {
    const { sb } = await storyboard('Big sale 🎉🔥 this week! All shoes 20% off until Sunday 👟. Visit our shop on Main Street 👍🏽.');
    const text = [sb.title, ...sb.scenes.flatMap((s) => [s.narration, s.headline ?? '', ...(s.bullets ?? [])])].join(' ');
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(storyboardGlyphCoverage(sb).missing).toEqual([]);
    expect(spoken(sb)).toBe('Big sale this week. All shoes 20% off until Sunday. Visit our shop on Main Street.');
  });
});
