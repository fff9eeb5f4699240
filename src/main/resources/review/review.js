// baocao review site: figure details on document pages, charts on indicator pages. No network, no framework.
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function percent(v) {
    return v == null ? '' : (Math.round(v * 100) / 100).toString().replace('.', ',') + '%';
  }

  // ---- a document page: hover shows a figure, selecting it fills the panel and its correction line
  function details(f) {
    var rows = [['Thước đo', f.measure], ['Trạng thái', f.status], ['Kỳ', f.period], ['Địa bàn', f.area], ['Giá trị', f.value],
      ['Quy tắc', f.rule], ['Sửa', f.correction], ['Vị trí', f.where], ['Trích', f.evidence]];
    var html = '<div class="name">' + esc(f.name || f.indicator) + '</div><div><code>' + esc(f.indicator) + '</code></div><table>';
    rows.forEach(function (r) {
      if (r[1] != null && r[1] !== '') { html += '<tr><td>' + esc(r[0]) + '</td><td>' + esc(r[1]) + '</td></tr>'; }
    });
    return html + '</table>';
  }

  function setupFigures(figs) {
    var tip = document.createElement('div');
    tip.id = 'tip';
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.appendChild(tip);
    var selected = null;

    function show(el, f) {
      tip.innerHTML = details(f);
      tip.hidden = false;
      var r = el.getBoundingClientRect();
      var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 460);
      tip.style.left = Math.max(4, left) + 'px';
      tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    }

    function select(el) {
      var f = figs[el.id];
      if (!f) { return; }
      if (selected) { selected.classList.remove('selected'); }
      selected = el;
      el.classList.add('selected');
      byId('detail').innerHTML = details(f);
      byId('line').value = f.line;
      byId('copied').textContent = '';
    }

    document.querySelectorAll('.reading .fig').forEach(function (el) {
      var f = figs[el.id];
      if (!f) { return; }
      el.addEventListener('mouseenter', function () { show(el, f); });
      el.addEventListener('mouseleave', function () { tip.hidden = true; });
      el.addEventListener('focus', function () { show(el, f); select(el); });
      el.addEventListener('blur', function () { tip.hidden = true; });
      el.addEventListener('click', function () { select(el); });
    });

    function fromHash() {
      var el = location.hash.length > 1 ? byId(decodeURIComponent(location.hash.substring(1))) : null;
      if (el && el.classList.contains('fig')) {
        select(el);
        el.scrollIntoView({ block: 'center' });
      } else if (location.hash.length > 1 && figs[location.hash.substring(1)]) {
        // a figure not on the text (file gone, offsets outside it): its details still show
        byId('detail').innerHTML = details(figs[location.hash.substring(1)]);
        byId('line').value = figs[location.hash.substring(1)].line;
      }
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();

    byId('copy').addEventListener('click', function () {
      var t = byId('line');
      function done() { byId('copied').textContent = 'Đã sao chép'; }
      function fallback() { t.select(); document.execCommand('copy'); done(); }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(t.value).then(done, fallback);
      } else {
        fallback();
      }
    });
  }

  // ---- an indicator page: the same part of the year across years, per area
  function unique(list) {
    return list.filter(function (v, i) { return list.indexOf(v) === i; });
  }

  function yoyOption(c) {
    var years = unique(c.yoy.map(function (p) { return p.year; })).sort();
    var spans = unique(c.yoy.map(function (p) { return p.span; }));
    var series = [];
    spans.forEach(function (span) {
      var at = years.map(function (y) {
        return c.yoy.filter(function (p) { return p.span === span && p.year === y; })[0] || null;
      });
      series.push({ name: span + ': giá trị', type: 'bar', yAxisIndex: 0, barMaxWidth: 48,
        data: at.map(function (p) { return p ? { value: p.value, text: p.text } : null; }) });
      series.push({ name: span + ': tăng/giảm tính được', type: 'line', yAxisIndex: 1, connectNulls: true, symbolSize: 8,
        data: at.map(function (p) { return p && p.computed != null ? Math.round(p.computed * 100) / 100 : null; }) });
      series.push({ name: span + ': báo cáo nêu', type: 'scatter', yAxisIndex: 1,
        data: at.map(function (p) {
          if (!p || p.stated == null) { return null; }
          return p.disagrees
            ? { value: p.stated, symbol: 'triangle', symbolSize: 18, itemStyle: { color: '#d62728' }, disagrees: true }
            : { value: p.stated, symbolSize: 11 };
        }) });
    });
    return {
      title: { text: 'So sánh cùng kỳ', left: 0, textStyle: { fontSize: 14 } },
      legend: { top: 24, type: 'scroll' },
      grid: { top: 70, left: 70, right: 60, bottom: 30 },
      tooltip: { trigger: 'axis', formatter: function (items) {
        var s = '<b>' + esc(items[0].axisValue) + '</b>';
        items.forEach(function (it) {
          if (it.data == null) { return; }
          var d = it.data;
          var v = d.text != null ? d.text : percent(d.value != null ? d.value : d);
          s += '<br>' + it.marker + esc(it.seriesName) + ': ' + esc(v) + (d.disagrees ? ' ⚠ lệch với số tính được' : '');
        });
        return s;
      } },
      xAxis: { type: 'category', data: years },
      yAxis: [{ type: 'value', name: c.unit, axisLabel: { formatter: vietnamese } },
              { type: 'value', name: '%', splitLine: { show: false }, axisLabel: { formatter: vietnamese } }],
      series: series
    };
  }

  // Axis numbers as the reports write them: '25.000', '2,5' (ECharts groups the English way).
  function vietnamese(v) {
    return Number(v).toLocaleString('vi-VN');
  }

  function targetOption(c) {
    var periods = c.target.map(function (p) { return p.period; });
    return {
      title: { text: 'Thực hiện so với kế hoạch năm', left: 0, textStyle: { fontSize: 14 } },
      legend: { top: 24 },
      grid: { top: 64, left: 70, right: 60, bottom: 30 },
      tooltip: { trigger: 'axis', valueFormatter: percent },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: '% kế hoạch', axisLabel: { formatter: vietnamese } },
      series: [
        { name: '% kế hoạch tính được', type: 'bar', barMaxWidth: 48,
          data: c.target.map(function (p) { return p.computed == null ? null : Math.round(p.computed * 100) / 100; }),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }], lineStyle: { color: '#2e8b2e' } } },
        { name: '% kế hoạch báo cáo nêu', type: 'scatter',
          data: c.target.map(function (p) {
            if (p.stated == null) { return null; }
            return p.disagrees ? { value: p.stated, symbol: 'triangle', symbolSize: 18, itemStyle: { color: '#d62728' } }
              : { value: p.stated, symbolSize: 11 };
          }) }
      ]
    };
  }

  function setupCharts(list) {
    var draw = function (el) {
      if (el.getAttribute('data-drawn')) { return; }
      el.setAttribute('data-drawn', 'true');
      var c = list[Number(el.getAttribute('data-chart'))];
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      var option = el.classList.contains('target') ? targetOption(c) : yoyOption(c);
      option.animation = false; // a reviewer reads figures; a screenshot shows the whole chart
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    };
    var els = Array.prototype.slice.call(document.querySelectorAll('.chart'));
    // The first charts are drawn at once, so the page opens with them; the rest as they scroll near.
    els.slice(0, 4).forEach(draw);
    els = els.slice(4);
    if ('IntersectionObserver' in window) {
      // Drawn when scrolled near: an indicator reported by hundreds of areas opens at once.
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
        });
      }, { rootMargin: '300px' });
      els.forEach(function (el) { seen.observe(el); });
    } else {
      els.forEach(draw);
    }
  }

  var figures = byId('figures');
  if (figures) { setupFigures(JSON.parse(figures.textContent)); }
  var charts = byId('charts');
  if (charts && window.echarts) { setupCharts(JSON.parse(charts.textContent)); }
}());
