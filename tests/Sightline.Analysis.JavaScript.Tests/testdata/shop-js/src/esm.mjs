import express from 'express';
import { merge as deepMerge, template } from 'lodash';
import * as qs from 'qs';
import sortBy from 'lodash/sortBy.js';
import { formatPrice } from './format.mjs';

export const router = express.Router();

router.get('/search', async (req, res) => {
  const query = qs.parse(req.url);
  const { default: _ } = await import('lodash');
  res.json(sortBy(_.uniq(query.items), 'name'));
});

export function render(values) {
  return template('x')(deepMerge({}, values));
}

export function lazyTrim(text) {
  return import('lodash').then((lodash) => lodash.trim(text));
}

export default function price(n) {
  return formatPrice(n);
}
