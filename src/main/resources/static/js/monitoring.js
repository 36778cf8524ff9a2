// Indicator browser: the focused indicator's trend over the last periods (line) and its value per sub-area (bars).
// Data comes from the chart elements' data-chart attribute; a missing value (zero denominator) leaves a gap.
(function () {
  function num(list) {
    return (list || []).map(function (v) { return v === null || v === undefined ? null : Number(v); });
  }
  function trend(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: d.periods },
      yAxis: { type: 'value', scale: true, name: d.name, nameTextStyle: { align: 'left' } },
      series: [{ name: d.name, type: 'line', data: num(d.values), connectNulls: false, itemStyle: { color: '#1f6fd1' } }]
    });
    return chart;
  }
  function parts(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', scale: true },
      yAxis: { type: 'category', data: d.parts, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [{ name: d.name, type: 'bar', data: num(d.partValues), itemStyle: { color: '#2f9e44' } }]
    });
    return chart;
  }
  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    var t = document.getElementById('mon-trend');
    var p = document.getElementById('mon-parts');
    if (t) { charts.push(trend(t)); }
    if (p) { charts.push(parts(p)); }
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
