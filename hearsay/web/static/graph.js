// The story graph: hovering a node lights it, its edges and its neighbours.
(function () {
  "use strict";
  var svg = document.getElementById("cite-graph");
  if (!svg) return;
  var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
  svg.querySelectorAll(".node").forEach(function (node) {
    var id = node.getAttribute("data-id");
    node.addEventListener("mouseenter", function () {
      svg.classList.add("focus");
      node.classList.add("lit");
      edges.forEach(function (edge) {
        var from = edge.getAttribute("data-from"), to = edge.getAttribute("data-to");
        if (from === id || to === id) {
          edge.classList.add("lit");
          var other = from === id ? to : from;
          svg.querySelectorAll(".node").forEach(function (n) {
            if (n.getAttribute("data-id") === other) n.classList.add("lit");
          });
        }
      });
    });
    node.addEventListener("mouseleave", function () {
      svg.classList.remove("focus");
      svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
    });
  });
})();
