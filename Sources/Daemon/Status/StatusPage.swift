/// The status page the `--status-listen` listener serves at `/`: one HTML document with its style and
/// script inline (no external asset, so it works on an isolated network) that fetches `/status`
/// every two seconds and shows instances, sync groups, virtual and real servers and the latest
/// transitions with their reasons. A script error shows in `#script-error` and sets
/// `data-script-error` on the body; each successful render sets `data-rendered` to a count.
enum StatusPage {
    static var response: StatusResponse {
        StatusResponse(code: 200, reason: "OK", contentType: "text/html; charset=utf-8", body: Array(html.utf8))
    }

    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Vigil status</title>
        <style>
        \(style)
        </style></head>
        <body data-rendered="0">
        <header><h1>Vigil</h1><span id="router"></span><span id="updated"></span></header>
        <div id="script-error" hidden></div>
        <section><h2>VRRP instances</h2><table id="instances"><thead><tr><th>Instance</th><th>State</th>
        <th>Wanted</th><th>Priority</th><th>VRID</th><th>Interface</th><th>Virtual addresses</th><th>Master</th>
        <th>Adverts in / out</th><th>Last transition</th></tr></thead><tbody></tbody></table></section>
        <section id="groups-section"><h2>Sync groups</h2><table id="groups"><thead><tr><th>Group</th><th>State</th>
        <th>Members</th><th>Last transition</th></tr></thead><tbody></tbody></table></section>
        <section><h2>Virtual servers</h2><div id="virtual-servers"></div></section>
        <section><h2>Recent transitions</h2><table id="transitions"><thead><tr><th>When</th><th>What</th>
        <th>From</th><th>To</th><th>Reason</th></tr></thead><tbody></tbody></table></section>
        <footer id="daemon"></footer>
        <script>
        \(script)
        </script></body></html>

        """

    private static let style = """
        body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
        header{background:#1d2330;color:#fff;padding:10px 20px;display:flex;gap:24px;align-items:baseline}
        header h1{font-size:20px;margin:0}header span{opacity:.8}
        section{margin:16px 20px;background:#fff;border-radius:6px;padding:8px 14px;box-shadow:0 1px 2px #0002}
        h2{font-size:15px;margin:6px 0 8px}h3{font-size:14px;margin:10px 0 4px}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e6eb}
        th{font-weight:600;color:#555;font-size:12px;white-space:nowrap}td{white-space:nowrap}td.reason{white-space:normal}
        .state{font-weight:700;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px}
        .MASTER,.up{background:#1f9d55}.BACKUP{background:#2f6fdf}.FAULT,.down{background:#d64545}
        .INIT,.STOP,.drained{background:#888}
        .muted{color:#777}.bar{display:inline-block;height:8px;background:#2f6fdf;border-radius:4px;vertical-align:middle}
        .bar.off{background:#c5c9d2}
        #script-error{margin:16px 20px;padding:10px;background:#fde2e2;color:#8a1c1c;border-radius:6px}
        footer{margin:16px 20px;color:#777;font-size:12px}
        """

    private static let script = """
        "use strict";
        const $ = (id) => document.getElementById(id);
        function fail(message) {
          const box = $("script-error");
          box.hidden = false;
          box.textContent = "Status page error: " + message;
          document.body.dataset.scriptError = message;
        }
        window.addEventListener("error", (e) => fail(e.message));
        function text(value) { return value === undefined || value === null ? "" : String(value); }
        function cell(row, value, cls) {
          const td = row.insertCell();
          if (cls) { const s = document.createElement("span"); s.className = cls; s.textContent = text(value); td.appendChild(s); }
          else td.textContent = text(value);
          return td;
        }
        function ago(at, now) {
          if (at === undefined || at === null) return "";
          const s = Math.max(0, Math.round(now - at));
          if (s < 60) return s + " s ago";
          if (s < 3600) return Math.floor(s / 60) + " min ago";
          if (s < 86400) return Math.floor(s / 3600) + " h ago";
          return Math.floor(s / 86400) + " d ago";
        }
        function transition(t, now) {
          if (!t) return "";
          return t.from + " \\u2192 " + t.to + " " + ago(t.at, now) + (t.reason ? " (" + t.reason + ")" : "");
        }
        function fill(id, rows, each) {
          const body = $(id).tBodies[0];
          body.replaceChildren();
          for (const item of rows) each(body.insertRow(), item);
        }
        function render(doc) {
          const now = doc.generatedAt;
          $("router").textContent = "router_id " + doc.routerID;
          $("updated").textContent = "updated " + new Date(now * 1000).toLocaleTimeString();
          fill("instances", doc.instances, (r, i) => {
            cell(r, i.name); cell(r, i.state + (i.maintenance ? " (maintenance)" : ""), "state " + i.state); cell(r, i.wantedState);
            cell(r, i.effectivePriority === i.basePriority ? i.basePriority : i.effectivePriority + " (base " + i.basePriority + ")");
            cell(r, i.virtualRouterID); cell(r, i.interface); cell(r, i.virtualAddresses.join(", "));
            cell(r, i.masterAddress || (i.state === "MASTER" ? "this node" : ""));
            cell(r, i.counters.advertisementsReceived + " / " + i.counters.advertisementsSent);
            cell(r, transition(i.lastTransition, now)).className = "reason";
          });
          $("groups-section").hidden = doc.syncGroups.length === 0;
          fill("groups", doc.syncGroups, (r, g) => {
            cell(r, g.name); cell(r, g.state, "state " + g.state); cell(r, g.members.join(", "));
            cell(r, transition(g.lastTransition, now)).className = "reason";
          });
          renderVirtualServers(doc.virtualServers);
          fill("transitions", doc.recentTransitions || [], (r, t) => {
            cell(r, ago(t.transition.at, now)); cell(r, (t.kind === "syncGroup" ? "group " : "") + t.name);
            cell(r, t.transition.from, "state " + t.transition.from); cell(r, t.transition.to, "state " + t.transition.to);
            cell(r, t.transition.reason || "").className = "reason";
          });
          const p = doc.process || {};
          $("daemon").textContent = "data plane " + doc.dataPlane + (doc.dataPlaneState ? ", " + doc.dataPlaneState : "") +
            " \\u00b7 up " + Math.round(doc.uptimeSeconds || 0) + " s" +
            (p.residentBytes ? " \\u00b7 " + (p.residentBytes / 1048576).toFixed(1) + " MiB resident" : "") +
            (p.cpuSeconds !== undefined ? " \\u00b7 " + p.cpuSeconds.toFixed(2) + " s CPU" : "");
          document.body.dataset.rendered = String(Number(document.body.dataset.rendered) + 1);
        }
        function renderVirtualServers(servers) {
          const box = $("virtual-servers");
          box.replaceChildren();
          if (servers.length === 0) { box.textContent = "No virtual servers."; box.className = "muted"; return; }
          box.className = "";
          for (const vs of servers) {
            const h = document.createElement("h3");
            const up = vs.realServers.filter((r) => r.inPool).length;
            h.textContent = vs.name + " \\u00b7 " + vs.scheduler + " " + vs.forwarding + " \\u00b7 " + up + "/" +
              vs.realServers.length + " active \\u00b7 live weight " + vs.liveWeight + " (quorum " + vs.quorum + ", " +
              (vs.quorumUp ? "up" : "DOWN") + ")" + (vs.sorryServerActive ? " \\u00b7 sorry server " + vs.sorryServer : "");
            box.appendChild(h);
            const table = document.createElement("table");
            table.innerHTML = "<thead><tr><th>Real server</th><th>Health</th><th>Weight</th><th>Last check</th>" +
              "<th>Failures</th><th>Last change</th></tr></thead><tbody></tbody>";
            const max = Math.max(1, ...vs.realServers.map((r) => r.configuredWeight));
            for (const rs of vs.realServers) {
              const r = table.tBodies[0].insertRow();
              cell(r, rs.name);
              cell(r, rs.alive ? (rs.inPool ? "up" : "drained") : "down", "state " + (rs.alive ? (rs.inPool ? "up" : "drained") : "down"));
              const w = cell(r, "");
              const bar = document.createElement("span"); bar.className = rs.inPool ? "bar" : "bar off"; bar.style.width = (60 * rs.weight / max) + "px";
              w.appendChild(bar); w.appendChild(document.createTextNode(" " + rs.weight));
              const c = rs.checkers.find((k) => k.lastResult) || rs.checkers[0];
              cell(r, c ? c.kind + " " + text(c.lastResult) + (c.lastReason ? ": " + c.lastReason : "") : "").className = "reason";
              cell(r, rs.checkFailures);
              cell(r, rs.lastChangeSecondsAgo === undefined ? "" : Math.round(rs.lastChangeSecondsAgo) + " s ago");
            }
            box.appendChild(table);
          }
        }
        async function refresh() {
          try {
            const answer = await fetch("/status", { cache: "no-store" });
            if (!answer.ok) throw new Error("/status answered " + answer.status);
            render(await answer.json());
            $("script-error").hidden = true;
          } catch (error) {
            fail(error.message);
          }
        }
        refresh();
        setInterval(refresh, 2000);
        """
}
