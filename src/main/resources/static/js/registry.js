// Region tree: the first click on "+" loads the children with htmx (hx-trigger="click once");
// later clicks fold and unfold them without asking the server again.
document.addEventListener('click', (e) => {
  const button = e.target.closest('.tree-toggle');
  if (!button) return;
  const list = document.getElementById(button.dataset.target);
  if (!list) return;
  if (button.dataset.loaded) list.hidden = !list.hidden; else button.dataset.loaded = '1';
  button.textContent = list.hidden ? '+' : '\u2212';
});
