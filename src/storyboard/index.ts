export * from './storyboard.js';
