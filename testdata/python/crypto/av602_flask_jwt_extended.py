"""Flask-JWT-Extended configured to issue unsigned tokens."""
import os

from flask import Flask, jsonify
from flask_jwt_extended import JWTManager, create_access_token, jwt_required

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
app.config["JWT_ALGORITHM"] = "none"  # want: AV602
app.config.update(JWT_DECODE_ALGORITHMS=["HS256", "none"])  # want: AV602
app.config["JWT_TOKEN_LOCATION"] = ["headers"]  # ok: AV602
jwt = JWTManager(app)


class ProductionConfig:
    JWT_ALGORITHM = "HS256"  # ok: AV602
    JWT_DECODE_ALGORITHMS = ["HS256"]  # ok: AV602


class LegacyConfig:
    JWT_ALGORITHM = "none"  # want: AV602


@app.route("/login", methods=["POST"])
def login():
    return jsonify(access_token=create_access_token(identity="ada"))


@app.route("/protected")
@jwt_required()
def protected():
    return "Hello, authenticated user!"
