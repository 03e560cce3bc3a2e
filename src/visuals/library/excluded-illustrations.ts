/**
 * Pictures never chosen by keyword: ones that read as letters, numbers or UI (a video says those in words),
 * flags (politics by accident), skin-tone variants (the set's default is used), and ones a brand would not
 * want to show by accident.
 */
const excludedPatterns: readonly RegExp[] = [
  /^keycap-/,
  /^flag-/,
  /-(light|medium-light|medium|medium-dark|dark)$/,
  /-button(-|$)/,
  /^(input|regional-indicator)-/,
  /-o-?clock$/,
  /^(japanese|chinese)-/,
  /^(a|b|o|ab)-button/,
  // Arrows with an English word on them ("SOON", "BACK") read as text in every language.
  /^(soon|back|end|on|top)-arrow$/,
];

const excludedIds: ReadonlySet<string> = new Set([
  'middle-finger', 'pile-of-poo', 'eggplant', 'peach', 'skull', 'skull-and-crossbones', 'coffin', 'funeral-urn',
  'pistol', 'water-pistol', 'bomb', 'kitchen-knife', 'dagger', 'crossed-swords', 'drop-of-blood',
  'cigarette', 'beer-mug', 'clinking-beer-mugs', 'wine-glass', 'cocktail-glass', 'tumbler-glass', 'sake', 'bottle-with-popping-cork', 'clinking-glasses', 'tropical-drink',
  'face-vomiting', 'nauseated-face', 'face-with-symbols-on-mouth', 'zombie', 'ogre', 'goblin', 'alien-monster',
  'nazar-amulet', 'hamsa', 'latin-cross', 'orthodox-cross', 'star-and-crescent', 'star-of-david', 'om', 'wheel-of-dharma',
  'yin-yang', 'peace-symbol', 'menorah', 'dotted-six-pointed-star', 'place-of-worship', 'khanda', 'radioactive',
  'biohazard', 'no-one-under-eighteen', 'copyright', 'registered', 'trade-mark', 'hundred-points', 'new-moon-face',
  // A phone with "OFF" written on it, which "phone" would otherwise find.
  'mobile-phone-off',
  // A brown heart, which emojilib lists under "coffee" and "chocolate".
  'brown-heart',
  // Arithmetic signs read as UI ("menos deuda" is no minus sign).
  'minus', 'plus', 'multiply', 'divide', 'heavy-equals-sign',
  // Signs for rooms ("climate change" is no baby-changing room).
  'baby-symbol', 'mens-room', 'womens-room', 'restroom', 'water-closet',
  'full-moon-face', 'non-potable-water', 'derelict-house', 'atm-sign', 'lips', 'tongue', 'kiss-mark', 'love-letter', 'bikini', 'kiss', 'couple-with-heart',
]);

export function isExcludedIllustration(id: string): boolean {
  return excludedIds.has(id) || excludedPatterns.some((pattern) => pattern.test(id));
}
