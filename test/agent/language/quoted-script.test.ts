import { describe, expect, it } from 'vitest';
import { messageLanguage, parseInstruction, quotedScript } from '../../../src/agent/language/index.js';
import { LANGUAGE_CASES } from '../../../eval/language-cases.js';

describe('a quoted script in any language', () => {
  for (const c of LANGUAGE_CASES) {
    it(`${c.language}: takes the quoted script as written, the instruction around it, 10 s, and answers in ${c.language}`, () => {
      const quoted = quotedScript(c.prompt)!;
      expect(quoted.script).toBe(c.script);
      expect(parseInstruction(quoted.instruction).durationSec).toBe(10);
      expect(messageLanguage(quoted.instruction)).toBe(c.language);
    });
  }

  it('unwraps a prompt quoted as a whole (the Japanese and Russian cases of issue 15)', () => {
    expect(quotedScript('「10秒の動画を作ってください。ナレーション：「私たちのパン屋は月曜日から毎朝7時に開店します。」」')!.script).toBe('私たちのパン屋は月曜日から毎朝7時に開店します。');
    expect(quotedScript('«Сделай видео на 10 секунд. Текст: «Наша пекарня открывается в 7 утра. Приходите за свежим хлебом.»»')!.instruction).toBe('Сделай видео на 10 секунд. Текст:');
  });

  it('leaves apostrophes and short quoted names alone', () => {
    expect(quotedScript('Make a video about "AI"')).toBeNull();
    expect(quotedScript("Don't forget the bakery's hours")).toBeNull();
  });

  it('reads orientation and audience in several languages', () => {
    expect(parseInstruction('子供向けの15秒の縦型動画を作ってください')).toMatchObject({ durationSec: 15, orientation: 'portrait', audience: '子供' });
    expect(parseInstruction('Haz un video vertical de 10 segundos para niños, tono amistoso:')).toMatchObject({ orientation: 'portrait', tone: 'friendly', audience: 'niños' });
    expect(parseInstruction('١٠ ثوان فيديو عمودي للأطفال')).toMatchObject({ durationSec: 10, orientation: 'portrait' });
  });
});
