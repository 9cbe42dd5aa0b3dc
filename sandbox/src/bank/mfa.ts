import type { Country } from "../credentials"
import type { Rng } from "../core/random"

export type Language = "en" | "fr"

export interface Question {
  /** Which of Flinks Capital's Canadian questions this is ("city", "country", "shape"); US sums have none. */
  key?: string
  prompt: string
  answer: string
  /** Offered choices when the MultipleChoice variant is on. */
  choices: string[]
}

// Flinks Capital's documented Canadian questions; the answers do not change with the language.
const CANADIAN: ReadonlyArray<{ key: string; en: string; fr: string; answer: string; decoys: [string, string] }> = [
  {
    key: "city",
    en: "What city were you born in?",
    fr: "Dans quelle ville êtes-vous né?",
    answer: "Montreal",
    decoys: ["Toronto", "Vancouver"],
  },
  {
    key: "country",
    en: "What is the best country on earth?",
    fr: "Quel est le meilleur pays au monde?",
    answer: "Canada",
    decoys: ["France", "Japan"],
  },
  {
    key: "shape",
    en: "What shape do people like most?",
    fr: "Quelle forme les gens préfèrent-ils?",
    answer: "Triangle",
    decoys: ["Circle", "Square"],
  },
]

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

/** The questions of one MFA round, one per 203, in the order they will be asked. */
export function drawQuestions(country: Country, language: Language, count: number, rng: Rng): Question[] {
  if (country === "CA") {
    return shuffle([...CANADIAN], rng)
      .slice(0, count)
      .map((q) => ({
        key: q.key,
        prompt: q[language],
        answer: q.answer,
        choices: shuffle([q.answer, ...q.decoys], rng),
      }))
  }
  // US Flinks Capital asks small sums ("how much is 2 + 2").
  const questions: Question[] = []
  while (questions.length < count) {
    const a = rng.int(1, 9)
    const b = rng.int(1, 9)
    const prompt = language === "fr" ? `Combien font ${a} + ${b}?` : `What is ${a} + ${b}?`
    if (questions.some((q) => q.prompt === prompt)) {
      continue
    }
    const answer = String(a + b)
    questions.push({ prompt, answer, choices: shuffle([answer, String(a + b + 1), String(a + b + 10)], rng) })
  }
  return questions
}

/** All of the bank's Canadian security questions, in a fixed order: what Enhanced MFA collects. */
export function canadianQuestions(language: Language): Question[] {
  return CANADIAN.map((q) => ({ key: q.key, prompt: q[language], answer: q.answer, choices: [] }))
}
