/** The tracker's RAG colours must be readable: WCAG's 4.5:1 for normal text, on every fill it writes. */
import { RAG_COLOURS } from '../../src/core/rag-colours';
import { parseHexColour, relativeLuminance } from '../../src/taskpane/theme';

function contrast(a: string, b: string): number {
  const [la, lb] = [a, b].map((hex) => relativeLuminance(parseHexColour(hex)!)).sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

describe('RAG colours', () => {
  it('check the contrast measure on known pairs', () => {
    expect(contrast('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#FFFFFF', '#FF0000')).toBeCloseTo(4.0, 1);
  });

  it.each(Object.entries(RAG_COLOURS))(
    '%s text reads at 4.5:1 or better on its fill',
    (_rating, { fill, font }) => {
      expect(contrast(fill, font)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
