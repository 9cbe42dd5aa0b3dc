/** Flinks Capital's Canadian security questions by their subject, and their answers (the reference, section 7). */
const CANADIAN_ANSWERS: [RegExp, string][] = [
  [/city/i, "Montreal"],
  [/country/i, "Canada"],
  [/shape/i, "Triangle"],
]

/**
 * The answer to one of Flinks Capital's questions, as its account holder gives it: Canada's three,
 * or the US instance's small sums ("What is 2 + 3?"). Undefined for a question it does not know.
 */
export function flinksCapitalAnswer(prompt: string): string | undefined {
  const sum = /(\d+)\s*\+\s*(\d+)/.exec(prompt)
  if (sum) return String(Number(sum[1]) + Number(sum[2]))
  return CANADIAN_ANSWERS.find(([subject]) => subject.test(prompt))?.[1]
}
