// Time: the header timer ticks every second from its start (data-started, epoch milliseconds), and the week page
// draws its chart of hours per day with Chart.js (data-labels and data-hours, separated by |).
(function () {
  if (window.deskhandTime) return;
  window.deskhandTime = true;
  const pad = (n) => (n < 10 ? '0' : '') + n;
  const tick = () => {
    document.querySelectorAll('.timer-elapsed[data-started]').forEach((el) => {
      const s = Math.max(0, Math.floor((Date.now() - Number(el.dataset.started)) / 1000));
      el.textContent = Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
    });
  };
  setInterval(tick, 1000);
  const chart = () => {
    const canvas = document.getElementById('week-chart');
    if (!canvas || !window.Chart || canvas.dataset.drawn) return;
    canvas.dataset.drawn = 'true';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: canvas.dataset.labels.split('|'),
        datasets: [{ label: canvas.dataset.title, data: canvas.dataset.hours.split('|').map(Number),
          backgroundColor: '#2f6f9f' }],
      },
      options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', chart);
  else chart();
  window.addEventListener('load', chart);
})();
