import { institutionPreselection } from "../institutions"

describe("institutionPreselection: the bank Flinks Connect opens at", () => {
  it("a bank chosen from the list: its key, and Flinks Capital's documented id 14", () => {
    expect(institutionPreselection({ key: "FlinksCapital" })).toEqual({
      institution: "FlinksCapital",
      institutionId: "14",
    })
    // Flinks publishes no ids of real banks: the key alone.
    expect(institutionPreselection({ key: "RBC" })).toEqual({ institution: "RBC" })
  })

  it("a stored connection: the id Authorize returned, and the key found back from the bank's name", () => {
    expect(institutionPreselection({ id: "14", name: "Flinks Capital" })).toEqual({
      institution: "FlinksCapital",
      institutionId: "14",
    })
    expect(institutionPreselection({ id: "3", name: "Scotiabank" })).toEqual({
      institution: "Scotia",
      institutionId: "3",
    })
    // A bank outside the shipped list still opens at its sign-in through its id.
    expect(institutionPreselection({ id: "812", name: "Caisse du Quartier" })).toEqual({ institutionId: "812" })
    // An older row that kept the key where the id belongs.
    expect(institutionPreselection({ id: "FlinksCapital", name: "Bank" })).toEqual({
      institution: "FlinksCapital",
      institutionId: "14",
    })
  })

  it("nothing that names a bank: no preselection, the widget shows its list", () => {
    expect(institutionPreselection({ id: null, name: "Bank" })).toBeUndefined()
    expect(institutionPreselection({})).toBeUndefined()
  })
})
