import ast
import importlib

from flask import Flask, request

app = Flask(__name__)
PLUGINS = {"csv", "json"}


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    result = eval(expr)  # want: AV408
    exec("x = " + expr)  # want: AV408
    code = compile(expr, "<input>", "eval")  # want: AV408
    value = ast.literal_eval(expr)  # ok: AV408
    eval("1 + 1")  # ok: AV408
    return str([result, code, value])


@app.route("/plugin")
def plugin():
    name = request.args["name"]
    mod = importlib.import_module("plugins." + name)  # want: AV408
    if name not in PLUGINS:
        return "unknown plugin", 400
    mod2 = importlib.import_module("plugins." + name)  # ok: AV408
    return str([mod, mod2])
