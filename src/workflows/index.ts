export * from "./connections"
export * from "./feeds"
export * from "./sync"
