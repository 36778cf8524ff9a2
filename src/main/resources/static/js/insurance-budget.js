// 总额预算 group page: budget vs advances vs fund spend per month (data in the element's data-chart attribute).
(function () {
  function draw() {
    var el = document.getElementById('budget-chart');
    if (!el || !window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    var num = function (a) { return a.map(Number); };
    var narrow = el.clientWidth < 560;
    var unit = el.getAttribute('data-unit') || '';
    var unitSize = Number(el.getAttribute('data-unit-size') || 10000);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); } },
      legend: { top: 0, type: narrow ? 'scroll' : 'plain' },
      grid: { left: 10, right: 16, top: narrow ? 40 : 36, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return Math.abs(v) >= unitSize ? (v / unitSize) + unit : v; } } },
      series: [
        { name: el.getAttribute('data-label-spend'), type: 'bar', data: num(data.spend), itemStyle: { color: '#91cc75' } },
        { name: el.getAttribute('data-label-budget'), type: 'line', data: num(data.budget), lineStyle: { type: 'dashed' }, itemStyle: { color: '#5470c6' } },
        { name: el.getAttribute('data-label-advance'), type: 'line', step: 'end', data: num(data.advance), itemStyle: { color: '#fac858' } },
        { name: el.getAttribute('data-label-cum-spend'), type: 'line', data: num(data.cumSpend), itemStyle: { color: '#ee6666' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
