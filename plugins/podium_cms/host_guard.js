// Loaded into decap-server with `node --require` by `podium serve --cms`.
//
// decap-server answers whoever reaches 127.0.0.1 on its port and never looks
// at the Host header. A web page open in the same browser can reach it by DNS
// rebinding: its own name (attacker.example) is made to resolve to 127.0.0.1,
// so its scripts talk to the editor's backend as same-origin requests, with
// no CORS check, and could read and write content/. Those requests still say
// "Host: attacker.example:PORT". Only the names of this machine are answered.
"use strict";

const http = require("http");

const allowed = new Set(
  (process.env.PODIUM_ALLOWED_HOSTS || "")
    .split(",")
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean),
);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, request, response) {
  if (event === "request" && !allowed.has(String(request.headers.host || "").toLowerCase())) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("podium: this editor backend answers only to 127.0.0.1 and localhost\n");
    return true;
  }
  return emit.apply(this, arguments);
};
