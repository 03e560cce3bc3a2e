import type { Style } from './style.js';

export const DEFAULT_STYLE_ID = 'clean';

const STYLES: readonly Style[] = [
  {
    style_id: 'clean',
    name: 'Clean',
    tags: ['light', 'minimal', 'corporate'],
    palette: {
      background: '#FFFFFF',
      backgroundAlt: '#EEF2F7',
      surface: '#F3F6FA',
      text: '#0F172A',
      mutedText: '#5B6577',
      accent: '#2563EB',
    },
    fonts: { heading: 'Inter', body: 'Inter' },
    captions: { text: '#FFFFFF', highlight: '#FACC15', box: '#0F172AC0', uppercase: false },
  },
  {
    style_id: 'midnight',
    name: 'Midnight',
    tags: ['dark', 'tech', 'elegant'],
    palette: {
      background: '#0B1020',
      backgroundAlt: '#1E1B4B',
      surface: '#161B33',
      text: '#F8FAFC',
      mutedText: '#A5B0CC',
      accent: '#22D3EE',
    },
    fonts: { heading: 'Inter', body: 'Inter' },
    captions: { text: '#F8FAFC', highlight: '#22D3EE', box: null, uppercase: false },
  },
  {
    style_id: 'bold',
    name: 'Bold',
    tags: ['vivid', 'energetic', 'social'],
    palette: {
      background: '#6D28D9',
      backgroundAlt: '#DB2777',
      surface: '#4C1D95',
      text: '#FFFFFF',
      mutedText: '#F5E8FF',
      accent: '#FDE047',
    },
    fonts: { heading: 'Inter', body: 'Inter' },
    captions: { text: '#FFFFFF', highlight: '#FDE047', box: null, uppercase: true },
  },
  {
    style_id: 'paper',
    name: 'Paper',
    tags: ['warm', 'light', 'editorial'],
    palette: {
      background: '#FBF7F0',
      backgroundAlt: '#F3E9D8',
      surface: '#FFFFFF',
      text: '#1C1917',
      mutedText: '#6B5E52',
      accent: '#EA580C',
    },
    fonts: { heading: 'Inter', body: 'Inter' },
    captions: { text: '#1C1917', highlight: '#EA580C', box: '#FFFFFFE6', uppercase: false },
  },
];

/** Every built-in look, default first. Copies, so callers cannot change the table. */
export function listStyles(): Style[] {
  return STYLES.map((style) => structuredClone(style));
}

export function getStyle(id: string): Style | undefined {
  const style = STYLES.find((s) => s.style_id === id);
  return style ? structuredClone(style) : undefined;
}
