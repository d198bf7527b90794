// redactcheck's page: check as you type, show what was found, make a redacted copy.
// Everything stays between this page and the server on this computer.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const token = document.querySelector('meta[name="redactcheck-token"]').content;
  const maxBytes = Number(document.querySelector('meta[name="redactcheck-max-bytes"]').content);
  const NAMES = {
    PERSON: "name", ADDRESS: "address", POSTCODE: "postcode", CONTACT: "contact detail",
    ID_NUMBER: "ID number", CASE_REF: "case reference", DATE_OF_BIRTH: "date of birth", AGE: "age",
    DATE: "date", LOCATION: "place", LOCAL_AUTHORITY: "council", INSTITUTION: "school or service",
    DEMOGRAPHIC: "background detail",
  };
  const state = {
    format: "text", allow: [], decisions: new Map(), docx: null, result: null, seq: 0,
    timer: null, redactSeq: 0, settings: null, pending: null, notice: "",
  };

  function keyOf(f) { return f.category + "\u0000" + f.text; }
  function say(message) { $("status").textContent = message; }
  function showError(message) {
    const box = $("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-Redactcheck-Token": token },
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = { error: "the server's answer could not be read" }; }
    if (!response.ok) { throw new Error(data.error || ("error " + response.status)); }
    return data;
  }

  function draftBody() {
    const text = $("draft").value;
    const body = { allow: state.allow, style: $("style").value };
    if (state.docx && text === state.docx.text) {
      body.file = { name: state.docx.name, data: state.docx.data };
    } else {
      body.text = text;
      body.format = state.format;
    }
    return body;
  }

  function tooBig(text) {
    const size = new TextEncoder().encode(text).length;
    if (size <= maxBytes) { return null; }
    return "The draft is " + size.toLocaleString("en-GB") + " bytes, over the " +
      maxBytes.toLocaleString("en-GB") + "-byte limit: split it into parts and check each.";
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, 450);
  }

  async function check() {
    const text = $("draft").value;
    const seq = ++state.seq;
    if (!text.trim()) { clearResults(); say("Nothing to check yet."); return; }
    const big = tooBig(text);
    if (big) { showError(big); say("Not checked: the draft is too long."); return; }
    say("Checking…");
    try {
      const result = await post("/api/check", draftBody());
      if (seq !== state.seq) { return; }
      showError("");
      state.result = result;
      render(result);
      afterCheck(result);
    } catch (error) {
      if (seq !== state.seq) { return; }
      showError(error.message);
      say("Not checked.");
    }
  }

  function clearResults() {
    state.result = null;
    showError("");
    for (const id of ["risk", "marked-section", "redacted-section", "left-section"]) { $(id).hidden = true; }
    $("groups").replaceChildren();
    $("no-findings").hidden = false;
  }

  function render(result) {
    const n = result.findings.length;
    const notice = state.notice ? state.notice + " " : "";
    state.notice = "";
    say(notice + "Checked: " + n + (n === 1 ? " detail" : " details") + " found, risk " +
      result.risk.band + ".");
    renderRisk(result.risk);
    renderMarked(result);
    renderGroups(result);
    renderLeftAlone(result.suppressed);
    $("redacted-section").hidden = false;
  }

  function renderRisk(risk) {
    $("risk").hidden = false;
    const band = $("band");
    band.textContent = risk.band.toUpperCase() + " risk";
    band.className = "band band-" + risk.band;
    $("score").textContent = "(score " + Math.round(risk.score) + " of 100)";
    $("reasons").replaceChildren(...risk.reasons.map((r) => el("li", {}, r)));
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") { node.className = v; } else { node.setAttribute(k, v); }
    }
    for (const child of children) { if (child !== null && child !== undefined) { node.append(child); } }
    return node;
  }

  function decision(f) { return state.decisions.get(keyOf(f)) || "redact"; }

  function renderMarked(result) {
    const box = $("marked");
    const parts = [];
    // offsets count characters (code points), as Python does; a JS string counts UTF-16 units,
    // so an emoji before a finding would shift every highlight after it
    const chars = Array.from(result.text);
    const slice = (a, b) => chars.slice(a, b).join("");
    let at = 0;
    for (const f of result.findings) {
      if (f.start < at) { continue; }
      parts.push(slice(at, f.start));
      const tipId = "tip-" + f.id;
      const kept = decision(f) === "keep";
      const label = NAMES[f.category] || f.category;
      const mark = el("mark", {
        class: "mark cat-" + f.category + " kind-" + f.kind + (kept ? " kept" : ""),
        tabindex: "0", role: "button", "data-id": String(f.id), "aria-describedby": tipId,
      }, f.text, el("span", { class: "cat-label" }, " " + label + (kept ? ", kept" : "")));
      mark.append(el("span", { class: "tip", role: "tooltip", id: tipId },
        (f.kind === "direct" ? "Direct identifier" : "Narrows it down") + " (" + label + "): " +
        f.explanation + (kept ? " You chose to keep it." : " Becomes: " + f.replacement)));
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); goToChoice(f.id); }
      });
      mark.addEventListener("click", () => goToChoice(f.id));
      parts.push(mark);
      at = f.end;
    }
    parts.push(slice(at));
    box.replaceChildren(...parts);
    $("marked-section").hidden = result.findings.length === 0;
  }

  function goToChoice(id) {
    const input = document.querySelector('#finding-' + id + ' input:checked');
    if (input) { input.focus(); }
  }

  function renderGroups(result) {
    const box = $("groups");
    $("no-findings").hidden = result.findings.length > 0;
    if (!result.findings.length) { $("no-findings").textContent = "Nothing that identifies someone was found."; }
    const sections = result.groups.map((group, g) => {
      const heading = el("h3", { id: "group-" + g }, group.title);
      const about = group.reason ? el("p", { class: "reason" },
        (group.risk !== null ? "Risk " + Math.round(group.risk) + ": " : "") + group.reason) : null;
      const list = el("ul", { class: "findings" }, ...group.finding_ids.map((id) => findingItem(result.findings[id])));
      return el("section", { class: "group", "aria-labelledby": "group-" + g }, heading, about, list);
    });
    box.replaceChildren(...sections);
  }

  function findingItem(f) {
    const label = NAMES[f.category] || f.category;
    const chosen = decision(f);
    const name = "choice-" + f.id;
    const options = [["redact", "Redact"], ["keep", "Keep"], ["allow", "Always allow"]].map(([value, words]) => {
      const id = name + "-" + value;
      const input = el("input", { type: "radio", name: name, id: id, value: value });
      input.checked = value === chosen;
      input.addEventListener("change", () => choose(f, value));
      return el("span", { class: "option" }, input, el("label", { for: id }, words));
    });
    const legend = el("legend", {}, "What to do with “" + f.text + "”");
    return el("li", { id: "finding-" + f.id, class: "finding cat-" + f.category + " kind-" + f.kind },
      el("p", {}, el("span", { class: "cat-badge" }, label), " ", el("strong", {}, f.text),
        " (line " + f.line + ")"),
      el("p", { class: "why" }, f.explanation),
      f.role ? el("p", { class: "role" }, "Whose name: " + (f.role === "subject" ? "someone the case is about" : f.role) +
        (f.evidence ? " (" + f.evidence + ")" : "")) : null,
      el("p", { class: "becomes" }, chosen === "keep" ? "Kept as it is." : "Becomes: " + f.replacement),
      el("fieldset", { class: "choices" }, legend, ...options));
  }

  function choose(f, value) {
    if (value === "allow") { askAllow(f); return; }
    state.decisions.set(keyOf(f), value);
    render(state.result);
    redact();
    const again = document.getElementById("choice-" + f.id + "-" + value);
    if (again) { again.focus(); }
  }

  function askAllow(f) {
    state.pending = f;
    const where = state.settings && state.settings.allowlist;
    $("allow-text").textContent = "“" + f.text + "” will no longer be flagged. For this session, nothing is " +
      "written anywhere. Saving adds it to your settings file, so it is never flagged again on this computer.";
    const save = $("allow-save");
    if (where && where.can_save) {
      $("allow-file").textContent = "Saving writes to: " + where.file + (where.exists ? "" : " (a new file)");
      save.disabled = false;
    } else {
      $("allow-file").textContent = "Saving is not available: " + (where ? where.why : "settings not loaded");
      save.disabled = true;
    }
    $("allow-dialog").showModal();
    $("allow-session").focus();
  }

  function closeAllow() {
    const f = state.pending;
    state.pending = null;
    if ($("allow-dialog").open) { $("allow-dialog").close(); }
    if (f && state.result) { render(state.result); goToChoice(f.id); }
  }

  async function allow(saveIt) {
    const f = state.pending;
    if (!f) { return; }
    try {
      if (saveIt) {
        const saved = await post("/api/allowlist", { term: f.text, confirm: true });
        state.notice = "Saved “" + f.text + "” to " + saved.file + ".";
      } else {
        state.notice = "“" + f.text + "” is allowed for this session.";
      }
      say(state.notice);
      state.allow.push(f.text);
      state.pending = null;
      $("allow-dialog").close();
      $("draft").focus();
      check();
    } catch (error) {
      showError(error.message);
      closeAllow();
    }
  }

  function renderLeftAlone(items) {
    $("left-section").hidden = !items.length;
    $("left-alone").replaceChildren(...items.map((s) => el("li", {},
      el("strong", {}, s.text), " (" + (NAMES[s.category] || s.category) + "): " + s.why +
        (s.role && s.role !== s.why ? " (" + s.role + ")" : "") + (s.evidence ? ": " + s.evidence : ""))));
  }

  // The check already brings the version with everything redacted; the server is asked
  // again only when something is kept, or for a Word file's redacted copy.
  function afterCheck(result) {
    const keeps = result.findings.some((f) => decision(f) === "keep");
    const word = state.docx && $("draft").value === state.docx.text;
    if (keeps || word) { redact(); return; }
    state.redactSeq++;
    showRedacted({ text: result.redacted });
  }

  function showRedacted(done) {
    $("redacted").value = done.text;
    state.redactedDocx = done.docx ? { name: done.filename, data: done.docx } : null;
    $("download-docx").hidden = !state.redactedDocx;
    const note = $("docx-note");
    const edited = state.docx && $("draft").value !== state.docx.text;
    note.hidden = !edited;
    note.textContent = edited ?
      "You changed the text after opening the Word file, so only a text download is offered." : "";
  }

  async function redact() {
    if (!state.result) { return; }
    const seq = ++state.redactSeq;
    const body = draftBody();
    body.keep = state.result.findings.filter((f) => decision(f) === "keep").map((f) => [f.start, f.end]);
    try {
      const done = await post("/api/redact", body);
      if (seq !== state.redactSeq) { return; }
      showRedacted(done);
    } catch (error) {
      if (seq === state.redactSeq) { showError(error.message); }
    }
  }

  async function copyRedacted() {
    const text = $("redacted").value;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      $("redacted").select();
      document.execCommand("copy");
    }
    say("Copied the redacted text.");
  }

  function download(name, blob) {
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function downloadText() {
    const stem = state.docx ? state.docx.name.replace(/\.docx$/i, "") : "draft";
    download(stem + ".redacted." + (state.format === "markdown" ? "md" : "txt"),
      new Blob([$("redacted").value], { type: "text/plain;charset=utf-8" }));
    say("Downloaded the redacted text.");
  }

  function downloadDocx() {
    const raw = atob(state.redactedDocx.data);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    download(state.redactedDocx.name, new Blob([bytes], {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
    say("Downloaded the redacted Word document.");
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let out = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(out);
  }

  async function openFile() {
    const file = $("file").files[0];
    if (!file) { return; }
    if (file.size > maxBytes) {
      showError(file.name + ": " + file.size.toLocaleString("en-GB") + " bytes is over the " +
        maxBytes.toLocaleString("en-GB") + "-byte limit.");
      return;
    }
    say("Reading " + file.name + "…");
    const data = base64(await file.arrayBuffer());
    const seq = ++state.seq;
    try {
      const result = await post("/api/check", { file: { name: file.name, data: data }, allow: state.allow,
        style: $("style").value });
      if (seq !== state.seq) { return; }
      state.format = result.format === "docx" ? "text" : result.format;
      $("format").value = state.format;
      state.docx = result.format === "docx" ? { name: file.name, data: data, text: result.text } : null;
      $("draft").value = result.text;
      state.decisions.clear();
      showError("");
      state.result = result;
      render(result);
      afterCheck(result);
    } catch (error) {
      showError(error.message);
      say("Not checked.");
    } finally {
      $("file").value = "";
    }
  }

  async function loadSettings() {
    try {
      const response = await fetch("/api/settings", { cache: "no-store" });
      state.settings = await response.json();
    } catch (e) { state.settings = null; }
  }

  document.addEventListener("DOMContentLoaded", () => {
    loadSettings();
    $("draft").addEventListener("input", schedule);
    $("file").addEventListener("change", openFile);
    $("style").addEventListener("change", () => { if (state.result) { check(); } });
    $("format").addEventListener("change", () => { state.format = $("format").value; check(); });
    $("copy").addEventListener("click", copyRedacted);
    $("download-text").addEventListener("click", downloadText);
    $("download-docx").addEventListener("click", downloadDocx);
    $("allow-session").addEventListener("click", () => allow(false));
    $("allow-save").addEventListener("click", () => allow(true));
    $("allow-cancel").addEventListener("click", closeAllow);
    $("allow-dialog").addEventListener("cancel", (event) => { event.preventDefault(); closeAllow(); });
    document.body.dataset.ready = "true";
  });
})();
