"""Forms on Flask with MAX_CONTENT_LENGTH set by item."""
from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024


@app.route("/form", methods=["POST"])
def form():
    return request.form.get("name", "")  # ok: AV704
