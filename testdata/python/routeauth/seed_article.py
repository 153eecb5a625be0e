"""The Flask examples of the seed article "How to secure APIs in Python?" (Regina, 2024), with
the underscores and indentation lost in extraction restored. Its authentication example applies
flask_jwt_extended's jwt_required without calling it; its login route is public by design and
its admin route is guarded by Flask-RBAC's has_role."""

# --- Authentication, with Flask-JWT-Extended ---
from flask import Flask, request

from flask_jwt_extended import JWTManager, jwt_required

app = Flask(__name__)

app.config["SECRET_KEY"] = "your_secret_key_here"

jwt = JWTManager(app)


@app.route("/login", methods=["POST"])  # ok: AV301
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    # Your login logic here...
    return {"auth_token": generate_jwt_token(username)}


@app.route("/protected", methods=["GET"], endpoint="protected")  # ok: AV301 (AV303 reports its broken guard)
@jwt_required  # want: AV303
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


@app.route("/admin", methods=["GET"], endpoint="admin")  # ok: AV301
@has_role("admin")  # ok: AV303
def admin():
    return "Hello, admin!"


if __name__ == "__main__":
    app.run(debug=True)

# --- Error handling ---
import logging


@app.errorhandler(404)
def not_found(error):
    return "Page not found...", 404
