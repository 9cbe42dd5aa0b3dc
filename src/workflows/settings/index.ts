export * from "./update-banking-settings"
