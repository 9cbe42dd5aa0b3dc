export * from "./import-bank-transactions"
