"""A file with syntax errors: tree-sitter recovers, and the analyzers must neither crash nor
invent findings in the holes."""
from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1 << 20
CORS(app, supports_credentials=True, origins=["https://app.example.com"  # ok: AV701

@app.route("/x"
def x(:
    try:
        return request.json[
    except Exception as e
        return str(e), 500
