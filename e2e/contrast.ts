// Text contrast computed from the browser's computed styles, for what axe only lists as "needs
// review": single characters (key hints) and text whose background it cannot settle. WCAG 2.x
// contrast ratio (1.4.3): (L1 + 0.05) / (L2 + 0.05) over relative luminances.
import type { Locator } from "@playwright/test";

type Rgba = [number, number, number, number];

export type Contrast = { text: string; color: string; background: string; ratio: number };

/** WCAG 2.x relative luminance of an opaque sRGB colour (channels 0–255). */
function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `over` painted with its alpha on an opaque `under`. */
function blend(over: Rgba, under: Rgba): Rgba {
  const a = over[3];
  return [0, 1, 2].map((i) => over[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
}

const hex = (c: Rgba) =>
  `#${c
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, "0"))
    .join("")}`;

/**
 * The contrast of each element's text against what is behind it: its own and its ancestors'
 * background colours, blended upwards until an opaque one (the page is white below everything),
 * with the opacity of the element and its ancestors applied to the text. A background image or
 * gradient on the way cannot be settled from styles, so it fails loudly rather than guess.
 */
export async function textContrasts(elements: Locator): Promise<Contrast[]> {
  const styles = await elements.evaluateAll((nodes) =>
    nodes
      .filter((node) => node instanceof HTMLElement && node.offsetParent !== null)
      .map((node) => {
        const layers: { color: string; image: string; opacity: number; tag: string }[] = [];
        for (let at: Element | null = node; at; at = at.parentElement) {
          const style = getComputedStyle(at);
          layers.unshift({ color: style.backgroundColor, image: style.backgroundImage, opacity: Number(style.opacity), tag: at.tagName });
        }
        return { text: (node.textContent ?? "").trim(), color: getComputedStyle(node).color, layers };
      }),
  );
  return styles.map(({ text, color, layers }) => {
    let background: Rgba = [255, 255, 255, 1];
    // From the root down to the element: each background painted with its alpha and the opacity of
    // its element and every ancestor (a faded container fades what it paints and all it holds).
    let opacity = 1;
    for (const layer of layers) {
      opacity *= layer.opacity;
      if (layer.image !== "none") throw new Error(`“${text}” has a background image on <${layer.tag}>: its contrast cannot be computed.`);
      const [r, g, b, a] = parseColor(layer.color);
      background = blend([r, g, b, a * opacity], background);
    }
    const [r, g, b, a] = parseColor(color);
    const foreground = blend([r, g, b, a * opacity], background);
    return { text, color: hex(foreground), background: hex(background), ratio: contrastRatio(foreground, background) };
  });
}

/** Chromium's computed colours: `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
function parseColor(value: string): Rgba {
  const match = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!match) throw new Error(`Unexpected computed colour ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

export function parseHex(value: string): Rgba {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
  return [r, g, b, 1];
}
