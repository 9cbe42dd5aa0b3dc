export * from "./connections"
export * from "./sync"
