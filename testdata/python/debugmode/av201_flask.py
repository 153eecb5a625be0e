"""Orders API: a small Flask service with its debug switches left on."""
import argparse
import asyncio
import os

import jinja2
from flask import Flask, jsonify, request
from flask_socketio import SocketIO

os.environ["FLASK_DEBUG"] = "1"  # want: AV201
os.environ["FLASK_DEBUG"] = "0"  # ok: AV201
os.environ["FLASK_DEBUG"] = os.environ.get("ORDERS_DEBUG", "0")  # ok: AV201

app = Flask(__name__)
app.debug = True  # want: AV201
app.config["DEBUG"] = True  # want: AV201
app.config.update(DEBUG=True)  # want: AV201
app.config.update({"DEBUG": True})  # want: AV201
app.config.from_mapping(DEBUG=True, SECRET_KEY=os.environ["SECRET_KEY"])  # want: AV201
app.config.from_mapping(dict(DEBUG=1))  # want: AV201

app.debug = False  # ok: AV201
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"  # ok: AV201
app.config.update(DEBUG=False, TESTING=True)  # ok: AV201
app.config["TESTING"] = True  # ok: AV201
app.config.from_mapping(DEBUG=os.environ.get("FLASK_DEBUG", "0") == "1")  # ok: AV201

templates = jinja2.Environment(extensions=["jinja2.ext.debug"], auto_reload=True)  # ok: AV201
socketio = SocketIO(app)

parser = argparse.ArgumentParser(description="orders service")
parser.add_argument("--debug", action="store_true")
parser.set_defaults(debug=True)  # ok: AV201
args = parser.parse_args()


class ServiceSettings:
    def __init__(self):
        self.debug = True  # ok: AV201 (not an application)


@app.route("/orders/<int:order_id>")
def get_order(order_id):
    return jsonify({"id": order_id, "verbose": request.args.get("debug") == "1"})


async def warm_cache():
    return None


def prime():
    asyncio.run(warm_cache(), debug=True)  # ok: AV201 (asyncio's debug mode)


if os.environ.get("FLASK_ENV") == "development":
    app.run(debug=True)  # ok: AV201 (decided at run time)

if __name__ == "__main__":
    app.run(debug=False)  # ok: AV201
    app.run(debug=args.debug)  # ok: AV201
    app.run(use_reloader=True)  # ok: AV201
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), debug=True)  # want: AV201
    app.run(**{"debug": True})  # want: AV201
    app.run(use_debugger=True)  # want: AV201
    app.run(use_reloader=True, use_debugger=True)  # want: AV201
    app.run(  # want: AV201
        host="0.0.0.0",
        debug=True,
        port=5000,
    )
    Flask(__name__).run(debug=1)  # want: AV201
    socketio.run(app, debug=True)  # want: AV201
else:
    app.run(debug=True)  # ok: AV201 (only when imported, and decided at run time)
