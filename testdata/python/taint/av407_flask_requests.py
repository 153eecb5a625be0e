from urllib.parse import urlparse
from urllib.request import urlopen

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.com"}
session = requests.Session()


@app.route("/preview")
def preview():
    url = request.args["url"]
    return requests.get(url, timeout=5).text  # want: AV407


@app.route("/preview2")
def preview2():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    return requests.get(url, timeout=5).text  # ok: AV407


@app.route("/user")
def user():
    uid = request.args["id"]
    return requests.get(f"https://api.example.com/users/{uid}", timeout=5).json()  # ok: AV407


@app.route("/hook", methods=["POST"])
def hook():
    target = request.json["callback"]
    session.post(target, json={"ok": True}, timeout=5)  # want: AV407
    urlopen(target)  # want: AV407
    requests.request("GET", f"{target}/status", timeout=5)  # want: AV407
    return "ok"


def fetch(url):
    return requests.get(url, timeout=5).content  # want: AV407


def fetch_avatar(host):
    return fetch("https://" + host + "/avatar.png")


@app.route("/avatar")
def avatar():
    fetch_avatar(request.args["host"])
    return fetch("https://static.example.com/default.png")


SEARCH_API = "https://search.internal.example"


@app.route("/search")
def search():
    # The client only fills in the query string of a URL whose host is fixed.
    term = request.args["q"]
    found = requests.get(f"{SEARCH_API}?q={term}", timeout=5)  # ok: AV407
    more = requests.get(SEARCH_API + "?page=" + request.args["page"], timeout=5)  # ok: AV407
    back = requests.get(request.args["callback"] + "?status=done", timeout=5)  # want: AV407
    return found.text + more.text + back.text
