// Dark mode for the example pages, as an external module so it runs under `script-src 'self'`.
// It only sets `theme` on <html>: the page's CSS and every chart follow that one attribute.
// `?theme=dark` (or `light`) in the address picks the starting theme; the button flips it.
const root = document.documentElement;
const button = document.querySelector('[data-theme-toggle]');

function apply(theme) {
  root.setAttribute('theme', theme);
  button?.setAttribute('aria-pressed', String(theme === 'dark'));
}

const asked = new URLSearchParams(location.search).get('theme');
apply(asked === 'dark' || asked === 'light' ? asked : root.getAttribute('theme') === 'dark' ? 'dark' : 'light');

button?.addEventListener('click', () => {
  apply(root.getAttribute('theme') === 'dark' ? 'light' : 'dark');
});
