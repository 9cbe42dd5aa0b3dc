/**
 * The identifiers the sandbox accepts. Canada is Flinks' public "toolbox" test instance, whose
 * values are printed in Flinks' own documentation. Flinks has no public US test instance, so the
 * US values below are invented for the sandbox: they work nowhere else.
 */
export type Country = "CA" | "US"

export const SANDBOX_CA_CUSTOMER_ID = "43387ca6-0391-4c82-857d-70d95f087ecb"
export const SANDBOX_CA_SECRET_KEY = "c4569c54-e167-4d34-8de6-f4113bc82414"
export const SANDBOX_CA_API_KEY = "3d5266a8-b697-48d4-8de6-52e2e2662acc"

export const SANDBOX_US_CUSTOMER_ID = "9a1c7f5e-2b64-4d0f-8e3a-6c5b1d2f7a90"
export const SANDBOX_US_SECRET_KEY = "e1f6a2d9-73c4-4b85-a0e7-5d2c8f1b3a64"
export const SANDBOX_US_API_KEY = "5c8e2a17-9d3f-4f61-b2a4-7e0c6d9f1b38"

/**
 * Real Flinks gives each instance its own Connect host; the sandbox has one host, so the path
 * says which instance a Connect page serves. `/ca/v2/` is accepted as an alias of `/v2/`.
 */
export const SANDBOX_CA_CONNECT_PATH = "/v2/"
export const SANDBOX_US_CONNECT_PATH = "/us/v2/"

export interface SandboxInstance {
  key: "ca" | "us"
  country: Country
  /** The instance name Flinks would put in its host names. */
  name: string
  customerId: string
  secretKey: string
  apiKey: string
  connectPath: string
}

export const SANDBOX_CA_INSTANCE: SandboxInstance = Object.freeze({
  key: "ca",
  country: "CA",
  name: "toolbox",
  customerId: SANDBOX_CA_CUSTOMER_ID,
  secretKey: SANDBOX_CA_SECRET_KEY,
  apiKey: SANDBOX_CA_API_KEY,
  connectPath: SANDBOX_CA_CONNECT_PATH,
})

export const SANDBOX_US_INSTANCE: SandboxInstance = Object.freeze({
  key: "us",
  country: "US",
  name: "toolbox-us",
  customerId: SANDBOX_US_CUSTOMER_ID,
  secretKey: SANDBOX_US_SECRET_KEY,
  apiKey: SANDBOX_US_API_KEY,
  connectPath: SANDBOX_US_CONNECT_PATH,
})

export const SANDBOX_INSTANCES: readonly SandboxInstance[] = [SANDBOX_CA_INSTANCE, SANDBOX_US_INSTANCE]

export function instanceByCustomerId(customerId: string): SandboxInstance | undefined {
  return SANDBOX_INSTANCES.find((instance) => instance.customerId === customerId)
}

export function instanceByCountry(country: Country): SandboxInstance {
  return country === "US" ? SANDBOX_US_INSTANCE : SANDBOX_CA_INSTANCE
}

/**
 * The plugin's `flinks` option for a sandbox at `baseUrl` (e.g. "http://127.0.0.1:8282"), with
 * both instances, in the shape of `FlinksInstanceOptions`.
 */
export function sandboxFlinksOptions(baseUrl: string) {
  const root = baseUrl.replace(/\/+$/, "")
  const options = (instance: SandboxInstance) => ({
    baseUrl: root,
    connectUrl: `${root}${instance.connectPath}`,
    customerId: instance.customerId,
    secretKey: instance.secretKey,
    apiKey: instance.apiKey,
  })
  return { "flinks-ca": options(SANDBOX_CA_INSTANCE), "flinks-us": options(SANDBOX_US_INSTANCE) }
}
