import { mfaRequiredEmail } from "../mfa-required-email"

describe("the MFA email", () => {
  const email = mfaRequiredEmail({
    institution_name: `Banque "Tom & Jerry" <Test>`,
    accounts: [{ title: "Chèques <script>", account_number_masked: "****1234" }],
    missing_after: "2026-01-31",
    resume_url: "https://store.example/app/banking/resume?token=a&b='c'",
    expires_at: new Date("2026-02-01T12:34:56Z"),
    reminder: false,
  })

  it("shows names from the bank as text in the HTML, never as markup", () => {
    expect(email.html).toContain("<p>Banque &quot;Tom &amp; Jerry&quot; &lt;Test&gt; asked for a verification")
    expect(email.html).toContain("<li>Chèques &lt;script&gt; (****1234)</li>")
    expect(email.html).toContain(`<a href="https://store.example/app/banking/resume?token=a&amp;b=&#39;c&#39;">`)
    expect(email.html).not.toContain("<script>")
  })

  it("keeps the plain text and the subject as written", () => {
    expect(email.subject).toBe(
      `Banque "Tom & Jerry" <Test> is asking for a verification — bank transactions are on hold`
    )
    expect(email.text).toContain("- Chèques <script> (****1234)")
    expect(email.text).toContain("until 2026-02-01 12:34 UTC")
  })
})
