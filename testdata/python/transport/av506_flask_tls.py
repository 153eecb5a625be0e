"""AV506: the same Flask API served with TLS is not reported."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/token")
def token():
    secret = request.form["client_secret"]
    return {"ok": bool(secret)}


if __name__ == "__main__":
    app.run(host="0.0.0.0", ssl_context=("cert.pem", "key.pem"))  # ok: AV506
    app.run(host=os.environ.get("HOST", "127.0.0.1"))  # ok: AV506 (the host is configuration)
