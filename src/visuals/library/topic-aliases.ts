/**
 * Words of everyday business and notice videos that CLDR and emojilib point at the wrong picture ("office" is
 * a file folder there, "Monday" nothing, "app" nothing, "notes" music): each names its picture here, in the
 * languages we narrate most (and Japanese where CLDR lacks the word), with the weight of a picture's own name. A data table; words are matched in their
 * normalized form (lower case), with the same inflection rules as every keyword.
 */
export const TOPIC_ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'office-building': { en: ['office', 'offices', 'headquarters'], de: ['büro', 'büros', 'zentrale'], fr: ['bureau', 'bureaux', 'siège'], es: ['oficina', 'oficinas', 'sede'], it: ['ufficio', 'uffici', 'sede'], pt: ['escritório', 'escritórios', 'sede'] },
  'mobile-phone': { en: ['app', 'apps', 'application'], de: ['app', 'apps', 'anwendung'], fr: ['application', 'appli', 'app'], es: ['aplicación', 'app'], it: ['applicazione', 'app'], pt: ['aplicativo', 'aplicação', 'app'], ja: ['アプリ'] },
  'money-bag': { en: ['revenue', 'sales', 'profit', 'income'], de: ['umsatz', 'gewinn', 'einnahmen'], fr: ['revenus', 'bénéfice', 'ventes'], es: ['ingresos', 'ventas', 'beneficio'], it: ['ricavi', 'vendite', 'utile'], pt: ['receita', 'vendas', 'lucro'] },
  'chart-increasing': { en: ['growth', 'grew'], de: ['wachstum', 'gewachsen'], fr: ['croissance'], es: ['crecimiento', 'creció'], it: ['crescita'], pt: ['crescimento', 'cresceu'] },
  handshake: { en: ['partnership', 'partner', 'partners', 'deal'], de: ['partnerschaft', 'partner'], fr: ['partenariat', 'partenaire'], es: ['alianza', 'socio'], it: ['partnership', 'partner'], pt: ['parceria', 'parceiro'] },
  'busts-in-silhouette': { en: ['team', 'staff', 'employees', 'colleagues'], de: ['team', 'mitarbeiter', 'kollegen'], fr: ['équipe', 'collègues', 'salariés'], es: ['equipo', 'empleados', 'compañeros'], it: ['squadra', 'team', 'colleghi', 'dipendenti'], pt: ['equipe', 'equipa', 'colegas', 'funcionários'] },
  // A weekday or a date ("lundi", "il 3 marzo", "am 12. Januar") is a day on the calendar.
  'tear-off-calendar': {
    en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'week-end', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  },
  // "Our year" is a calendar, not CLDR's New Year pine decoration.
  'spiral-calendar': { en: ['year', 'annual', 'yearly'], de: ['jahr', 'jährlich', 'jahresrückblick'], fr: ['année', 'annuel', 'annuelle'], es: ['año', 'anual'], it: ['anno', 'annuale'], pt: ['ano', 'anual'] },
  wrench: { en: ['maintenance', 'repair', 'repairs'], de: ['wartung', 'wartungsarbeiten', 'reparatur'], fr: ['maintenance', 'travaux', 'réparation'], es: ['mantenimiento', 'reparación'], it: ['manutenzione', 'riparazione'], pt: ['manutenção', 'reparação', 'reparo'] },
  'crescent-moon': { en: ['dark mode'], de: ['dunkler modus', 'dunklen modus', 'dunkelmodus'], fr: ['mode sombre'], es: ['modo oscuro'], it: ['modalità scura'], pt: ['modo escuro'] },
  cloud: { en: ['sync', 'syncing', 'synchronization'], de: ['synchronisierung', 'synchronisation'], fr: ['synchronisation'], es: ['sincronización'], it: ['sincronizzazione'], pt: ['sincronização'] },
  'inbox-tray': { en: ['download', 'free to download', 'free download'], de: ['herunterladen', 'download'], fr: ['télécharger', 'téléchargez-la', 'téléchargez-le', 'téléchargez'], es: ['descargar', 'descárgala', 'descárgalo', 'descarga'], it: ['scarica', 'scaricare', 'scaricala'], pt: ['baixe', 'baixar', 'descarregue'], ja: ['ダウンロード'] },
  // A shop is a shop front (CLDR's "shop" is also a barber pole; Spanish "tienda" also a tent).
  'convenience-store': { en: ['shop', 'shops', 'store', 'stores', 'storefront', 'boutique'], de: ['laden', 'geschäft', 'filiale', 'ladengeschäft'], fr: ['boutique', 'magasin', 'magasins'], es: ['tienda', 'tiendas', 'local', 'sucursal'], it: ['negozio', 'negozi', 'punto vendita'], pt: ['loja', 'lojas'] },
  bread: { en: ['bakery', 'bakeries', 'baker'], de: ['bäckerei', 'bäcker'], fr: ['boulangerie', 'boulanger'], es: ['panadería', 'panadero'], it: ['panetteria', 'panificio', 'forno'], pt: ['padaria', 'padeiro'] },
  'person-biking': { en: ['spin class', 'spin classes', 'spinning', 'indoor cycling'], de: ['spinning', 'indoor-cycling'], fr: ['spinning', 'vélo en salle'], es: ['spinning', 'ciclo indoor'], it: ['spinning'], pt: ['spinning'] },
  // Machine parts no emoji draws: a gear says "the mechanism".
  gear: { en: ['compressor', 'compressors', 'engine', 'motor', 'mechanism'], de: ['verdichter', 'kompressor', 'motor', 'mechanismus'], fr: ['compresseur', 'moteur', 'mécanisme'], es: ['compresor', 'motor', 'mecanismo'], it: ['compressore', 'motore', 'meccanismo'], pt: ['compressor', 'motor', 'mecanismo'] },
  // Something free is a gift (CLDR has no picture for the word; English "free" is too loose a word to say it).
  'wrapped-gift': { en: ['free of charge', 'for free', 'is free', 'are free', 'free entry', 'free admission', 'free trial', 'complimentary', 'giveaway'], de: ['kostenlos', 'kostenlose', 'gratis', 'umsonst'], fr: ['gratuit', 'gratuite', 'gratuits', 'offert', 'offerte'], es: ['gratis', 'gratuito', 'gratuita'], it: ['gratis', 'gratuito', 'gratuita', 'omaggio'], pt: ['grátis', 'gratuito', 'gratuita'] },
  'face-savoring-food': { en: ['enjoy your meal', 'bon appetit', 'bon appétit'], de: ['guten appetit'], fr: ['bon appétit'], es: ['buen provecho', 'que aproveche'], it: ['buon appetito'], pt: ['bom apetite', 'bom proveito'], ru: ['приятного аппетита'], ja: ['いただきます'] },
  'hot-beverage': { en: ['coffee machine', 'coffee maker', 'espresso machine'], de: ['kaffeemaschine', 'kaffeevollautomat'], fr: ['machine à café', 'cafetière'], es: ['cafetera', 'máquina de café'], it: ['macchina del caffè', 'macchina da caffè'], pt: ['máquina de café', 'cafeteira'] },
  'teacup-without-handle': { en: ['green tea', 'tea'], de: ['grüner tee', 'grünen tee', 'tee'], fr: ['thé vert', 'thé'], es: ['té verde', 'té'], it: ['tè verde', 'tè'], pt: ['chá verde', 'chá'] },
  books: { en: ['study', 'studying', 'learning', 'exam', 'exams'], de: ['lernen', 'studieren', 'prüfung', 'prüfungen'], fr: ['étudier', 'réviser', 'apprendre', 'examen', 'examens'], es: ['estudiar', 'aprender', 'examen', 'exámenes'], it: ['studiare', 'imparare', 'esame', 'esami'], pt: ['estudar', 'aprender', 'prova', 'provas'] },
  // Household energy tips: CLDR has "energy" for nothing but the battery, "heating" for nothing at all.
  'high-voltage': { en: ['energy', 'electricity', 'power bill'], de: ['energie', 'energiesparen', 'strom', 'stromsparen', 'stromverbrauch'], fr: ['énergie', 'électricité'], es: ['energía', 'electricidad'], it: ['energia', 'elettricità'], pt: ['energia', 'eletricidade'] },
  thermometer: {
    en: ['heating', 'heater', 'thermostat', 'heat pump', 'heat', 'climate change', 'global warming'], de: ['heizung', 'heizen', 'thermostat', 'wärmepumpe', 'wärme', 'klimawandel'], fr: ['chauffage', 'thermostat', 'pompe à chaleur', 'chaleur', 'changement climatique'],
    es: ['calefacción', 'termostato', 'bomba de calor', 'calor', 'cambio climático'], it: ['riscaldamento', 'termostato', 'pompa di calore', 'calore', 'cambiamento climatico'],
    pt: ['aquecimento', 'termostato', 'bomba de calor', 'calor', 'mudança climática', 'alterações climáticas'],
  },
  'light-bulb': { en: ['lights', 'lighting'], de: ['licht', 'lichter', 'beleuchtung'], fr: ['lumières', 'lumière', 'éclairage'], es: ['luces', 'luz', 'iluminación'], it: ['luci', 'luce', 'illuminazione'], pt: ['luzes', 'luz', 'iluminação'] },
  // "Water" is water polo, a buffalo or a toilet there as much as a drop; "save water" videos want the drop.
  droplet: { en: ['water', 'save water', 'water saving'], de: ['wasser', 'wasser sparen', 'wassersparen'], fr: ['eau'], es: ['agua', 'ahorrar agua'], it: ['acqua', 'risparmiare acqua'], pt: ['água', 'poupar água', 'economizar água'], ja: ['水', '節水'] },
  'person-lifting-weights': { en: ['gym', 'fitness', 'workout', 'workouts'], de: ['fitnessstudio', 'fitness', 'fitnessraum', 'training'], fr: ['salle de sport', 'fitness', 'musculation'], es: ['gimnasio', 'fitness'], it: ['palestra', 'fitness'], pt: ['academia', 'ginásio', 'fitness'] },
  snowflake: { en: ['cold water', 'wash cold'], de: ['kalt waschen', 'kaltes wasser'], fr: ['à froid', 'eau froide'], es: ['en frío', 'agua fría'], it: ['a freddo', 'acqua fredda'], pt: ['a frio', 'água fria'] },
  // Workplace notices: a canteen is a plate, a vegetarian dish a salad (CLDR has neither word; "menu" is left out, as software has menus too).
  'fork-and-knife-with-plate': { ru: ['столовая', 'столовой', 'обед', 'обеда', 'ресторан'], en: ['canteen', 'cafeteria', 'lunch', 'restaurant'], de: ['kantine', 'mensa', 'mittagessen', 'restaurant'], fr: ['cantine', 'restaurant', 'déjeuner'], es: ['cafetería', 'comedor', 'almuerzo', 'restaurante'], it: ['mensa', 'pranzo', 'ristorante'], pt: ['cafetaria', 'cafeteria', 'cantina', 'refeitório', 'almoço', 'restaurante'], ja: ['食堂', '社員食堂', '学食', 'レストラン', 'ランチ', '昼食'] },
  'green-salad': { ru: ['вегетарианское', 'вегетарианский', 'вегетарианская', 'веганский', 'салат'], en: ['vegetarian', 'vegan', 'salad'], de: ['vegetarisch', 'vegetarische', 'vegetarischen', 'vegan', 'salat'], fr: ['végétarien', 'végétarienne', 'végétariens', 'végétalien', 'vegan', 'salade'], es: ['vegetariano', 'vegetariana', 'vegano', 'ensalada'], it: ['vegetariano', 'vegetariana', 'vegano', 'insalata'], pt: ['vegetariano', 'vegetariana', 'vegano', 'salada'], ja: ['ベジタリアン', 'ヴィーガン', 'サラダ', '菜食'] },
  // Money apps: an expense is money leaving, a household ledger a ledger, taking a photo a camera.
  'money-with-wings': { en: ['expenses', 'spending'], de: ['ausgaben'], fr: ['dépenses'], es: ['gastos'], it: ['spese'], pt: ['despesas', 'gastos'], ja: ['支出', '出費'] },
  ledger: { en: ['budget app', 'budgeting'], de: ['haushaltsbuch'], fr: ['budget'], es: ['presupuesto'], it: ['bilancio familiare'], pt: ['orçamento'], ja: ['家計簿'] },
  'camera-with-flash': { en: ['take a photo', 'snap a photo'], de: ['fotografieren'], fr: ['photographier'], es: ['fotografiar'], it: ['fotografare'], pt: ['fotografar'], ja: ['撮影'] },
  // Notices at work: reception is the desk bell, a construction site a crane, a safety helmet a helmet (not
  // headphones: French "casque" is both), working from home a laptop, climate change the temperature.
  'police-car-light': { en: ['emergency', 'emergencies'], de: ['notfall', 'notfälle', 'notruf'], fr: ['urgence', 'urgences'], es: ['emergencia', 'emergencias', 'urgencia'], it: ['emergenza', 'emergenze'], pt: ['emergência', 'emergências', 'urgência'] },
  'bellhop-bell': { en: ['reception', 'front desk'], de: ['empfang', 'rezeption'], fr: ['accueil', 'réception'], es: ['recepción'], it: ['reception', 'accoglienza'], pt: ['receção', 'recepção'] },
  'building-construction': { en: ['construction site', 'building site'], de: ['baustelle'], fr: ['chantier'], es: ['obra', 'obras'], it: ['cantiere'], pt: ['obra', 'obras', 'estaleiro'] },
  'rescue-workers-helmet': { en: ['hard hat', 'safety helmet'], de: ['schutzhelm', 'helmpflicht'], fr: ['port du casque', 'casque de chantier', 'casque de sécurité'], es: ['casco de seguridad', 'uso del casco'], it: ['casco di sicurezza', 'uso del casco'], pt: ['capacete de segurança', 'uso do capacete'] },
  laptop: { en: ['remote work', 'working from home', 'home office'], de: ['homeoffice', 'home-office', 'heimarbeit', 'mobiles arbeiten'], fr: ['télétravail'], es: ['teletrabajo'], it: ['smart working', 'lavoro da remoto'], pt: ['teletrabalho', 'trabalho remoto', 'home office'] },
  // Renting or buying a home is about the home, not a shopping cart.
  house: {
    en: ['housing', 'home ownership', 'renting', 'mortgage', 'rent or buy'], de: ['wohnung', 'wohneigentum', 'miete', 'mieten', 'hypothek'], fr: ['logement', 'louer', 'loyer', 'appartement', 'prêt immobilier'],
    es: ['vivienda', 'alquilar', 'alquiler', 'hipoteca', 'piso'], it: ['abitazione', 'affitto', 'affittare', 'mutuo'], pt: ['habitação', 'moradia', 'arrendar', 'alugar', 'aluguel', 'hipoteca'],
  },
  // How-tos and recipes: a time to wait is a stopwatch (CLDR has no "minutes"); eggs are eggs in the plural too.
  stopwatch: { en: ['minutes', 'brew time', 'cooking time', 'timer'], de: ['minuten', 'garzeit', 'kochzeit'], fr: ['minutes', 'temps de cuisson'], es: ['minutos', 'tiempo de cocción'], it: ['minuti', 'tempo di cottura'], pt: ['minutos', 'tempo de cozedura', 'tempo de cozimento'] },
  egg: { en: ['eggs', 'egg yolks', 'yolks'], de: ['eier', 'eigelb'], fr: ['œufs', 'oeufs', 'jaunes d’œufs'], es: ['huevos', 'yemas'], it: ['uova', 'tuorli', 'tuorlo'], pt: ['ovos', 'gemas'] },
  // Onboarding: a mentor or a coach is a teacher, not CLDR's call ("s’appelle") or nothing.
  teacher: { en: ['mentor', 'coach', 'tutor', 'trainer'], de: ['mentor', 'mentorin', 'coach', 'betreuer', 'betreuerin'], fr: ['mentor', 'mentore', 'tuteur', 'tutrice', 'coach'], es: ['mentor', 'mentora', 'tutor', 'tutora', 'coach'], it: ['mentore', 'tutor', 'coach'], pt: ['mentor', 'mentora', 'tutor', 'tutora', 'coach'] },
  // Health explainers: CLDR has no "vaccine" outside English, no "pathogen", no "antibody".
  syringe: { de: ['impfung', 'impfungen', 'impfstoff'], fr: ['vaccin', 'vaccins', 'vaccination'], es: ['vacuna', 'vacunas', 'vacunación'], it: ['vaccino', 'vaccini'], pt: ['vacina', 'vacinas'], ja: ['ワクチン', '予防接種'] },
  microbe: { en: ['germ', 'germs', 'pathogen', 'pathogens', 'bacteria'], de: ['erreger', 'keim', 'keime', 'bakterien'], fr: ['microbe', 'microbes', 'bactérie', 'bactéries'], es: ['germen', 'gérmenes', 'patógeno', 'bacteria', 'bacterias'], it: ['germe', 'germi', 'batteri'], pt: ['germe', 'germes', 'bactéria', 'bactérias'], ja: ['病原体', '細菌'] },
  shield: { en: ['immune system', 'antibodies', 'immunity'], de: ['immunsystem', 'antikörper'], fr: ['système immunitaire', 'anticorps'], es: ['sistema inmunitario', 'anticuerpos'], it: ['sistema immunitario', 'anticorpi'], pt: ['sistema imunológico', 'anticorpos'], ja: ['免疫', '抗体'] },
};

/** The alias words of one language (its base code: "pt" for "pt-BR"), with the picture each names. */
export function topicAliases(locale: string): [word: string, id: string][] {
  const base = locale.split('-')[0]!;
  return Object.entries(TOPIC_ALIASES).flatMap(([id, words]) => (words[base] ?? []).map((word): [string, string] => [word, id]));
}
