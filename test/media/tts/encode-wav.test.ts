import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../../src/media/tts/index.js';

describe('encodeWav', () => {
  it('writes a 16-bit mono PCM RIFF header followed by the samples, little-endian', () => {
    const samples = Int16Array.from([0, 1, -1, 32767, -32768]);
    const wav = encodeWav(samples, 22050);
    expect(wav.length).toBe(44 + samples.length * 2);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt32LE(16)).toBe(16);
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    expect(wav.readUInt16LE(22)).toBe(1); // mono
    expect(wav.readUInt32LE(24)).toBe(22050);
    expect(wav.readUInt32LE(28)).toBe(44100);
    expect(wav.readUInt16LE(32)).toBe(2);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(10);
    expect([0, 1, 2, 3, 4].map((index) => wav.readInt16LE(44 + index * 2))).toEqual([0, 1, -1, 32767, -32768]);
  });

  it('encodes a view into a larger buffer from its own offset', () => {
    const backing = Int16Array.from([9, 9, 5, 6, 9]);
    const wav = encodeWav(backing.subarray(2, 4), 16000);
    expect(wav.readUInt32LE(40)).toBe(4);
    expect([wav.readInt16LE(44), wav.readInt16LE(46)]).toEqual([5, 6]);
  });

  it('writes a valid empty file', () => {
    const wav = encodeWav(new Int16Array(0), 8000);
    expect(wav.length).toBe(44);
    expect(wav.readUInt32LE(4)).toBe(36);
  });
});
