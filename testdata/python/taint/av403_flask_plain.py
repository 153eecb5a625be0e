import html
import os

from flask import Flask, Response, jsonify, make_response, request
from flask.views import MethodView
from markupsafe import escape

app = Flask(__name__)


# A str a view returns, make_response(str) and Response(str) are served as text/html: the
# client's text is markup even when the literal around it holds no tag.


@app.route("/hello")
def hello():
    name = request.args["name"]
    return f"Hello {name}!"  # want: AV403


@app.route("/search")
def search():
    return "No results for " + request.args.get("q", "")  # want: AV403


@app.route("/echo")
def echo():
    return request.args.get("msg", "")  # want: AV403


@app.route("/raw", methods=["POST"])
def raw():
    return request.get_data(as_text=True)  # want: AV403


@app.route("/users/<username>")
def user(username):
    return "User %s not found" % username, 404  # want: AV403


@app.route("/items")
def items():
    name = request.args.get("name", "")
    return make_response(f"No item named {name}", 404)  # want: AV403


@app.route("/save", methods=["POST"])
def save():
    title = request.form["title"].strip()
    resp = make_response("Saved: {}".format(title))  # want: AV403
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/who")
def who():
    user = request.values.get("user", "")
    return Response("Unknown user " + user, status=404)  # want: AV403


def error_page(message):
    return make_response(message, 400)  # want: AV403


@app.route("/lookup")
def lookup():
    key = request.args.get("key", "")
    if not key.isalnum():
        return error_page("Bad key: " + key)
    return error_page("Missing: " + html.escape(key))


@app.route("/template")
def template():
    page = open("page.html").read()
    return page.replace("{{ q }}", request.args.get("q", ""))  # want: AV403


# Negatives: escaped, converted, JSON, a non-HTML content type, data another site cannot set.


@app.route("/hello-escaped")
def hello_escaped():
    name = request.args["name"]
    return f"Hello {html.escape(name)}!"  # ok: AV403


@app.route("/hello-markupsafe")
def hello_markupsafe():
    return "Hello " + escape(request.args.get("name", ""))  # ok: AV403


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    return f"Count: {n * 2}"  # ok: AV403


@app.route("/length")
def length():
    return str(len(request.args.get("q", "")))  # ok: AV403


@app.route("/api/hello")
def api_hello():
    name = request.args["name"]
    return jsonify(message=f"Hello {name}")  # ok: AV403


@app.route("/api/dict")
def api_dict():
    name = request.args["name"]
    return {"message": f"Hello {name}", "html": f"<b>{name}</b>"}  # ok: AV403


@app.route("/api/list")
def api_list():
    return [f"Hello {request.args['name']}"]  # ok: AV403


@app.route("/api/echo", methods=["POST"])
def api_echo():
    return request.get_json()  # ok: AV403


@app.route("/api/args")
def api_args():
    return request.args  # ok: AV403


@app.route("/plain")
def plain():
    name = request.args["name"]
    return f"Hello {name}", 200, {"Content-Type": "text/plain; charset=utf-8"}  # ok: AV403


@app.route("/plain2")
def plain2():
    name = request.args["name"]
    return Response(f"Hello {name}", mimetype="text/plain")  # ok: AV403


@app.route("/plain3")
def plain3():
    name = request.args["name"]
    resp = make_response(f"Hello {name}")  # ok: AV403
    resp.mimetype = "text/plain"
    return resp


@app.route("/plain4")
def plain4():
    name = request.args["name"]
    return make_response(f"Hello {name}", 200, {"Content-Type": "application/json"})  # ok: AV403


@app.route("/agent")
def agent():
    return "Your browser: " + request.headers.get("User-Agent", "")  # ok: AV403


@app.route("/static-text")
def static_text():
    return "Hello, world"  # ok: AV403


def _helper_not_a_view():
    return f"Hello {request.args['name']}"  # ok: AV403


def _payload(name):
    return {"name": name, "greeting": "Hello " + name}


def _greeting(name):
    return "Hello " + name


@app.route("/api/payload")
def api_payload():
    return _payload(request.args["name"])  # ok: AV403


@app.route("/greeting")
def greeting():
    return _greeting(request.args.to_dict()["name"])  # want: AV403


@app.route("/api/greeting", methods=["POST"])
def api_greeting():
    return _greeting(request.get_json()["name"]), 201  # ok: AV403 (a JSON body: not cross-site)


@app.route("/api/result")
def api_result():
    result = {}
    result["message"] = "Hello " + request.args.get("name", "")
    return result  # ok: AV403


@app.route("/tuple")
def tuple_response():
    name = request.args.get("name", "")
    return make_response((f"Unknown name {name}", 404))  # want: AV403


@app.route("/tuple-plain")
def tuple_plain():
    name = request.args.get("name", "")
    return make_response((f"Unknown name {name}", 404, {"Content-Type": "text/plain"}))  # ok: AV403


class GreetingView(MethodView):
    def get(self):
        return "Hello " + request.args.get("name", "")  # want: AV403

    def post(self):
        return {"greeting": "Hello " + request.form["name"]}  # ok: AV403

    def _title(self):
        return "Hello " + request.args.get("name", "")  # ok: AV403


app.add_url_rule("/greeting-view", view_func=GreetingView.as_view("greeting"))


@app.route("/api/tags")
def api_tags():
    return request.args.get("tags", "").split(",")  # ok: AV403


VERIFY_TOKEN = os.environ["WEBHOOK_VERIFY_TOKEN"]


@app.route("/webhook")
def webhook():
    if request.args.get("hub.verify_token") == VERIFY_TOKEN:
        return request.args.get("hub.challenge", "")  # ok: AV403
    return "Invalid verification token", 403


def _challenge(token_sent):
    if token_sent == VERIFY_TOKEN:
        return request.args.get("hub.challenge")
    return "Invalid verification token"


@app.route("/webhook2")
def webhook2():
    return _challenge(request.args.get("hub.verify_token"))  # ok: AV403
