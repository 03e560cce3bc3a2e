export { drawScenePicture, chartBox, chartLookFor } from './draw-scene-picture.js';
export { drawChart, CHART_ANIMATION_SEC } from './draw-chart.js';
export { pictureOf, visualSlot, type PictureKind, type VisualSlot } from './visual-slot.js';
export { libraryImage, isLibraryProvider } from './visual-image.js';
export { withStockMedia, isStockScene, isVisualAsset, type VisualMediaSource, type StockMedia } from './stock-media.js';
export { drawCredit } from './draw-credit.js';
export { chartFrames, chartProgressAt, writeChartFrames, CHART_FPS, type ChartAnimation } from './chart-animation.js';
export { pickKineticWords, type KineticWord } from './pick-kinetic-words.js';
export { buildKineticAss, kineticChangeFrames, kineticPlacement, type KineticPlacement } from './build-kinetic-ass.js';
