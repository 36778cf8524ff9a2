// Page behaviour without inline scripts (the CSP forbids them): CSRF header for htmx, the active menu entry,
// the phone menu toggle, and confirmation of dangerous buttons (data-confirm).
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) e.detail.headers[header.content] = token.content;
  });
  const path = window.location.pathname;
  let best = null;
  document.querySelectorAll('.sidebar a[href]').forEach((a) => {
    const href = a.getAttribute('href');
    if (href !== '/' && path.startsWith(href) && (!best || href.length > best.getAttribute('href').length)) best = a;
  });
  if (best) best.classList.add('active');
  const toggle = document.querySelector('.menu-toggle');
  if (toggle) toggle.addEventListener('click', () => document.querySelector('.sidebar').classList.toggle('open'));
  document.querySelectorAll('[data-confirm]').forEach((el) => {
    el.addEventListener('click', (e) => { if (!window.confirm(el.dataset.confirm)) e.preventDefault(); });
  });
});
