// Starts long-running children in their own process groups and stops each whole group, so no
// grandchild (the server that `medusa develop` forks, say) outlives Ctrl-C.
import { spawn, spawnSync } from "node:child_process"

const running = new Set()

export function startProcess(name, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? "inherit" })
  running.add(child)
  child.on("exit", (code, signal) => {
    running.delete(child)
    if (!stopping) {
      console.log(`${name} stopped (${signal ?? `exit code ${code}`}).`)
    }
  })
  return child
}

let stopping = false

export async function stopAll() {
  stopping = true
  const waits = [...running].map(
    (child) =>
      new Promise((resolve) => {
        child.once("exit", resolve)
        try {
          process.kill(-child.pid, "SIGTERM")
        } catch {
          resolve()
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {}
          resolve()
        }, 8000).unref()
      })
  )
  await Promise.all(waits)
}

/** Runs a command to completion; exits this process when it fails. */
export function runOrExit(description, command, args, options) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options })
  if (result.status !== 0) {
    console.error(`${description} failed (exit code ${result.status}).`)
    return false
  }
  return true
}

/** Waits until the URL answers 2xx; gives up at the deadline or as soon as `child` has exited. */
export async function waitForHttp(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && child?.exitCode == null && child?.signalCode == null) {
    try {
      const response = await fetch(url)
      if (response.ok) {
        return true
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
