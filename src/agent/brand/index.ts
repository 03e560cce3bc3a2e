export { closestStyleId } from './closest-style-id.js';
export { storyboardBrand } from './storyboard-brand.js';
