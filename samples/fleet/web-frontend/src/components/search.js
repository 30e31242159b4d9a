import debounce from 'lodash/debounce';
import escape from 'lodash/escape';
import { searchProducts } from '../api.js';
import { addToCart } from './cart.js';

export function mountSearch(input, list) {
  const run = debounce(async () => {
    const term = input.value.trim();
    if (term.length < 2) {
      list.innerHTML = '';
      return;
    }
    const products = await searchProducts(term);
    list.innerHTML = products
      .map((p) => `<li data-sku="${escape(p.sku)}">${escape(p.name)} <button>Add</button></li>`)
      .join('');
  }, 250);

  input.addEventListener('input', run);
  list.addEventListener('click', (event) => {
    const li = event.target.closest('li');
    if (event.target.tagName === 'BUTTON' && li) {
      addToCart({ sku: li.dataset.sku, name: li.firstChild.textContent.trim() });
    }
  });
}
