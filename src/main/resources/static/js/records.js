// Shared health record: one line chart per repeated result, its reference range shaded. Data and labels come from
// the chart element's data attributes.
(function () {
  function draw(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var values = d.values.map(Number);
    var area = [];
    if (d.low !== null || d.high !== null) {
      area.push([{ yAxis: d.low === null ? Math.min.apply(null, values) : Number(d.low) },
                 { yAxis: d.high === null ? Math.max.apply(null, values) : Number(d.high) }]);
    }
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 44, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: d.dates },
      yAxis: { type: 'value', scale: true },
      series: [{
        name: el.getAttribute('data-label-value'), type: 'line', data: values, symbolSize: 7,
        itemStyle: { color: '#409eff' },
        markArea: { silent: true, itemStyle: { color: 'rgba(103, 194, 58, 0.12)' }, data: area }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('.trend-chart').forEach(draw);
  });
})();
