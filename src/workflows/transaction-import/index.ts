export * from "./import-bank-transactions"
export * from "./live-refresh/refresh-question"
