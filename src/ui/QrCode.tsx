import { memo, useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code of a text (a room's join link), drawn as one SVG path of its dark modules: dark on
 * white in either theme (scanners need the contrast), with a quiet zone of four modules. It
 * scales to its box; the caller sizes it for the back of the room.
 */
export const QrCode = memo(function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    // Error correction M: a projector's glare or a phone's tilt may lose some modules.
    const qr = encode(text, { ecc: 'M', border: 4 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: qr.size, path: d };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
});
