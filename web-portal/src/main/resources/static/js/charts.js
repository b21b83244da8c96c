// Charts from data attributes: <canvas data-chart='{"type":"bar","labels":[...],"datasets":[...]}'>.
(function () {
  var palette = ['#b00020', '#e0a100', '#1565c0', '#2e7d32', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a'];
  function draw(root) {
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      var spec = JSON.parse(canvas.dataset.chart);
      spec.datasets.forEach(function (set, i) {
        var colour = set.color || palette[i % palette.length];
        set.backgroundColor = set.backgroundColor || (spec.type === 'doughnut' ? palette : colour);
        set.borderColor = set.borderColor || colour;
      });
      new Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: spec.datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: spec.horizontal ? 'y' : 'x',
          plugins: { legend: { position: 'bottom' } },
          scales: spec.type === 'doughnut' ? {} : {
            x: { stacked: !!spec.stacked, ticks: { autoSkip: true } },
            y: { stacked: !!spec.stacked, beginAtZero: true }
          }
        }
      });
      canvas.dataset.drawn = 'true';
    });
  }
  draw(document);
  document.body.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
})();
