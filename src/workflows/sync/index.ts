export * from "./import-bank-transactions"
export * from "./run-scheduled-imports"
