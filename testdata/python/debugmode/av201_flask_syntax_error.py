"""A half-edited module: the broken function must not hide the rest."""
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/items")
def list_items(:
    return jsonify([]


@app.route("/health")
def health():
    return "ok"


if __name__ == "__main__":
    app.run(debug=True)  # want: AV201
