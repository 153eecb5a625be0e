"""Accounts API: flask-cors configured with and without credentials for any origin, and CORS
headers written by hand."""
import os
import re

from flask import Flask, jsonify, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)

CORS(app, supports_credentials=True)  # want: AV701
CORS(app, origins="*", supports_credentials=True)  # want: AV701
CORS(app, origins=["https://app.example.com", "*"], supports_credentials=True)  # want: AV701
CORS(app, origins=r".*", supports_credentials=True)  # want: AV701
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # want: AV701
CORS(app, resources={r"/api/*": {"origins": "*", "supports_credentials": True}})  # want: AV701
CORS(app, resources=r"/api/*", supports_credentials=True)  # want: AV701
cors = CORS(supports_credentials=True)  # want: AV701
ALLOWED_ORIGINS = ["https://app.example.com", "*"]
CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)  # want: AV701
cors.init_app(app)

CORS(app)  # ok: AV701 (no credentials)
CORS(app, origins="*")  # ok: AV701 (no credentials)
CORS(app, origins=["https://app.example.com"], supports_credentials=True)  # ok: AV701
CORS(app, origins=r"https://.*\.example\.com", supports_credentials=True)  # ok: AV701 (the pattern is anchored to a domain)
CORS(app, origins=os.environ["CORS_ORIGINS"].split(","), supports_credentials=True)  # ok: AV701 (configured)
CORS(app, origins=[re.compile(r"https://app\.example\.com")], supports_credentials=True)  # ok: AV701
CORS(app, supports_credentials=os.environ.get("CORS_CREDENTIALS") == "1")  # ok: AV701 (decided at run time)
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)  # ok: AV701
CORS(app, resources={r"/public/*": {"origins": "*"}})  # ok: AV701 (no credentials)
CORS(app, send_wildcard=True, supports_credentials=True)  # ok: AV701 (flask-cors sends "*", which browsers refuse)
CORS(app, resources=API_RESOURCES, supports_credentials=True)  # ok: AV701 (resources from a variable)
if os.environ.get("FLASK_ENV") == "development":
    CORS(app, supports_credentials=True)  # ok: AV701 (decided at run time)


@app.route("/me")
@cross_origin(supports_credentials=True)  # want: AV701
def me():
    return jsonify(user="me")


@app.route("/public")
@cross_origin()  # ok: AV701
def public():
    return jsonify(ok=True)


@app.route("/partners")
@cross_origin(origins=["https://partner.example.com"], supports_credentials=True)  # ok: AV701
def partners():
    return jsonify(ok=True)


@app.after_request
def add_cors(response):
    origin = request.headers.get("Origin")
    if origin:
        app.logger.info("CORS request from %s", origin)
        response.headers["Access-Control-Allow-Origin"] = origin  # want: AV701
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


ALLOWED = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def add_checked_cors(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED:
        response.headers["Access-Control-Allow-Origin"] = origin  # ok: AV701 (checked against an allowlist)
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.route("/legacy")
def legacy():
    resp = jsonify(ok=True)
    resp.headers.add("Access-Control-Allow-Origin", request.origin)  # want: AV701
    resp.headers.add("Access-Control-Allow-Credentials", "true")
    return resp


@app.route("/wild")
def wild():
    return jsonify(ok=True), 200, {
        "Access-Control-Allow-Origin": "*",  # want: AV701
        "Access-Control-Allow-Credentials": "true",
    }


@app.route("/public-data")
def public_data():
    resp = jsonify(ok=True)
    resp.headers["Access-Control-Allow-Origin"] = "*"  # ok: AV701 (no credentials)
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin")  # ok: AV701 (no credentials)
    return resp


@app.route("/fixed")
def fixed():
    resp = jsonify(ok=True)
    resp.headers["Access-Control-Allow-Origin"] = "https://app.example.com"  # ok: AV701
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/nocreds")
def nocreds():
    resp = jsonify(ok=True)
    resp.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]  # ok: AV701 (credentials off)
    resp.headers["Access-Control-Allow-Credentials"] = "false"
    return resp
