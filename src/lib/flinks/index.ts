// The Flinks client: the only part of the plugin that knows how Flinks spells things.
export { FlinksClient } from "./client"
export { parseLastRefresh } from "./last-refresh"
export type {
  AccountsDetailOptions,
  AccountsSinceOptions,
  AuthorizeOptions,
  ConnectUrlOptions,
  CredentialsInput,
  MfaAnswers,
  StatementsOptions,
} from "./client"
export { createFlinksClients } from "./instances"
export { DEFAULT_TUNING, FLINKS_INSTANCE_IDS, FLINKS_TOOLBOX, flinksInstanceUrls } from "./config"
export { daysOfTransactionsSince, FLINKS_HISTORY_DAYS } from "./history-window"
export type {
  FlinksClientOptions,
  FlinksFetch,
  FlinksInstanceConfig,
  FlinksInstanceId,
  FlinksInstanceOptions,
  FlinksLogger,
  FlinksTuning,
} from "./config"
export {
  BankActionRequiredError,
  FlinksConfigurationError,
  FlinksError,
  FlinksFailureError,
  FlinksTimeoutError,
  InstitutionUnavailableError,
  InvalidCredentialsError,
  LoginDisabledError,
  LoginInUseError,
  MfaRequiredError,
  RateLimitedError,
  RetryLaterError,
  SessionExpiredError,
  UnauthorizedError,
  flinksErrorCodes,
  isFlinksError,
  isOutcomeUnknown,
} from "./errors"
export type { FlinksErrorCode, FlinksFailureReason, InvalidCredential } from "./errors"
export { JsonSyntaxError, parseLosslessJson } from "./lossless-json"
export type { LosslessJsonValue } from "./lossless-json"
export type * from "./types"
export { nightlyRefreshVerdict } from "./nightly-refresh"
export type { NightlyRefreshVerdict } from "./nightly-refresh"
export {
  FLINKS_CAPITAL_ID,
  institutionDisplayName,
  institutionPreselection,
  listFlinksInstitutions,
} from "./institutions"
export type { InstitutionPreselection } from "./institutions"
export type { FlinksInstitution } from "./institutions"
