import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminStartResumeSession } from "./validators"

export const resumeSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/banking/resume-sessions",
    middlewares: [validateAndTransformBody(AdminStartResumeSession)],
  },
]
