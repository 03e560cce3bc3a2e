import { describe, expect, it } from 'vitest';
import { titleCase } from '../../../src/agent/text/index.js';

describe('titleCase', () => {
  it('capitalises English words but the minor ones inside', () => {
    expect(titleCase('how to make a good cup of pour-over coffee')).toBe('How to Make a Good Cup of Pour-Over Coffee');
  });

  it('leaves a title in another script as written but its first letter, even where the language was not recognised', () => {
    expect(titleCase('наша новая столовая открывается в понедельник', 'en')).toBe('Наша новая столовая открывается в понедельник');
    expect(titleCase('η νέα μας καντίνα', 'en')).toBe('Η νέα μας καντίνα');
  });
});
