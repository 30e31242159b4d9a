'use strict';

const express = require('express');
const qs = require('qs');
const { priceCart } = require('../pricing');

module.exports = function checkoutRoutes(logger) {
  const router = express.Router();

  // GET /api/checkout/quote?items[0][sku]=A1&items[0][qty]=2&coupon=SPRING
  router.get('/quote', (req, res) => {
    const query = qs.parse(req.originalUrl.split('?')[1] || '', { depth: 3, arrayLimit: 50 });
    const quote = priceCart(query.items || [], query.coupon);
    res.json(quote);
  });

  // POST /api/checkout  { customerId, items: [{ sku, qty }], coupon, meta }
  router.post('/', (req, res) => {
    const { customerId, items, coupon, meta } = req.body || {};
    if (!customerId || !Array.isArray(items) || items.length === 0) {
      return res.status(400).json({ error: 'customerId and items are required' });
    }
    // Request metadata goes into the per-request logging context.
    const log = logger.child({ customerId, requestMeta: meta });
    const quote = priceCart(items, coupon);
    log.info('checkout accepted', { total: quote.total, currency: quote.currency });
    res.status(202).json({ status: 'accepted', ...quote });
  });

  return router;
};
