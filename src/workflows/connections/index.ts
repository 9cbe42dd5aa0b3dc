export * from "./complete-connection"
export * from "./start-connect-session"
