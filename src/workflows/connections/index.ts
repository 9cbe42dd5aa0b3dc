export * from "./complete-connection"
export * from "./start-connect-session"
export * from "./start-reconnect-session"
export * from "./delete-bank-connection"
