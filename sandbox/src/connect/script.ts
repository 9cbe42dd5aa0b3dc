/**
 * The page's only script, inlined (the page loads nothing else). Plain ES2017 for any browser.
 * It renders one step at a time from the server's answers and reports each step to the parent
 * window the way Flinks Connect does: `postMessage({step, ...}, "*")`.
 */
// biome-ignore lint/complexity/noUselessStringRaw: the served script stays byte for byte what is written here, a backslash added later included
export const CONNECT_SCRIPT = String.raw`
(function () {
  "use strict"
  var cfg = JSON.parse(document.getElementById("flinks-config").textContent)
  var t = cfg.text
  var app = document.getElementById("app")
  var preselected = cfg.preselected
  var institution = cfg.institution || (preselected && preselected.code)
  window.flinksEvents = []

  function emit(step, extra) {
    var message = Object.assign({ step: step }, extra || {})
    window.flinksEvents.push(message)
    var data = cfg.options.stringify ? JSON.stringify(message) : message
    try { window.parent.postMessage(data, "*") } catch (e) { /* a closed parent is not our problem */ }
  }

  function withInstitution(extra) {
    return Object.assign(institution ? { institution: institution } : {}, extra || {})
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag)
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name]
      else if (name === "onclick") node.addEventListener("click", attrs[name])
      else if (name === "onsubmit") node.addEventListener("submit", attrs[name])
      else if (name === "oninput") node.addEventListener("input", attrs[name])
      else node.setAttribute(name, attrs[name])
    })
    ;(children || []).forEach(function (child) { if (child) node.appendChild(child) })
    return node
  }

  function field(id, label, type, autocomplete) {
    return el("div", { class: "field" }, [
      el("label", { for: id, text: label }),
      el("input", { id: id, name: id, type: type, autocomplete: autocomplete, required: "required" }),
    ])
  }

  function alertBox(message) {
    return message ? el("p", { id: "error", role: "alert", class: "error", text: message }) : null
  }

  function closeButton() {
    if (!cfg.options.closeEnable) return null
    return el("button", { id: "close", type: "button", class: "link", text: t.close, onclick: function () {
      emit("COMPONENT_CLOSE_SESSION", withInstitution())
    } })
  }

  function render(nodes) {
    app.innerHTML = ""
    var bar = el("div", { class: "bar" }, [el("span", { class: "brand", text: "Flinks" }), closeButton()])
    app.appendChild(bar)
    nodes.forEach(function (node) { if (node) app.appendChild(node) })
    var first = app.querySelector("input:not([type=radio]):not([type=checkbox])")
    if (first) first.focus()
  }

  function busy(form) {
    Array.prototype.forEach.call(form.querySelectorAll("button, input"), function (node) { node.disabled = true })
    var status = form.querySelector(".status")
    if (status) status.textContent = t.working
  }

  function post(action, body) {
    return fetch(cfg.actionBase + action, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (response) { return response.json() })
  }

  function showConsent() {
    emit("COMPONENT_LOAD_CONSENT")
    var customer = cfg.options.customerName || t.aCompany
    render([
      el("h1", { text: t.consentTitle }),
      el("p", { id: "consent-text", text: t.consentBody.split("{customer}").join(customer) }),
      el("button", { id: "consent-continue", type: "button", text: t.continue, onclick: function () {
        emit("COMPONENT_ACCEPT_CONSENT")
        if (preselected) showCredentials(preselected)
        else showInstitutions()
      } }),
    ])
  }

  function showInstitutions(message) {
    institution = null
    emit("COMPONENT_LOAD_INSTITUTION_SELECTOR")
    var list = el("ul", { id: "institutions", class: "institutions" }, cfg.institutions.map(function (item) {
      return el("li", { "data-name": item.name.toLowerCase() }, [
        el("button", { type: "button", class: "institution", "data-institution": item.code, text: item.name, onclick: function () {
          institution = item.code
          emit("INSTITUTION_SELECTED", { institution: item.code })
          showCredentials(item)
        } }),
      ])
    }))
    var empty = el("p", { id: "no-institution", class: "muted", hidden: "hidden", text: t.noInstitution })
    var filter = cfg.options.institutionFilterEnable
      ? el("div", { class: "field" }, [
          el("label", { for: "institution-filter", text: t.search }),
          el("input", { id: "institution-filter", type: "search", autocomplete: "off", oninput: function (event) {
            var query = event.target.value.trim().toLowerCase()
            var shown = 0
            Array.prototype.forEach.call(list.children, function (li) {
              var match = li.getAttribute("data-name").indexOf(query) >= 0
              li.hidden = !match
              if (match) shown++
            })
            empty.hidden = shown > 0
          } }),
        ])
      : null
    render([el("h1", { text: t.chooseInstitution }), alertBox(message), filter, list, empty])
  }

  function showCredentials(item, message, username) {
    emit("COMPONENT_LOAD_CREDENTIAL", withInstitution())
    var form = el("form", { id: "credentials", onsubmit: function (event) {
      event.preventDefault()
      var username = document.getElementById("username").value
      var password = document.getElementById("password").value
      emit("SUBMIT_CREDENTIAL", withInstitution())
      busy(form)
      post("credentials", { institution: item.code, username: username, password: password }).then(function (result) {
        handle(result, item, username)
      })
    } }, [
      field("username", t.username, "text", "username"),
      field("password", t.password, "password", "current-password"),
      el("p", { class: "status muted", "aria-live": "polite" }),
      el("button", { id: "credentials-submit", type: "submit", text: t.continue }),
      // The host chose the institution: the page has no list to go back to.
      cfg.options.backEnable && !preselected ? el("button", { id: "back", type: "button", class: "link", text: t.back, onclick: function () { showInstitutions() } }) : null,
    ])
    render([el("h1", { text: item.name }), alertBox(message), form])
    if (username) {
      document.getElementById("username").value = username
      document.getElementById("password").focus()
    }
  }

  function showMfa(result) {
    emit("COMPONENT_LOAD_MFA", withInstitution())
    var answer = el("input", { id: "mfa-answer", name: "answer", type: "text", autocomplete: "off", list: result.choices ? "mfa-choices" : null })
    if (!result.choices) answer.removeAttribute("list")
    var form = el("form", { id: "mfa", onsubmit: function (event) {
      event.preventDefault()
      emit("SUBMIT_MFA", withInstitution())
      busy(form)
      post("mfa", { answer: answer.value }).then(function (reply) { handle(reply) })
    } }, [
      el("p", { id: "mfa-prompt", class: "prompt", text: result.prompt }),
      el("div", { class: "field" }, [el("label", { for: "mfa-answer", text: t.answer }), answer]),
      result.choices ? el("datalist", { id: "mfa-choices" }, result.choices.map(function (choice) { return el("option", { value: choice }) })) : null,
      el("p", { class: "status muted", "aria-live": "polite" }),
      el("button", { id: "mfa-submit", type: "submit", text: t.submit }),
    ])
    render([el("h1", { text: t.securityQuestion }), alertBox(result.message), form])
  }

  // Enhanced MFA: Flinks' own form for the bank's other questions. The event names are guesses.
  function showEnhancedMfa(result) {
    emit("COMPONENT_LOAD_ENHANCED_MFA", withInstitution())
    var inputs = result.questions.map(function (question) {
      var id = "enhanced-mfa-" + question.key
      return { key: question.key, node: el("div", { class: "field" }, [
        el("label", { for: id, text: question.prompt }),
        el("input", { id: id, name: question.key, type: "text", autocomplete: "off" }),
      ]) }
    })
    var form = el("form", { id: "enhanced-mfa", onsubmit: function (event) {
      event.preventDefault()
      var answers = {}
      inputs.forEach(function (input) { answers[input.key] = document.getElementById("enhanced-mfa-" + input.key).value })
      emit("SUBMIT_ENHANCED_MFA", withInstitution())
      busy(form)
      post("enhanced-mfa", { answers: answers }).then(function (reply) { handle(reply) })
    } }, [el("p", { class: "muted", text: t.enhancedMfaBody })].concat(inputs.map(function (input) { return input.node })).concat([
      el("p", { class: "status muted", "aria-live": "polite" }),
      el("button", { id: "enhanced-mfa-submit", type: "submit", text: t.submit }),
      result.skippable ? el("button", { id: "enhanced-mfa-skip", type: "button", class: "link", text: t.skip, onclick: function () {
        emit("SKIP_ENHANCED_MFA", withInstitution())
        busy(form)
        post("enhanced-mfa", { skip: true }).then(function (reply) { handle(reply) })
      } }) : null,
    ]))
    render([el("h1", { id: "enhanced-mfa-title", text: t.enhancedMfaTitle }), alertBox(result.message), form])
  }

  function showAccounts(result) {
    if (!cfg.options.accountSelectorEnable) {
      finish([])
      return
    }
    emit("COMPONENT_LOAD_ACCOUNT_SELECTION", withInstitution())
    var multiple = cfg.options.accountSelectorMultiple
    var form = el("form", { id: "accounts", onsubmit: function (event) {
      event.preventDefault()
      var ids = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (input) { return input.value })
      if (ids.length === 0) {
        form.querySelector(".status").textContent = t.pickOne
        return
      }
      emit("ACCOUNT_SELECTED", withInstitution({ accountId: ids.join(",") }))
      busy(form)
      finish(ids)
    } }, result.accounts.map(function (account, index) {
      var id = "account-" + index
      return el("div", { class: "account" }, [
        el("input", { id: id, type: multiple ? "checkbox" : "radio", name: "account", value: account.id }),
        el("label", { for: id }, [
          el("span", { class: "account-title", text: account.title }),
          el("span", { class: "muted", text: " " + account.number + " · " + account.balance }),
        ]),
      ])
    }).concat([
      el("p", { class: "status muted", "aria-live": "polite" }),
      el("button", { id: "accounts-submit", type: "submit", text: t.continue }),
    ]))
    render([el("h1", { text: multiple ? t.chooseAccounts : t.chooseAccount }), form])
  }

  function finish(ids) {
    post("finish", { accountIds: ids }).then(function (result) { handle(result) })
  }

  function showDone(result) {
    var event = { url: result.url, loginId: result.loginId, accountId: result.accountId, requestId: result.requestId, institution: result.institution }
    if (result.url === null) delete event.url
    if (result.accountId === null) delete event.accountId
    emit("REDIRECT", event)
    render([el("h1", { id: "success", text: t.success })])
    if (!result.url || cfg.options.jsRedirect) return
    if (cfg.options.innerRedirect) {
      window.location.href = result.url
      return
    }
    try { window.top.location.href = result.url } catch (e) { window.location.href = result.url }
  }

  function showError(result, item, username) {
    result.events.forEach(function (step) { emit(step, withInstitution()) })
    if (result.next === "credentials" && item) return showCredentials(item, result.message, username)
    if (result.next === "institutions") return showInstitutions(result.message)
    render([el("h1", { text: t.title }), alertBox(result.message)])
  }

  function handle(result, item, username) {
    ;(result.step === "mfa" && result.events ? result.events : []).forEach(function (step) { emit(step, withInstitution()) })
    if (result.step === "mfa") return showMfa(result)
    if (result.step === "enhancedMfa") return showEnhancedMfa(result)
    if (result.step === "accounts") return showAccounts(result)
    if (result.step === "done") return showDone(result)
    if (result.step === "error") return showError(result, item, username)
    if (result.step === "consent") return showConsent()
    if (result.step === "credentials" && preselected) return showCredentials(preselected)
    return showInstitutions(result.message)
  }

  emit("APP_MOUNTED")
  handle(cfg.initial)
})()
`
