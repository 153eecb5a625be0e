import sqlite3
import re

from flask import Flask, request, abort

app = Flask(__name__)
db = sqlite3.connect("app.db")
NAME = re.compile(r"[a-z]{1,32}")
SORTS = {"name", "created"}


@app.route("/users")
def users():
    name = request.args.get("name")
    cur = db.cursor()
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")  # want: AV401
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))  # ok: AV401
    return "ok"


@app.route("/search", methods=["POST"])
def search():
    term = request.form["term"]
    query = "SELECT * FROM items WHERE title LIKE '%" + term + "%'"
    db.execute(query)  # want: AV401
    db.execute("SELECT * FROM items WHERE id = %s" % request.args["id"])  # want: AV401
    db.executescript("DELETE FROM t WHERE a = '{}'".format(request.json["a"]))  # want: AV401
    ids = ",".join(request.args.getlist("id"))
    db.execute("SELECT * FROM items WHERE id IN (" + ids + ")")  # want: AV401
    return "ok"


@app.route("/page")
def page():
    n = int(request.args.get("n", "1"))
    db.execute(f"SELECT * FROM items LIMIT 10 OFFSET {n * 10}")  # ok: AV401
    size = request.args.get("size", 10, type=int)
    db.execute(f"SELECT * FROM items LIMIT {size}")  # ok: AV401
    db.execute("SELECT count(*) FROM items")  # ok: AV401
    table = "items"
    db.execute(f"SELECT * FROM {table}")  # ok: AV401
    return "ok"


@app.route("/sorted")
def sorted_items():
    order = request.args.get("order", "name")
    if order not in SORTS:
        abort(400)
    db.execute(f"SELECT * FROM items ORDER BY {order}")  # ok: AV401
    name = request.args.get("name", "")
    if not NAME.fullmatch(name):
        return "bad name", 400
    db.execute(f"SELECT * FROM users WHERE name = '{name}'")  # ok: AV401
    return "ok"


def find_user(name):
    return db.execute(f"SELECT * FROM users WHERE name = '{name}'")  # want: AV401


def lookup(name):
    return find_user(name.strip())


@app.route("/profile")
def profile():
    find_user(request.args["user"])
    return "ok"


@app.route("/profile2")
def profile2():
    lookup(request.cookies.get("user"))
    find_user("admin")
    return "ok"


def count_rows(table):
    return db.execute(f"SELECT count(*) FROM {table}")  # ok: AV401


@app.route("/count")
def count():
    return str(count_rows("items"))


@app.route("/by-name/<name>")
def by_name(name):
    # A rule variable without a converter is whatever text the client put in the URL.
    db.cursor().execute(f"SELECT * FROM users WHERE name = '{name}'")  # want: AV401
    return "ok"


@app.route("/by-id/<int:uid>")
def by_id(uid):
    # The int converter only routes digits here.
    db.cursor().execute(f"SELECT * FROM users WHERE id = {uid}")  # ok: AV401
    return "ok"
