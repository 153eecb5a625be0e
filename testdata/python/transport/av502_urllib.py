"""AV502 with urllib.request."""
import urllib.request

BASE = "http://api.example.com"


def request_headers(token):
    req = urllib.request.Request(BASE + "/items", headers={"Authorization": f"Bearer {token}"})  # want: AV502
    return urllib.request.urlopen(req)


def add_header(token):
    req = urllib.request.Request(BASE + "/items")
    req.add_header("X-API-Key", token)  # want: AV502
    return urllib.request.urlopen(req)


def password_manager(user, pw):
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, "http://api.example.com/", user, pw)  # want: AV502
    opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(mgr))
    return opener.open(BASE)


def good(token, user, pw):
    req = urllib.request.Request("https://api.example.com/items", headers={"Authorization": token})  # ok: AV502
    req.add_header("Accept", "application/json")  # ok: AV502
    plain = urllib.request.Request(BASE + "/public")
    plain.add_header("Accept", "text/plain")  # ok: AV502
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, "https://api.example.com/", user, pw)  # ok: AV502
    return urllib.request.urlopen("http://api.example.com/status")  # ok: AV502
