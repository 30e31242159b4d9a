import groupBy from 'lodash/groupBy';
import sumBy from 'lodash/sumBy';

const items = [];

export function addToCart(product) {
  items.push({ sku: product.sku, qty: 1, name: product.name });
  render();
}

export function cartLines() {
  return Object.entries(groupBy(items, 'sku')).map(([sku, group]) => ({
    sku,
    name: group[0].name,
    qty: sumBy(group, 'qty'),
  }));
}

function render() {
  document.getElementById('cart-badge').textContent = String(sumBy(items, 'qty'));
}
