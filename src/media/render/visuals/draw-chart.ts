import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartData, ChartType } from '../../../storyboard/index.js';
import type { Box } from '../scene-geometry.js';
import { drawBarChart, drawLineChart } from './draw-bar-chart.js';
import type { ChartLook } from './chart-look.js';
import { drawCounterChart } from './draw-counter-chart.js';
import { drawDonutChart } from './draw-donut-chart.js';
import { drawPlacesChart } from './draw-places-chart.js';

type ChartDrawer = (ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number) => void;

/** One drawer per chart type: a `Record`, so a type added to the storyboard fails the type check until drawn. */
const CHART_DRAWERS: Record<ChartType, ChartDrawer> = {
  bar: drawBarChart,
  line: drawLineChart,
  donut: drawDonutChart,
  counter: drawCounterChart,
  places: drawPlacesChart,
};

/** Seconds a chart takes to build up (bars grow, the ring sweeps, figures count, pins drop), then it holds. */
export const CHART_ANIMATION_SEC = 1.2;

/** Draws `chart` into `box` as it stands at `progress` (0: nothing yet, 1: complete, as it holds). */
export function drawChart(ctx: SKRSContext2D, chart: ChartData, box: Box, look: ChartLook, progress: number): void {
  if (chart.items.length === 0) return;
  ctx.save();
  CHART_DRAWERS[chart.type](ctx, chart, box, look, Math.min(1, Math.max(0, progress)));
  ctx.restore();
}
