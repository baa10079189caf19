"use strict";

(function () {
  const AUTH_KEY = "fitledger.authorization";

  const $ = (id) => document.getElementById(id);
  const signInSection = $("sign-in-section");
  const signInForm = $("sign-in-form");
  const patrolSection = $("patrol-section");
  const patrolForm = $("patrol-form");
  const session = $("session");
  const errorBox = $("error");
  const result = $("result");

  let patrolId = newPatrolId();

  // crypto.randomUUID exists only in secure contexts (https or localhost); a phone on the
  // patrol office's plain-http LAN still needs a random v4 UUID.
  function newPatrolId() {
    if (typeof crypto.randomUUID === "function") {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)]
      .join("-");
  }

  function basic(username, password) {
    const bytes = new TextEncoder().encode(username + ":" + password);
    return "Basic " + btoa(String.fromCharCode.apply(null, bytes));
  }

  async function call(method, path, authorization, body) {
    const headers = { Accept: "application/json", Authorization: authorization };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    let response;
    try {
      response = await fetch(path, {
        method: method,
        headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
        credentials: "omit",
      });
    } catch (e) {
      throw { code: "NETWORK_ERROR", message: "The patrol app could not be reached. Try again." };
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      throw {
        status: response.status,
        code: (json && json.code) || "HTTP_" + response.status,
        message: (json && json.message) || response.statusText || "The request failed.",
      };
    }
    return json;
  }

  function showError(err) {
    errorBox.textContent = "";
    const code = document.createElement("strong");
    code.textContent = err.code;
    errorBox.append(code, " ", err.message);
    errorBox.hidden = false;
    errorBox.scrollIntoView({ block: "nearest" });
  }

  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = "";
  }

  function busy(button, isBusy) {
    button.disabled = isBusy;
    button.setAttribute("aria-busy", String(isBusy));
  }

  function showSignedIn(me) {
    $("signed-in-as").textContent = me.username;
    $("signed-in-role").textContent = "(" + me.role + ", " + me.mspId + ")";
    session.hidden = false;
    signInSection.hidden = true;
    patrolSection.hidden = false;
    $("patrol-id").textContent = patrolId;
    $("equipment-id").focus();
  }

  // The patrol form keeps its content and id, so after signing in again the same patrol can be
  // sent once more without becoming a second record.
  function showSignedOut() {
    sessionStorage.removeItem(AUTH_KEY);
    session.hidden = true;
    patrolSection.hidden = true;
    result.hidden = true;
    signInSection.hidden = false;
    $("password").value = "";
  }

  async function signIn(event) {
    event.preventDefault();
    clearError();
    const username = $("username").value.trim();
    const authorization = basic(username, $("password").value);
    busy($("sign-in"), true);
    try {
      const me = await call("GET", "/api/v1/me", authorization);
      sessionStorage.setItem(AUTH_KEY, authorization);
      $("password").value = "";
      showSignedIn(me);
    } catch (err) {
      $("password").value = "";
      showError(err);
      $("password").focus();
    } finally {
      busy($("sign-in"), false);
    }
  }

  function signOut() {
    newForm();
    showSignedOut();
    $("username").focus();
  }

  function newForm() {
    patrolForm.reset();
    patrolId = newPatrolId();
    $("patrol-id").textContent = patrolId;
    clearError();
  }

  function showResult(created) {
    $("result-tx").textContent = created.transactionId;
    $("result-patrol-id").textContent = created.record.id;
    $("result-block").textContent = String(created.blockNumber);
    result.hidden = false;
  }

  async function submitPatrol(event) {
    event.preventDefault();
    clearError();
    result.hidden = true;
    const authorization = sessionStorage.getItem(AUTH_KEY);
    if (!authorization) {
      showSignedOut();
      showError({ code: "UNAUTHENTICATED", message: "Please sign in again." });
      return;
    }
    const patrol = {
      id: patrolId,
      equipmentId: $("equipment-id").value.trim(),
      condition: patrolForm.elements.condition.value,
      note: $("note").value,
    };
    busy($("submit"), true);
    try {
      const created = await call("POST", "/api/v1/patrols", authorization, patrol);
      newForm();
      showResult(created);
      result.scrollIntoView({ block: "nearest" });
    } catch (err) {
      // The id stays, so a retry of a write that did reach the ledger is a replay, not a copy.
      if (err.status === 401) {
        showSignedOut();
      }
      showError(err);
    } finally {
      busy($("submit"), false);
    }
  }

  async function resume() {
    const authorization = sessionStorage.getItem(AUTH_KEY);
    if (!authorization) {
      showSignedOut();
      return;
    }
    try {
      showSignedIn(await call("GET", "/api/v1/me", authorization));
    } catch (err) {
      showSignedOut();
      if (err.status !== 401) {
        showError(err);
      }
    }
  }

  signInForm.addEventListener("submit", signIn);
  patrolForm.addEventListener("submit", submitPatrol);
  $("sign-out").addEventListener("click", signOut);
  $("new-patrol").addEventListener("click", newForm);
  resume();
})();
