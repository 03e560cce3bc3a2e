export { videoRoutes } from './video-routes.js';
export { toVideoView, unixSeconds, type VideoView } from './video-view.js';
export { VideoSchema, VideoParams, DeletedVideoView } from './video-schemas.js';
