export { videoRoutes } from './video-routes.js';
export { VideoSchema, toVideoView, unixSeconds, type VideoView } from './video-view.js';
