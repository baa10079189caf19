// The equipment on a Leaflet map, one marker per piece, coloured by its state. Without a tile URL
// (the default) the map draws no background at all and fetches nothing: markers on a plain
// surface, with a scale, fitted to their bounds.
import { circleMarker, control, featureGroup, map as leafletMap, tileLayer } from 'leaflet';
import { h } from './dom.js';

/** The marker states, in legend order; the colours keep 4.5:1 contrast on the map's surface. */
export const STATES = [
  { key: 'IN_SERVICE', label: 'In service', color: '#17663a', fill: 0.85, radius: 7, dash: null },
  { key: 'OPEN_TICKET', label: 'In service, open ticket', color: '#8a4600', fill: 0.85, radius: 8, dash: null },
  { key: 'OUT_OF_SERVICE', label: 'Out of service', color: '#b0122a', fill: 0.85, radius: 9, dash: null },
  { key: 'RETIRED', label: 'Retired', color: '#555555', fill: 0, radius: 6, dash: '3 3' },
];

/** The state a piece of equipment is drawn in. */
export function stateOf(equipment, withOpenTicket) {
  if (equipment.status === 'RETIRED' || equipment.status === 'OUT_OF_SERVICE') {
    return equipment.status;
  }
  return withOpenTicket.has(equipment.id) ? 'OPEN_TICKET' : 'IN_SERVICE';
}

const hasPosition = (e) => Number.isFinite(e.latitude) && Number.isFinite(e.longitude);

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

  /** Fits the view to the markers; call again when the container changes size. */
  fit() {
    this.map.invalidateSize();
    const bounds = this.markers.getBounds();
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    }
  }

  marker(piece, state) {
    const marker = circleMarker([piece.latitude, piece.longitude], {
      radius: state.radius,
      color: state.color,
      weight: 2,
      fillColor: state.color,
      fillOpacity: state.fill,
      dashArray: state.dash,
      className: `equipment-marker state-${state.key}`,
    });
    marker.bindTooltip(`${piece.id} · ${state.label}`);
    marker.bindPopup(() =>
      h(
        'div',
        { class: 'popup' },
        h('strong', {}, piece.id),
        h('div', {}, `${piece.type ?? ''} · ${piece.site ?? ''}`),
        h('div', {}, piece.districtPath ?? ''),
        h('div', {}, `State: ${state.label}`),
        h('div', {}, 'Transaction: ', h('code', {}, piece.txId ?? '–')),
        h('div', {}, `Block: ${piece.blockNumber ?? '–'}`),
        h('button', { type: 'button', onclick: () => this.onTickets(piece.id) }, 'Its tickets'),
      ),
    );
    return marker;
  }
}
