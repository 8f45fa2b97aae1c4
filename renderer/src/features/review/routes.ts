// Hash routes of follow-up reviews (the app shell maps them to the views).
const ID = '([A-Za-z0-9_-]{1,64})';
const REVIEW_HASH = new RegExp(`^#/review/${ID}$`);
const REVIEW_PRESENT_HASH = new RegExp(`^#/review-present/${ID}$`);

export const reviewHash = (reviewId: string): string => `#/review/${reviewId}`;
export const reviewPresenterHash = (reviewId: string): string => `#/review-present/${reviewId}`;

/** The review a route names, or null. */
export function reviewRouteOf(
  hash: string,
): { view: 'review' | 'review-present'; reviewId: string } | null {
  const review = REVIEW_HASH.exec(hash);
  if (review) return { view: 'review', reviewId: review[1]! };
  const present = REVIEW_PRESENT_HASH.exec(hash);
  return present ? { view: 'review-present', reviewId: present[1]! } : null;
}
