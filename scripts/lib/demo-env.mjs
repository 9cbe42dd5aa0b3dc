// The plugin's configuration for the demo and the browser tests: both Flinks instances point at the
// local sandbox, with the identifiers of Flinks' public test instance (the sandbox accepts them).
export const SANDBOX_PORT = Number(process.env.FLINKS_SANDBOX_PORT ?? 8282)

export function sandboxFlinksEnv(port = SANDBOX_PORT) {
  const base = `http://localhost:${port}`
  return {
    FLINKS_CA_BASE_URL: base,
    FLINKS_CA_CONNECT_URL: `${base}/v2/`,
    FLINKS_CA_CUSTOMER_ID: "43387ca6-0391-4c82-857d-70d95f087ecb",
    FLINKS_CA_SECRET_KEY: "c4569c54-e167-4d34-8de6-f4113bc82414",
    FLINKS_CA_API_KEY: "3d5266a8-b697-48d4-8de6-52e2e2662acc",
  }
}
