// The plugin's configuration for the demo and the browser tests: both Flinks instances point at the
// local sandbox. Canada uses the identifiers of Flinks' public test instance ("toolbox"); the USA
// uses the sandbox's own (sandbox/src/credentials.ts), since Flinks publishes no US test instance.
export const SANDBOX_PORT = Number(process.env.FLINKS_SANDBOX_PORT ?? 8282)

export function sandboxFlinksEnv(port = SANDBOX_PORT) {
  const base = `http://localhost:${port}`
  return {
    FLINKS_CA_BASE_URL: base,
    FLINKS_CA_CONNECT_URL: `${base}/v2/`,
    FLINKS_CA_CUSTOMER_ID: "43387ca6-0391-4c82-857d-70d95f087ecb",
    FLINKS_CA_SECRET_KEY: "c4569c54-e167-4d34-8de6-f4113bc82414",
    FLINKS_CA_API_KEY: "3d5266a8-b697-48d4-8de6-52e2e2662acc",
    FLINKS_US_BASE_URL: base,
    FLINKS_US_CONNECT_URL: `${base}/us/v2/`,
    FLINKS_US_CUSTOMER_ID: "9a1c7f5e-2b64-4d0f-8e3a-6c5b1d2f7a90",
    FLINKS_US_SECRET_KEY: "e1f6a2d9-73c4-4b85-a0e7-5d2c8f1b3a64",
    FLINKS_US_API_KEY: "5c8e2a17-9d3f-4f61-b2a4-7e0c6d9f1b38",
  }
}
