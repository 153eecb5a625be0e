"""AV506: a Flask app that receives no credentials."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/search")
def search():
    return {"q": request.args.get("q")}


if __name__ == "__main__":
    app.run(host="0.0.0.0")  # ok: AV506 (flask app without credentials)
