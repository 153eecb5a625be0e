import base64
import json
import pickle
import zlib

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    obj = pickle.loads(request.get_data())  # want: AV406
    obj2 = pickle.loads(base64.b64decode(request.cookies["state"]))  # want: AV406
    obj3 = pickle.loads(zlib.decompress(base64.decodebytes(request.get_data())))  # want: AV406
    cfg = yaml.load(request.files["config"].read())  # want: AV406
    cfg2 = yaml.load(request.data, Loader=yaml.FullLoader)  # want: AV406
    cfg3 = yaml.load(request.data, Loader=yaml.SafeLoader)  # ok: AV406
    cfg4 = yaml.safe_load(request.data)  # ok: AV406
    doc = json.loads(request.get_data())  # ok: AV406
    return {"n": len([obj, obj2, obj3, cfg, cfg2, cfg3, cfg4, doc])}


@app.route("/cache")
def cache():
    with open("/var/cache/app.pickle", "rb") as fh:
        state = pickle.load(fh)  # ok: AV406
    settings = yaml.load(open("settings.yml"), Loader=yaml.Loader)  # ok: AV406
    return {"n": len(state) + len(settings)}
