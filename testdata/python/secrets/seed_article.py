"""The examples of the seed article "How to secure APIs in Python?" (Regina, 2024), with the
underscores and indentation lost in extraction restored. Its placeholders used as a Flask secret
key and as API keys are annotated; a user name is not a secret, and the header-building patterns
(Basic credentials without base64, keys in query strings) belong to the transport family."""

# --- Authentication, with Flask-JWT-Extended ---
from flask import Flask, request

from flask_jwt_extended import JWTManager, jwt_required

app = Flask(__name__)

app.config["SECRET_KEY"] = "your_secret_key_here"  # want: AV103

jwt = JWTManager(app)


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")  # ok: AV101 (read from the request)
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

# --- Data encryption, with PyNaCl (garbled in the article; kept as printed) ---
import nacl.secret

key = nacl.random secretpublicKey=nacl.generate_secret_key()

encrypted_data = key.encrypt("your_encrypted_data_here")  # ok: AV103 (data, not a key)

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

app.config["LOGGING_LEVEL"] = "DEBUG"

logging.basicConfig(level=app.config["LOGGING_LEVEL"])


@app.errorhandler(404)
def not_found(error):
    return "Page not found...", 404


if __name__ == "__main__":
    app.run(debug=True)

# --- How do I authenticate API key in Python? HTTP Basic Authentication ---
import requests

api_key = "your_api_key"  # want: AV103

username = "your_username"  # ok: AV101, AV103 (a user name is not a secret)

headers = {
    'Authorization': f'Basic {username}:{api_key}',  # ok: AV101 (built at run time)
    'Content-Type': 'application/json'
}

response = requests.get('https://api.example.com/endpoint', headers=headers)

print(response.json())

# --- API Key Header ---
import requests

api_key = "your_api_key"  # want: AV103

headers = {
    'X-API-KEY': api_key
}

response = requests.get('https://api.example.com/endpoint', headers=headers)

print(response.json())

# --- Query Parameter ---
import requests

api_key = "your_api_key"  # want: AV103

params = {'api_key': api_key}

response = requests.get('https://api.example.com/endpoint', params=params)

print(response.json())

# --- Bearer Token ---
import requests

api_key = "your_api_key"  # want: AV103

headers = {
    'Authorization': f'Bearer {api_key}'  # ok: AV101 (built at run time)
}

response = requests.get('https://api.example.com/endpoint', headers=headers)

print(response.json())
