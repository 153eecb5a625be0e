"""Near misses for AV303: decorators with factory-like names that are plain decorators here
(defined in this file, or imported from the project rather than flask_jwt_extended)."""
from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user

from .security import jwt_required

app = Flask(__name__)


def roles_required(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.roles:
            abort(403)
        return f(*args, **kwargs)

    return wrapper


@app.route("/api/team")
@roles_required  # ok: AV303
def team():
    return jsonify(members())


@app.route("/api/keys")
@jwt_required  # ok: AV303
def keys():
    return jsonify(api_keys())
