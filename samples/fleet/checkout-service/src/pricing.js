'use strict';

const CATALOG = {
  A1: { name: 'Espresso beans 1kg', price: 2450 },
  B2: { name: 'Grinder', price: 8900 },
  C3: { name: 'Milk jug', price: 1299 },
};

const COUPONS = { SPRING: 0.1, STAFF: 0.25 };

function priceCart(items, coupon) {
  const lines = items
    .filter((item) => CATALOG[item.sku])
    .map((item) => {
      const qty = Math.max(1, Number.parseInt(item.qty, 10) || 1);
      return { sku: item.sku, qty, amount: CATALOG[item.sku].price * qty };
    });
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const discount = Math.round(subtotal * (COUPONS[coupon] || 0));
  return { lines, subtotal, discount, total: subtotal - discount, currency: 'EUR' };
}

module.exports = { priceCart, CATALOG };
