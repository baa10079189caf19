// The equipment on a Leaflet map, one marker per piece, coloured by its state, over the outlines
// of the districts (GET /api/v1/districts/outlines): each the padded hull of its machines, labelled
// with its path. Those outlines orient the map without any tiles, which is the default: then the
// map fetches nothing from outside the gateway. With a tile URL set, tiles are drawn under both.
import { circleMarker, control, featureGroup, geoJSON, map as leafletMap, svg, tileLayer, tooltip } from 'leaflet';
import { h } from './dom.js';
import { t } from './i18n.js';

/** The marker states, in legend order; the colours keep 4.5:1 contrast on the map's surface. */
export const STATES = [
  { key: 'IN_SERVICE', color: '#17663a', fill: 0.85, radius: 7, dash: null },
  { key: 'OPEN_TICKET', color: '#8a4600', fill: 0.85, radius: 8, dash: null },
  { key: 'OUT_OF_SERVICE', color: '#b0122a', fill: 0.85, radius: 9, dash: null },
  { key: 'RETIRED', color: '#555555', fill: 0, radius: 6, dash: '3 3' },
];

/** A state's name in the page's language. */
export const stateLabel = (key) => t(`map.state.${key}`);

/** The state a piece of equipment is drawn in. */
export function stateOf(equipment, withOpenTicket) {
  if (equipment.status === 'RETIRED' || equipment.status === 'OUT_OF_SERVICE') {
    return equipment.status;
  }
  return withOpenTicket.has(equipment.id) ? 'OPEN_TICKET' : 'IN_SERVICE';
}

const hasPosition = (e) => Number.isFinite(e.latitude) && Number.isFinite(e.longitude);

// The outlines' own pane lies under the markers' (Leaflet's overlay pane); see dashboard.css.
const OUTLINE_PANE = 'outlines';

export class EquipmentMap {
  /**
   * @param element the map's container
   * @param tiles {tileUrl, tileAttribution}; no tiles when tileUrl is empty
   * @param onTickets called with an equipment id when its "tickets" button is pressed
   */
  constructor(element, tiles, onTickets) {
    this.onTickets = onTickets;
    this.map = leafletMap(element, {
      attributionControl: Boolean(tiles.tileUrl),
      zoomSnap: 0.25,
      worldCopyJump: false,
    });
    if (tiles.tileUrl) {
      tileLayer(tiles.tileUrl, { attribution: tiles.tileAttribution ?? '', maxZoom: 19 }).addTo(this.map);
    }
    control.scale({ metric: true, imperial: false }).addTo(this.map);
    this.map.createPane(OUTLINE_PANE);
    this.outlineRenderer = svg({ pane: OUTLINE_PANE });
    this.outlines = featureGroup().addTo(this.map);
    this.markers = featureGroup().addTo(this.map);
    this.map.setView([0, 0], 2);
  }

  /** Draws the equipment; answers how many pieces are drawn in each state. */
  show(equipment, withOpenTicket) {
    this.markers.clearLayers();
    const counts = Object.fromEntries(STATES.map((s) => [s.key, 0]));
    for (const piece of equipment.filter(hasPosition)) {
      const key = stateOf(piece, withOpenTicket);
      counts[key] += 1;
      this.markers.addLayer(this.marker(piece, STATES.find((s) => s.key === key)));
    }
    this.fit();
    return counts;
  }

  /**
   * Draws the districts' outlines of a GeoJSON FeatureCollection, each labelled with its path
   * above the outline at its centroid (properties.label, [longitude, latitude]); answers how many
   * are drawn.
   */
  showOutlines(collection) {
    this.outlines.clearLayers();
    const features = collection?.features ?? [];
    this.outlines.addLayer(
      geoJSON(features, {
        renderer: this.outlineRenderer,
        pane: OUTLINE_PANE,
        interactive: false,
        style: () => ({
          className: 'district-outline',
          color: '#16324f',
          weight: 2,
          opacity: 0.8,
          fillColor: '#16324f',
          fillOpacity: 0.06,
          dashArray: '6 4',
        }),
      }),
    );
    for (const feature of features) {
      // Above the outline at its centroid's longitude, so that the label hides no marker.
      const [longitude] = feature.properties.label;
      const north = Math.max(...feature.geometry.coordinates[0].map(([, latitude]) => latitude));
      this.outlines.addLayer(
        tooltip({ permanent: true, direction: 'top', className: 'district-label', interactive: false })
          .setLatLng([north, longitude])
          .setContent(
            t('map.outlineLabel', { district: feature.properties.district, machines: feature.properties.machines }),
          ),
      );
    }
    this.fit();
    return features.length;
  }

  /** Fits the view to the markers and outlines; call again when the container changes size. */
  fit() {
    this.map.invalidateSize();
    const bounds = this.markers.getBounds();
    for (const layer of this.outlines.getLayers()) {
      if (layer.getBounds) {
        bounds.extend(layer.getBounds());
      }
    }
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    }
  }

  marker(piece, state) {
    const label = stateLabel(state.key);
    const marker = circleMarker([piece.latitude, piece.longitude], {
      radius: state.radius,
      color: state.color,
      weight: 2,
      fillColor: state.color,
      fillOpacity: state.fill,
      dashArray: state.dash,
      className: `equipment-marker state-${state.key}`,
    });
    marker.bindTooltip(t('map.marker', { id: piece.id, state: label }));
    marker.bindPopup(() =>
      h(
        'div',
        { class: 'popup' },
        h('strong', {}, piece.id),
        h('div', {}, `${piece.type ?? ''} · ${piece.site ?? ''}`),
        h('div', {}, piece.districtPath ?? ''),
        h('div', {}, t('map.popupState', { state: label })),
        h('div', {}, t('map.popupTransaction'), h('code', {}, piece.txId ?? '–')),
        h('div', {}, t('map.popupBlock', { block: piece.blockNumber ?? '–' })),
        h('button', { type: 'button', onclick: () => this.onTickets(piece.id) }, t('map.itsTickets')),
      ),
    );
    return marker;
  }
}
