import { redirectPage } from "../page"

describe("the page after Flinks Connect", () => {
  it("shows an error as text, and keeps it from closing the script that tells the admin", () => {
    const page = redirectPage({ error: `Flinks said <b>"no"</b> & left` })
    expect(page).toContain("<p>Flinks said &lt;b&gt;&quot;no&quot;&lt;/b&gt; &amp; left</p>")
    expect(page).not.toContain("<b>")
    expect(page).toContain('"message":"Flinks said \\u003cb>\\"no\\"\\u003c/b> & left"')
  })

  it("says the bank is connected", () => {
    expect(redirectPage({ connection_id: "bconn_1" })).toContain("<p>Your bank is connected.</p>")
  })
})
