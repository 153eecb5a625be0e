import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/default")
def default_in_one_branch():
    q = request.args.get("q")
    if not q:
        q = "default"
    db.execute(f"SELECT * FROM t WHERE name = '{q}'")  # want: AV401
    return "ok"


@app.route("/else-constant")
def else_constant():
    if request.method == "POST":
        name = request.form["name"]
    else:
        name = "anonymous"
    db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # want: AV401
    return "ok"


@app.route("/elif")
def elif_chain():
    kind = request.args.get("kind", "")
    if kind == "a":
        col = "alpha"
    elif kind == "b":
        col = "beta"
    else:
        col = kind
    db.execute(f"SELECT {col} FROM t")  # want: AV401
    return "ok"


@app.route("/both-constant")
def both_constant():
    name = request.args.get("name", "")
    if name.startswith("a"):
        order = "asc"
    else:
        order = "desc"
    db.execute(f"SELECT * FROM t ORDER BY id {order}")  # ok: AV401
    return "ok"


@app.route("/both-converted")
def both_converted():
    page = request.args.get("page", "1")
    if page:
        page = int(page)
    else:
        page = int(request.args.get("p", "1"))
    db.execute(f"SELECT * FROM t LIMIT 10 OFFSET {page}")  # ok: AV401
    return "ok"


@app.route("/guard")
def exiting_guard():
    q = request.args.get("id", "")
    if not q.isdigit():
        abort(400)
    db.execute(f"SELECT * FROM t WHERE id = {q}")  # ok: AV401
    return "ok"


@app.route("/guard-elif")
def guard_after_branch():
    q = request.args.get("id", "")
    if request.args.get("debug"):
        db.execute("SELECT 1")
    elif not q.isdigit():
        return "bad id", 400
    db.execute(f"SELECT * FROM t WHERE id = {q}")  # want: AV401
    return "ok"


@app.route("/guard-and")
def guard_and():
    q = request.args.get("id", "")
    if not q.isdigit() and request.args.get("strict"):
        abort(400)
    db.execute(f"SELECT * FROM t WHERE id = {q}")  # want: AV401
    return "ok"


@app.route("/reset")
def reset_to_default():
    q = request.args.get("id", "")
    if not q.isdigit() or len(q) > 9:
        q = "0"
    db.execute(f"SELECT * FROM t WHERE id = {q}")  # ok: AV401
    return "ok"


@app.route("/tainted-branch-returns")
def tainted_branch_returns():
    if request.method == "POST":
        name = request.form["name"]
        return name.upper()  # want: AV403 (a str a Flask view returns is served as HTML)
    else:
        name = "anonymous"
    db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # ok: AV401
    return "ok"


@app.route("/nested-exits")
def nested_exits():
    name = "anonymous"
    if request.args.get("who"):
        name = request.args["who"]
        if name.isalpha():
            return "ok"
        else:
            abort(400)
    db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # ok: AV401
    return "ok"


@app.route("/try")
def try_fallback():
    raw = request.args.get("n", "")
    try:
        n = int(raw)
    except ValueError:
        n = raw
    db.execute(f"SELECT * FROM t LIMIT {n}")  # want: AV401
    return "ok"


@app.route("/try-interrupted")
def try_interrupted():
    try:
        name = request.args["name"]
        n = int(name)
        name = "fixed"
    except ValueError:
        db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # want: AV401
        name, n = "unknown", 0
    db.execute(f"SELECT * FROM t WHERE name = '{name}' LIMIT {n}")  # ok: AV401
    return "ok"


@app.route("/try-handler-exits")
def try_handler_exits():
    try:
        n = int(request.args["n"])
    except ValueError:
        n = request.args["n"]
        abort(400)
    finally:
        db.execute("SELECT 1")
    db.execute(f"SELECT * FROM t LIMIT {n}")  # ok: AV401
    return "ok"


@app.route("/loop")
def loop_may_not_run():
    name = request.args.get("name", "")
    for word in ["a", "b"]:
        name = word
    db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # want: AV401
    return "ok"


@app.route("/loop-carried")
def loop_carried():
    prev = ""
    for key in request.args:
        db.execute(f"SELECT * FROM t WHERE name = '{prev}'")  # want: AV401
        prev = request.args[key]
    return "ok"


@app.route("/while-break")
def while_break():
    name = ""
    while True:
        if request.args.get("x"):
            name = request.args["x"]
            break
        name = "none"
    db.execute(f"SELECT * FROM t WHERE name = '{name}'")  # want: AV401
    return "ok"


@app.route("/continue")
def loop_continue():
    names = []
    for raw in request.args.getlist("id"):
        if not raw.isdigit():
            continue
        db.execute(f"SELECT * FROM t WHERE id = {raw}")  # ok: AV401
        names.append(raw)
    return "ok"

