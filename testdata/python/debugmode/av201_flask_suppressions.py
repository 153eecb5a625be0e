"""Suppression comments: a finding silenced for its rule, and one that stays."""
import logging

from flask import Flask

app = Flask(__name__)

# apivet: ignore[AV201] local demo
app.config["DEBUG"] = True
app.debug = True  # apivet: ignore[AV201] local demo
app.config.update(DEBUG=True)  # nosec
logging.basicConfig(level=logging.DEBUG)  # nosec
logging.getLogger().setLevel(logging.DEBUG)  # apivet: ignore[AV203] verbose logs in the demo

# apivet: ignore[AV203] names another rule, so the debug finding below stays
app.run(debug=True)  # want: AV201
# apivet: ignore[AV201] names another rule, so the logging finding below stays
logging.basicConfig(level="DEBUG")  # want: AV203
