import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../model/formatFigure';
import { FIGURE_QUALIFIERS, type Figure } from '../../model/types';
import { parseFigure } from './figureText';

describe('parseFigure', () => {
  it('reads back every qualifier formatFigure writes', () => {
    for (const qualifier of FIGURE_QUALIFIERS) {
      const value =
        qualifier === 'hundreds of'
          ? 100
          : qualifier === 'thousands of'
            ? 1000
            : qualifier === 'several'
              ? 3
              : 6250.5;
      const f: Figure = { value, unit: 'protesters detained', qualifier };
      expect(parseFigure(formatFigure(f)), qualifier).toEqual(f);
    }
  });

  it('reads plain numbers with thousands separators', () => {
    expect(parseFigure('1,200,000 people')).toEqual({
      value: 1_200_000,
      unit: 'people',
      qualifier: 'exact',
    });
    expect(parseFigure('at least 6000 detained')).toEqual({
      value: 6000,
      unit: 'detained',
      qualifier: 'at least',
    });
  });

  it('refuses text that is not a figure', () => {
    expect(parseFigure('many people')).toBeNull();
    expect(parseFigure('12')).toBeNull();
    expect(parseFigure('hundreds of')).toBeNull();
    expect(parseFigure('1,20 people')).toBeNull();
  });
});
