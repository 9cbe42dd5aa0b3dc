/** The words of the bank's question during Refresh, in one place (a French set comes later). */
export const QUESTION_WORDS = {
  title: (institution: string) => `${institution} is asking a question`,
  opening: (institution: string) => `Opening the question from ${institution}…`,
  intro: (institution: string) =>
    `Answer the question from ${institution} to bring in today's transactions. If you cancel, what Flinks already holds is imported instead.`,
  offer: "Answer the bank's question",
  cancel: "Cancel",
  accepted: (institution: string) => `${institution} accepted your answer`,
  bringing: "Bringing in today's transactions…",
  timedOut: (institution: string) =>
    `The question from ${institution} was not answered in time: what Flinks already holds is being imported.`,
  declineFailed: "Could not close the bank's question",
  close: "Close",
}
