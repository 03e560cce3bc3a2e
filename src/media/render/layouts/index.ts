import type { Layout } from '../../../storyboard/index.js';
import { drawBulletsLayout } from './draw-bullets-layout.js';
import { drawCtaLayout } from './draw-cta-layout.js';
import { drawMediaLayout } from './draw-media-layout.js';
import { drawPresenterLayout } from './draw-presenter-layout.js';
import { drawQuoteLayout } from './draw-quote-layout.js';
import { drawStatLayout } from './draw-stat-layout.js';
import { drawTitleLayout } from './draw-title-layout.js';
import type { LayoutDrawer } from './layout-drawer.js';

/**
 * One drawer per storyboard layout. A `Record` over `Layout`, so a layout added to the storyboard fails the
 * type check here until it is drawn.
 */
export const LAYOUT_DRAWERS: Record<Layout, LayoutDrawer> = {
  title: drawTitleLayout,
  presenter: drawPresenterLayout,
  bullets: drawBulletsLayout,
  media: drawMediaLayout,
  quote: drawQuoteLayout,
  stat: drawStatLayout,
  cta: drawCtaLayout,
};

export type { LayoutDrawer, LayoutFrame } from './layout-drawer.js';
