"""Tests may do anything the rules forbid: test files are skipped."""
import traceback

from flask import Flask, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, supports_credentials=True)  # ok: AV701 (a test file)
app.config["SESSION_COOKIE_SECURE"] = False  # ok: AV705 (a test file)


@app.post("/echo")
def echo():
    try:
        return request.get_json()  # ok: AV704 (a test file)
    except Exception as e:
        return str(e), 500  # ok: AV702 (a test file)


def test_cookie(client):
    client.set_cookie("session", "x")  # ok: AV705 (a test file)
