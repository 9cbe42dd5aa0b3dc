export * from "./connections"
