export * from "./events"
export * from "./module"
