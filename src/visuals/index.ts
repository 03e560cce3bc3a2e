export { assignVisuals } from './assign-visuals.js';
export { extractChart, findFigures } from './charts/extract-chart.js';
export { extractPlaces } from './charts/extract-places.js';
export { chartLabels } from './charts/chart-labels.js';
export { IllustrationIndex, ILLUSTRATION_PROVIDER, ILLUSTRATION_SET, ILLUSTRATION_LICENCE, ILLUSTRATION_ATTRIBUTION, type IllustrationMatch } from './library/illustration-index.js';
export { lineIconFor, LINE_ICON_PROVIDER, LINE_ICON_SET, LINE_ICON_LICENCE, FALLBACK_LINE_ICON } from './library/line-icon-index.js';
export { loadIconSet, iconSvg, type IconSet } from './library/load-icon-set.js';
