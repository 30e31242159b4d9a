'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { priceCart } = require('../src/pricing');

test('prices a cart and applies a coupon', () => {
  const quote = priceCart([{ sku: 'A1', qty: 2 }, { sku: 'ZZ', qty: 1 }], 'SPRING');
  assert.strictEqual(quote.subtotal, 4900);
  assert.strictEqual(quote.discount, 490);
  assert.strictEqual(quote.total, 4410);
});
