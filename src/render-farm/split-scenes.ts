import { estimateNarrationSeconds, sceneSeconds, type Storyboard } from '../storyboard/index.js';

/** A scene's expected share of the render's encoding work: its length as its narration predicts it. */
export function sceneWeights(storyboard: Storyboard): number[] {
  return storyboard.scenes.map((scene) => sceneSeconds(estimateNarrationSeconds(scene.narration, storyboard.pace)));
}

/**
 * Splits scenes 0..n-1 into at most `ways` contiguous, non-empty groups whose largest total weight is as
 * small as it can be (dynamic programming over cut points: n is a few dozen scenes at most).
 */
export function splitScenes(weights: readonly number[], ways: number): number[][] {
  const n = weights.length;
  const k = Math.max(1, Math.min(ways, n));
  if (n === 0) return [];
  const prefix = [0];
  for (const w of weights) prefix.push(prefix[prefix.length - 1]! + w);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[g][i]: the smallest largest-group weight splitting the first i scenes into g groups; cut[g][i]: where the last group starts.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let g = 1; g <= k; g++) {
    for (let i = g; i <= n; i++) {
      for (let j = g - 1; j < i; j++) {
        const value = Math.max(best[g - 1]![j]!, sum(j, i));
        if (value < best[g]![i]!) {
          best[g]![i] = value;
          cut[g]![i] = j;
        }
      }
    }
  }
  const groups: number[][] = [];
  let end = n;
  for (let g = k; g >= 1; g--) {
    const start = cut[g]![end]!;
    groups.unshift(Array.from({ length: end - start }, (_, i) => start + i));
    end = start;
  }
  return groups;
}
