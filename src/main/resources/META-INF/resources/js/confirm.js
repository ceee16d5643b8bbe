// Asks before a button with data-confirm submits its form (inline handlers are barred by the page's CSP).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});
