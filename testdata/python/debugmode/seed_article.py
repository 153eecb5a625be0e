"""The examples of the seed article "How to secure APIs in Python?" (Regina, 2024), with the
underscores and indentation lost in extraction restored. Every debug and logging pattern it shows
is annotated; its PyNaCl and requests examples hold none and are left to the other families."""

# --- Authentication, with Flask-JWT-Extended ---
from flask import Flask, request

from flask_jwt_extended import JWTManager, jwt_required

app = Flask(__name__)

app.config["SECRET_KEY"] = "your_secret_key_here"

jwt = JWTManager(app)


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    # Your login logic here...
    return {"auth_token": generate_jwt_token(username)}


@app.route("/protected", methods=["GET"], endpoint="protected")
@jwt_required
def protected():
    return "Hello, authenticated user!"


if __name__ == "__main__":
    app.run(debug=True)  # want: AV201

# --- Authorization, with Flask-RBAC ---
from flask import Flask

from flask_rbac import RoleDefinitionStore

app = Flask(__name__)

rds = RoleDefinitionStore(app)

# Define roles and permissions...


@app.route("/admin", methods=["GET"], endpoint="admin")
@has_role("admin")
def admin():
    return "Hello, admin!"


if __name__ == "__main__":
    app.run(debug=True)  # want: AV201

# --- Input validation, with Werkzeug ---
from werkzeug.security import validate_password


def login():
    username = request.form.get("username")
    password = request.form.get("password")
    # Validate input...
    if not validate_username(username):
        return "Invalid username...", 400
    elif not validate_password(password):
        return "Invalid password...", 400
    # Login logic here...
    return {"auth_token": generate_jwt_token(username)}


# --- Error handling, with Flask-Logconfig ---
import logging

app.config["LOGGING_LEVEL"] = "DEBUG"  # want: AV203

logging.basicConfig(level=app.config["LOGGING_LEVEL"])  # ok: AV203 (reported where the level is set)


@app.errorhandler(404)
def not_found(error):
    return "Page not found...", 404


if __name__ == "__main__":
    app.run(debug=True)  # want: AV201
