// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // The filters beside the search results fold away on a phone, so that the results start on the first
  // screen; on a wide screen there is room for them beside the results.
  var wide = window.matchMedia("(min-width: 48rem)");

  function openFilters(keepOpen) {
    var filters = document.querySelector("details.more-filters");
    if (filters && (keepOpen || wide.matches)) {
      filters.open = true;
    }
  }

  // Switching the language mid-form keeps what was typed: the switch leads to the same form (for a form
  // sent back with problems, to the page it lives on), and the fields are filled in again there by id.
  // Kept for this tab only and removed at once; passwords and hidden fields are never kept.
  var KEPT = "kompanjoner.typed";

  function typedFields() {
    var typed = {};
    document.querySelectorAll("main form input, main form textarea").forEach(function (field) {
      var kind = (field.getAttribute("type") || "").toLowerCase();
      if (!field.id || kind === "password" || kind === "hidden" || kind === "checkbox" || kind === "radio") {
        return;
      }
      if (field.value) {
        typed[field.id] = field.value;
      }
    });
    return typed;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.language");
    if (!link) {
      return;
    }
    var typed = typedFields();
    if (Object.keys(typed).length > 0) {
      try {
        sessionStorage.setItem(KEPT, JSON.stringify({ path: new URL(link.href).pathname, fields: typed }));
      } catch (ignored) {
        // Storage may be off; the switch still works, without the typed text.
      }
    }
  });

  function restoreTyped() {
    var kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(KEPT) || "null");
      sessionStorage.removeItem(KEPT);
    } catch (ignored) {
      return;
    }
    if (!kept || kept.path !== location.pathname) {
      return;
    }
    Object.keys(kept.fields).forEach(function (id) {
      var field = document.getElementById(id);
      if (field && field.closest("main form") && !field.value) {
        field.value = kept.fields[id];
      }
    });
  }

  // After a form comes back with problems, move focus to the summary so that keyboard and screen-reader
  // users land on the list of what to correct (the summary's links lead to each field).
  document.addEventListener("DOMContentLoaded", function () {
    restoreTyped();
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
    openFilters(false);
  });

  // An update in place replaces the filters too: they stay open if they were, and the keyboard goes back
  // to the field it was on (htmx does that by id, but not into filters that had folded away meanwhile).
  var before = null;
  document.addEventListener("htmx:beforeRequest", function () {
    var filters = document.querySelector("details.more-filters");
    before = { open: !!(filters && filters.open), focused: document.activeElement && document.activeElement.id };
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!before) {
      return;
    }
    openFilters(before.open);
    var focused = before.focused && document.getElementById(before.focused);
    if (focused && document.activeElement !== focused) {
      focused.focus();
    }
    before = null;
  });

  // A list of choices stepped through with the arrow keys fires "change" at every step in some browsers,
  // and each would send a search and announce a new count. A choice made from the keyboard counts when
  // it is done: Enter, or leaving the list. A pick with the pointer, or from the list's pop-up, counts at
  // once. Without this file the filters are sent with their button.
  var STEPPING = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown|[^ ])$/;
  var stepped = null;
  var pending = null;

  function filterList(element) {
    return element && element.tagName === "SELECT" && element.closest("form.filters") ? element : null;
  }

  function commit() {
    var list = pending;
    pending = null;
    stepped = null;
    if (list && list.isConnected) {
      list.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  document.addEventListener("keydown", function (event) {
    var list = filterList(event.target);
    if (!list) {
      return;
    }
    if (event.key === "Enter" && pending === list) {
      event.preventDefault();
      commit();
      return;
    }
    stepped = !event.altKey && STEPPING.test(event.key) ? list : null;
  }, true);
  document.addEventListener("pointerdown", function () {
    stepped = null;
  }, true);
  // Caught on its way down, before htmx (which listens on the form) hears of it.
  document.addEventListener("change", function (event) {
    var list = filterList(event.target);
    if (list && list === stepped) {
      event.stopPropagation();
      pending = list;
    }
  }, true);
  document.addEventListener("focusout", function (event) {
    if (event.target === pending) {
      commit();
    }
  }, true);
})();

// A reference to copy (the publication library): the text is there to select without this; the button
// copies it in one press and says so where a screen reader hears it.
(function () {
  "use strict";
  var reference = document.querySelector("[data-copy-label]");
  if (!reference || !navigator.clipboard) {
    return;
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "button secondary copy-reference";
  button.textContent = reference.getAttribute("data-copy-label");
  var said = document.createElement("p");
  said.setAttribute("role", "status");
  said.className = "copy-status";
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(reference.textContent.trim()).then(function () {
      said.textContent = reference.getAttribute("data-copied-label");
    });
  });
  reference.after(button, said);
})();
