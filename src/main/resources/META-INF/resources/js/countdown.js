// Counts down to each <time data-countdown> on the page, once a second; the server's text stays without script.
(function () {
  function tick() {
    document.querySelectorAll('time[data-countdown]').forEach(function (el) {
      var left = Math.max(0, Date.parse(el.getAttribute('datetime')) - Date.now());
      var s = Math.floor(left / 1000), d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
      var m = Math.floor(s % 3600 / 60), sec = s % 60;
      el.textContent = left === 0 ? el.dataset.closed
        : el.dataset.format.replace('DD', d).replace('HH', h).replace('MM', m).replace('SS', sec);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
