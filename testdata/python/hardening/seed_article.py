"""The examples of the seed article "How to secure APIs in Python?" (Regina, 2024), with the
underscores and indentation lost in extraction restored, annotated for the HTTP hardening rules:
its Flask app reads JSON bodies without MAX_CONTENT_LENGTH, and its 404 handler is the harmless
kind of error handler. The debug and secret findings are left to their families' fixtures."""

# --- Authentication, with Flask-JWT-Extended ---
from flask import Flask, request

from flask_jwt_extended import JWTManager, jwt_required

app = Flask(__name__)

app.config["SECRET_KEY"] = "your_secret_key_here"

jwt = JWTManager(app)


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")  # want: AV704
    password = request.json.get("password")
    # Your login logic here...
    return {"auth_token": generate_jwt_token(username)}


@app.route("/protected", methods=["GET"], endpoint="protected")
@jwt_required
def protected():
    return "Hello, authenticated user!"


if __name__ == "__main__":
    app.run(debug=True)

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
    app.run(debug=True)

# --- Input validation, with Werkzeug ---
from werkzeug.security import validate_password


def login():
    username = request.form.get("username")  # ok: AV704 (the same app: reported once, above)
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

app.config["LOGGING_LEVEL"] = "DEBUG"

logging.basicConfig(level=app.config["LOGGING_LEVEL"])


@app.errorhandler(404)
def not_found(error):
    return "Page not found...", 404  # ok: AV702 (a client error, no detail)


if __name__ == "__main__":
    app.run(debug=True)
