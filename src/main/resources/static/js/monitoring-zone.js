// 医保数据专区: the flow heat map (insured county × treatment county, fees) and the fund-flow bars (fund and fees per
// slice). Data comes from the chart elements' data-chart attribute.
(function () {
  function heatmap(el, d) {
    var max = 0;
    d.cells.forEach(function (c) { max = Math.max(max, Number(c[2])); });
    return {
      tooltip: { formatter: function (p) { return d.y[p.value[1]] + ' → ' + d.x[p.value[0]] + '<br>'
        + Number(p.value[2]).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }); } },
      grid: { left: 8, right: 16, top: 16, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: d.x, axisLabel: { rotate: 30 } },
      yAxis: { type: 'category', data: d.y, inverse: true },
      visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#e7f0fd', '#1f6fd1', '#0b2447'] } },
      series: [{ type: 'heatmap', data: d.cells.map(function (c) { return [c[0], c[1], Number(c[2])]; }) }]
    };
  }
  var compact = new Intl.NumberFormat(document.documentElement.lang || 'zh-CN', { notation: 'compact' });
  function bars(el, d) {
    // one band per slice, so a long list (counties, alliances) stays readable
    el.style.height = Math.max(220, 34 * d.keys.length + 60) + 'px';
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } },
      yAxis: { type: 'category', data: d.keys, inverse: true, axisLabel: { width: 120, overflow: 'truncate' } },
      series: [
        { name: el.getAttribute('data-fund') || 'fund', type: 'bar', data: d.fund.map(Number), itemStyle: { color: '#1f6fd1' } },
        { name: el.getAttribute('data-fees') || 'fees', type: 'bar', data: d.fees.map(Number), itemStyle: { color: '#9fc4f0' } }
      ]
    };
  }
  // one series (病例数 or 基金支付) per DRG or MDC, largest first
  function single(el, d) {
    el.style.height = Math.max(220, 28 * d.keys.length + 40) + 'px';
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } },
      yAxis: { type: 'category', data: d.keys, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ name: el.getAttribute('data-label') || '', type: 'bar', data: d.values.map(Number),
        itemStyle: { color: '#1f6fd1' } }]
    };
  }
  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    document.querySelectorAll('[data-chart][data-kind]').forEach(function (el) {
      var d = JSON.parse(el.getAttribute('data-chart'));
      var chart = window.echarts.init(el);
      var kind = el.getAttribute('data-kind');
      chart.setOption(kind === 'heatmap' ? heatmap(el, d) : kind === 'single' ? single(el, d) : bars(el, d));
      charts.push(chart);
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
