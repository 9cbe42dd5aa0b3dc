/**
 * Flinks Capital's documented usernames, all with the password "Everyday". Usernames, passwords
 * and MFA answers are compared exactly: Flinks does not document any leniency, so the sandbox
 * grants none.
 */
export const FLINKS_CAPITAL_PASSWORD = "Everyday"

export type UserBehaviour = "mfa" | "nomfa" | "disabled" | "unavailable" | "dispatched" | "pending"

export const TEST_USERS: Readonly<Record<string, UserBehaviour>> = Object.freeze({
  Greatday: "mfa",
  greatday_nomfa: "nomfa",
  test_disabled_account: "disabled",
  test_service_unavailable: "unavailable",
  // The docs only say these two make the data endpoints answer 202; like Greatday they get MFA.
  test_dispatched: "dispatched",
  test_pending: "pending",
})

export function userBehaviour(username: string): UserBehaviour | undefined {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the plugin and its tests compile for ES2021
  return Object.prototype.hasOwnProperty.call(TEST_USERS, username) ? TEST_USERS[username] : undefined
}

/** Users that can end up with a login (the others are refused by the bank). */
export const USERS_WITH_LOGINS = Object.keys(TEST_USERS).filter(
  (username) => !["disabled", "unavailable"].includes(TEST_USERS[username])
)

export const asksMfa = (behaviour: UserBehaviour) => behaviour !== "nomfa"
