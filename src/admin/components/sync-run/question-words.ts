/** The words of the bank's question during Refresh, in one place (a French set comes later). */
export const QUESTION_WORDS = {
  title: (institution: string) => `${institution} is asking a question`,
  opening: (institution: string) => `Opening ${institution}'s question…`,
  intro: (institution: string) =>
    `Answer ${institution}'s question to bring in today's transactions. If you cancel, what Flinks already holds is imported instead.`,
  offer: "Answer the bank's question",
  cancel: "Cancel",
  close: "Close",
}
