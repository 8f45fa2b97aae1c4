import { meetingHash, meetingRouteOf, presenterHash } from '../features/meeting/routes';
import { reviewHash, reviewPresenterHash, reviewRouteOf } from '../features/review/routes';
import type { Route, RouteSlice, Slice } from './types';

const EDITOR_HASH = /^#\/postmortem\/([A-Za-z0-9_-]{1,64})$/;
const BOARD_HASH = '#/actions';
const TRENDS_HASH = '#/trends';

/** The route a location hash names: the library, a postmortem, its meeting or its presenter view. */
export function routeFromHash(hash: string): Route {
  const meeting = meetingRouteOf(hash);
  if (meeting) {
    return { name: meeting.view === 'meeting' ? 'meeting' : 'present', id: meeting.postmortemId };
  }
  const review = reviewRouteOf(hash);
  if (review) return { name: review.view, id: review.reviewId };
  if (hash === BOARD_HASH) return { name: 'board' };
  if (hash === TRENDS_HASH) return { name: 'trends' };
  const match = EDITOR_HASH.exec(hash);
  return match ? { name: 'editor', id: match[1]! } : { name: 'library' };
}

export function hashOf(route: Route): string | null {
  if (route.name === 'editor') return `#/postmortem/${route.id}`;
  if (route.name === 'meeting') return meetingHash(route.id);
  if (route.name === 'present') return presenterHash(route.id);
  if (route.name === 'review') return reviewHash(route.id);
  if (route.name === 'review-present') return reviewPresenterHash(route.id);
  if (route.name === 'library') return '#/';
  if (route.name === 'board') return BOARD_HASH;
  if (route.name === 'trends') return TRENDS_HASH;
  return null;
}

/**
 * Routing is app state; the hash only mirrors it, so that a reload reopens the same postmortem
 * and the browser's Back returns to the library.
 */
export const createRouteSlice: Slice<RouteSlice> = (set) => ({
  route: { name: 'loading' },
  navigate: (route) => {
    set({ route });
    const hash = hashOf(route);
    if (hash !== null && window.location.hash !== hash) {
      if (window.location.hash === '' && hash === '#/') {
        window.history.replaceState(window.history.state, '', hash);
      } else {
        window.location.hash = hash;
      }
    }
  },
});
