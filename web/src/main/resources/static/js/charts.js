// Charts over the statistics tables, drawn with uPlot (served from this site). Progressive enhancement only: the
// tables are the page and what screen readers read; a chart repeats one table's columns and is hidden from them.
(function () {
  "use strict";

  var COLOURS = {
    received: "#0b4f8a",
    online: "#b35c00",
    onlineShare: "#b35c00",
    onTimeRate: "#0b6b3a"
  };
  var HEIGHT = 260;

  function percent(value) {
    return value == null ? "—" : (Math.round(value * 1000) / 10).toLocaleString("vi-VN") + " %";
  }

  function count(value) {
    return value == null ? "—" : Math.round(value).toLocaleString("vi-VN");
  }

  // One table's rows: their short labels and, for each series asked for, its column's data-value cells.
  function read(table, names) {
    var headers = table.querySelectorAll("thead th");
    var columns = {};
    var labels = {};
    for (var h = 0; h < headers.length; h++) {
      var name = headers[h].getAttribute("data-series");
      if (name) {
        columns[name] = h;
        labels[name] = headers[h].textContent.trim();
      }
    }
    var rows = table.querySelectorAll("tbody tr");
    var data = { x: [], labels: [], series: [] };
    names.forEach(function (name) {
      data.series.push({ name: name, label: labels[name], values: [] });
    });
    for (var r = 0; r < rows.length; r++) {
      var cells = rows[r].children;
      data.x.push(r);
      data.labels.push(cells[0].getAttribute("data-short") || cells[0].textContent.trim());
      data.series.forEach(function (series) {
        var cell = cells[columns[series.name]];
        var value = cell && cell.hasAttribute("data-value") ? parseFloat(cell.getAttribute("data-value")) : null;
        series.values.push(isNaN(value) ? null : value);
      });
    }
    return data;
  }

  function options(box, data, bars, isPercent) {
    var format = isPercent ? percent : count;
    var last = data.x.length - 1;
    return {
      width: Math.max(280, box.clientWidth),
      height: HEIGHT,
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: function () { return [-0.5, last + 0.5]; } },
        y: {
          range: function (u, min, max) {
            return isPercent ? [0, 1] : [0, max > 0 ? Math.ceil(max * 1.1) : 1];
          }
        }
      },
      axes: [
        {
          splits: function () { return data.x; },
          values: function (u, splits) {
            return splits.map(function (i) { return data.labels[i] || ""; });
          },
          rotate: data.x.length > 6 ? -45 : 0,
          size: data.x.length > 6 ? 70 : 40,
          gap: 4
        },
        {
          values: function (u, splits) { return splits.map(format); },
          // Whole dossiers only: no tick between 1 and 2.
          incrs: isPercent ? undefined : [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000],
          size: 60
        }
      ],
      series: [{ label: "Kỳ", value: function (u, i) { return i == null ? "" : data.labels[i]; } }].concat(
        data.series.map(function (series, index) {
          var colour = COLOURS[series.name] || "#1b1b1b";
          return {
            label: series.label,
            stroke: colour,
            width: bars ? 1 : 3,
            fill: bars ? colour : undefined,
            points: { show: !bars, size: 8, fill: colour },
            paths: bars ? uPlot.paths.bars({ size: [index === 0 ? 0.7 : 0.4, 80] }) : undefined,
            value: function (u, v) { return format(v); }
          };
        })
      )
    };
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute("data-chart"));
    if (!table) {
      return;
    }
    var names = box.getAttribute("data-series").split(" ");
    var data = read(table, names);
    if (data.x.length === 0) {
      return;
    }
    var isPercent = table.querySelector("thead th[data-series='" + names[0] + "']").hasAttribute("data-percent");
    box.hidden = false;
    var plot = new uPlot(
      options(box, data, box.getAttribute("data-kind") === "bars", isPercent),
      [data.x].concat(data.series.map(function (series) { return series.values; })),
      box
    );
    window.addEventListener("resize", function () {
      plot.setSize({ width: Math.max(280, box.clientWidth), height: HEIGHT });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof uPlot === "undefined") {
      return;
    }
    var boxes = document.querySelectorAll("[data-chart]");
    for (var i = 0; i < boxes.length; i++) {
      draw(boxes[i]);
    }
  });
})();
