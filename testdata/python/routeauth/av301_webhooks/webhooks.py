"""The webhook receivers of a Flask application, in their own blueprint, which the application
registers under /api/webhooks: each sender signs its payload and the handler checks the
signature (Stripe's documentation answers a bad signature with 400)."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("webhooks", __name__)

STRIPE_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"].encode()


@bp.route("/github", methods=["POST"])
def github():
    expected = "sha256=" + hmac.new(os.environ["GH_SECRET"].encode(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers.get("X-Hub-Signature-256", ""), expected):
        abort(401)
    return jsonify(handle_github(request.get_json()))


@bp.route("/stripe", methods=["POST"])  # ok: AV301
def stripe():
    payload = request.get_data()
    expected = hmac.new(STRIPE_SECRET, payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers.get("Stripe-Signature", ""), expected):
        abort(400)
    return jsonify(handle_stripe(payload))
