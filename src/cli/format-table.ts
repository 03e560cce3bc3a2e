/** Wraps text to `width` columns at spaces (a longer word is cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A plain-text table with a header rule; the last column wraps to fit `maxWidth`, the others keep
 * their widest cell.
 */
export function formatTable(headers: string[], rows: string[][], maxWidth = 100): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((sum, width) => sum + width + 2, 0);
  const lastWidth = Math.max(20, Math.min(widths.at(-1) ?? 20, maxWidth - fixed));
  widths[widths.length - 1] = lastWidth;
  const pad = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const out = [pad(headers), pad(widths.map((width) => '─'.repeat(width)))];
  for (const row of rows) {
    const wrapped = wrapText(row.at(-1) ?? '', lastWidth);
    wrapped.forEach((part, index) => out.push(pad([...row.slice(0, -1).map((cell) => (index === 0 ? cell : '')), part])));
  }
  return out.join('\n');
}
