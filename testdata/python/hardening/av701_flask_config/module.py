"""A Flask app whose flask-cors options come from app.config: credentials and a wildcard origin
set as settings, then CORS(app) with no arguments."""
from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
app.config["CORS_SUPPORTS_CREDENTIALS"] = True
app.config["CORS_ORIGINS"] = "*"
CORS(app)  # want: AV701


@app.route("/me")
def me():
    return jsonify(user="me")
