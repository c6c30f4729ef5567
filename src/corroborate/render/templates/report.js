
// Filters and sorting without a server. Reads only the page's own data-* attributes and
// text; writes only `hidden`, order and a count: never markup.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var text = new Map();
  cards.forEach(function (card, index) {
    card.dataset.order = String(index);
    text.set(card, card.textContent.toLowerCase());
  });
  function has(list, sep, value) { return list.split(sep).indexOf(value) >= 0; }
  function keyOf(sort) {
    if (sort === "origins") { return function (c) { return -Number(c.dataset.origins); }; }
    if (sort === "articles") { return function (c) { return -Number(c.dataset.articles); }; }
    if (sort === "speaker") { return function (c) { return (c.dataset.speaker || "\uffff").toLowerCase(); }; }
    return null;
  }
  function order(sort) {
    var key = keyOf(sort);
    document.querySelectorAll(".cards").forEach(function (group) {
      var members = Array.prototype.slice.call(group.children);
      members.sort(function (a, b) {
        if (key) {
          var ka = key(a), kb = key(b);
          if (ka < kb) { return -1; }
          if (ka > kb) { return 1; }
        }
        return Number(a.dataset.order) - Number(b.dataset.order);
      });
      members.forEach(function (card) { group.appendChild(card); });
    });
  }
  function apply() {
    var q = form.elements.q.value.trim().toLowerCase();
    var speaker = form.elements.speaker.value;
    var outlet = form.elements.outlet.value;
    var verdict = form.elements.verdict.value;
    var stance = form.elements.stance.value;
    var shown = 0;
    cards.forEach(function (card) {
      var ok = (!q || text.get(card).indexOf(q) >= 0) &&
        (!speaker || card.dataset.speaker === speaker) &&
        (!outlet || has(card.dataset.outlets, "\n", outlet)) &&
        (!verdict || card.dataset.verdict === verdict) &&
        (!stance || has(card.dataset.stances, " ", stance));
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll(".cards").forEach(function (group) {
      var heading = document.getElementById(group.dataset.group);
      var count = heading && heading.querySelector(".n");
      var visible = group.querySelectorAll(".card:not([hidden])").length;
      if (count) { count.textContent = "(" + visible + " of " + group.children.length + ")"; }
    });
    form.elements.shown.value = shown + " of " + cards.length + " claims shown";
    order(form.elements.sort.value);
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
}());
