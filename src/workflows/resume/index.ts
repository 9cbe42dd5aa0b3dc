export * from "./check-connection-for-mfa"
export * from "./run-mfa-detection"
export * from "./notify-mfa-recipients"
export * from "./start-resume-session"
