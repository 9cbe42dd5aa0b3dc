export * from "./link-bank-feed"
export * from "./unlink-bank-feed"
