import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

const API_ROOT = path.join(__dirname, "..", "..", "..", "src", "api")

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return routeFiles(full)
    }
    return entry.name === "route.ts" ? [full] : []
  })
}

/**
 * Every (method, path) the plugin serves under a folder of src/api, read from the route files
 * themselves, so a route added later is covered without editing the tests.
 */
export function listRoutes(prefix: string): { method: string; path: string }[] {
  const root = path.join(API_ROOT, prefix)
  return routeFiles(root).flatMap((file) => {
    const source = readFileSync(file, "utf8")
    const methods = [
      ...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
    ].map((match) => match[1])
    const urlPath =
      "/" +
      path
        .relative(API_ROOT, path.dirname(file))
        .split(path.sep)
        .map((segment) => segment.replace(/^\[(.+)\]$/, "test_$1"))
        .join("/")
    return methods.map((method) => ({ method, path: urlPath }))
  })
}
