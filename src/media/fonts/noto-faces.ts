/** A font family shipped in an npm package of TTF files laid out as `<face>/<File>_<face>.ttf`. */
export interface FontFamily {
  family: string;
  /** The npm package that ships it. */
  packageName: string;
  /** File name stem: `NotoSansJP` for `400Regular/NotoSansJP_400Regular.ttf`. */
  stem: string;
  /** The faces we register: drawing asks for 400–900, Skia and libass pick the closest weight. */
  faces: readonly string[];
}

const NOTO_FACES = ['400Regular', '700Bold'] as const;

function noto(family: string, slug: string): FontFamily {
  return { family, packageName: `@expo-google-fonts/${slug}`, stem: family.replace(/\s+/g, ''), faces: NOTO_FACES };
}

/** The brand font and the faces of every script we narrate (OFL, installed by npm alone). */
export const FONT_FAMILIES: readonly FontFamily[] = [
  { family: 'Inter', packageName: '@expo-google-fonts/inter', stem: 'Inter', faces: ['400Regular', '400Regular_Italic', '500Medium', '600SemiBold', '700Bold', '800ExtraBold', '900Black'] },
  noto('Noto Sans', 'noto-sans'),
  noto('Noto Sans JP', 'noto-sans-jp'),
  noto('Noto Sans SC', 'noto-sans-sc'),
  noto('Noto Sans TC', 'noto-sans-tc'),
  noto('Noto Sans KR', 'noto-sans-kr'),
  noto('Noto Sans Arabic', 'noto-sans-arabic'),
  noto('Noto Sans Hebrew', 'noto-sans-hebrew'),
  noto('Noto Sans Devanagari', 'noto-sans-devanagari'),
  noto('Noto Sans Thai', 'noto-sans-thai'),
  noto('Noto Sans Bengali', 'noto-sans-bengali'),
  noto('Noto Sans Tamil', 'noto-sans-tamil'),
  noto('Noto Sans Telugu', 'noto-sans-telugu'),
  noto('Noto Sans Gujarati', 'noto-sans-gujarati'),
  noto('Noto Sans Gurmukhi', 'noto-sans-gurmukhi'),
  noto('Noto Sans Kannada', 'noto-sans-kannada'),
  noto('Noto Sans Malayalam', 'noto-sans-malayalam'),
  noto('Noto Sans Georgian', 'noto-sans-georgian'),
  noto('Noto Sans Armenian', 'noto-sans-armenian'),
  noto('Noto Sans Ethiopic', 'noto-sans-ethiopic'),
  noto('Noto Sans Sinhala', 'noto-sans-sinhala'),
  noto('Noto Sans Myanmar', 'noto-sans-myanmar'),
  noto('Noto Sans Khmer', 'noto-sans-khmer'),
  noto('Noto Sans Lao', 'noto-sans-lao'),
];

/** Han characters look different per locale: the CJK faces in the order a language prefers them. */
export function cjkOrder(language: string | null): string[] {
  const tag = (language ?? '').toLowerCase();
  if (tag.startsWith('ja')) return ['Noto Sans JP', 'Noto Sans SC', 'Noto Sans TC', 'Noto Sans KR'];
  if (tag.startsWith('ko')) return ['Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC', 'Noto Sans TC'];
  if (/^(?:yue|zh-(?:tw|hk|hant|mo))|^zh-yue/.test(tag)) return ['Noto Sans TC', 'Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'];
  return ['Noto Sans SC', 'Noto Sans TC', 'Noto Sans JP', 'Noto Sans KR'];
}
