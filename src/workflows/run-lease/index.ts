export * from "./run-lease"
export * from "./steps/claim-sync-run"
export * from "./steps/release-sync-run-lock"
