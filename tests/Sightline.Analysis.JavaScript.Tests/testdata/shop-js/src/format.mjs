export function formatPrice(n) {
  return `EUR ${n.toFixed(2)}`;
}
