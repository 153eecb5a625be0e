"""Accounts API: Flask-JWT-Extended with its signing key in the code."""
import os

from flask import Flask, jsonify
from flask_jwt_extended import JWTManager, create_access_token

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "fJ3#kL9!mQ2@xV7$pZ5w"  # want: AV101
app.config.update(JWT_REFRESH_SECRET="rT6#yU1!iO4@pA8$sD2f")  # want: AV101
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]  # ok: AV101
app.config["JWT_TOKEN_LOCATION"] = ["headers"]  # ok: AV101
app.config["JWT_HEADER_TYPE"] = "Bearer"  # ok: AV101
app.config["JWT_ACCESS_COOKIE_NAME"] = "access_token_cookie"  # ok: AV101
app.config["JWT_ALGORITHM"] = "HS256"  # ok: AV101
jwt = JWTManager(app)


@app.post("/login")
def login():
    return jsonify(access_token=create_access_token(identity="alice"))  # ok: AV101
