#!/usr/bin/env python3
"""Security probes of the hardening issue, run against a running Deskhand with the demo data.

    bench/security-probes.py http://127.0.0.1:8080      # a fresh ./run (demo loaded)

Each probe prints PASS or FAIL with what it saw; the exit code is the number of failures. Talks only to the
address given (use a loopback one). Needs python3 with requests. It changes the demo: it issues API tokens for
Søren (manager) and Line (employee) and fails sign-ins for Mette and an unknown address, which slows their next
sign-ins for a few seconds.
"""
import re
import sys
import time

import requests

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
PASSWORD = "deskhand-demo-2026"
failures = 0


def check(name, ok, seen):
    global failures
    print(("PASS " if ok else "FAIL ") + name + " — " + seen)
    if not ok:
        failures += 1


def csrf(session, path):
    page = session.get(BASE + path)
    m = re.search(r'name="_csrf" content="([^"]+)"', page.text) or re.search(
        r'name="_csrf"[^>]*value="([^"]+)"', page.text)
    return m.group(1) if m else ""


def sign_in(email, password, address):
    s = requests.Session()
    s.headers["X-Forwarded-For"] = address
    token = csrf(s, "/login")
    r = s.post(BASE + "/login", data={"username": email, "password": password, "_csrf": token},
               allow_redirects=False)
    return s, r


def api_token(email, slug):
    s, _ = sign_in(email, PASSWORD, "198.51.100.7")
    token = csrf(s, "/w/%s/tokens" % slug)
    r = s.post(BASE + "/w/%s/tokens" % slug, data={"_csrf": token, "name": "probe", "days": "1"})
    m = re.search(r"(dh_[A-Za-z0-9_\-]+)", r.text)
    return m.group(1) if m else None


# Sign-in: the same answer for a known and an unknown account, and a slow-down instead of a lock.
answers = {}
for who in ("mette@nordhavn.example", "nobody-%d@nordhavn.example" % int(time.time())):
    seen = []
    for _ in range(7):
        _, r = sign_in(who, "wrong-password-123", "198.51.100.%d" % (len(answers) + 1))
        seen.append((r.status_code, r.headers.get("Location", "").split("?")[-1]))
    answers[who] = seen
first, second = answers.values()
check("failed sign-ins answer alike for a known and an unknown account", first == second, str(first[-1]))
check("no lock-out message", all("locked" not in loc for _, loc in first), str(first[-1]))

# Headers and the API description.
r = requests.get(BASE + "/login")
check("Referrer-Policy same-origin", r.headers.get("Referrer-Policy") == "same-origin",
      str(r.headers.get("Referrer-Policy")))
check("Permissions-Policy sent", "camera=()" in r.headers.get("Permissions-Policy", ""),
      str(r.headers.get("Permissions-Policy")))
r = requests.get(BASE + "/v3/api-docs")
check("API description needs a sign-in", r.status_code == 401, str(r.status_code))

# A manager's own grant, wider invitations, outbound addresses, one-second schedules.
soren = api_token("soren@nordhavn.example", "nordhavn")
check("Søren gets an API token", soren is not None, str(soren)[:8])
if soren:
    h = {"Authorization": "Bearer " + soren, "Content-Type": "application/json"}
    api = BASE + "/api/v1/workspaces/nordhavn"
    members = requests.get(api + "/members", headers=h).json()["items"]
    mine = {m["id"] for m in members if m.get("email") == "soren@nordhavn.example"}
    grants = requests.get(api + "/grants", headers=h).json()
    grants = grants.get("items", grants) if isinstance(grants, dict) else grants
    own = [g for g in grants if g.get("member") in mine]
    if own:
        r = requests.patch(api + "/grants/" + own[0]["id"], headers=h, json={"noEnd": True, "scopes": []})
        check("a manager cannot change their own grant", r.status_code == 403
              and r.headers.get("Content-Type", "").startswith("application/problem+json"), str(r.status_code))
    else:
        check("the manager's own grant is listed", False, str(grants)[:200])
    r = requests.post(api + "/invitations", headers=h, json={"email": "new-owner@example.com", "role": "OWNER"})
    check("a manager cannot invite an owner", r.status_code == 403, str(r.status_code))
    for url in ("http://127.0.0.1:9/hook", "https://169.254.169.254/latest/meta-data", "https://10.0.0.1/x"):
        r = requests.post(api + "/escalation-rules", headers=h,
                          json={"trigger": "BREACH", "channels": ["WEBHOOK"], "webhookUrl": url})
        check("webhook to %s refused" % url, r.status_code == 400, str(r.status_code))
    r = requests.post(api + "/mailboxes", headers=h, json={
        "address": "probe@nordhavn.example", "displayName": "Probe", "imapHost": "127.0.0.1", "imapPort": 5432,
        "imapSecurity": "NONE", "smtpHost": "127.0.0.1", "smtpPort": 25, "smtpSecurity": "NONE",
        "username": "probe", "password": "probe", "pollSeconds": 60, "enabled": False})
    check("a mailbox on 127.0.0.1:5432 refused", r.status_code == 400, str(r.status_code))
    r = requests.post(api + "/recurring-tasks", headers=h, json={
        "schedule": "* * * * * *", "type": "probe", "title": "every second"})
    check("a schedule every second refused", r.status_code == 400, str(r.status_code))
    r = requests.get(api + "/work-items/not-a-uuid", headers=h)
    check("a malformed id is problem+json", r.status_code in (400, 404)
          and r.headers.get("Content-Type", "").startswith("application/problem+json"), str(r.status_code))

line = api_token("line@nordhavn.example", "nordhavn")
if line:
    r = requests.get(BASE + "/api/v1/workspaces/nordhavn/mailboxes", headers={"Authorization": "Bearer " + line})
    check("an employee cannot read mailbox settings", r.status_code == 403, str(r.status_code))
else:
    check("Line gets an API token", False, "none")

# An invitation page says nothing about whether an address has an account.
r1 = requests.get(BASE + "/invitations/not-a-real-token")
check("an unknown invitation answers without a stack trace", r1.status_code in (400, 404)
      and "Exception" not in r1.text, str(r1.status_code))

print("%d failed" % failures)
sys.exit(failures)
