/** `error.fields`: the request field (`email`, `answers.q1`…) → what is wrong with it. */
export type FieldErrors = Record<string, string>

/** Every error the API answers, whatever its status: a stable machine code, a message, and the fields at fault. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors }
}
