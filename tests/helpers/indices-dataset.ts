import { Z95 } from '../../server/indices/compute/intervals'
import { type TestResponse, times } from './indices-responses'

/**
 * A unit whose answers are known in advance (smallSipasDefinition: element `staff` with
 * `staff.polite` and `staff.listened`; element `feedback` with `feedback.easy`, answered
 * only by those who gave feedback). 42 respondents:
 *
 *   A  26 × polite 5, listened 4            (8 of them gave feedback: 7 × easy 5, 1 × easy 2)
 *   B   4 × polite 4, listened 2
 *   C  10 × polite 3, listened 1            (4 of them gave feedback: 2 × easy 4, 2 × easy 1)
 *   D   4 × no valid criterion answer ("no answer", or the key missing)
 *
 * 44 respondents, 40 of them with a valid criterion answer. Overall item: 28 × 4–5,
 * 12 × 1–3, 4 × no answer. Expectations: 16 respondents chose (14 faster, 10 online,
 * 6 signs). Gender: 22 female, 18 male (all on the qr channel), 4 not given.
 */
export const knownResponses: TestResponse[] = [
  ...times(7, {
    answers: { 'staff.polite': 5, 'staff.listened': 4, 'feedback.easy': 5 },
    gaveFeedback: true,
    overall: 5,
    expectations: ['faster', 'online'],
    demographics: { gender: 'female' },
  }),
  ...times(1, {
    answers: { 'staff.polite': 5, 'staff.listened': 4, 'feedback.easy': 2 },
    gaveFeedback: true,
    overall: 4,
    expectations: ['faster', 'online'],
    demographics: { gender: 'female' },
  }),
  ...times(18, {
    answers: { 'staff.polite': 5, 'staff.listened': 4 },
    gaveFeedback: false,
    overall: 4,
    expectations: [],
    demographics: { gender: 'male' },
    channel: 'qr',
  }),
  ...times(2, {
    answers: { 'staff.polite': 4, 'staff.listened': 2 },
    gaveFeedback: false,
    overall: 4,
    expectations: ['faster', 'online'],
    demographics: { gender: 'female' },
  }),
  ...times(2, {
    answers: { 'staff.polite': 4, 'staff.listened': 2 },
    gaveFeedback: false,
    overall: 3,
    expectations: ['faster', 'signs'],
    demographics: { gender: 'female' },
  }),
  ...times(2, {
    answers: { 'staff.polite': 3, 'staff.listened': 1, 'feedback.easy': 4 },
    gaveFeedback: true,
    overall: 2,
    expectations: ['faster', 'signs'],
    demographics: { gender: 'female' },
  }),
  ...times(2, {
    answers: { 'staff.polite': 3, 'staff.listened': 1, 'feedback.easy': 1 },
    gaveFeedback: true,
    overall: 1,
    expectations: ['signs'],
    demographics: { gender: 'female' },
  }),
  ...times(6, { answers: { 'staff.polite': 3, 'staff.listened': 1 }, gaveFeedback: false, overall: 3, expectations: [], demographics: { gender: 'female' } }),
  ...times(2, { answers: { 'staff.polite': null, 'staff.listened': null }, gaveFeedback: false, overall: null, expectations: [], demographics: {} }),
  ...times(1, { answers: {}, gaveFeedback: null, overall: null, expectations: [], demographics: {} }),
  ...times(1, { answers: { 'staff.polite': null }, gaveFeedback: null, overall: null, expectations: [] }),
]

/** Wilson bounds of 30/40 from the textbook formula, worked out by hand:
 *  p = .75, z² = 3.8415, denominator 1 + z²/40 = 1.096037,
 *  centre (.75 + z²/80)/1.096037 = .728094, half 1.788225·√(.1875/40 + z²/6400) = .130034. */
const wilson30of40 = { low: 59.806, high: 85.813 }

/** Linearised variance of the staff ratio R = 56/80 = 0.7: residuals y − 1.4 are
 *  .6 (×26), −.4 (×4), −1.4 (×10); Σ = 29.6; Var = 29.6/80² · 40/39. */
const staffSe = 100 * Math.sqrt((29.6 / 6400) * (40 / 39))
/** Overall = (staff + feedback)/2. Feedback residuals y − .75: .25 (×9), −.75 (×3): Σd² = 2.25;
 *  cross Σ d_staff·d_feedback = .6·(7·.25 − .75) + (−1.4)·(2·.25 − 2·.75) = .6 + 1.4 = 2;
 *  Var = ¼ (29.6/6400 + 2.25/144 + 2·2/(80·12)) · 40/39. */
const overallSe = 100 * Math.sqrt(0.25 * (29.6 / 6400 + 2.25 / 144 + (2 * 2) / (80 * 12)) * (40 / 39))

export const knownExpected = {
  respondents: 44,
  scored: 40,
  criteria: {
    // 30 of 40 valid answers are 4–5 (A + B)
    'staff.polite': { value: 75, n: 40, ciLow: wilson30of40.low, ciHigh: wilson30of40.high },
    // 26 of 40 (A)
    'staff.listened': { value: 65, n: 40 },
    // 9 of 12 (7 in A, 2 in C)
    'feedback.easy': { value: 75, n: 12 },
  },
  elements: {
    staff: { value: 70, n: 40, ciLow: 70 - Z95 * staffSe, ciHigh: 70 + Z95 * staffSe },
    feedback: { value: 75, n: 12 },
  },
  // (70 + 75) / 2
  sipas: { value: 72.5, n: 40, ciLow: 72.5 - Z95 * overallSe, ciHigh: 72.5 + Z95 * overallSe },
  // 28 of 40 valid overall answers are 4–5
  overall: { value: 70, n: 40 },
  // of the 16 who chose: 14, 10 and 6
  expectations: { faster: 87.5, online: 62.5, signs: 37.5 },
}
