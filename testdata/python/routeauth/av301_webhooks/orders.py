"""Beside the webhook module, an ordinary blueprint is still judged; its guarded collection
route (the blueprint's "/") shows that the application guards its routes."""
from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("orders", __name__)


@bp.get("/")
@login_required
def list_orders():
    return jsonify(all_orders())


@bp.post("/refund")  # want: AV301
def refund():
    return jsonify(start_refund(request.get_json()))
