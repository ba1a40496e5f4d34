// Kept free of zod so the admin client can word the signals without bundling the schemas.

/** Share-based signals are judged from this many answers on (fewer say too little). */
export const MIN_JUDGED_ANSWERS = 10
/** Answers outside opening hours: worth a look from this share (%) of a link's or unit's answers… */
export const OUTSIDE_HOURS_NOTABLE_SHARE = 5
/** …and at least this many answers. */
export const OUTSIDE_HOURS_NOTABLE_COUNT = 3
/** Answers sharing their whole answer set with others: worth a look from this share (%). */
export const IDENTICAL_NOTABLE_SHARE = 50
/** Answers giving the top rating to every question: worth a look from this share (%). */
export const ALL_TOP_NOTABLE_SHARE = 60
/** Answers in the busiest hour against the desk's average transactions per opening hour: worth a look from this ratio. */
export const PACE_NOTABLE_RATIO = 2
