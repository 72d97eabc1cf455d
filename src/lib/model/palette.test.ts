import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './eventTypes';
import {
  contrast,
  deltaE2000,
  hexToRgb,
  rgbToLab,
  simulate,
  type Vision,
} from '../../../tests/support/colour';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const SCHEMES = [
  { name: 'light', background: '#ffffff', pick: (t: (typeof EVENT_TYPES)[number]) => t.colour },
  { name: 'dark', background: '#14171b', pick: (t: (typeof EVENT_TYPES)[number]) => t.colourDark },
] as const;
/** CIEDE2000 distance every pair of type colours keeps, under every simulated vision. */
const MIN_DISTANCE = 10;

describe('the type palette', () => {
  it('has the light and dark backgrounds of app.css', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/app.css', 'utf8');
    expect(css).toContain(`--bg: ${SCHEMES[0].background}`);
    expect(css).toContain(`--bg: ${SCHEMES[1].background}`);
  });

  for (const scheme of SCHEMES) {
    it(`meets 3:1 contrast for marks on the ${scheme.name} background (WCAG 1.4.11)`, () => {
      const bg = hexToRgb(scheme.background);
      for (const t of EVENT_TYPES) {
        expect(contrast(hexToRgb(scheme.pick(t)), bg), t.id).toBeGreaterThanOrEqual(3);
      }
    });

    for (const vision of VISIONS) {
      it(`keeps every pair of types apart on ${scheme.name}, ${vision}`, () => {
        const labs = EVENT_TYPES.map((t) => rgbToLab(simulate(hexToRgb(scheme.pick(t)), vision)));
        const close: string[] = [];
        for (let i = 0; i < labs.length; i++) {
          for (let j = i + 1; j < labs.length; j++) {
            const d = deltaE2000(labs[i]!, labs[j]!);
            if (d < MIN_DISTANCE)
              close.push(`${EVENT_TYPES[i]!.id}/${EVENT_TYPES[j]!.id}: ${d.toFixed(1)}`);
          }
        }
        expect(close).toEqual([]);
      });
    }
  }

  it('would catch the old red pair (Protest and Violence) as too close', () => {
    const d = deltaE2000(
      rgbToLab(simulate(hexToRgb('#d62728'), 'deuteranopia')),
      rgbToLab(simulate(hexToRgb('#b2182b'), 'deuteranopia')),
    );
    expect(d).toBeLessThan(MIN_DISTANCE);
  });

  it('computes CIEDE2000 as published (Sharma et al. test pairs)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });
});
