export { userRoutes } from './user-routes.js';
export { CurrentUserView } from './user-schemas.js';
