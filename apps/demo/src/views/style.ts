/** The whole stylesheet: small, readable, no framework. */
export const CSS = `
:root { --ink:#1d2433; --muted:#5b6475; --line:#dfe3ea; --bg:#f6f7f9; --card:#fff; --accent:#3057d5; --ok:#1f7a4d; --warn:#a15c00; --bad:#b42318; --mark:#fff0b3; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header.top { background:#1d2433; color:#fff; padding:10px 24px; display:flex; gap:24px; align-items:center; flex-wrap:wrap; }
header.top a { color:#dbe3ff; text-decoration:none; }
header.top a.on { color:#fff; font-weight:600; border-bottom:2px solid #8fa8ff; }
header.top .brand { font-weight:700; color:#fff; margin-right:8px; }
header.top nav { display:flex; gap:16px; flex-wrap:wrap; }
.context { background:#e9edf7; padding:6px 24px; font-size:13px; color:var(--muted); display:flex; gap:20px; flex-wrap:wrap; }
.context b { color:var(--ink); }
main { max-width:1040px; margin:0 auto; padding:24px; }
h1 { font-size:26px; margin:4px 0 6px; }
h2 { font-size:19px; margin:28px 0 8px; }
h3 { font-size:16px; margin:16px 0 6px; }
p.lead { color:var(--muted); margin-top:0; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 18px; margin:12px 0; }
.grid { display:grid; grid-template-columns:repeat(auto-fill,minmax(300px,1fr)); gap:12px; }
.grid .card { margin:0; }
.card.selected { border-color:var(--accent); box-shadow:0 0 0 2px #c9d5ff; }
table { border-collapse:collapse; width:100%; background:var(--card); }
th, td { text-align:left; padding:7px 10px; border-bottom:1px solid var(--line); vertical-align:top; font-size:14px; }
th { background:#f0f2f6; font-weight:600; }
.muted { color:var(--muted); }
.small { font-size:13px; }
.pill { display:inline-block; padding:1px 8px; border-radius:999px; font-size:12px; background:#eef1f6; color:var(--muted); margin:1px 2px 1px 0; white-space:nowrap; }
.pill.ok { background:#e3f4ea; color:var(--ok); } .pill.warn { background:#fff1dc; color:var(--warn); } .pill.bad { background:#fde8e6; color:var(--bad); } .pill.info { background:#e6ecff; color:var(--accent); }
.banner { border-radius:10px; padding:14px 18px; margin:14px 0; border:1px solid; }
.banner.ok { background:#eefaf3; border-color:#9fd8b6; }
.banner.warn { background:#fff8ec; border-color:#f3c983; }
.banner.bad { background:#fff1f0; border-color:#f4aca5; }
.banner.info { background:#f1f4ff; border-color:#b9c8ff; }
.banner h2, .banner h3 { margin-top:0; }
form.stack { display:grid; gap:10px; max-width:520px; }
label { font-weight:600; font-size:14px; display:block; }
label span.hint { font-weight:400; color:var(--muted); font-size:13px; }
input[type=text], input[type=email], input[type=password], input[type=date], input[type=datetime-local], select, textarea { width:100%; padding:8px 10px; border:1px solid #c5cbd6; border-radius:6px; font:inherit; background:#fff; }
textarea { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size:13px; }
button, .button { display:inline-block; background:var(--accent); color:#fff; border:0; padding:8px 16px; border-radius:6px; font:inherit; font-weight:600; cursor:pointer; text-decoration:none; }
button.secondary, .button.secondary { background:#fff; color:var(--accent); border:1px solid var(--accent); }
button.danger { background:var(--bad); }
.row { display:flex; gap:10px; align-items:center; flex-wrap:wrap; }
ul.issues li { margin:4px 0; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size:13px; background:#eef1f6; padding:1px 5px; border-radius:4px; }
.timeline { list-style:none; padding:0; margin:0; border-left:3px solid #c9d5ff; }
.timeline li { position:relative; padding:6px 0 14px 18px; }
.timeline li::before { content:""; position:absolute; left:-8px; top:11px; width:13px; height:13px; border-radius:50%; background:#fff; border:3px solid var(--accent); }
.timeline li.held::before { border-color:var(--warn); }
.timeline li.past::before { background:var(--accent); }
.timeline .when { font-weight:600; }
.chat { display:grid; gap:12px; }
.bubble { background:#fff; border:1px solid var(--line); border-radius:10px; padding:10px 14px; white-space:pre-wrap; word-break:break-word; }
mark.ph { background:var(--mark); padding:0 3px; border-radius:3px; font-family: ui-monospace, monospace; font-size:13px; }
mark.found { background:#fde2e0; padding:0 2px; border-radius:3px; }
.policy-render { background:#fff; border:1px solid var(--line); border-radius:10px; padding:8px 24px 16px; }
.policy-render h1 { font-size:22px; } .policy-render h2 { font-size:18px; }
footer { color:var(--muted); font-size:12px; text-align:center; padding:24px; }
.plain { font-weight:400; } .mt0 { margin-top:0; } .mt4 { margin-top:4px; } .mt8 { margin-top:8px; } .mt16 { margin-top:16px; } .my16 { margin:16px 0; }
.gridform { display:grid; gap:10px; } .bubble.sent { border-color:#b9c8ff; } .row.between { justify-content:space-between; } .pre { white-space:pre-wrap; }
form.row input[type=text], form.row select { width:auto; flex:1; } form.row button { flex:none; }
.inline { display:inline; } button.link { background:none; border:none; color:var(--accent); padding:0; font:inherit; cursor:pointer; text-decoration:underline; }
`;
