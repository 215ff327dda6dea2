// The inventory's maps, drawn with Leaflet from the platform's own files. Progressive enhancement only:
// every page says the same in words (the list, the municipality, the coordinate fields), and works
// without this file. Nothing is fetched from another server unless an operator set a tile server.
(function () {
  "use strict";
  if (!window.L || !window.fetch) {
    return;
  }

  // Sweden, for a map with nothing on it yet.
  var SWEDEN = [[55.0, 10.9], [69.1, 24.2]];
  var drawn = [];

  function basemap(map, figure) {
    var tiles = figure.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
      return;
    }
    fetch(figure.dataset.outline, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (outline) {
        L.geoJSON(outline, {
          interactive: false,
          style: { color: "#6b6b6b", weight: 1, fillColor: "#f7f7f4", fillOpacity: 1 }
        }).addTo(map);
      })
      .catch(function () { /* The markers still show where the entries are. */ });
  }

  // Several entries at one place (a municipality's point) share one marker, which lists them all.
  function popup(entries) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var list = document.createElement(entries.length > 1 ? "ul" : "div");
    entries.forEach(function (entry) {
      var item = document.createElement(entries.length > 1 ? "li" : "p");
      var link = document.createElement("a");
      link.href = entry.properties.url;
      link.textContent = entry.properties.name;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + entry.properties.stage + ")"));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function markers(map, figure) {
    fetch(figure.dataset.points, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        var places = {};
        var order = [];
        collection.features.forEach(function (feature) {
          var at = feature.geometry.coordinates;
          var key = at[1].toFixed(5) + "," + at[0].toFixed(5);
          if (!places[key]) {
            places[key] = { at: [at[1], at[0]], entries: [] };
            order.push(key);
          }
          places[key].entries.push(feature);
        });
        var bounds = [];
        order.forEach(function (key) {
          var place = places[key];
          var names = place.entries.map(function (entry) { return entry.properties.name; });
          var label = place.entries.length > 1
            ? figure.dataset.group.replace("{0}", String(place.entries.length)) + ": " + names.join(", ")
            : names[0];
          L.marker(place.at, { alt: label, title: label, keyboard: true })
            .bindPopup(popup(place.entries))
            .addTo(map);
          bounds.push(place.at);
        });
        if (bounds.length > 0) {
          map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10 });
        }
      })
      .catch(function () { /* The list beside the map has the same entries. */ });
  }

  // On the form: a click on the map fills in the coordinate fields, which stay the way to set a point.
  function picker(map, figure) {
    var latitude = document.getElementById("latitude");
    var longitude = document.getElementById("longitude");
    if (!latitude || !longitude) {
      return;
    }
    var marker = null;
    function place(lat, lon, pan) {
      if (marker) {
        marker.setLatLng([lat, lon]);
      } else {
        marker = L.marker([lat, lon], { alt: figure.querySelector(".initiative-map").getAttribute("aria-label"), keyboard: false }).addTo(map);
      }
      if (pan) {
        map.setView([lat, lon], Math.max(map.getZoom(), 9));
      }
    }
    function fromFields() {
      var lat = parseFloat(latitude.value.replace(",", "."));
      var lon = parseFloat(longitude.value.replace(",", "."));
      if (!isNaN(lat) && !isNaN(lon) && lat >= 55 && lat <= 69.1 && lon >= 10.9 && lon <= 24.2) {
        place(lat, lon, true);
      }
    }
    map.on("click", function (event) {
      latitude.value = event.latlng.lat.toFixed(5);
      longitude.value = event.latlng.lng.toFixed(5);
      place(event.latlng.lat, event.latlng.lng, false);
    });
    latitude.addEventListener("change", fromFields);
    longitude.addEventListener("change", fromFields);
    fromFields();
  }

  function draw(figure) {
    if (figure.dataset.drawn) {
      return;
    }
    figure.dataset.drawn = "true";
    figure.hidden = false;
    // Leaflet guesses its marker images from its stylesheet, which fails once their addresses carry a
    // hash of their content: the addresses are given instead.
    L.Icon.Default.imagePath = "";
    L.Icon.Default.mergeOptions({
      iconUrl: figure.dataset.marker,
      iconRetinaUrl: figure.dataset.markerLarge,
      shadowUrl: figure.dataset.markerShadow
    });
    var element = figure.querySelector(".initiative-map");
    var map = L.map(element, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: figure.dataset.zoomIn, zoomOutTitle: figure.dataset.zoomOut }).addTo(map);
    map.fitBounds(SWEDEN);
    basemap(map, figure);
    if (figure.dataset.points) {
      markers(map, figure);
    } else if (figure.dataset.lat && figure.dataset.lon && !figure.dataset.pick) {
      var at = [parseFloat(figure.dataset.lat), parseFloat(figure.dataset.lon)];
      L.marker(at, { alt: figure.dataset.name, title: figure.dataset.name, keyboard: false }).addTo(map);
      map.setView(at, 9);
    }
    if (figure.dataset.pick) {
      picker(map, figure);
    }
    drawn.push({ figure: figure, map: map });
  }

  function drawAll() {
    document.querySelectorAll("figure.map-figure").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  // The search is updated in place with its map: the old map is let go, the new one drawn.
  document.addEventListener("htmx:beforeSwap", function () {
    drawn = drawn.filter(function (entry) {
      if (entry.figure.closest("#search")) {
        entry.map.remove();
        return false;
      }
      return true;
    });
  });
  document.addEventListener("htmx:afterSettle", drawAll);
})();
