export * from "./delete-statement"
export * from "./delete-transactions"
export * from "./set-transaction-status"
