/**
 * Comparison strip: one row per rule, the same table judged under each. Pure geometry.
 */
import type { RuleVerdict } from './types';

export interface ComparisonRow {
  readonly verdict: RuleVerdict;
  /** The row's box (the current rule's row is outlined). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Centre and radius of the status glyph. */
  readonly glyphX: number;
  readonly glyphY: number;
  readonly glyphR: number;
  /** Left edge and baselines of the two text lines: the rule's label, then status and reason. */
  readonly textX: number;
  readonly labelY: number;
  readonly reasonY: number;
  /** How many characters of text fit on a line of the row (SVG text does not wrap). */
  readonly textChars: number;
}

export interface ComparisonLayout {
  readonly rows: readonly ComparisonRow[];
  readonly width: number;
  readonly height: number;
}

export const STRIP_ROW_HEIGHT = 44;
export const STRIP_ROW_GAP = 4;
export const STRIP_PAD = 2;
/** A generous average width of a character of the strip's 12 px text, in px. */
const CHAR_WIDTH = 6.8;

/** The text cut to `chars` characters, with an ellipsis when it was cut. */
export function fitText(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return chars <= 1 ? '…' : `${text.slice(0, chars - 1).trimEnd()}…`;
}

export function comparisonLayout(
  verdicts: readonly RuleVerdict[],
  width: number,
): ComparisonLayout {
  const step = STRIP_ROW_HEIGHT + STRIP_ROW_GAP;
  const glyphR = 11;
  // Text starts after the glyph and ends short of the row's right edge, the same in every row.
  const textX = STRIP_PAD + 16 + 2 * glyphR;
  const textChars = Math.floor((width - STRIP_PAD - textX - 8) / CHAR_WIDTH);
  const rows = verdicts.map((verdict, i): ComparisonRow => {
    const y = STRIP_PAD + i * step;
    return {
      verdict,
      x: STRIP_PAD,
      y,
      width: Math.max(0, width - 2 * STRIP_PAD),
      height: STRIP_ROW_HEIGHT,
      glyphX: STRIP_PAD + 8 + glyphR,
      glyphY: y + STRIP_ROW_HEIGHT / 2,
      glyphR,
      textX,
      labelY: y + 18,
      reasonY: y + 35,
      textChars,
    };
  });
  const height =
    verdicts.length === 0 ? 2 * STRIP_PAD : 2 * STRIP_PAD + verdicts.length * step - STRIP_ROW_GAP;
  return { rows, width, height };
}
