export { ConnectionGateway } from "./connection-gateway"
export type {
  ConnectionMoveFields,
  ConnectionStatusSnapshot,
  FlinksCopy,
  NightlyRefreshLogin,
} from "./connection-gateway"
export { ALLOWED_TRANSITIONS, canMoveConnection, nextConnectionStatus } from "./connection-status"
export type { ConnectionStatus } from "../../../types/module/constants"
export { FlinksClients } from "./flinks-clients"
export { LoginCipher } from "./login-cipher"
export type { SealedLogin } from "./login-cipher"
export { QUESTION_LIFETIME_MS, reusableUnasked } from "./waiting-question"
export type { WaitingQuestion } from "./waiting-question"
