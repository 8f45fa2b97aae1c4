import { createContext, type ReactNode } from 'react';
import type { Pin } from '../../../shared/evidence';

/**
 * Controls beside each pinned chart, given by whoever shows the pins: the meeting adds "Show on
 * shared screen". Outside a provider (the editor) there are none.
 */
export const PinActionsContext = createContext<((pin: Pin) => ReactNode) | null>(null);
