// Insurance pages: the monthly fund-payment chart of the ledger page (data in the element's data-chart attribute).
(function () {
  function draw() {
    var el = document.getElementById('fund-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    var names = { '310': el.getAttribute('data-label-310'), '390': el.getAttribute('data-label-390') };
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value' },
      series: Object.keys(data.series).map(function (key) {
        return { name: names[key] || key, type: 'bar', stack: 'fund', data: data.series[key].map(Number) };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
