import type { z } from "@medusajs/framework/zod"

/**
 * Whether a route's validator and its type in `src/types/http` describe the same request: the
 * same fields, and every value the validator lets through fits the http type.
 */
export type Validates<Schema extends z.ZodType, Http> = Fits<z.output<Schema>, Http>

type Fits<Output, Http> = [keyof Output] extends [keyof Http]
  ? [keyof Http] extends [keyof Output]
    ? [Output] extends [Http]
      ? true
      : false
    : false
  : false

/**
 * Compiles only when given `true`. Written beside each validator as
 * `type _Proof = Proven<Validates<typeof Schema, AdminX>>`, so the validator and its http type
 * cannot drift apart: the line stops compiling first.
 */
export type Proven<T extends true> = T
