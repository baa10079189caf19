// Small SVG charts built with DOM APIs: lines over months (shares) and grouped bars (counts). The
// arithmetic (scales, ticks, paths, bars) is pure and tested in node; colours come from classes
// in dashboard.css (series-0, series-1, …), so the page needs no style attribute.

const SVG = 'http://www.w3.org/2000/svg';

/** The drawing area inside a chart of this size, leaving room for the axes' labels. */
export const LAYOUT = Object.freeze({ width: 520, height: 250, left: 44, right: 10, top: 12, bottom: 40 });

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale([d0, d1], [r0, r1]) {
  if (d1 === d0) {
    return () => (r0 + r1) / 2;
  }
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** The smallest of 1, 2, 5 × 10^k that is at least max (1 for max ≤ 0): a round top for counts. */
export function niceMax(max) {
  if (!(max > 0)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= max - 1e-9);
}

/** count + 1 evenly spaced values from 0 to top. */
export function ticks(top, count) {
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}

/** The x of each of n points spread over [left, right], centred in equal bands. */
export function bandCentres(n, left, right) {
  const band = (right - left) / n;
  return Array.from({ length: n }, (_, i) => left + band * (i + 0.5));
}

/**
 * An SVG path through the points [x, y]; a point with a null y breaks the line, so a month without
 * figures is a gap, not a zero.
 */
export function linePath(points) {
  let path = '';
  let drawing = false;
  for (const [x, y] of points) {
    if (y === null || y === undefined || Number.isNaN(y)) {
      drawing = false;
      continue;
    }
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'}${round(x)} ${round(y)}`;
    drawing = true;
  }
  return path;
}

/**
 * Grouped bars: for each band (month) one bar per series side by side.
 *
 * @param series arrays of values, one per series, each with a value per band (null: no bar)
 * @param x0 x1 the plot's left and right; y the value's scale; baseline y of zero
 * @returns {series, index, value, x, y, width, height}[]
 */
export function groupedBars(series, [x0, x1], y, baseline) {
  const bands = Math.max(0, ...series.map((values) => values.length));
  if (bands === 0) {
    return [];
  }
  const band = (x1 - x0) / bands;
  const gap = band * 0.2;
  const width = (band - gap) / series.length;
  const bars = [];
  series.forEach((values, s) => {
    values.forEach((value, index) => {
      if (value === null || value === undefined) {
        return;
      }
      const top = y(value);
      bars.push({
        series: s,
        index,
        value,
        x: round(x0 + band * index + gap / 2 + width * s),
        y: round(Math.min(top, baseline)),
        width: round(width),
        height: round(Math.abs(baseline - top)),
      });
    });
  });
  return bars;
}

const round = (n) => Math.round(n * 100) / 100;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...children);
  return element;
}

function html(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...children);
  return element;
}

/**
 * A chart with its text alternative: an SVG (role img, its figures in its aria-label) and a table
 * of the same figures, one row per label (month).
 *
 * @param spec.kind 'line' (values 0..1 unless spec.top) or 'bar' (counts)
 * @param spec.id the figure's id; spec.title its caption
 * @param spec.labels the x labels (short); spec.subLabels a second line under some (e.g. the year)
 * @param spec.keys the rows' keys (e.g. month ids)
 * @param spec.series [{key, name, values}] values per label, null where there is none
 * @param spec.format value → text, as the table and the label write it
 * @param spec.texts {table, first} the table's summary and first column heading
 * @param spec.ariaLabel (figures) → the SVG's label
 */
export function chart(spec) {
  const { width, height, left, right, top, bottom } = LAYOUT;
  const plot = { x0: left, x1: width - right, y0: height - bottom, y1: top };
  const values = spec.series.flatMap((s) => s.values).filter((v) => v !== null && v !== undefined);
  const max = spec.kind === 'line' ? 1 : niceMax(Math.max(0, ...values));
  const y = linearScale([0, max], [plot.y0, plot.y1]);
  const grid = ticks(max, 4).map((tick) =>
    svg(
      'g',
      { class: 'tick' },
      svg('line', { x1: plot.x0, x2: plot.x1, y1: round(y(tick)), y2: round(y(tick)), class: 'grid' }),
      svg('text', { x: plot.x0 - 6, y: round(y(tick)) + 4, 'text-anchor': 'end' }, spec.axis(tick)),
    ),
  );
  const xs = bandCentres(spec.labels.length, plot.x0, plot.x1);
  const xLabels = spec.labels.flatMap((label, i) => [
    svg('text', { x: round(xs[i]), y: height - 22, 'text-anchor': 'middle', class: 'x-label' }, label),
    spec.subLabels?.[i]
      ? svg('text', { x: round(xs[i]), y: height - 6, 'text-anchor': 'middle', class: 'x-label' }, spec.subLabels[i])
      : null,
  ]).filter(Boolean);
  const marks = spec.kind === 'line' ? lines(spec, xs, y) : bars(spec, plot, y);
  const figures = spec.series
    .map((s) => spec.seriesText(s.name, s.values.map((v, i) => `${spec.labels[i]} ${spec.format(v)}`).join(', ')))
    .join(' ');
  const image = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': spec.ariaLabel(figures),
      class: `chart chart-${spec.kind}`,
      preserveAspectRatio: 'xMidYMid meet',
    },
    ...grid,
    svg('line', { x1: plot.x0, x2: plot.x1, y1: plot.y0, y2: plot.y0, class: 'axis' }),
    ...xLabels,
    ...marks,
  );
  const legend = html(
    'ul',
    { class: 'chart-legend', 'aria-hidden': 'true' },
    ...spec.series.map((s, i) => html('li', {}, html('span', { class: `swatch-line series-${i}` }), s.name)),
  );
  return html(
    'figure',
    { id: spec.id, class: 'trend', 'data-kind': spec.kind },
    html('figcaption', {}, spec.title),
    legend,
    image,
    table(spec),
  );
}

function lines(spec, xs, y) {
  return spec.series.flatMap((s, i) => [
    svg('path', {
      d: linePath(s.values.map((v, j) => [xs[j], v === null || v === undefined ? null : y(v)])),
      class: `line series-${i}`,
      fill: 'none',
      'data-series': s.key,
    }),
    ...s.values
      .map((v, j) =>
        v === null || v === undefined
          ? null
          : svg(
              'circle',
              { cx: round(xs[j]), cy: round(y(v)), r: 3.5, class: `point series-${i}`, 'data-series': s.key, 'data-key': spec.keys[j], 'data-value': v },
              svg('title', {}, `${s.name}, ${spec.labels[j]}: ${spec.format(v)}`),
            ),
      )
      .filter(Boolean),
  ]);
}

function bars(spec, plot, y) {
  return groupedBars(spec.series.map((s) => s.values), [plot.x0, plot.x1], y, plot.y0).map((bar) => {
    const s = spec.series[bar.series];
    return svg(
      'rect',
      {
        x: bar.x,
        y: bar.y,
        width: bar.width,
        height: bar.height,
        class: `bar series-${bar.series}`,
        'data-series': s.key,
        'data-key': spec.keys[bar.index],
        'data-value': bar.value,
      },
      svg('title', {}, `${s.name}, ${spec.labels[bar.index]}: ${spec.format(bar.value)}`),
    );
  });
}

function table(spec) {
  return html(
    'details',
    { class: 'chart-table' },
    html('summary', {}, spec.texts.table),
    html(
      'table',
      {},
      html(
        'thead',
        {},
        html('tr', {}, html('th', { scope: 'col' }, spec.texts.first), ...spec.series.map((s) => html('th', { scope: 'col' }, s.name))),
      ),
      html(
        'tbody',
        {},
        ...spec.keys.map((key, i) =>
          html(
            'tr',
            { 'data-key': key },
            html('th', { scope: 'row' }, spec.fullLabels?.[i] ?? spec.labels[i]),
            ...spec.series.map((s) => html('td', { 'data-series': s.key }, spec.format(s.values[i]))),
          ),
        ),
      ),
    ),
  );
}
