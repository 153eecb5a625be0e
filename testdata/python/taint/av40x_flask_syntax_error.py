from flask import Flask, request
app = Flask(__name__)

@app.route("/x")
def x(:
    q = request.args["q"
    db.execute(f"SELECT {q}")
    eval(
