export * from "./connections"
export * from "./feeds"
export * from "./ledger-accounts"
export * from "./sync"
