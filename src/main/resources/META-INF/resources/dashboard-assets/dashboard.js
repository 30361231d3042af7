// Draws the charts the server rendered into #dashboard-charts (categories and named series) with ECharts.
(function () {
  'use strict';

  function draw() {
    var block = document.getElementById('dashboard-charts');
    var charts = block ? JSON.parse(block.textContent) : [];
    charts.forEach(function (chart) {
      var element = document.querySelector('[data-chart="' + chart.key + '"]');
      if (!element) {
        return;
      }
      if (typeof echarts === 'undefined') {
        element.textContent = 'Charts could not be loaded.';
        element.className += ' problem';
        return;
      }
      echarts.init(element).setOption({
        // Drawn at once: figures to read, not to watch grow.
        animation: false,
        title: { text: chart.title, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        legend: { top: 24 },
        grid: { top: 64, left: 56, right: 24, bottom: 48 },
        xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, width: 110, overflow: 'truncate' } },
        yAxis: { type: 'value' },
        series: chart.series.map(function (series) {
          return {
            name: series.name,
            type: series.kind === 'LINE' ? 'line' : 'bar',
            // Values arrive as decimal strings (exact money); null where there is none.
            data: series.values.map(function (value) { return value === null ? null : Number(value); })
          };
        })
      });
      element.setAttribute('data-rendered', 'true');
    });
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-rendered="true"]').forEach(function (element) {
        echarts.getInstanceByDom(element).resize();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
}());
