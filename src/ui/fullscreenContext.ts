/**
 * The browser's full screen, offered to the presenter's strip by the composition root (which
 * alone touches the Fullscreen API): a function to call within a click, or null where full screen
 * is unavailable (a frame without allow="fullscreen", a phone). A context rather than a prop, so
 * that the strip can offer it without the page passing it down.
 */
import { createContext, useContext } from 'react';

export const FullscreenContext = createContext<(() => void) | null>(null);

export const useFullscreenRequest = (): (() => void) | null => useContext(FullscreenContext);
