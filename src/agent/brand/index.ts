export { closestStyleId } from './closest-style-id.js';
