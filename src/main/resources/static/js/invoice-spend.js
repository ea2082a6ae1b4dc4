// The workspace's spend per assistant per month (billing/invoices/list.html): a bar chart
// from the canvas's data-spend JSON (months as labels, one dataset per assistant and currency).
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('invoice-spend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(canvas.dataset.spend);
  new Chart(canvas, {
    type: 'bar',
    data: data,
    options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });
});
