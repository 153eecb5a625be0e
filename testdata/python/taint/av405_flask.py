from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login")
def login():
    return redirect(request.args.get("next", "/"))  # want: AV405


@app.route("/login2")
def login2():
    target = request.args.get("next", "/")
    if urlparse(target).netloc != "":
        target = "/"
    return redirect(target)  # ok: AV405


@app.route("/login3")
def login3():
    target = request.args.get("next", "/")
    if urlparse(target).netloc:
        return redirect(url_for("index"))  # ok: AV405
    return redirect(target)  # ok: AV405


@app.route("/go/<name>")
def go(name):
    return redirect(f"/profile/{request.args['user']}")  # ok: AV405


@app.route("/out")
def out():
    dest = "https://" + request.args["host"] + "/landing"
    return redirect(dest)  # want: AV405


@app.route("/back")
def back():
    return redirect(request.referrer or "/")  # want: AV405


@app.route("/private")
def private():
    # The URL goes into a query parameter of a fixed path, not the redirect target.
    return redirect(url_for("login", next=request.url))  # ok: AV405
