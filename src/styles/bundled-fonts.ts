import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);

/** The Inter faces we draw with: every weight in upright and italic share the family name "Inter". */
const FACES = ['400Regular', '400Regular_Italic', '500Medium', '600SemiBold', '700Bold', '800ExtraBold', '900Black'] as const;

/** Absolute paths of the bundled Inter TTF files (for canvas and for libass's `fontsdir`). */
export function bundledFontFiles(): string[] {
  const root = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
  return FACES.map((face) => join(root, face, `Inter_${face}.ttf`));
}

let registered = false;

/** Registers the bundled fonts with @napi-rs/canvas once per process. */
export function registerBundledFonts(): void {
  if (registered) return;
  for (const file of bundledFontFiles()) {
    if (!GlobalFonts.registerFromPath(file)) throw new Error(`Cannot load bundled font ${file}`);
  }
  registered = true;
}
