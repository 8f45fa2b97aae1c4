import { createContext } from 'react';

/**
 * Whether a section shows its guiding questions beside the fields. The meeting shows the same
 * questions as the step's own, larger, so there the section leaves them out.
 */
export const ShowGuideContext = createContext(true);
