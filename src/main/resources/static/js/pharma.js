// 完成进度 dashboard: the institution × product heat map of completion (%) and the grouped completion and
// non-winning share against the time progress. Data and labels come from the chart elements' data attributes.
(function () {
  function heat(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    el.style.height = Math.max(240, 60 + d.y.length * 22) + 'px';
    chart.resize();
    chart.setOption({
      tooltip: { position: 'top', formatter: function (p) { return d.y[p.value[1]] + '<br>' + d.x[p.value[0]] + '：' + p.value[2] + '%'; } },
      grid: { left: 8, right: 8, top: 8, bottom: 72, containLabel: true },
      xAxis: { type: 'category', data: d.x, axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'category', data: d.y, inverse: true },
      visualMap: { min: 0, max: 120, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
        inRange: { color: ['#f56c6c', '#e6a23c', '#f5f7fa', '#67c23a'] } },
      series: [{ name: el.getAttribute('data-label'), type: 'heatmap', data: d.data, label: { show: d.y.length <= 40, fontSize: 10 } }]
    });
    return chart;
  }
  function bars(el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    var label = function (k) { return el.getAttribute('data-label-' + k); };
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.labels, axisLabel: { rotate: 30, interval: 0, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', name: '%' },
      series: [
        { name: label('completion'), type: 'bar', data: d.completion, itemStyle: { color: '#409eff' },
          markLine: { symbol: 'none', data: [{ yAxis: Number(d.time), name: label('time') }], lineStyle: { color: '#e6a23c' },
            label: { position: 'insideEndTop', formatter: label('time') + ' {c}%' } } },
        { name: label('nonwinning'), type: 'bar', data: d.nonWinning, itemStyle: { color: '#c0c4cc' } }
      ]
    });
    return chart;
  }
  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    var h = document.getElementById('progress-heat');
    var b = document.getElementById('progress-bars');
    if (h) { charts.push(heat(h)); }
    if (b) { charts.push(bars(b)); }
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
