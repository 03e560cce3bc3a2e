/**
 * Plain text from Markdown, keeping the structure a planner can use: headings stay on their own line
 * (without the #), list items stay one per line as "- item" (numbered ones as "1. item"), paragraphs are
 * separated by a blank line. Links keep their text, images their alt text; code blocks, HTML and tables'
 * separator rows are dropped.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inFence = false;
  let inFrontMatter = false;
  lines.forEach((raw, index) => {
    if (index === 0 && raw.trim() === '---') {
      inFrontMatter = true;
      return;
    }
    if (inFrontMatter) {
      if (raw.trim() === '---') inFrontMatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    let line = raw;
    // Setext headings: a line of === or --- under text.
    if (/^\s*(=+|-+)\s*$/.test(line) && out.length > 0 && out[out.length - 1]!.trim() !== '') {
      if (/^\s*-{3,}\s*$/.test(line) || /^\s*=+\s*$/.test(line)) {
        out.push('');
        return;
      }
    }
    if (/^\s*([-*_]\s*){3,}$/.test(line)) {
      out.push('');
      return;
    }
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) return;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      out.push('', inline(heading[1]!), '');
      return;
    }
    const bullet = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (bullet) {
      out.push(`- ${inline(bullet[2]!)}`);
      return;
    }
    const numbered = /^(\s*)(\d+)[.)]\s+(.*)$/.exec(line);
    if (numbered) {
      out.push(`${numbered[2]}. ${inline(numbered[3]!)}`);
      return;
    }
    line = line.replace(/^\s*>\s?/, '');
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.split('|').map((c) => c.trim()).filter(Boolean).join(', ');
    out.push(inline(line.trim()));
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function inline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}
