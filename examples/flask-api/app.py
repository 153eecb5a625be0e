"""A small Flask API written the way the tutorial "How to secure APIs in Python?" shows it.

apivet reports the insecure patterns it contains; run `apivet ./examples/...` from the repository
root.
"""
import logging

import requests
from flask import Flask, request
from flask_jwt_extended import JWTManager, create_access_token, jwt_required
from flask_rbac import RoleDefinitionStore, has_role

app = Flask(__name__)
app.config["SECRET_KEY"] = "your_secret_key_here"
app.config["LOGGING_LEVEL"] = "DEBUG"
logging.basicConfig(level=app.config["LOGGING_LEVEL"])

jwt = JWTManager(app)
rds = RoleDefinitionStore(app)


def check_credentials(username, password):
    return username == "admin" and password == app.config.get("ADMIN_PASSWORD")


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    if not check_credentials(username, password):
        return {"error": "invalid credentials"}, 401
    return {"auth_token": create_access_token(identity=username)}


@app.route("/protected", methods=["GET"], endpoint="protected")
@jwt_required
def protected():
    return "Hello, authenticated user!"


@app.route("/admin", methods=["GET"], endpoint="admin")
@has_role("admin")
def admin():
    return "Hello, admin!"


@app.errorhandler(404)
def not_found(error):
    return "Page not found...", 404


def fetch_report(username, api_key):
    headers = {
        "Authorization": f"Basic {username}:{api_key}",
        "Content-Type": "application/json",
    }
    return requests.get("https://api.example.com/endpoint", headers=headers).json()


if __name__ == "__main__":
    app.run(debug=True)
