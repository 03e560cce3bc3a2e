import { describe, expect, it } from 'vitest';
import { newId } from '../../src/store/index.js';

describe('newId', () => {
  it('is the prefix, an underscore and 20 base62 characters', () => {
    expect(newId('ses')).toMatch(/^ses_[0-9A-Za-z]{20}$/);
    expect(newId('vid_')).toMatch(/^vid_[0-9A-Za-z]{20}$/);
  });

  it('does not repeat, and uses the whole alphabet', () => {
    const ids = Array.from({ length: 5000 }, () => newId('x'));
    expect(new Set(ids).size).toBe(ids.length);
    const characters = new Set(ids.join('').replaceAll('x_', ''));
    expect(characters.size).toBe(62);
  });
});
