/** Features every HOP_SECONDS: the time resolution of an alignment. */
export const HOP_SECONDS = 0.01;
const WINDOW_SECONDS = 0.025;
const MEL_BANDS = 26;
/** c1…c12 and the frame's log energy: the spectral envelope, not the voice's pitch or loudness. */
const CEPSTRA = 12;
const STATIC_SIZE = CEPSTRA + 1;
/** Each static value and its slope over ±2 frames: the slopes mark where one sound turns into the next. */
export const FEATURE_SIZE = 2 * STATIC_SIZE;

/** Centre frequencies on the mel scale, so two voices at any sample rates are compared band for band. */
const mel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const hzFromMel = (m: number) => 700 * (10 ** (m / 2595) - 1);

interface Analysis {
  fftSize: number;
  window: Float32Array;
  /** Per band: the FFT bins it weighs and their weights. */
  bands: { first: number; weights: Float32Array }[];
  dct: Float32Array[];
}

const analyses = new Map<number, Analysis>();

function analysisFor(sampleRate: number): Analysis {
  const cached = analyses.get(sampleRate);
  if (cached) return cached;
  const length = Math.round(sampleRate * WINDOW_SECONDS);
  let fftSize = 1;
  while (fftSize < length) fftSize *= 2;
  const window = Float32Array.from({ length }, (_, n) => 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (length - 1)));
  // 60 Hz to 7.6 kHz: every voice we align has speech there, whatever its sample rate.
  const low = mel(60);
  const high = mel(Math.min(7600, sampleRate / 2));
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => (hzFromMel(low + ((high - low) * i) / (MEL_BANDS + 1)) * fftSize) / sampleRate);
  const bands = Array.from({ length: MEL_BANDS }, (_, b) => {
    const [left, centre, right] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
    const first = Math.ceil(left);
    const weights = new Float32Array(Math.max(1, Math.floor(right) - first + 1));
    for (let k = 0; k < weights.length; k++) {
      const bin = first + k;
      weights[k] = bin <= centre ? (bin - left) / (centre - left) : (right - bin) / (right - centre);
    }
    return { first, weights };
  });
  const dct = Array.from({ length: CEPSTRA }, (_, c) => Float32Array.from({ length: MEL_BANDS }, (_, b) => Math.cos((Math.PI * (c + 1) * (b + 0.5)) / MEL_BANDS)));
  const analysis = { fftSize, window, bands, dct };
  analyses.set(sampleRate, analysis);
  return analysis;
}

const twiddles = new Map<number, { cos: Float64Array; sin: Float64Array }>();

/** In-place radix-2 FFT of (re, im); the sines and cosines are computed once per size. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  let table = twiddles.get(n);
  if (!table) {
    table = { cos: Float64Array.from({ length: n / 2 }, (_, k) => Math.cos((-2 * Math.PI * k) / n)), sin: Float64Array.from({ length: n / 2 }, (_, k) => Math.sin((-2 * Math.PI * k) / n)) };
    twiddles.set(n, table);
  }
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i]!;
      re[i] = re[j]!;
      re[j] = r;
      const m = im[i]!;
      im[i] = im[j]!;
      im[j] = m;
    }
  }
  for (let size = 2; size <= n; size *= 2) {
    const half = size / 2;
    const stride = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < half; k++) {
        const cos = table.cos[k * stride]!;
        const sin = table.sin[k * stride]!;
        const a = start + k;
        const b = a + half;
        const tr = re[b]! * cos - im[b]! * sin;
        const ti = re[b]! * sin + im[b]! * cos;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}

/**
 * MFCCs (c1…c12 plus log energy) every 10 ms, each dimension normalised to zero mean and unit variance over the
 * clip: two different voices saying the same words then look alike frame by frame, which is what DTW needs.
 * Returns the frames one after another (FEATURE_SIZE values each).
 */
export function mfccFeatures(samples: Int16Array | Float32Array, sampleRate: number): Float32Array {
  const { fftSize, window, bands, dct } = analysisFor(sampleRate);
  const hop = sampleRate * HOP_SECONDS;
  const frames = Math.max(1, Math.floor(samples.length / hop));
  const scale = samples instanceof Int16Array ? 1 / 32768 : 1;
  const out = new Float32Array(frames * FEATURE_SIZE);
  const re = new Float64Array(fftSize);
  const im = new Float64Array(fftSize);
  const energies = new Float64Array(MEL_BANDS);
  for (let f = 0; f < frames; f++) {
    const start = Math.round(f * hop);
    re.fill(0);
    im.fill(0);
    let energy = 1e-10;
    for (let n = 0; n < window.length; n++) {
      const at = start + n;
      // Pre-emphasis lifts the consonants' high frequencies, where words differ most.
      const x = at < samples.length ? (samples[at]! - (at > 0 ? 0.97 * samples[at - 1]! : 0)) * scale : 0;
      re[n] = x * window[n]!;
      energy += re[n]! * re[n]!;
    }
    fft(re, im);
    for (let b = 0; b < MEL_BANDS; b++) {
      const { first, weights } = bands[b]!;
      let sum = 1e-10;
      for (let k = 0; k < weights.length; k++) {
        const bin = first + k;
        if (bin < fftSize / 2) sum += weights[k]! * (re[bin]! * re[bin]! + im[bin]! * im[bin]!);
      }
      energies[b] = Math.log(sum);
    }
    const row = f * FEATURE_SIZE;
    for (let c = 0; c < CEPSTRA; c++) {
      let sum = 0;
      for (let b = 0; b < MEL_BANDS; b++) sum += dct[c]![b]! * energies[b]!;
      out[row + c] = sum;
    }
    out[row + CEPSTRA] = Math.log(energy);
  }
  normalise(out, frames, 0, STATIC_SIZE);
  for (let f = 0; f < frames; f++) {
    for (let d = 0; d < STATIC_SIZE; d++) {
      const at = (g: number) => out[Math.min(frames - 1, Math.max(0, g)) * FEATURE_SIZE + d]!;
      out[f * FEATURE_SIZE + STATIC_SIZE + d] = (at(f + 1) - at(f - 1) + 2 * (at(f + 2) - at(f - 2))) / 10;
    }
  }
  normalise(out, frames, STATIC_SIZE, FEATURE_SIZE);
  return out;
}

/** Dimensions [from, to) of every frame to zero mean and unit variance. */
function normalise(features: Float32Array, frames: number, from: number, to: number): void {
  for (let d = from; d < to; d++) {
    let mean = 0;
    for (let f = 0; f < frames; f++) mean += features[f * FEATURE_SIZE + d]!;
    mean /= frames;
    let variance = 0;
    for (let f = 0; f < frames; f++) variance += (features[f * FEATURE_SIZE + d]! - mean) ** 2;
    const sd = Math.sqrt(variance / frames) || 1;
    for (let f = 0; f < frames; f++) features[f * FEATURE_SIZE + d] = (features[f * FEATURE_SIZE + d]! - mean) / sd;
  }
}
