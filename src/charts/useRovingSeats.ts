/**
 * Keyboard and tooltip behaviour shared by the charts whose marks are allies (the hemicycle, the
 * map): one tab stop (roving tabindex), arrows and Home/End move between allies in the chart's
 * order, Enter or Space cycles the focused ally, Escape closes the tooltip.
 */
import { useRef, useState, type KeyboardEvent } from 'react';

export function useRovingSeats<P extends { readonly datum: { readonly id: string } }>(
  placed: readonly P[],
  onCycle: (id: string) => void,
  /** The map moves with up/down too; the hemicycle's rows read left to right only. */
  { vertical = false }: { vertical?: boolean } = {},
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tipId, setTipId] = useState<string | null>(null);
  const nodes = useRef(new Map<string, SVGGElement>());

  const tabStop = placed.some((p) => p.datum.id === activeId)
    ? activeId
    : (placed[0]?.datum.id ?? null);
  const tip = placed.find((p) => p.datum.id === tipId);

  const focusAt = (index: number) => {
    const target = placed[Math.max(0, Math.min(placed.length - 1, index))];
    if (target) nodes.current.get(target.datum.id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number, id: string) => {
    const key = vertical
      ? ({ ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft' }[event.key] ?? event.key)
      : event.key;
    switch (key) {
      case 'ArrowRight':
        focusAt(index + 1);
        break;
      case 'ArrowLeft':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(placed.length - 1);
        break;
      case 'Enter':
      case ' ':
        onCycle(id);
        break;
      case 'Escape':
        setTipId(null);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  /** What every ally's mark carries: its tab stop, keys, focus and tooltip (clicks stay the chart's). */
  const seatProps = (id: string, index: number) => ({
    tabIndex: id === tabStop ? 0 : -1,
    ref: (el: SVGGElement | null) => {
      if (el) nodes.current.set(id, el);
      return () => {
        nodes.current.delete(id);
      };
    },
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(event, index, id),
    onFocus: () => {
      setActiveId(id);
      setTipId(id);
    },
    onBlur: () => setTipId((t) => (t === id ? null : t)),
    onMouseEnter: () => setTipId(id),
    onMouseLeave: () => setTipId((t) => (t === id ? null : t)),
  });

  return { setActiveId, setTipId, tip, seatProps };
}
