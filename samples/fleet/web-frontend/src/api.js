const API_BASE = '/api';

export async function searchProducts(term) {
  const res = await fetch(`${API_BASE}/products?q=${encodeURIComponent(term)}`);
  if (!res.ok) throw new Error(`search failed: ${res.status}`);
  return res.json();
}

export async function quote(items) {
  const params = new URLSearchParams();
  items.forEach((item, i) => {
    params.append(`items[${i}][sku]`, item.sku);
    params.append(`items[${i}][qty]`, String(item.qty));
  });
  const res = await fetch(`${API_BASE}/checkout/quote?${params}`);
  return res.json();
}
