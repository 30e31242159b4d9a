export { merge, template as tpl } from 'lodash';
export * from './format.mjs';
export { default as price } from './esm.mjs';
