# The module is imported whole: request data is read as flask.request.
import os
import pickle
import subprocess

import flask
import requests

app = flask.Flask(__name__)


@app.route("/files")
def files():
    name = flask.request.args.get("name", "")
    os.system("ls " + name)  # want: AV402
    return open(os.path.join("/srv/files", name)).read()  # want: AV404


@app.route("/fetch", methods=["POST"])
def fetch():
    url = flask.request.form["url"]
    return requests.get(url, timeout=5).text  # want: AV407


@app.route("/restore", methods=["POST"])
def restore():
    return str(pickle.loads(flask.request.get_data()))  # want: AV406


@app.route("/calc")
def calc():
    expr = "{}".format(flask.request.values["expr"])
    return str(eval(expr))  # want: AV408


@app.route("/hello")
def hello():
    who = flask.request.args.get("who", "")
    return flask.render_template_string("<p>{{ who }}</p>", who=who)  # ok: AV403


@app.route("/tool", methods=["POST"])
def tool():
    job = flask.request.get_json()
    subprocess.run([job["tool"], "--version"])  # want: AV402
    subprocess.run(["git", "log", job["ref"]])  # ok: AV402
    return "ok"


@app.route("/back")
def back():
    # Flask gives the path one leading slash: the target stays on this site.
    return flask.redirect(flask.request.path + "?retry=1")  # ok: AV405


@app.route("/next")
def next_page():
    return flask.redirect(flask.request.args.get("next", "/"))  # want: AV405


def not_a_request(flask_like):
    return os.system(flask_like.request.args["cmd"])  # ok: AV402
