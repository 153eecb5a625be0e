# The seed article's input-validation example: validated input is not a finding.
from flask import Flask, request
from werkzeug.security import validate_password

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username")
    password = request.form.get("password")
    # Validate input...
    if not validate_username(username):
        return "Invalid username...", 400
    elif not validate_password(password):
        return "Invalid password...", 400
    # Login logic here...
    db.execute(f"SELECT id FROM users WHERE name = '{username}'")  # ok: AV401
    return {"auth_token": generate_jwt_token(username)}
