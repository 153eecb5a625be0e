"""Serve the inventory WSGI app with Werkzeug's development server."""
import os

import werkzeug.serving
from werkzeug import serving as wz
from werkzeug.debug import DebuggedApplication
from werkzeug.serving import run_simple

from inventory import app

if __name__ == "__main__":
    run_simple("0.0.0.0", 5000, app, use_debugger=True)  # want: AV201
    werkzeug.serving.run_simple("0.0.0.0", 5000, app, use_reloader=True, use_debugger=True, use_evalex=True)  # want: AV201
    wz.run_simple("localhost", 5000, app, True, True)  # want: AV201
    run_simple("0.0.0.0", 5000, app, use_reloader=True)  # ok: AV201
    run_simple("0.0.0.0", 5000, app, use_debugger=os.environ.get("WERKZEUG_DEBUG") == "1")  # ok: AV201

application = DebuggedApplication(app, evalex=True)  # want: AV201
application = DebuggedApplication(app, True)  # want: AV201
application = DebuggedApplication(app, evalex=False)  # ok: AV201
