// The member map: towns as circles sized by their number of listed members, merged into clusters
// when zoomed out. The list of towns below the map stays the way to reach every town, also when
// the map or its background cannot load.
(function () {
    "use strict";
    var element = document.getElementById("member-map");
    if (!element || !window.L) {
        return;
    }
    element.hidden = false;
    // Without padding the drawing layer stays inside the map, so that it never lies over the text around it.
    var map = L.map(element, { scrollWheelZoom: false, zoomControl: false, renderer: L.svg({ padding: 0 }) }).setView([50.2, 3.9], 7);
    // A plain hyphen: checkers cannot read the contrast of the mathematical minus sign Leaflet uses.
    L.control.zoom({ zoomOutText: "-", zoomInTitle: element.dataset.zoomInTitle, zoomOutTitle: element.dataset.zoomOutTitle }).addTo(map);
    map.attributionControl.setPrefix(false);
    var background = L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 16 }).addTo(map);
    var failures = 0;
    background.on("tileerror", function () {
        failures += 1;
        if (failures === 3) {
            // Broken tiles would cover the map; the circles stay readable on the plain background.
            map.removeLayer(background);
            document.getElementById("map-tiles-failed").hidden = false;
        }
    });
    var points = L.layerGroup().addTo(map);

    function townLink(town, count) {
        var link = document.createElement("a");
        link.href = "/directory?near=" + encodeURIComponent(town) + "&km=0";
        link.textContent = town + " (" + count + " " + element.dataset.members + ")";
        return link;
    }

    // Leaflet writes string content as HTML; text nodes keep names as plain text.
    function text(value) {
        var span = document.createElement("span");
        span.textContent = value;
        return span;
    }

    function draw(clusters) {
        points.clearLayers();
        clusters.forEach(function (cluster) {
            var marker = L.circleMarker([cluster.latitude, cluster.longitude], {
                radius: 8 + Math.min(22, Math.sqrt(cluster.count) * 3),
                color: "#08463f",
                fillColor: "#0b5e55",
                fillOpacity: 0.6,
                weight: 2
            });
            if (cluster.town) {
                marker.bindPopup(townLink(cluster.town, cluster.count));
                marker.bindTooltip(text(cluster.town + ": " + cluster.count));
            } else {
                marker.bindTooltip(text(cluster.count + " " + element.dataset.members + " · " + element.dataset.zoomIn));
                marker.on("click", function () {
                    map.setView([cluster.latitude, cluster.longitude], Math.min(map.getZoom() + 2, 16));
                });
            }
            points.addLayer(marker);
        });
    }

    function load() {
        var bounds = map.getBounds().pad(0.2);
        var query = new URLSearchParams({
            zoom: String(map.getZoom()),
            south: String(bounds.getSouth()),
            west: String(bounds.getWest()),
            north: String(bounds.getNorth()),
            east: String(bounds.getEast())
        });
        fetch(element.dataset.points + "?" + query.toString(), { headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(draw)
            .catch(function () { points.clearLayers(); });
    }

    map.on("moveend", load);
    load();
})();
