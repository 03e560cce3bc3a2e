import { describe, expect, it } from 'vitest';
import { STORYBOARD_SCHEMA, validateStoryboard, type Scene, type Storyboard } from '../../src/storyboard/index.js';
import { assignVisuals, extractChart, extractPlaces, IllustrationIndex, productNames } from '../../src/visuals/index.js';

function storyboard(language: string, scenes: Array<Partial<Scene> & Pick<Scene, 'layout' | 'narration'>>): Storyboard {
  return {
    schema: STORYBOARD_SCHEMA, version: 1, title: scenes[0]!.headline ?? 'Title', language, orientation: 'landscape', duration_target_sec: null,
    voice_id: 'v', avatar_id: null, style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' },
    scenes: scenes.map((s, i) => ({ id: `s${i + 1}`, presenter: 'none', transition: 'fade', duration_sec: 4, ...s })),
  };
}

const labels = { before: 'Before', after: 'After' };

describe('illustration keywords in the narration language', () => {
  it.each([
    ['en', 'Come and get fresh bread from our bakery.', 'bread'],
    ['de', 'Kommen Sie für frisches Brot.', 'bread'],
    ['ru', 'Приходите за свежим хлебом.', 'bread'],
    ['ja', '焼きたてのパンをお楽しみください。', 'bread'],
    ['es', 'Apaga las luces y usa bombillas LED.', 'light-bulb'],
  ])('%s: "%s" finds %s among the best', (language, text, id) => {
    const found = IllustrationIndex.for(language).search(text, { limit: 5 }).map((m) => m.id);
    expect(found).toContain(id);
  });

  it('finds a canteen, a vegetarian dish and a weekday in a French staff notice', () => {
    const fr = IllustrationIndex.for('fr');
    expect(fr.search('Notre nouvelle cantine')[0]?.id).toBe('fork-and-knife-with-plate');
    expect(fr.search('Elle propose un plat végétarien')[0]?.id).toBe('green-salad');
    expect(fr.search('Elle ouvre lundi 12 janvier')[0]?.id).toBe('tear-off-calendar');
    expect(IllustrationIndex.for('ja').search('新しい社員食堂')[0]?.id).toBe('fork-and-knife-with-plate');
  });

  it('finds a gym, a date and no moon or piano in an Italian notice (“nuova”, “secondo piano”)', () => {
    const it_ = IllustrationIndex.for('it');
    expect(it_.search('La nostra nuova palestra aziendale')[0]?.id).toBe('person-lifting-weights');
    expect(it_.search('Apre il 3 marzo al secondo piano')[0]?.id).toBe('tear-off-calendar');
    expect(it_.search('Nuova sede al secondo piano', { limit: 10 }).map((m) => m.id)).not.toEqual(expect.arrayContaining(['new-moon']));
    expect(it_.search('al secondo piano', { limit: 10 }).map((m) => m.id)).not.toContain('musical-keyboard');
    for (const [language, text] of [['en', 'Our new gym'], ['de', 'Unser neues Fitnessstudio'], ['fr', 'Notre nouvelle salle de sport'], ['es', 'Nuestro nuevo gimnasio']] as const) {
      expect(IllustrationIndex.for(language).search(text)[0]?.id, text).toBe('person-lifting-weights');
    }
  });

  it('never shows a phone with “OFF” written on it for a phone', () => {
    expect(IllustrationIndex.for('en').search('You can pay with your phone', { limit: 10 }).map((m) => m.id)).not.toContain('mobile-phone-off');
  });

  it('never offers flags, keycaps or skin-tone variants', () => {
    const found = IllustrationIndex.for('en').search('one two three flag of France, a waving hand with dark skin tone', { limit: 50 }).map((m) => m.id);
    expect(found.filter((id) => /^(flag|keycap)-|-(dark|light|medium)$/.test(id))).toEqual([]);
  });
});

describe('assignVisuals', () => {
  const bees = storyboard('en', [
    { layout: 'title', headline: 'Why bees matter', narration: 'Bees pollinate a third of our crops.' },
    { layout: 'presenter', headline: 'Apples and almonds', narration: 'From apples to almonds, our food depends on bees.' },
    { layout: 'bullets', headline: 'What you can do', narration: 'Plant flowers. Avoid pesticides. Buy local honey.', bullets: ['Plant flowers', 'Avoid pesticides', 'Buy local honey'] },
    { layout: 'stat', headline: 'Colonies lost', stat: '40 %', narration: 'Beekeepers lost 40 percent of their colonies last year.' },
    { layout: 'cta', headline: 'Thanks for watching', narration: 'Thanks for watching.' },
  ]);

  it('fills a scene that names no picture with nothing another scene’s word already drew (no fire extinguisher after the fire)', () => {
    const sb = assignVisuals(storyboard('it', [
      { layout: 'title', headline: 'Come preparare una carbonara perfetta', narration: 'Come preparare una carbonara perfetta.' },
      { layout: 'bullets', headline: 'I passaggi', bullets: ['Rosola il guanciale', 'Cuoci la pasta', 'Unisci tutto fuori dal fuoco'], narration: 'Rosola il guanciale, cuoci la pasta, poi unisci tutto fuori dal fuoco.' },
      { layout: 'presenter', headline: 'Niente panna', narration: 'Niente panna!' },
    ]));
    const ids = sb.scenes.map((scene) => scene.visual?.source?.id);
    expect(ids).toContain('fire');
    expect(ids).not.toContain('fire-extinguisher');
  });

  it('shows a gift for what is free, a shop front for a shop and a savouring face for “enjoy your meal”, in several languages', () => {
    const hero = (language: string, text: string) => assignVisuals(storyboard(language, [{ layout: 'title', headline: text, narration: `${text}.` }])).scenes[0]!.visual?.source?.id;
    expect(hero('en', 'The first class is free')).toBe('wrapped-gift');
    expect(hero('fr', 'L’entrée est gratuite')).toBe('wrapped-gift');
    expect(hero('en', 'Our bakery opens a second shop')).toBe('convenience-store');
    expect(hero('es', 'Nuestra tienda abre en Valencia')).toBe('convenience-store');
    expect(hero('de', 'Ein Verdichter erhöht den Druck')).toBe('gear');
    expect(hero('ru', 'Приятного аппетита')).toBe('face-savoring-food');
    expect(hero('en', 'The app is free to download')).toBe('inbox-tray');
  });

  it('gives every scene a visual, and no illustration twice', () => {
    const result = assignVisuals(bees);
    expect(result.scenes.every((s) => s.visual)).toBe(true);
    const ids = result.scenes.flatMap((s) => (s.visual?.kind === 'illustration' ? [s.visual.source!.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.scenes[0]!.visual?.licence).toBe('MIT');
    expect(() => validateStoryboard(result)).not.toThrow();
  });

  it('chooses by meaning: bees for the title, fruit for apples, a chart for the figure', () => {
    const [title, apples, bullets, stat] = assignVisuals(bees).scenes;
    expect(title!.visual!.source!.id).toMatch(/honey|bee/);
    expect(apples!.visual!.source!.id).toMatch(/apple|almond|peanut|chestnut/);
    expect(bullets!.visual!.bullet_icons).toHaveLength(3);
    expect(stat!.visual).toMatchObject({ kind: 'chart', chart: { type: 'donut', items: [{ value: 40 }] } });
  });

  it('keeps a visual that was already chosen, and shows the user\'s own media', () => {
    const given = storyboard('en', [
      { layout: 'title', headline: 'Beach day', narration: 'A day at the beach.', visual: { kind: 'stock_image', query: 'beach', source: { provider: 'pexels', id: '42' } } },
      { layout: 'media', narration: 'Our shop.', media: { asset_id: 'ast_1', fit: 'cover', motion: 'none' } },
    ]);
    const [first, second] = assignVisuals(given).scenes;
    expect(first!.visual).toEqual(given.scenes[0]!.visual);
    expect(second!.visual).toEqual({ kind: 'user_media', source: { provider: 'asset', id: 'ast_1' } });
  });
});

describe('charts from figures', () => {
  it('a change from one figure to another becomes two bars', () => {
    expect(extractChart('Churn fell from 6 to 4 percent.', labels)).toEqual({ type: 'bar', prefix: '', suffix: '%', items: [{ label: 'Before', value: 6 }, { label: 'After', value: 4 }] });
  });
  it('figures dated by years become bars in year order', () => {
    expect(extractChart('Revenue: $4.2M in 2024, up from $3.1M in 2023.', labels)?.items).toEqual([{ label: '2023', value: 3.1 }, { label: '2024', value: 4.2 }]);
  });
  it('a sum of money counts up, with its currency and scale', () => {
    expect(extractChart('Revenue grew 18 percent to 4.2 million dollars.', labels)).toMatchObject({ type: 'counter', prefix: '$', suffix: ' million', items: [{ value: 4.2 }] });
  });
  it('a percentage in another language becomes a donut', () => {
    expect(extractChart('Die Kosten stiegen um 12 Prozent.', labels)).toMatchObject({ type: 'donut', items: [{ value: 12 }] });
    // Dates and clock times are not figures to count up.
    expect(extractChart('Elle ouvre lundi 12 janvier au rez-de-chaussée.', labels)).toBeNull();
    expect(extractChart('Doors open on March 14 at 10 am.', labels)).toBeNull();
    expect(extractChart('1月12日の月曜日に1階でオープンします。', labels)).toBeNull();
    expect(extractChart('Wir öffnen am 3. Mai um 9 Uhr mit 250 Gästen.', labels)).toMatchObject({ type: 'counter', items: [{ value: 250 }] });
    // Nor the minutes of a time: "11:30" counted up to "30" headed "bis".
    expect(extractChart('Ab Montag ist die Kantine von 11:30 bis 14:00 Uhr geöffnet.', labels)).toBeNull();
    expect(extractChart('Le magasin ouvre de 9h30 à 18h45.', labels)).toBeNull();
    expect(extractChart('Revenue grew 4.25 percent.', labels)).toMatchObject({ type: 'donut', items: [{ value: 4.25 }] });
  });
  it('years alone and plain words are no chart', () => {
    expect(extractChart('Founded in 1998, we moved in 2004.', labels)).toBeNull();
    expect(extractChart('Bees pollinate a third of our crops.', labels)).toBeNull();
  });
  it('a list of places becomes markers', () => {
    expect(extractPlaces('We now have offices in Lisbon, Austin and Seoul.')?.items.map((i) => i.label)).toEqual(['Lisbon', 'Austin', 'Seoul']);
  });
});

describe('stored storyboards of schema 1', () => {
  it('still load, as schema 2', () => {
    const old = { ...storyboard('en', [{ layout: 'title', narration: 'Hello.' }]), schema: 1 };
    expect(validateStoryboard(old).schema).toBe(STORYBOARD_SCHEMA);
  });
});

describe('pictures for lists', () => {
  it('keeps a list of steps a list when one step has a figure, with an icon per step', () => {
    const sb = assignVisuals(storyboard('en', [
      { layout: 'title', headline: 'Pour-over coffee', narration: 'How to brew pour-over coffee.' },
      { layout: 'bullets', headline: 'Four steps', narration: 'Grind the beans. Heat the water to 94 degrees. Pour slowly. Wait three minutes.', bullets: ['Grind the beans', 'Heat the water to 94 degrees', 'Pour slowly', 'Wait three minutes'] },
    ]));
    expect(sb.scenes[1]!.visual?.kind).toBe('illustration');
    expect(sb.scenes[1]!.visual?.bullet_icons).toHaveLength(4);
  });

  it('gives a point the icon of what it is about (its first nouns, by name or Lucide tag), never one a function word names', () => {
    const sb = assignVisuals(storyboard('en', [
      { layout: 'title', headline: 'Save water', narration: 'Five tips to save water at home.' },
      { layout: 'bullets', headline: 'Five tips', narration: 'Turn off the tap. Water plants at night. Run the washing machine full.', bullets: ['Turn off the tap while brushing your teeth', 'Water plants at night', 'Run the washing machine full'] },
    ]));
    expect(sb.scenes[1]!.visual?.bullet_icons).toEqual(['faucet', 'plant-pot', 'washing-machine']);
  });

  it('shows the list as a whole, not its first item: a Spanish list of water tips gets no tooth and no medals', () => {
    const sb = assignVisuals(storyboard('es', [
      { layout: 'title', headline: 'Cinco consejos para ahorrar agua en casa', narration: 'Cinco consejos para ahorrar agua en casa.' },
      {
        layout: 'bullets', headline: 'Cinco consejos para ahorrar agua en casa',
        narration: 'Primero, cierra el grifo mientras te cepillas los dientes. Segundo, dúchate en cinco minutos. Tercero, arregla las fugas.',
        bullets: ['Cierra el grifo mientras te cepillas los dientes', 'Dúchate en cinco minutos', 'Arregla las fugas'],
      },
    ]));
    expect(sb.scenes[1]!.visual?.source?.id).not.toBe('tooth');
    expect(IllustrationIndex.for('es').search('Primero, segundo y tercero', { limit: 5 }).map((m) => m.id)).toEqual([]);
  });

  /** The icons of a list scene of `points` in `language`. */
  const iconsOf = (language: string, headline: string, points: string[]) =>
    assignVisuals(storyboard(language, [
      { layout: 'title', headline, narration: `${headline}.` },
      { layout: 'bullets', headline, narration: points.map((p) => `${p}.`).join(' '), bullets: points },
    ])).scenes[1]!.visual?.bullet_icons;

  it('reads Lucide’s own tags for English points, and never a tag that says how (“fixed”, “lower”)', () => {
    const icons = iconsOf('en', 'Save energy at home', ['Lower the heating', 'Turn off the lights', 'Keep a fixed bedtime']);
    expect(icons!.slice(0, 2)).toEqual(['heater', 'lightbulb-off']);
    expect(icons![2]).not.toBe('bug-off');
    expect(iconsOf('en', 'Mistakes new runners make', ['Running too fast', 'Not drinking water'])).toEqual(['sport-shoe', 'droplet']);
  });

  it('gives a list whose headline’s picture the title took a list’s own picture, not one of its items', () => {
    const sb = assignVisuals(storyboard('it', [
      { layout: 'title', headline: 'Cinque consigli per studiare meglio', narration: 'Cinque consigli per studiare meglio.' },
      { layout: 'bullets', headline: 'Cinque consigli per studiare meglio', narration: 'Primo, dormire otto ore. Secondo, bere acqua.', bullets: ['Dormire otto ore', 'Bere acqua'] },
    ]));
    expect(sb.scenes[0]!.visual?.source?.id).toBe('books');
    expect(sb.scenes[1]!.visual?.source?.id).toBe('clipboard');
  });

  it('shows water as a drop (not water polo or a buffalo), and “save” names no bookmark', () => {
    const sb = assignVisuals(storyboard('en', [
      { layout: 'title', headline: 'Five tips to save water at home', narration: 'Five tips to save water at home.' },
      { layout: 'bullets', headline: 'Five tips to save water at home', narration: 'Fix leaks. Water plants at night.', bullets: ['Fix leaks', 'Water plants at night'] },
    ]));
    expect(sb.scenes.map((s) => s.visual?.source?.id)).toEqual(['droplet', 'house']);
    for (const [language, text] of [['de', 'Wasser sparen im Bad'], ['fr', 'Économiser l’eau'], ['es', 'Ahorrar agua en casa']] as const) {
      expect(IllustrationIndex.for(language).search(text, { limit: 1 })[0]?.id).toBe('droplet');
    }
    expect(IllustrationIndex.for('en').search('Save it for later', { limit: 5 }).map((m) => m.id)).not.toContain('bookmark');
  });

  it('names no icon from emojilib’s loose synonyms (“hour” is no shop, “regular” no train), and knows everyday words of tips', () => {
    expect(iconsOf('en', 'Why sleep matters', ['Adults need 7 to 9 hours', 'A regular bedtime helps'])).toEqual(['clock', 'bed']);
  });

  it('takes a point’s picture from what it is about, not its verb or its adverb, in Spanish, French, Italian and German', () => {
    // "rápido" after "demasiado" says how: no high-speed train; the verb speaks only when nothing else can.
    expect(iconsOf('es', 'Errores al correr', ['Correr demasiado rápido', 'No beber agua'])).toEqual(['sport-shoe', 'droplet']);
    // "baisser" is no falling chart, "éteindre" no fire extinguisher.
    const french = iconsOf('fr', 'Économiser l’énergie', ['Baisser le chauffage', 'Éteindre les lumières']);
    expect(french).not.toContain('chart-area');
    expect(french).not.toContain('fire-extinguisher');
    expect(iconsOf('it', 'Studiare meglio', ['Spegnere il telefono', 'Bere acqua'])).toEqual(['phone', 'droplet']);
    // "Feste" (fixed) is no festival tree: German nouns are the capitalised words after the first.
    expect(iconsOf('de', 'Besser schlafen', ['Feste Schlafenszeit'])).not.toContain('tree-deciduous');
  });
});

describe('what the library reads in a text', () => {
  it('ends a place name at the end of its sentence', () => {
    expect(extractPlaces('We opened offices in Lisbon, Austin and Seoul. Thank you to the whole team.')?.items.map((i) => i.label)).toEqual(['Lisbon', 'Austin', 'Seoul']);
    expect(extractPlaces('Stores in New York, St. Louis and San Diego.')?.items.map((i) => i.label)).toEqual(['New York', 'St. Louis', 'San Diego']);
  });

  it('reads past a product’s name: “Acme Notes 3.0” picks no musical notes, in English, French and German', () => {
    for (const [language, narration] of [
      ['en', 'Acme Notes 3.0 now has dark mode, offline sync and a new editor.'],
      ['fr', 'Acme Notes 3.0 a maintenant un mode sombre, la synchronisation hors ligne et un nouvel éditeur.'],
      ['de', 'Acme Notes 3.0 hat jetzt einen dunklen Modus, Offline-Synchronisierung und einen neuen Editor.'],
    ] as const) {
      const sb = assignVisuals(storyboard(language, [
        { layout: 'title', headline: 'Acme Notes 3.0', narration: 'Acme Notes 3.0.' },
        { layout: 'presenter', headline: 'Acme Notes 3.0', narration },
      ]));
      const pictures = sb.scenes.map((scene) => scene.visual?.source?.id);
      expect(pictures.filter((id) => /music/.test(id ?? '')), language).toEqual([]);
    }
    expect(productNames(['Acme Notes 3.0 now has dark mode.', 'Bees pollinate a third of our crops.'], 'en', IllustrationIndex.for('en'))).toEqual(['Acme Notes 3.0']);
    // German capitalises every noun: only a run with a version number is surely a name.
    expect(productNames(['Die Heizung runterdrehen.', 'Acme Notes 3.0 ist da.'], 'de', IllustrationIndex.for('de'))).toEqual(['Acme Notes 3.0']);
  });

  it('reads a French or Italian word behind its elided article (“l’énergie”, “dell’acqua”)', () => {
    expect(IllustrationIndex.for('fr').search('Économiser l’énergie', { limit: 1 }).map((m) => m.id)).toEqual(['high-voltage']);
    expect(IllustrationIndex.for('it').search('Il risparmio dell’energia', { limit: 1 }).map((m) => m.id)).toEqual(['high-voltage']);
  });

  it('lets only a German noun (or a topic word) name a picture: “feste Arbeitszeiten” is no festival, “zuklappen” no clapperboard', () => {
    const de = IllustrationIndex.for('de');
    const ids = (text: string) => de.search(text, { limit: 10 }).map((m) => m.id);
    expect(ids('Vier Tipps: feste Arbeitszeiten und abends den Laptop zuklappen.')).not.toEqual(expect.arrayContaining(['tanabata-tree']));
    expect(ids('abends den Laptop zuklappen')).not.toContain('clapper-board');
    expect(ids('abends den Laptop zuklappen')).toContain('laptop');
    expect(ids('Es gibt drei Menüs, davon ein vegetarisches.')[0]).toBe('green-salad');
  });

  it('finds the head of a German compound (“Sauerteigbrot” is bread)', () => {
    expect(IllustrationIndex.for('de').search('Anfangs haben wir nur Sauerteigbrot gebacken.', { limit: 1 }).map((m) => m.id)).toEqual(['bread']);
  });

  it('never shows an arrow with an English word on it, nor the moon for a business quarter', () => {
    const found = IllustrationIndex.for('en').search('Coming soon: our quarter in numbers, back on top', { limit: 20 }).map((m) => m.id);
    expect(found.filter((id) => /-arrow$|moon/.test(id))).toEqual([]);
  });
});

describe('words of business and notice videos', () => {
  it.each([
    ['en', 'The office is closed on Monday for maintenance.', ['tear-off-calendar', 'wrench', 'office-building']],
    ['de', 'Das Büro ist am Montag wegen Wartungsarbeiten geschlossen.', ['tear-off-calendar', 'wrench', 'office-building']],
    ['fr', 'Notre application a maintenant un mode sombre.', ['crescent-moon', 'mobile-phone']],
    ['es', 'Los ingresos crecieron gracias al equipo.', ['money-bag', 'busts-in-silhouette']],
  ])('%s: “%s” shows %j first', (language, text, ids) => {
    expect(IllustrationIndex.for(language).search(text, { limit: ids.length }).map((m) => m.id).sort()).toEqual([...ids].sort());
  });
});

describe('a health explainer in Japanese and German', () => {
  it.each([
    ['ja', 'ワクチンは病原体の無害な一部を免疫に見せます。'],
    ['de', 'Eine Impfung zeigt dem Immunsystem einen harmlosen Teil eines Erregers.'],
  ])('%s: the vaccine, the germ and the immune system have pictures', (language, text) => {
    expect(IllustrationIndex.for(language).search(text, { limit: 3 }).map((m) => m.id).sort()).toEqual(['microbe', 'shield', 'syringe']);
  });
});

describe('pictures of how-tos, recipes, onboarding and apps', () => {
  it.each([
    ['en', 'Total brew time is about 3 minutes.', 'stopwatch'],
    ['it', 'Mescola le uova fuori dal fuoco.', 'egg'],
    ['fr', 'Votre mentor s’appelle Claire et elle répondra à toutes vos questions.', 'teacher'],
    ['ja', '新しい家計簿アプリ', 'ledger'],
    ['ja', 'アプリは無料でダウンロードできます。', 'inbox-tray'],
    ['es', 'Alquilar o comprar vivienda', 'house'],
    ['de', 'Wie eine Wärmepumpe funktioniert', 'thermometer'],
    ['fr', 'Le port du casque est obligatoire sur le chantier.', 'rescue-workers-helmet'],
    ['fr', 'Les visiteurs doivent se présenter à l’accueil.', 'bellhop-bell'],
    ['fr', 'En cas d’urgence, appelez le 112.', 'police-car-light'],
    ['en', 'Pesticides, habitat loss and climate change are the main causes.', 'thermometer'],
    ['de', '3 Gründe für Homeoffice', 'laptop'],
    ['nl', 'Vanaf 1 maart kunnen medewerkers gratis hun fiets stallen.', 'bicycle'],
    ['ru', 'Наша новая столовая открывается в понедельник.', 'fork-and-knife-with-plate'],
    ['ru', 'Каждый день есть вегетарианское меню.', 'green-salad'],
  ])('%s: “%s” shows %s first', (language, text, id) => {
    expect(IllustrationIndex.for(language).search(text, { limit: 1 }).map((m) => m.id)).toEqual([id]);
  });

  it('reads “seconds” and “s’appelle” as the common words they are: no medal, no phone call', () => {
    expect(IllustrationIndex.for('en').search('Bloom for 30 seconds, then a second pour.', { limit: 5 }).map((m) => m.id)).not.toContain('2nd-place-medal');
    expect(IllustrationIndex.for('fr').search('Votre mentor s’appelle Claire.', { limit: 5 }).map((m) => m.id)).not.toContain('call-me-hand');
  });

  it('finds a katakana word only whole: “シート” (a seat) is not inside “レシート” (a receipt)', () => {
    const found = IllustrationIndex.for('ja').search('レシートを撮影するだけで支出を自動で記録し', { limit: 10 }).map((m) => m.id);
    expect(found).not.toContain('chair');
    expect(found).toContain('receipt');
  });

  it('never shows an arithmetic sign (“menos deuda”), nor a Japanese stew inside “Boden”, nor the middle in “Kältemittel”', () => {
    expect(IllustrationIndex.for('es').search('Sin gastos de mantenimiento y menos deuda.', { limit: 10 }).map((m) => m.id)).not.toContain('minus');
    expect(IllustrationIndex.for('de').search('Wärme aus dem Boden. Ein Kältemittel verdampft.', { limit: 10 }).map((m) => m.id).filter((id) => id === 'oden' || id === 'anatomical-heart')).toEqual([]);
  });

  it('finds no gold medal in “第一周” (the first week)', () => {
    expect(IllustrationIndex.for('zh').search('开业第一周所有饮品八折。', { limit: 10 }).map((m) => m.id)).not.toContain('1st-place-medal');
  });

  it('never shows a brown heart for coffee, nor sake for a cup', () => {
    const found = IllustrationIndex.for('en').search('A good cup of coffee', { limit: 10 }).map((m) => m.id);
    expect(found).toContain('hot-beverage');
    expect(found).not.toContain('brown-heart');
    expect(found).not.toContain('sake');
  });

  it('counts people, not “M” or “million”, whether the figure is written “2M” or “2 million”', () => {
    expect(extractChart('2M. Over 2 million people tested the beta.', labels)?.items).toEqual([{ label: 'people', value: 2 }]);
  });

  it('draws no chart of amounts of different things under one unit, and still charts a change', () => {
    const sb = assignVisuals(storyboard('it', [
      { layout: 'bullets', narration: 'Servono 320 grammi di spaghetti, 150 grammi di guanciale e 50 grammi di pecorino.', headline: 'Cosa serve', bullets: ['320 grammi di spaghetti', '150 grammi di guanciale', '50 grammi di pecorino'] },
      { layout: 'stat', narration: 'Il tasso di abbandono è sceso dal 6 al 4 percento.', headline: 'Il tasso di abbandono', stat: '4%' },
    ]));
    expect(sb.scenes[0]!.visual?.kind).toBe('illustration');
    expect(sb.scenes[1]!.visual?.kind).toBe('chart');
  });
});
