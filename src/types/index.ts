export * from "./events"
export * from "./module"
export * from "./http"
