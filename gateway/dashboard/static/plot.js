// A live scan plot on a canvas, drawn by hand (no library, nothing fetched): detector against
// motor, points joined in the order measured, axes with a few round ticks. Sharp on any screen
// (device pixels), redrawn when its size changes.

import { number } from './format.js';

const COLORS = { axis: '#a9b4c0', grid: '#26303b', line: '#6cb6ff', point: '#f4f6f8', last: '#ffc233', text: '#f4f6f8' };

/** Draws `points` ([[x, y], ...]) into `canvas`, labelled with `xLabel` and `yLabel`. */
export function drawPlot(canvas, points, xLabel, yLabel) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, width, height);
  const font = Math.max(10, Math.round(parseFloat(getComputedStyle(canvas).fontSize) * ratio * 0.85));
  ctx.font = `${font}px system-ui, sans-serif`;
  const pad = { left: font * 5, right: font * 1.2, top: font * 0.8, bottom: font * 3 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  if (plotW <= 0 || plotH <= 0) return;

  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const xRange = range(xs);
  const yRange = range(ys);
  const px = (x) => pad.left + ((x - xRange.min) / (xRange.max - xRange.min)) * plotW;
  const py = (y) => pad.top + plotH - ((y - yRange.min) / (yRange.max - yRange.min)) * plotH;

  // Grid and ticks.
  // Lines and points scale with the type, so the plot reads from across a control room.
  const stroke = Math.max(1, font / 10);
  ctx.lineWidth = stroke;
  ctx.strokeStyle = COLORS.grid;
  ctx.fillStyle = COLORS.axis;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const tick of ticks(xRange)) {
    const x = px(tick);
    line(ctx, x, pad.top, x, pad.top + plotH);
    ctx.fillText(number(tick), x, pad.top + plotH + font * 0.3);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of ticks(yRange)) {
    const y = py(tick);
    line(ctx, pad.left, y, pad.left + plotW, y);
    ctx.fillText(number(tick), pad.left - font * 0.4, y);
  }
  ctx.strokeStyle = COLORS.axis;
  ctx.strokeRect(pad.left, pad.top, plotW, plotH);

  // Axis labels.
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(xLabel, pad.left + plotW / 2, height - font * 0.2);
  ctx.save();
  ctx.translate(font * 1.1, pad.top + plotH / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(yLabel, 0, 0);
  ctx.restore();

  if (points.length === 0) return;
  // The scan, in the order measured.
  ctx.strokeStyle = COLORS.line;
  ctx.lineWidth = stroke * 2;
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(px(x), py(y)) : ctx.lineTo(px(x), py(y))));
  ctx.stroke();
  const r = Math.max(3, font / 4);
  points.forEach(([x, y], i) => {
    ctx.fillStyle = i === points.length - 1 ? COLORS.last : COLORS.point;
    ctx.beginPath();
    ctx.arc(px(x), py(y), i === points.length - 1 ? r * 1.6 : r, 0, Math.PI * 2);
    ctx.fill();
  });
}

function line(ctx, x1, y1, x2, y2) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** Min and max with a margin; a flat or empty series gets a range of its own. */
function range(values) {
  if (values.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const spread = Math.abs(min) * 0.1 || 1;
    min -= spread;
    max += spread;
  }
  const margin = (max - min) * 0.05;
  return { min: min - margin, max: max + margin };
}

/** About five round ticks (1, 2 or 5 times a power of ten apart) within the range. */
function ticks({ min, max }) {
  const raw = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}
