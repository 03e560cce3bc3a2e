/** Words a run may have before it is cut into sentences: a scene's narration must stay speakable and under 5,000 characters. */
const MAX_RUN_WORDS = 40;
/** Characters a run of text without spaces (Japanese, Chinese, Thai) may have before it is cut. */
const MAX_DENSE_RUN = 160;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One run of words without sentence punctuation, cut into sentences at commas when it can, else every MAX_RUN_WORDS words. */
function cutRun(run: string): string {
  const words = run.trim().split(/\s+/);
  if (words.length <= MAX_RUN_WORDS) return run;
  const lead = /^\s*/.exec(run)![0];
  const out: string[] = [];
  let sentence: string[] = [];
  for (const word of words) {
    sentence.push(word);
    const atComma = /[,;:]$/.test(word) && sentence.length >= MAX_RUN_WORDS / 2;
    if (atComma || sentence.length >= MAX_RUN_WORDS) {
      out.push(sentence.join(' ').replace(/[,;:]$/, ''));
      sentence = [];
    }
  }
  if (sentence.length > 0) out.push(sentence.join(' '));
  return lead + out.map((s, i) => (i === 0 ? s : capitalise(s))).join('. ');
}

/**
 * Text with every long run that has no sentence break cut into sentences (a pasted transcript, a prompt
 * of 10,000 characters with no full stop), so each scene gets a speakable share. Punctuated text is unchanged.
 */
export function breakLongRuns(text: string): string {
  // Only the runs between sentence marks change; punctuated text ("Acme Notes 3.0. It is fast.") stays as it is.
  return text.replace(/[^.!?…。！？؟।\n]+/gu, (run) => {
    if (!/\s/.test(run.trim()) && [...run].length > MAX_DENSE_RUN) return run.match(new RegExp(`.{1,${MAX_DENSE_RUN}}`, 'gsu'))!.join('。');
    return cutRun(run);
  });
}
