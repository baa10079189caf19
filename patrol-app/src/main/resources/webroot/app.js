"use strict";

(function () {
  const AUTH_KEY = "fitledger.token";

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

  async function call(method, path, authorization, body) {
    const headers = { Accept: "application/json" };
    if (authorization) {
      headers.Authorization = authorization;
    }
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
    const credentials = { username: $("username").value.trim(), password: $("password").value };
    busy($("sign-in"), true);
    try {
      // The password goes to the gateway once; the page keeps only a short-lived token.
      const issued = await call("POST", "/api/v1/session", null, credentials);
      const authorization = "Bearer " + issued.accessToken;
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
    showDefectFields();
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
    busy($("submit"), true);
    try {
      const patrol = { id: patrolId, inspections: [await inspection()] };
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

  // One inspection from the form, with the phone's position and clock as observed.
  async function inspection() {
    const condition = patrolForm.elements.condition.value;
    const position = await locate();
    const inspection = {
      equipmentId: $("equipment-id").value.trim(),
      level: $("level").value,
      condition: condition,
      checklist: {},
      notes: $("note").value,
      photoHashes: [],
      gps: position,
      observedAt: new Date().toISOString(),
    };
    if (condition === "DEFECT") {
      inspection.defect = {
        severity: $("severity").value,
        category: $("category").value,
        description: $("defect-description").value.trim(),
      };
    }
    return inspection;
  }

  function locate() {
    const status = $("gps-status");
    if (!navigator.geolocation) {
      return Promise.reject({ code: "NO_LOCATION", message: "This phone cannot tell its location." });
    }
    status.textContent = "locating…";
    return new Promise((resolve, reject) => {
      navigator.geolocation.getCurrentPosition(
        (p) => {
          const gps = {
            latitude: p.coords.latitude,
            longitude: p.coords.longitude,
            accuracyMeters: Math.round(p.coords.accuracy * 10) / 10,
          };
          status.textContent = gps.latitude.toFixed(5) + ", " + gps.longitude.toFixed(5) +
            " (±" + gps.accuracyMeters + " m)";
          resolve(gps);
        },
        (e) => {
          status.textContent = "unavailable";
          reject({ code: "NO_LOCATION", message: "The location is needed for a patrol: " + e.message });
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 });
    });
  }

  function showDefectFields() {
    $("defect").hidden = patrolForm.elements.condition.value !== "DEFECT";
    $("defect-description").required = !$("defect").hidden;
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
  patrolForm.addEventListener("change", showDefectFields);
  $("sign-out").addEventListener("click", signOut);
  $("new-patrol").addEventListener("click", newForm);
  resume();
})();
