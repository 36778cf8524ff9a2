// 一屏观医: draws the charts of each part (again after htmx swaps a refreshed part in), runs the clock and asks for
// full screen on the button, or on the first touch in kiosk mode. Chart data comes from data-chart attributes.
(function () {
  var charts = [];
  function num(list) {
    return (list || []).map(function (v) { return v === null || v === undefined ? null : Number(v); });
  }
  function graph(el, d) {
    var max = 0;
    d.nodes.forEach(function (n) { max = Math.max(max, Number(n.value)); });
    var maxLink = 0;
    d.links.forEach(function (l) { maxLink = Math.max(maxLink, Number(l.value)); });
    return {
      tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.source + ' → ' + p.data.target
        + '<br>' + Number(p.data.value).toLocaleString() : p.name + '<br>' + Number(p.value).toLocaleString(); } },
      series: [{
        type: 'graph', layout: 'circular', circular: { rotateLabel: false }, roam: false,
        label: { show: true, color: '#fff', fontSize: 16, position: 'inside' },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
        lineStyle: { color: 'source', curveness: 0.25, opacity: 0.7 },
        itemStyle: { color: '#1f6fd1', borderColor: '#7fd1ff', borderWidth: 2, shadowBlur: 16, shadowColor: '#3fa9f5' },
        data: d.nodes.map(function (n) {
          return { name: n.name, value: Number(n.value), symbolSize: 46 + (max > 0 ? 70 * Number(n.value) / max : 0) };
        }),
        links: d.links.map(function (l) {
          return { source: l.source, target: l.target, value: Number(l.value),
            lineStyle: { width: 1 + (maxLink > 0 ? 9 * Number(l.value) / maxLink : 0) } };
        })
      }]
    };
  }
  function spark(el, d) {
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 4, right: 4, top: 6, bottom: 4 },
      xAxis: { type: 'category', data: d.months, show: false },
      yAxis: { type: 'value', scale: true, show: false },
      series: [{ type: 'line', data: num(d.values), smooth: true, symbol: 'none',
        lineStyle: { color: '#3fd1c5', width: 2 }, areaStyle: { color: 'rgba(63,209,197,0.15)' } }]
    };
  }
  function draw(root) {
    if (!window.echarts) { return; }
    (root || document).querySelectorAll('[data-chart][data-kind]:not([data-drawn])').forEach(function (el) {
      el.setAttribute('data-drawn', '1');
      var d = JSON.parse(el.getAttribute('data-chart'));
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(el.getAttribute('data-kind') === 'graph' ? graph(el, d) : spark(el, d));
      charts.push(chart);
    });
  }
  function prune() {
    charts = charts.filter(function (c) {
      if (!document.body.contains(c.getDom())) { c.dispose(); return false; }
      return true;
    });
  }
  function clock() {
    var el = document.getElementById('scr-clock');
    if (el) { el.textContent = new Date().toLocaleString(document.documentElement.lang || 'zh-CN', { hour12: false }); }
  }
  function fullscreen() {
    if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* the browser refused: stay windowed */ });
    }
  }
  function start() {
    draw(document);
    clock();
    setInterval(clock, 1000);
    var button = document.getElementById('scr-fullscreen');
    if (button) { button.addEventListener('click', fullscreen); }
    if (document.body.classList.contains('scr-kiosk')) {
      document.addEventListener('click', fullscreen, { once: true });
    }
    // a refreshed part replaces its element: drop the charts of the old one, draw the new one's
    document.body.addEventListener('htmx:afterSettle', function () { prune(); draw(document); });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
