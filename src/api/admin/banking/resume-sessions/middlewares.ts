import { MiddlewareRoute } from "@medusajs/framework/http"
import { strictInput } from "../../../utils/strict-input"
import { AdminStartResumeSession } from "./validators"

export const resumeSessionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/banking/resume-sessions",
    middlewares: strictInput({ body: AdminStartResumeSession }),
  },
]
