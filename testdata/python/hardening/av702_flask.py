"""Payments API on Flask: error handlers and except blocks with and without internal details."""
import logging
import sys
import traceback

from flask import Flask, Response, abort, current_app, jsonify, make_response, request
from werkzeug.exceptions import HTTPException, InternalServerError, NotFound

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
log = logging.getLogger(__name__)


class PaymentDeclined(Exception):
    pass


@app.errorhandler(Exception)
def handle_any(e):
    if isinstance(e, HTTPException):
        return jsonify(error=str(e)), e.code  # ok: AV702 (an HTTPException's text is meant for clients)
    return jsonify(error=str(e)), 500  # want: AV702


@app.errorhandler(500)
def handle_500(e):
    return {"error": str(e)}, 500  # ok: AV702 (Flask passes a generic InternalServerError)


@app.errorhandler(InternalServerError)
def handle_ise(e):
    return {"error": "internal error", "cause": repr(e.original_exception)}, 500  # want: AV702


@app.errorhandler(404)
def not_found(error):
    return f"Page not found: {error}", 404  # ok: AV702 (a client error)


@app.errorhandler(NotFound)
def not_found_class(error):
    return {"error": str(error)}, 404  # ok: AV702


@app.errorhandler(PaymentDeclined)
def declined(e):
    return {"error": str(e)}, 402  # ok: AV702 (a message written for the client)


def on_crash(e):
    return "Server error:\n" + traceback.format_exc(), 500  # want: AV702


app.register_error_handler(Exception, on_crash)


@app.route("/pay", methods=["POST"])
def pay():
    data = request.get_json()
    try:
        charge(data)
    except PaymentDeclined as e:
        return {"error": str(e)}, 402  # ok: AV702 (a narrow exception with a client status)
    except ValueError as e:
        return {"error": f"bad amount: {e}"}  # ok: AV702 (a narrow exception, default status)
    except KeyError as e:
        return {"error": "missing %s" % e}, 500  # want: AV702
    except Exception as e:
        log.exception("charge failed")
        return {"error": f"charge failed: {e}"}  # want: AV702
    return {"ok": True}


@app.route("/refund", methods=["POST"])
def refund():
    try:
        charge(request.get_json())
    except Exception as exc:
        message = "refund failed: {}".format(exc)
        body = {"error": message}
        return jsonify(body), 503  # want: AV702
    return {"ok": True}


@app.route("/debug-refund", methods=["POST"])
def debug_refund():
    try:
        charge(request.get_json())
    except Exception:
        return make_response(traceback.format_exc(), 500)  # want: AV702
    return {"ok": True}


@app.route("/abort")
def aborting():
    try:
        charge({})
    except Exception as e:
        abort(500, description=str(e))  # want: AV702
    return {"ok": True}


@app.route("/raw")
def raw():
    try:
        charge({})
    except Exception as e:
        return Response(repr(e), status=500, mimetype="text/plain")  # want: AV702
    return {"ok": True}


@app.route("/logged")
def logged():
    try:
        charge({})
    except Exception as e:
        log.error("charge failed: %s", e)  # ok: AV702 (logged, not sent)
        app.logger.exception("charge failed: %s", str(e))  # ok: AV702
        return {"error": "internal error"}, 500  # ok: AV702
    return {"ok": True}


@app.route("/exc-info")
def exc_info():
    try:
        charge({})
    except Exception:
        kind, value, _ = sys.exc_info()  # ok: AV702 (not sent)
        return {"error": "internal error", "kind": kind.__name__}, 500
    return {"ok": True}


def helper():
    try:
        charge({})
    except Exception as e:
        return str(e)  # ok: AV702 (not a route: the caller decides what to send)


def charge(data):
    raise PaymentDeclined("card declined")


@app.route("/reindex", methods=["POST"])
def reindex():
    try:
        return jsonify(done=True)
    except Exception as e:
        if current_app.debug:
            return jsonify(error=str(e), trace=traceback.format_exc()), 500  # ok: AV702
        log.exception("reindex failed")
        return jsonify(error="internal error"), 500
