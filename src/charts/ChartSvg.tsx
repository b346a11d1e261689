import { useId, type ReactNode } from 'react';

/**
 * The accessible frame every chart shares: an SVG named by its title and described by a generated
 * text. `role="img"` for pictures; `role="group"` when the chart holds focusable marks.
 */
export function ChartSvg({
  title,
  description,
  width,
  height,
  role = 'img',
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  role?: 'img' | 'group';
  children: ReactNode;
}) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <svg
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
