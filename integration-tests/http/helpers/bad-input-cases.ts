import { RouteSweep, SweepFixtures } from "./bad-input-sweeps"

/** One malformed request and how it must be answered. */
export type BadRequest = {
  name: string
  method: string
  url: string
  /** Sent exactly as written; no body when absent. */
  body?: string
  contentType?: string
  /** 404 for a path id that names nothing, 400 for anything else malformed. */
  status: 400 | 404
  /** A word the message must contain: the field at fault. */
  names?: string
  /** Answered with a page for a browser (see RouteSweep.answersWithPage), with any 4xx. */
  page?: true
}

const JSON_TYPE = "application/json"
const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** Bodies that are not a JSON object: a list, a bare value, broken JSON, other content types. */
function notAnObject(good: Record<string, unknown> | undefined) {
  return [
    { name: "array body []", body: "[]", contentType: JSON_TYPE, names: "body" },
    { name: "array body [1]", body: "[1]", contentType: JSON_TYPE, names: "body" },
    { name: "array body [accepted body]", body: JSON.stringify([good ?? {}]), contentType: JSON_TYPE, names: "body" },
    { name: "body null", body: "null", contentType: JSON_TYPE },
    { name: "body 5", body: "5", contentType: JSON_TYPE },
    { name: 'body "text"', body: '"text"', contentType: JSON_TYPE },
    { name: "broken JSON", body: '{"a":', contentType: JSON_TYPE },
    { name: "text/plain body", body: "hello", contentType: "text/plain", names: "body" },
    { name: "form body", body: "unknown_field=1", contentType: "application/x-www-form-urlencoded", names: "body" },
    { name: "JSON object as text/plain", body: JSON.stringify(good ?? {}), contentType: "text/plain", names: "body" },
  ]
}

/** Path ids that name nothing: well formed but unknown, another kind's, or not an id at all. */
function bogusIds(prefix: string, fixtures: SweepFixtures): { id: string; status: 404 }[] {
  const otherKind = prefix === "ledger" ? fixtures.feedId : fixtures.ledgerAccountId
  return [
    { id: `${prefix}_01JZZZZZZZZZZZZZZZZZZZZZZZ`, status: 404 },
    { id: otherKind, status: 404 },
    { id: "%00", status: 404 },
    { id: "a%00b", status: 404 },
    { id: encodeURIComponent("x".repeat(300)), status: 404 },
    { id: encodeURIComponent("' OR 1=1 --"), status: 404 },
    { id: encodeURIComponent("été"), status: 404 },
    { id: encodeURIComponent("💥"), status: 404 },
    { id: "null", status: 404 },
    { id: "-1", status: 404 },
  ]
}

const queryString = (query: Record<string, string>, ...raw: string[]) =>
  [new URLSearchParams(query).toString(), ...raw].filter(Boolean).join("&")

/** Every malformed request the sweep sends to one route. */
export function badRequests(method: string, path: string, sweep: RouteSweep, fixtures: SweepFixtures): BadRequest[] {
  const realPath = sweep.id ? path.replace("test_id", encodeURIComponent(sweep.id.real(fixtures))) : path
  const goodQuery = sweep.query?.(fixtures) ?? {}
  const goodBody = sweep.body?.(fixtures)
  const withQuery = (query: string, urlPath = realPath) => (query ? `${urlPath}?${query}` : urlPath)
  const goodBodyRequest = goodBody ? { body: JSON.stringify(goodBody), contentType: JSON_TYPE } : {}
  const requests: BadRequest[] = []
  const named = (field: string) => sweep.messageNames?.[field] ?? field
  const queried = (name: string, query: string, names?: string) =>
    requests.push({ name, method, url: withQuery(query), ...goodBodyRequest, status: 400, names })
  const bodied = (name: string, body: Record<string, unknown>, names?: string) =>
    requests.push({
      name,
      method,
      url: withQuery(queryString(goodQuery)),
      body: JSON.stringify(body),
      contentType: JSON_TYPE,
      status: 400,
      names,
    })

  queried("unknown query field", queryString({ ...goodQuery, unknown_field: "1" }), "unknown_field")
  queried("query key three levels deep", queryString(goodQuery, "a.b.c=1"))
  for (const [field, values] of Object.entries(sweep.badQuery ?? {})) {
    for (const value of values) {
      queried(`query ${field}=${short(value)}`, queryString({ ...goodQuery, [field]: value }), named(field))
    }
    const { [field]: _left, ...others } = goodQuery
    queried(`query ${field} as an object`, queryString(others, `${field}[nested]=1`), named(field))
  }
  for (const raw of sweep.rawQuery ?? []) {
    queried(`query ${raw}`, queryString(goodQuery, raw), raw.split(/[=[]/)[0])
  }

  for (const shape of notAnObject(goodBody)) {
    requests.push({ ...shape, method, url: withQuery(queryString(goodQuery)), status: 400 })
  }
  bodied("unknown body field", { ...(goodBody ?? {}), unknown_field: 1 }, "unknown_field")
  for (const [field, values] of Object.entries(sweep.badBody ?? {})) {
    for (const value of [...values, { nested: 1 }]) {
      bodied(`body ${field}=${short(value)}`, { ...goodBody, [field]: value }, named(field))
    }
  }

  if (sweep.id) {
    for (const { id, status } of bogusIds(sweep.id.prefix, fixtures)) {
      requests.push({
        name: `path id ${id.length > 40 ? `${id.slice(0, 37)}...` : id}`,
        method,
        url: withQuery(queryString(goodQuery), path.replace("test_id", id)),
        ...goodBodyRequest,
        status,
      })
    }
  }
  return sweep.answersWithPage ? requests.map((request) => ({ ...request, page: true as const })) : requests
}
