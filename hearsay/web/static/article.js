// The article page: hovering or clicking a highlighted passage shows who says it.
// Text goes into the popover through textContent only, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("attributions-data").textContent || "[]");
  var text = document.getElementById("article-text");
  var popover = document.getElementById("popover");
  if (!text || !popover) return;
  var pinned = false;

  function indexesOf(element) {
    var value = element.getAttribute("data-attr") || "";
    return value.split(" ").filter(Boolean).map(Number);
  }

  function row(list, label, value, href) {
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt");
    dt.textContent = label;
    var dd = document.createElement("dd");
    if (href) {
      var link = document.createElement("a");
      link.href = href;
      link.textContent = value;
      dd.appendChild(link);
    } else {
      dd.textContent = value;
    }
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function card(item) {
    var box = document.createElement("div");
    var who = document.createElement("div");
    who.className = "who";
    who.textContent = item.source;
    box.appendChild(who);
    var list = document.createElement("dl");
    row(list, "written", item.written !== item.source ? item.written : null);
    row(list, "type", item.source_type);
    row(list, "cue", item.cue);
    row(list, "kind", item.kind.replace("_", " "));
    row(list, "stance", item.stance);
    row(list, "via", item.via);
    if (item.entity) {
      var label = item.entity.name + " (" + item.entity.type + ")";
      row(list, "entity", label, typeof item.entity.id === "number" ? "/entities/" + item.entity.id : null);
    }
    if (item.source_key) row(list, "source page", item.source_key, "/sources/" + encodeURIComponent(item.source_key));
    row(list, "outlet chain", item.outlet_chain);
    row(list, "fate", item.fate && item.fate !== "open" ? item.fate : null);
    box.appendChild(list);
    return box;
  }

  function highlight(indexes) {
    text.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    if (!indexes.length) return;
    text.querySelectorAll("[data-attr]").forEach(function (el) {
      if (indexesOf(el).some(function (i) { return indexes.indexOf(i) >= 0; })) el.classList.add("active");
    });
  }

  function show(element) {
    var indexes = indexesOf(element);
    popover.replaceChildren();
    indexes.forEach(function (i) { if (data[i]) popover.appendChild(card(data[i])); });
    highlight(indexes);
    var box = element.getBoundingClientRect();
    popover.hidden = false;
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 12);
    popover.style.left = Math.max(8, left) + "px";
    popover.style.top = window.scrollY + box.bottom + 6 + "px";
  }

  function hide() {
    if (pinned) return;
    popover.hidden = true;
    highlight([]);
  }

  text.addEventListener("mouseover", function (event) {
    var target = event.target.closest("[data-attr]");
    if (target && !pinned) show(target);
  });
  text.addEventListener("mouseout", function (event) {
    if (event.target.closest("[data-attr]")) hide();
  });
  text.addEventListener("click", function (event) {
    var target = event.target.closest("[data-attr]");
    if (!target) return;
    pinned = true;
    show(target);
    event.stopPropagation();
  });
  text.addEventListener("keydown", function (event) {
    var target = event.target.closest("[data-attr]");
    if (target && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      pinned = true;
      show(target);
    }
  });
  document.addEventListener("click", function (event) {
    if (!popover.contains(event.target)) { pinned = false; hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = false; hide(); }
  });
  // The side panel: a claim jumps to its place in the text.
  document.querySelectorAll(".claim-jump").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      event.stopPropagation();
      var index = Number(link.getAttribute("data-attr"));
      var first = Array.prototype.find.call(text.querySelectorAll(".hl-content[data-attr]"), function (el) {
        return indexesOf(el).indexOf(index) >= 0;
      });
      if (!first) return;
      first.scrollIntoView({ block: "center" });
      pinned = true;
      popover.replaceChildren(card(data[index]));
      highlight([index]);
      var box = first.getBoundingClientRect();
      popover.hidden = false;
      popover.style.left = Math.max(8, window.scrollX + box.left) + "px";
      popover.style.top = window.scrollY + box.bottom + 6 + "px";
    });
  });
})();
