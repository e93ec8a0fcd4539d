/** the elements we put in a page (their content lives in shadow roots): the profile hint, the list badges */
export const HINT_TAG = 'mentorlens-hint';
export const BADGE_TAG = 'mentorlens-badge';
export const OUR_HOSTS = [HINT_TAG, BADGE_TAG] as const;
