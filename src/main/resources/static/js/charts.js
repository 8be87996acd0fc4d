// Interactive charts (uPlot) in place of the server's SVG: price and time axes, a crosshair
// with a readout that follows the pointer and the arrow keys, and for prices a candle view
// with volume bars. Progressive enhancement only: without this file (or without uPlot) the
// SVG, the summary and the table stay. The data come from the element's data-chart attribute
// (JSON: t = times in epoch seconds, c = closes, o/h/l = opens, highs, lows, v = volumes or
// null, w = a candle's width in seconds); no inline script, as the CSP wants.
(function () {
  "use strict";

  var HEIGHT = 280;
  var PHONE_HEIGHT = 220;
  var PAGE_STEP = 10;

  function css(element, name, fallback) {
    var value = getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  // $12,345.67 from $1 up, four significant digits below (as the server writes prices).
  function money(value) {
    if (value == null || isNaN(value)) { return "-"; }
    var abs = Math.abs(value);
    var text = abs >= 1
      ? abs.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      : abs.toLocaleString("en-US", { maximumSignificantDigits: 4 });
    return (value < 0 ? "-$" : "$") + text;
  }

  // $1,234.56 always: portfolio values are money to the cent.
  function cents(value) {
    if (value == null || isNaN(value)) { return "-"; }
    return (value < 0 ? "-$" : "$")
      + Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function compact(value) {
    if (value == null || isNaN(value)) { return "-"; }
    var units = ["", "K", "M", "B", "T"];
    var unit = 0;
    var abs = Math.abs(value);
    while (unit < units.length - 1 && abs >= 1000) { abs /= 1000; unit++; }
    return (value < 0 ? "-$" : "$") + abs.toFixed(unit === 0 ? 0 : 2) + units[unit];
  }

  function pad(number) { return number < 10 ? "0" + number : "" + number; }

  // 2026-12-03 11:45 UTC, as the server writes times.
  function utc(seconds) {
    var d = new Date(seconds * 1000);
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()) + " "
      + pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + " UTC";
  }

  function numbers(list) {
    return list ? list.map(Number) : null;
  }

  // Candles and their wicks, drawn over the plot in the candle view (a draw hook).
  function drawCandles(u, data, colours) {
    var ctx = u.ctx;
    var n = data.t.length;
    var widthPx = n > 1 ? (u.valToPos(data.t[n - 1], "x", true) - u.valToPos(data.t[0], "x", true)) / (n - 1) : 10;
    var body = Math.max(1, widthPx * 0.7);
    ctx.save();
    ctx.beginPath();
    ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    ctx.clip();
    for (var i = 0; i < n; i++) {
      var x = u.valToPos(data.t[i], "x", true) - widthPx / 2;
      var open = u.valToPos(data.o[i], "y", true);
      var close = u.valToPos(data.c[i], "y", true);
      var high = u.valToPos(data.h[i], "y", true);
      var low = u.valToPos(data.l[i], "y", true);
      var colour = data.c[i] >= data.o[i] ? colours.up : colours.down;
      ctx.strokeStyle = colour;
      ctx.fillStyle = colour;
      ctx.lineWidth = Math.max(1, devicePixelRatio);
      ctx.beginPath();
      ctx.moveTo(Math.round(x), high);
      ctx.lineTo(Math.round(x), low);
      ctx.stroke();
      var top = Math.min(open, close);
      ctx.fillRect(Math.round(x - body / 2), top, Math.round(body), Math.max(1, Math.abs(close - open)));
    }
    ctx.restore();
  }

  function create(plot) {
    if (plot.chart || typeof uPlot === "undefined") { return; }
    var data;
    try { data = JSON.parse(plot.getAttribute("data-chart")); } catch (e) { return; }
    if (!data || !data.t || data.t.length < 2) { return; }
    data.c = numbers(data.c);
    data.o = numbers(data.o);
    data.h = numbers(data.h);
    data.l = numbers(data.l);
    data.v = numbers(data.v);
    var frame = plot.closest(".chart-frame");
    var panel = plot.closest(".chart-card") || frame;
    var readout = frame.querySelector(".chart-readout");
    var format = plot.getAttribute("data-chart-kind") === "value" ? cents : money;
    var label = function (name) { return plot.getAttribute("data-label-" + name) || name; };
    var hasCandles = !!(data.o && data.h && data.l);
    var rising = data.c[data.c.length - 1] >= (hasCandles ? data.o[0] : data.c[0]);
    var colours = {
      up: css(frame, "--chart-up", "#047857"),
      down: css(frame, "--chart-down", "#b91c1c"),
      axis: css(frame, "--chart-axis", "#4b5563"),
      grid: css(frame, "--chart-grid", "#d9dde7"),
      volume: css(frame, "--chart-volume", "rgba(75, 85, 99, .35)"),
      upFill: css(frame, "--chart-up-fill", "rgba(4, 120, 87, .12)"),
      downFill: css(frame, "--chart-down-fill", "rgba(185, 28, 28, .12)")
    };
    var line = rising ? colours.up : colours.down;
    var candles = false;
    var low = Math.min.apply(null, hasCandles ? data.l : data.c);
    var high = Math.max.apply(null, hasCandles ? data.h : data.c);
    var maxVolume = data.v ? Math.max.apply(null, data.v) : 0;

    function size() {
      var width = Math.max(200, frame.clientWidth);
      return { width: width, height: width < 500 ? PHONE_HEIGHT : HEIGHT };
    }

    function describe(i) {
      if (i == null || i < 0 || i >= data.t.length) { return ""; }
      var when = label("time") + " " + utc(data.t[i]);
      if (candles && hasCandles) {
        var text = when + ": " + label("open") + " " + money(data.o[i]) + ", " + label("high") + " " + money(data.h[i])
          + ", " + label("low") + " " + money(data.l[i]) + ", " + label("close") + " " + money(data.c[i]);
        return data.v ? text + ", " + label("volume") + " " + compact(data.v[i]) : text;
      }
      return when + ": " + label("price") + " " + format(data.c[i]);
    }

    var series = [
      {},
      { label: label("price"), scale: "y", stroke: line, width: 2, fill: rising ? colours.upFill : colours.downFill, points: { show: false } }
    ];
    var uData = [data.t, data.c];
    if (data.v) {
      series.push({ label: label("volume"), scale: "v", show: false, fill: colours.volume, stroke: colours.volume,
        paths: uPlot.paths.bars({ size: [0.7, 60] }), points: { show: false } });
      uData.push(data.v);
    }
    var padding = (high - low) * 0.05 || high * 0.01 || 1;
    var dims = size();
    var options = {
      width: dims.width,
      height: dims.height,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 8 } },
      scales: {
        x: { time: true },
        y: { range: function () { return [low - padding, high + padding]; } },
        // the volume bars take the lowest fifth of the plot
        v: { range: function () { return [0, (maxVolume || 1) * 5]; } }
      },
      axes: [
        { stroke: colours.axis, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid } },
        { stroke: colours.axis, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid },
          values: function (u, values) { return values.map(format); },
          // wide enough for the longest price label (uPlot's default cuts "$10,000.00")
          size: function (u, values) {
            var longest = (values || []).reduce(function (n, v) { return Math.max(n, String(v).length); }, 6);
            return longest * 7 + 24;
          } }
      ],
      series: series,
      hooks: {
        draw: [function (u) { if (candles && hasCandles) { drawCandles(u, data, colours); } }],
        setCursor: [function (u) {
          var text = describe(u.cursor.idx);
          if (text) { readout.textContent = text; }
        }]
      }
    };
    plot.hidden = false;
    readout.hidden = false;
    frame.classList.add("chart-frame--live");
    var chart = new uPlot(options, uData, plot);
    plot.chart = chart;
    var index = data.t.length - 1;
    readout.textContent = describe(index);

    function moveTo(i) {
      index = Math.max(0, Math.min(data.t.length - 1, i));
      chart.setCursor({ left: chart.valToPos(data.t[index], "x"), top: chart.valToPos(data.c[index], "y") });
      readout.textContent = describe(index);
    }

    plot.addEventListener("keydown", function (event) {
      var current = chart.cursor.idx == null ? index : chart.cursor.idx;
      var next = { ArrowLeft: current - 1, ArrowRight: current + 1, ArrowDown: current - 1, ArrowUp: current + 1,
        PageDown: current - PAGE_STEP, PageUp: current + PAGE_STEP, Home: 0, End: data.t.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      moveTo(next);
    });
    plot.addEventListener("focus", function () { moveTo(chart.cursor.idx == null ? index : chart.cursor.idx); });

    var views = panel.querySelector("[data-chart-views]");
    if (views && hasCandles) {
      views.hidden = false;
      views.addEventListener("click", function (event) {
        var button = event.target.closest("[data-chart-view]");
        if (!button) { return; }
        candles = button.getAttribute("data-chart-view") === "candles";
        views.querySelectorAll("[data-chart-view]").forEach(function (b) {
          b.setAttribute("aria-pressed", b === button ? "true" : "false");
        });
        plot.classList.toggle("chart-plot--candles", candles);
        chart.setSeries(1, { show: !candles });
        if (data.v) { chart.setSeries(2, { show: candles }); }
        chart.redraw();
        readout.textContent = describe(chart.cursor.idx == null ? index : chart.cursor.idx);
      });
    }

    if (typeof ResizeObserver !== "undefined") {
      new ResizeObserver(function () {
        var next = size();
        if (next.width !== chart.width || next.height !== chart.height) { chart.setSize(next); }
      }).observe(frame);
    }
  }

  function createAll(root) {
    (root || document).querySelectorAll("[data-chart]").forEach(create);
  }

  // fetched on demand (app.js) the page has long been loaded: app.js draws the chart it was asked for
  window.OrderProcessorCharts = { create: create };
  document.addEventListener("DOMContentLoaded", function () { createAll(document); });
  // a range link swapped the chart panel in (htmx)
  document.addEventListener("htmx:load", function (event) { createAll(event.detail.elt); });
})();
