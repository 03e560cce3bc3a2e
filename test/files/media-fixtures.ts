import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { resolveFfmpegPath } from '../../src/media/ffmpeg/index.js';
import { runProcess } from '../../src/process/index.js';

export type FixtureName = 'png' | 'jpeg' | 'webp' | 'gif' | 'avif' | 'mp4' | 'mov' | 'webm' | 'mp3' | 'mp3-bare' | 'wav' | 'pdf';

/** A minimal valid one-page PDF, written by hand with a correct xref table. */
export function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 24 Tf 20 40 Td (Hello PDF) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Makes one tiny real file of each type (ffmpeg for audio/video, Skia for images). */
export async function makeMediaFixtures(): Promise<Record<FixtureName, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'ova-files-'));
  try {
    const ffmpeg = resolveFfmpegPath();
    const run = async (name: string, args: string[]) => {
      const out = join(dir, name);
      await runProcess(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args, out]);
      return readFile(out);
    };
    const video = ['-f', 'lavfi', '-i', 'testsrc2=s=32x32:d=0.2:r=10'];
    const tone = ['-f', 'lavfi', '-i', 'sine=d=0.2'];
    const [mp4, mov, webm, mp3, mp3Bare, wav] = await Promise.all([
      run('a.mp4', [...video, '-c:v', 'libx264', '-pix_fmt', 'yuv420p']),
      run('a.mov', [...video, '-c:v', 'libx264', '-pix_fmt', 'yuv420p']),
      run('a.webm', [...video, '-c:v', 'libvpx']),
      run('a.mp3', tone),
      run('b.mp3', [...tone, '-id3v2_version', '0', '-write_xing', '0']),
      run('a.wav', tone),
    ]);
    const canvas = createCanvas(16, 16);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#3366ff';
    ctx.fillRect(0, 0, 16, 16);
    return {
      png: canvas.toBuffer('image/png'),
      jpeg: canvas.toBuffer('image/jpeg'),
      webp: canvas.toBuffer('image/webp'),
      gif: canvas.toBuffer('image/gif'),
      avif: canvas.toBuffer('image/avif'),
      mp4,
      mov,
      webm,
      mp3,
      'mp3-bare': mp3Bare,
      wav,
      pdf: minimalPdf(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
