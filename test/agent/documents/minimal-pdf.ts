/** Builds a tiny valid PDF by hand: one page per entry, each line drawn with Helvetica 12 pt. */
export function minimalPdf(pages: string[][]): Buffer {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font; then page + content pairs.
  const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  let next = 4;
  const body: Record<number, string> = {};
  for (const lines of pages) {
    const pageId = next++;
    const contentId = next++;
    pageIds.push(pageId);
    const stream = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td', ...lines.map((l) => `(${escape(l)}) Tj T*`), 'ET'].join('\n');
    body[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    body[contentId] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  }
  body[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  body[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  body[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < next; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    objects.push(`${id} 0 obj\n${body[id]}\nendobj\n`);
    pdf += objects[objects.length - 1];
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let id = 1; id < next; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
