// Hospital DRG report: month trend (DRG vs fee-for-service fund payment as bars, 结算率 and CMI as lines) and the
// month's surplus or loss per DRG group. Data and labels come from the chart elements' data attributes.
(function () {
  function num(list) {
    return list.map(function (v) { return v === null ? null : Number(v); });
  }
  function trend(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var label = function (k) { return el.getAttribute('data-label-' + k); };
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 64, right: 56, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: d.months },
      yAxis: [
        { type: 'value', name: '¥', axisLabel: { formatter: function (v) { return v >= 10000 ? (v / 10000) + '万' : v; } } },
        { type: 'value', name: '%', min: 0, splitLine: { show: false } }
      ],
      series: [
        { name: label('drg'), type: 'bar', data: num(d.drgFund), itemStyle: { color: '#409eff' } },
        { name: label('ffs'), type: 'bar', data: num(d.ffsFund), itemStyle: { color: '#c0c4cc' } },
        { name: label('rate'), type: 'line', yAxisIndex: 1, data: num(d.rate), itemStyle: { color: '#e6a23c' } }
      ]
    });
    return chart;
  }
  function indices(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var label = function (k) { return el.getAttribute('data-label-' + k); };
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 24, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: d.months },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: label('cmi'), type: 'line', data: num(d.cmi), itemStyle: { color: '#67c23a' } },
        { name: label('cost'), type: 'line', data: num(d.costIndex), itemStyle: { color: '#f56c6c' } },
        { name: label('time'), type: 'line', data: num(d.timeIndex), itemStyle: { color: '#909399' } }
      ]
    });
    return chart;
  }
  function groups(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    if (!d.groups) { return null; }
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 64, right: 24, top: 16, bottom: 30 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: d.groups, inverse: true },
      series: [{ name: el.getAttribute('data-label'), type: 'bar', data: num(d.surplus).map(function (v) {
        return { value: v, itemStyle: { color: v < 0 ? '#f56c6c' : '#67c23a' } };
      }) }]
    });
    return chart;
  }
  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    var t = document.getElementById('drg-trend');
    var g = document.getElementById('drg-groups');
    var i = document.getElementById('drg-indices');
    if (t) { charts.push(trend(t)); }
    if (i) { charts.push(indices(i)); }
    if (g) { charts.push(groups(g)); }
    window.addEventListener('resize', function () { charts.forEach(function (c) { if (c) { c.resize(); } }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
