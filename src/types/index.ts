export * from "./events"
