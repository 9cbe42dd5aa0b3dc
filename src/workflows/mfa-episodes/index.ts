export * from "./announce-mfa-episode"
export * from "./end-mfa-episode"
export * from "./steps/open-mfa-episode"
export * from "./steps/close-mfa-episodes"
