// 监管统计: hits and upheld rate per rule, amount in question and recovered per institution. Data comes from the
// chart elements' data-chart attribute; series names from their data-* attributes (messages).
(function () {
  function num(list) {
    return (list || []).map(function (v) { return v === null || v === undefined ? null : Number(v); });
  }
  function rules(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.labels, axisLabel: { rotate: 45 } },
      yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: el.getAttribute('data-hits'), type: 'bar', data: num(d.hits), itemStyle: { color: '#1f6fd1' } },
        { name: el.getAttribute('data-rate'), type: 'line', yAxisIndex: 1, data: num(d.upheldRate),
          connectNulls: false, itemStyle: { color: '#d9480f' } }
      ]
    });
    return chart;
  }
  function institutions(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: d.labels, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        { name: el.getAttribute('data-amount'), type: 'bar', data: num(d.amount), itemStyle: { color: '#f08c00' } },
        { name: el.getAttribute('data-recovered'), type: 'bar', data: num(d.recovered), itemStyle: { color: '#2f9e44' } }
      ]
    });
    return chart;
  }
  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    var r = document.getElementById('sup-rule-chart');
    var i = document.getElementById('sup-institution-chart');
    if (r) { charts.push(rules(r)); }
    if (i) { charts.push(institutions(i)); }
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
