import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';

describe('render split configuration', () => {
  it('splits storyboards of 6+ scenes two ways by default, waiting about as long as this process would take', () => {
    const config = loadConfig({});
    expect([config.renderSplitMinScenes, config.renderSplitWays, config.renderSplitPartWaitSec]).toEqual([6, 2, null]);
  });

  it('reads RENDER_SPLIT_MIN_SCENES, RENDER_SPLIT_WAYS and RENDER_SPLIT_PART_WAIT_SEC, refusing bad values', () => {
    const config = loadConfig({ RENDER_SPLIT_MIN_SCENES: '10', RENDER_SPLIT_WAYS: '0', RENDER_SPLIT_PART_WAIT_SEC: '30' });
    expect([config.renderSplitMinScenes, config.renderSplitWays, config.renderSplitPartWaitSec]).toEqual([10, 0, 30]);
    expect(() => loadConfig({ RENDER_SPLIT_MIN_SCENES: '1' })).toThrow(/RENDER_SPLIT_MIN_SCENES/);
    expect(() => loadConfig({ RENDER_SPLIT_WAYS: 'two' })).toThrow(/RENDER_SPLIT_WAYS/);
    expect(() => loadConfig({ RENDER_SPLIT_PART_WAIT_SEC: '-1' })).toThrow(/RENDER_SPLIT_PART_WAIT_SEC/);
  });
});
